// Package file is the embedded, durable store: one bbolt file on the local
// disk, the default backend for a single machine (`cepbot chat`, a single
// `cepbot serve`). Every write is committed in a bbolt read-write transaction
// with fdatasync before the call returns, so whatever a call acknowledged
// survives a crash or kill -9 of the process.
//
// # Group commit
//
// fdatasync costs 0.2–1 ms, which would cap the store near 1 000–4 000
// writes/s however many conversations run. Writes are therefore handed to one
// committer goroutine that runs all the writes waiting at that moment (up to
// 256) in one transaction and one fdatasync; a lone writer does not wait for
// company. Each write still sees the ones before it, exactly as if they ran
// one by one; a write refused by the contract (version conflict, slot taken,
// not found) writes nothing and leaves the others alone, and any other
// failure rolls the group back and reruns each write alone.
//
// # Location
//
// DefaultPath is $XDG_DATA_HOME/cepbot/cepbot.db, or
// ~/.local/share/cepbot/cepbot.db when XDG_DATA_HOME is unset or not absolute
// (the XDG base directory rules, applied on every OS so the path is the same
// everywhere the docs mention it). Open creates missing parent directories
// with mode 0700 and the file with mode 0600: conversations hold personal
// data.
//
// # One process per file
//
// bbolt takes an exclusive flock on the file. Open waits at most one second
// for it and then fails with an error saying that the file is in use by
// another cepbot process, instead of hanging forever (bbolt's default). The
// lock is per open file description, so even a second Open in the same
// process fails: share one *Store.
//
// # Layout
//
//	meta      "schema" -> "1"
//	sessions  key -> version (8 bytes BE) | expiry unix ns (8 bytes BE, 0 = none) | data
//	claims    key -> expiry unix ns (8 bytes BE)
//	bookings  reference -> bot.MarshalBooking
//	slots     slot key (bot.Booking.SlotKey) -> reference of the active booking holding it
//	active    visitor -> reference of the visitor's active booking
//	events    event id -> sequence (8) | lease end unix ns (8) | not-before unix ns (8, 0 = none) | dead (1) | bot.MarshalEvent
//	order     sequence (8 bytes BE, from NextSequence) -> event id: append order, FIFO
//	inbox     sequence (8 bytes BE, from NextSequence) -> received update (inbox.go), created at first use
//
// The fixed header in front of an event lets ClaimEvents skip leased, dead
// and not-yet-due events without decoding JSON; the JSON stays the source of
// truth for everything else (attempts, last error).
//
// # Expiry
//
// Expired sessions and claims read as missing at once but stay on disk until
// Sweep deletes them; the service calls Sweep periodically (say hourly).
// Bookings are kept: the retention sweep that anonymises a booking's personal
// data 90 days after the appointment (SPEC §7) is not implemented yet.
package file

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/cep-accueil/cepbot/bot"
)

const schemaVersion = "1"

var (
	bucketMeta     = []byte("meta")
	bucketSessions = []byte("sessions")
	bucketClaims   = []byte("claims")
	bucketBookings = []byte("bookings")
	bucketSlots    = []byte("slots")
	bucketActive   = []byte("active")
	bucketEvents   = []byte("events")
	bucketOrder    = []byte("order")
	allBuckets     = [][]byte{bucketMeta, bucketSessions, bucketClaims, bucketBookings, bucketSlots, bucketActive, bucketEvents, bucketOrder}
)

// Store implements bot.Store on a bbolt file. Safe for concurrent use.
type Store struct {
	db   *bolt.DB
	now  func() time.Time
	path string

	// Writes go through one committer goroutine that runs every write
	// waiting at that moment in one transaction: concurrent conversations
	// share one fdatasync (group commit) while a lone writer waits for
	// nobody. closeMu guards the channel against sends after Close.
	writes    chan *write
	closeMu   sync.RWMutex
	closed    bool
	committer sync.WaitGroup

	inbox inboxLeases // leases of inbox entries (inbox.go)
}

// write is one operation handed to the committer.
type write struct {
	fn   func(*bolt.Tx) error
	done chan error
}

// maxGroup bounds how many writes share one transaction.
const maxGroup = 256

var _ bot.Store = (*Store)(nil)

// Option configures Open.
type Option func(*Store)

// WithClock sets the clock that drives session and claim expiry (default
// time.Now), e.g. to honour CEPBOT_NOW.
func WithClock(now func() time.Time) Option {
	return func(s *Store) {
		if now != nil {
			s.now = now
		}
	}
}

// DefaultPath returns $XDG_DATA_HOME/cepbot/cepbot.db, or
// ~/.local/share/cepbot/cepbot.db.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "cepbot", "cepbot.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("locating the default store file: %w", err)
	}
	return filepath.Join(home, ".local", "share", "cepbot", "cepbot.db"), nil
}

// Open opens or creates the store file at path.
func Open(path string, opts ...Option) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the store directory: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("opening %s: the store file is in use by another cepbot process: %w", path, err)
	}
	if err != nil {
		return nil, fmt.Errorf("opening store file %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		switch v := meta.Get([]byte("schema")); {
		case v == nil:
			return meta.Put([]byte("schema"), []byte(schemaVersion))
		case string(v) != schemaVersion:
			return fmt.Errorf("schema version %q, this cepbot reads %q", v, schemaVersion)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("initialising store file %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now, path: path, writes: make(chan *write)}
	for _, o := range opts {
		o(s)
	}
	s.committer.Go(s.commitLoop)
	return s, nil
}

// Path returns the file the store was opened on.
func (s *Store) Path() string { return s.path }

// Close implements bot.Store. It waits for running transactions.
func (s *Store) Close() error {
	s.closeMu.Lock()
	if s.closed {
		s.closeMu.Unlock()
		return nil
	}
	s.closed = true
	close(s.writes) // every sender has handed its write over: they hold closeMu
	s.closeMu.Unlock()
	s.committer.Wait()
	choosers.forget(s)
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("closing store file %s: %w", s.path, err)
	}
	return nil
}

// Ping implements bot.Store: the file is open and readable.
func (s *Store) Ping(ctx context.Context) error {
	return s.view(ctx, "pinging the store", func(*bolt.Tx) error { return nil })
}

// view and update run fn in a transaction and give every error the
// operation's context. A closed database is bot.ErrUnavailable, like a
// Redis that cannot be reached: the engine answers the same way.
func (s *Store) view(ctx context.Context, op string, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return wrap(op, s.db.View(fn))
}

// update runs fn in a read-write transaction, possibly shared with other
// writes (see commitLoop). fn must return bot.ErrConflict, bot.ErrSlotTaken
// or bot.ErrNotFound only before writing anything, and must reset whatever
// it reports through variables: after another write's failure it runs again.
// update does not give up when ctx ends once the write is handed over: the
// write may commit, and the caller must know whether it did.
func (s *Store) update(ctx context.Context, op string, fn func(*bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	w := &write{fn: fn, done: make(chan error, 1)}
	s.closeMu.RLock()
	if s.closed {
		s.closeMu.RUnlock()
		return wrap(op, bolterrors.ErrDatabaseNotOpen)
	}
	s.writes <- w
	s.closeMu.RUnlock()
	return wrap(op, <-w.done)
}

// commitLoop is the group commit: it takes the writes waiting now (at most
// maxGroup) and runs them in one transaction, one fdatasync for all. A
// write refused by its own contract check (version conflict, slot taken,
// not found) wrote nothing and does not spoil the others. Any other error
// rolls the whole transaction back; then each write runs alone so that only
// the faulty one fails.
func (s *Store) commitLoop() {
	group := make([]*write, 0, maxGroup)
	results := make([]error, 0, maxGroup)
	for w := range s.writes {
		group = append(group[:0], w)
	collect:
		for len(group) < maxGroup {
			select {
			case w, ok := <-s.writes:
				if !ok {
					break collect
				}
				group = append(group, w)
			default:
				break collect
			}
		}
		results = results[:len(group)]
		err := s.db.Update(func(tx *bolt.Tx) error {
			for i, w := range group {
				results[i] = w.fn(tx)
				if results[i] != nil && !refusal(results[i]) {
					return results[i]
				}
			}
			return nil
		})
		switch {
		case err == nil:
			for i, w := range group {
				w.done <- results[i]
			}
		case len(group) == 1:
			group[0].done <- err
		default:
			for _, w := range group {
				w.done <- s.db.Update(w.fn)
			}
		}
	}
}

// refusal reports a write refused by the store contract, before it wrote.
func refusal(err error) bool {
	return errors.Is(err, bot.ErrConflict) || errors.Is(err, bot.ErrSlotTaken) || errors.Is(err, bot.ErrNotFound)
}

func wrap(op string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, bolterrors.ErrDatabaseNotOpen):
		return fmt.Errorf("%s: %w: %w", op, bot.ErrUnavailable, err)
	default:
		return fmt.Errorf("%s: %w", op, err)
	}
}

// unixNano encodes a time for the headers; the zero time is 0 ("none").
func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func be64(v int64) []byte { return binary.BigEndian.AppendUint64(nil, uint64(v)) }

func get64(b []byte) int64 { return int64(binary.BigEndian.Uint64(b)) }

// expired reports whether an expiry stamp (0 = never) has passed at now.
func expired(exp int64, now time.Time) bool { return exp != 0 && now.UnixNano() >= exp }

// ---- sessions ----

const sessionHeader = 16

// LoadSession implements bot.SessionStore.
func (s *Store) LoadSession(ctx context.Context, key string) ([]byte, int64, error) {
	var (
		data    []byte
		version int64
	)
	now := s.now()
	err := s.view(ctx, "loading session "+key, func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketSessions).Get([]byte(key))
		if len(v) < sessionHeader || expired(get64(v[8:16]), now) {
			return bot.ErrNotFound
		}
		version = get64(v[:8])
		data = append([]byte{}, v[sessionHeader:]...) // the slice dies with the transaction
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return data, version, nil
}

// SaveSession implements bot.SessionStore.
func (s *Store) SaveSession(ctx context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error) {
	now := s.now()
	var exp int64
	if ttl > 0 {
		exp = now.Add(ttl).UnixNano()
	}
	val := make([]byte, sessionHeader, sessionHeader+len(data))
	binary.BigEndian.PutUint64(val[:8], uint64(version+1))
	binary.BigEndian.PutUint64(val[8:16], uint64(exp))
	val = append(val, data...)
	err := s.update(ctx, "saving session "+key, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSessions)
		var cur int64
		if v := b.Get([]byte(key)); len(v) >= sessionHeader && !expired(get64(v[8:16]), now) {
			cur = get64(v[:8])
		}
		if cur != version {
			return fmt.Errorf("stored version %d, expected %d: %w", cur, version, bot.ErrConflict)
		}
		return b.Put([]byte(key), val)
	})
	if err != nil {
		return 0, err
	}
	return version + 1, nil
}

// DeleteSession implements bot.SessionStore.
func (s *Store) DeleteSession(ctx context.Context, key string) error {
	return s.update(ctx, "deleting session "+key, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSessions).Delete([]byte(key))
	})
}

// ---- claims ----

// Claim implements bot.Claimer.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	now := s.now()
	won := false
	err := s.update(ctx, "claiming "+key, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketClaims)
		if v := b.Get([]byte(key)); len(v) == 8 && !expired(get64(v), now) {
			won = false
			return nil
		}
		won = true
		return b.Put([]byte(key), be64(now.Add(ttl).UnixNano()))
	})
	return won, err
}

// Sweep deletes the sessions and claims that expired at now and returns how
// many it deleted. Reads already ignore expired entries; Sweep only gives
// the space back (bbolt reuses freed pages; the file does not shrink).
func (s *Store) Sweep(ctx context.Context, now time.Time) (int, error) {
	type item struct{ bucket, key []byte }
	var doomed []item
	err := s.view(ctx, "sweeping expired entries", func(tx *bolt.Tx) error {
		err := tx.Bucket(bucketSessions).ForEach(func(k, v []byte) error {
			if len(v) >= sessionHeader && expired(get64(v[8:16]), now) {
				doomed = append(doomed, item{bucketSessions, append([]byte{}, k...)})
			}
			return nil
		})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketClaims).ForEach(func(k, v []byte) error {
			if len(v) == 8 && expired(get64(v), now) {
				doomed = append(doomed, item{bucketClaims, append([]byte{}, k...)})
			}
			return nil
		})
	})
	if err != nil || len(doomed) == 0 {
		return 0, err
	}
	// Deleted in chunks so one sweep never holds the writer for long; each
	// entry is checked again because a save may have refreshed it meanwhile.
	deleted := 0
	for chunk := range slices.Chunk(doomed, 1000) {
		n := 0
		err := s.update(ctx, "sweeping expired entries", func(tx *bolt.Tx) error {
			n = 0
			for _, it := range chunk {
				b := tx.Bucket(it.bucket)
				v := b.Get(it.key)
				var exp int64
				switch {
				case v == nil:
					continue
				case string(it.bucket) == string(bucketSessions) && len(v) >= sessionHeader:
					exp = get64(v[8:16])
				case len(v) == 8:
					exp = get64(v)
				}
				if !expired(exp, now) {
					continue
				}
				if err := b.Delete(it.key); err != nil {
					return err
				}
				n++
			}
			return nil
		})
		if err != nil {
			return deleted, err
		}
		deleted += n
	}
	return deleted, nil
}
