package booking

import "github.com/cep-accueil/cepbot/bot/directory"

// WithLiveDirectory makes the service read the directory held by l, so
// that a reloaded directory is used from the next call on (New's dir is
// then ignored).
func WithLiveDirectory(l *directory.Live) Option { return func(s *Service) { s.dir = l } }
