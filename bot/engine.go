package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"
)

// Dialog is the conversation logic the engine steps. Step mutates s and
// returns the replies to send; it must not keep s or in. A *VisitorError is
// answered with its message; any other error is logged and answered with a
// generic apology, and the session is not saved.
type Dialog interface {
	Step(ctx context.Context, s *Session, in Inbound) ([]Reply, error)
}

// Observer receives turn measurements (metrics). s is the session after
// the turn (nil when it could not be loaded); it must not be kept or
// changed. Implementations must be cheap and safe for concurrent use.
type Observer interface {
	Turn(channel, fromState string, s *Session, d time.Duration, err error)
}

// EngineTexts are the few sentences the engine itself says.
type EngineTexts struct {
	Internal    string // an unexpected failure
	Unavailable string // the store is unreachable
}

// Config of an Engine.
type Config struct {
	Store      SessionStore
	Dialog     Dialog
	Texts      EngineTexts
	Logger     *slog.Logger     // default: discard
	Now        func() time.Time // default: time.Now
	SessionTTL time.Duration    // default: 30 days of inactivity
	Pseudonym  func(string) string
	Observer   Observer
	// MaxConcurrentTurns bounds the turns running at once (0: no bound).
	// With thousands of conversations in flight on a few cores, running
	// them all at once only makes each one wait behind the others at
	// every lock; a bound of a few dozen keeps turns short and memory flat.
	MaxConcurrentTurns int
	// Replica names this process among those sharing the store, the same
	// across its restarts (default: a random name). Replies a turn saved
	// but did not send are sent again at once by the same replica after a
	// restart; another replica waits for them to be overdue (see replies.go).
	Replica string
	// SendsInFlight bounds the replies handed to a platform and not yet
	// marked sent in the store, all conversations together (default 1; a
	// negative value: no bound). A crash repeats at most that many replies;
	// adapters take the slot after their own pacing (see sendgate.go).
	SendsInFlight int
}

// Engine runs turns: load the session, step the dialogue, save with a version
// check, send the replies. Turns of one conversation are serialised in this
// process, and the version check serialises them across replicas.
type Engine struct {
	cfg      Config
	slots    chan struct{} // admission of turns (MaxConcurrentTurns)
	locks    keyLocks
	mu       sync.RWMutex
	adapters map[string]Adapter
	instance string        // Replica + "/" + a token of this process: the sender of pending replies
	inFlight chan struct{} // slots of replies sent and not yet marked sent (nil: no bound)
}

// Reprompter is an optional Dialog capability: the current question again,
// without changing the session.
type Reprompter interface {
	Reprompt(s *Session) []Reply
}

// repromptAfter separates a late redelivery (the visitor may never have
// seen the answer) from a duplicate in flight (replicas, platform retries),
// which is dropped silently.
const repromptAfter = 3 * time.Second

// maxConflictRetries bounds the reload-and-retry loop when another replica
// wrote the same session concurrently; each retry waits a little longer.
const maxConflictRetries = 40

// NewEngine builds an engine; it does no I/O.
func NewEngine(cfg Config) *Engine {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.SessionTTL == 0 {
		cfg.SessionTTL = 30 * 24 * time.Hour
	}
	if cfg.Pseudonym == nil {
		cfg.Pseudonym = NewPseudonymizer(nil)
	}
	if cfg.Replica == "" {
		cfg.Replica = "engine-" + randomToken()
	}
	e := &Engine{cfg: cfg, adapters: map[string]Adapter{}, instance: cfg.Replica + "/" + randomToken()}
	if cfg.MaxConcurrentTurns > 0 {
		e.slots = make(chan struct{}, cfg.MaxConcurrentTurns)
	}
	if cfg.SendsInFlight == 0 {
		cfg.SendsInFlight = 1
	}
	if cfg.SendsInFlight > 0 {
		e.inFlight = make(chan struct{}, cfg.SendsInFlight)
	}
	return e
}

// Attach makes the engine send replies of a channel through a.
func (e *Engine) Attach(a Adapter) {
	e.mu.Lock()
	e.adapters[a.Channel()] = a
	e.mu.Unlock()
}

// Attached reports whether an adapter sends on channel.
func (e *Engine) Attached(channel string) bool {
	_, ok := e.adapter(channel)
	return ok
}

func (e *Engine) adapter(channel string) (Adapter, bool) {
	e.mu.RLock()
	a, ok := e.adapters[channel]
	e.mu.RUnlock()
	return a, ok
}

// Turn processes one inbound message and returns the replies without sending
// them and without keeping them in the session (Handle keeps them until they
// are sent: see replies.go). A duplicate update returns no reply and no error.
func (e *Engine) Turn(ctx context.Context, in Inbound) ([]Reply, error) {
	start := time.Now()
	// One clock: the turn happens at the engine's time (Config.Now, which
	// CEPBOT_NOW pins), not at the channel's timestamp, so that the consent
	// time, the session's times and the slots offered agree.
	in.Time = e.cfg.Now()
	in = normalise(in)
	if in.Channel == "" || in.Conversation == "" {
		return nil, errNoConversation
	}
	key := in.Addr().Key()
	if e.slots != nil {
		select {
		case e.slots <- struct{}{}:
		case <-ctx.Done():
			return []Reply{{Text: e.cfg.Texts.Unavailable}}, fmt.Errorf("waiting for a turn: %w", ctx.Err())
		}
		defer func() { <-e.slots }()
	}
	unlock := e.locks.lock(key)
	defer unlock()

	var from string
	var sess *Session
	var replies []Reply
	var err error
	for i := range maxConflictRetries {
		from, sess, replies, err = e.turnOnce(ctx, key, in)
		if !errors.Is(err, ErrConflict) {
			break
		}
		backoff(i)
	}
	if e.cfg.Observer != nil {
		e.cfg.Observer.Turn(in.Channel, from, sess, time.Since(start), err)
	}
	releaseSession(sess)
	if err == nil {
		return replies, nil
	}
	log := e.cfg.Logger.With("conversation", e.cfg.Pseudonym(key), "update", in.UpdateID, "state", from)
	var ve *VisitorError
	switch {
	case errors.As(err, &ve):
		log.Warn("turn refused", "err", err)
		return []Reply{{Text: ve.Message}}, nil
	case errors.Is(err, ErrUnavailable) || errors.Is(err, ErrTransient) || errors.Is(err, context.DeadlineExceeded):
		log.Error("turn failed: store unavailable", "err", err)
		return []Reply{{Text: e.cfg.Texts.Unavailable}}, err
	default:
		log.Error("turn failed", "err", err)
		return []Reply{{Text: e.cfg.Texts.Internal}}, err
	}
}

func (e *Engine) turnOnce(ctx context.Context, key string, in Inbound) (from string, s *Session, replies []Reply, err error) {
	s, err = e.load(ctx, key)
	if err != nil {
		return "", nil, nil, err
	}
	from = s.State
	if s.HasSeen(in.UpdateID) {
		// Redelivered: already processed. If it is the last update and
		// it comes back late, its answer may have been lost (a store that
		// applied the save but died before replying makes the turn fail
		// for the visitor): repeat the current question, without a step.
		if rp, ok := e.cfg.Dialog.(Reprompter); ok && len(s.Seen) > 0 && s.Seen[len(s.Seen)-1] == in.UpdateID &&
			e.cfg.Now().Sub(s.Updated) > repromptAfter {
			return from, nil, rp.Reprompt(s), nil
		}
		return from, nil, nil, nil
	}
	if s.Created.IsZero() {
		s.Created = in.Time
		s.Channel, s.User = in.Channel, in.User
	}
	s.Inactive = false // writing again means the bot is no longer blocked
	replies, err = e.cfg.Dialog.Step(ctx, s, in)
	if err != nil {
		return from, nil, nil, err
	}
	s.MarkSeen(in.UpdateID)
	s.Updated = e.cfg.Now() // processing time: a late redelivery is measured from it
	if err := e.save(ctx, s); err != nil {
		return from, nil, nil, err
	}
	return from, s, replies, nil
}

func (e *Engine) load(ctx context.Context, key string) (*Session, error) {
	s, ver, err := e.loadDecoded(ctx, key)
	if errors.Is(err, ErrNotFound) {
		return &Session{Key: key}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("loading session: %w", err)
	}
	if s == nil {
		// decodeErr was logged: a session that cannot be read is
		// restarted rather than blocking the visitor forever; the version
		// is kept so the rewrite is safe.
		return &Session{Key: key, Version: ver}, nil
	}
	return s, nil
}

// loadDecoded reads and decodes a session, in place when the store keeps
// it as a string. A record that cannot be decoded is logged and gives a nil
// session with its version and a nil error.
func (e *Engine) loadDecoded(ctx context.Context, key string) (*Session, int64, error) {
	var (
		s         *Session
		ver       int64
		decodeErr error
	)
	if sl, ok := e.cfg.Store.(SessionStringLoader); ok {
		rec, v, err := sl.LoadSessionString(ctx, key)
		if err != nil {
			return nil, 0, err
		}
		ver = v
		s, decodeErr = decodeSessionString(key, ver, rec)
	} else {
		data, v, err := e.cfg.Store.LoadSession(ctx, key)
		if err != nil {
			return nil, 0, err
		}
		ver = v
		s, decodeErr = DecodeSession(key, ver, data)
	}
	if decodeErr != nil {
		e.cfg.Logger.Error("unreadable session restarted", "conversation", e.cfg.Pseudonym(key), "err", decodeErr)
		return nil, ver, nil
	}
	return s, ver, nil
}

func (e *Engine) save(ctx context.Context, s *Session) error {
	// Stores copy the bytes they are given (SessionStore's contract), so
	// the encoding buffer is reused from turn to turn.
	bp := encodeBufs.Get().(*[]byte)
	data := appendSession((*bp)[:0], s)
	v, err := e.cfg.Store.SaveSession(ctx, s.Key, data, s.Version, e.cfg.SessionTTL)
	if cap(data) <= maxPooledEncode {
		*bp = data
		encodeBufs.Put(bp)
	}
	if err != nil {
		return fmt.Errorf("saving session: %w", err)
	}
	s.Version = v
	return nil
}

// Send delivers replies to a conversation through its channel's adapter.
func (e *Engine) Send(ctx context.Context, to Address, replies ...Reply) error {
	a, ok := e.adapter(to.Channel)
	if !ok {
		return fmt.Errorf("sending to channel %q: no adapter attached", to.Channel)
	}
	for _, r := range replies {
		if err := a.Send(ctx, to, r); err != nil {
			e.cfg.Logger.Error("send failed", "conversation", e.cfg.Pseudonym(to.Key()), "err", err)
			return fmt.Errorf("sending to %s: %w", to.Channel, err)
		}
	}
	return nil
}

// Update runs fn on a conversation's session outside of a visitor turn (an
// advisor's relay, a reminder, a blocked bot), with the same locking and
// version check as a turn. fn returns the replies to send; they are saved
// with the session and delivered as a turn's are (replies.go). UpdateOnce
// does the same once per id.
func (e *Engine) Update(ctx context.Context, to Address, fn func(s *Session) ([]Reply, error)) error {
	return e.UpdateOnce(ctx, to, "", fn)
}

// backoff spreads retries of replicas that keep colliding on one session.
func backoff(attempt int) {
	d := time.Duration(attempt+1) * 50 * time.Microsecond
	time.Sleep(d + time.Duration(rand.Int64N(int64(d))))
}

// encodeBufs holds session encoding buffers between saves; buffers grown
// past maxPooledEncode (a session with a large pending outbox) are dropped.
var encodeBufs = sync.Pool{New: func() any { b := make([]byte, 0, 2048); return &b }}

const maxPooledEncode = 64 << 10
