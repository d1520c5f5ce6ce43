package memory

import "context"

// Unclaim implements bot.Unclaimer.
func (s *Store) Unclaim(_ context.Context, key string) error {
	sh, _ := s.shard(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	delete(sh.claims, key)
	return nil
}
