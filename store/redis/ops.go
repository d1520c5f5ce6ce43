package redis

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
)

func (s *Store) sessionKey(key string) string { return s.prefix + ":s:{" + key + "}" }

// sessionArgs is a pooled argBuf holding the session key of key, built
// without an allocation of its own (keyStr, the key as a string, shares
// the buffer's bytes: it must not outlive the argBuf).
func (s *Store) sessionArgs(key string) *argBuf {
	a := bufPool.Get().(*argBuf)
	a.key = append(append(append(append(a.key[:0], s.prefix...), ":s:{"...), key...), '}')
	a.keyStr = unsafe.String(unsafe.SliceData(a.key), len(a.key))
	return a
}
func (s *Store) claimKey(key string) string { return s.prefix + ":c:{" + key + "}" }

// millis rounds a positive duration up to Redis's millisecond resolution
// (PX 0 is an error); 0 means no expiry.
func millis(d time.Duration) int64 {
	if d <= 0 {
		return 0
	}
	return max(1, d.Milliseconds())
}

// micros is a sorted-set score: unix microseconds are exact in a float64 (up
// to 2^53 µs, the year 2255). The zero time is 0.
func micros(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMicro()
}

// saveSessionSHA is boxed once: a string in an interface is an allocation
// per command.
var saveSessionSHA any = saveSession.Hash()

// boxedMillis is a session TTL in milliseconds, boxed once.
type boxedMillis struct {
	ttl time.Duration
	arg any
}

// ttlArg is millis(ttl) as a command argument, boxed once for the TTL the
// store is usually given (a large integer in an interface is an
// allocation per command).
func (s *Store) ttlArg(ttl time.Duration) any {
	if b := s.ttlBox.Load(); b != nil && b.ttl == ttl {
		return b.arg
	}
	b := &boxedMillis{ttl: ttl, arg: millis(ttl)}
	s.ttlBox.Store(b)
	return b.arg
}

// LoadSession implements bot.SessionStore: one HMGET.
func (s *Store) LoadSession(ctx context.Context, key string) ([]byte, int64, error) {
	d, version, err := s.LoadSessionString(ctx, key)
	if err != nil {
		return nil, 0, err
	}
	return []byte(d), version, nil
}

// LoadSessionString implements bot.SessionStringLoader: the reply is a
// string of its own, which the engine decodes in place (no copy).
func (s *Store) LoadSessionString(ctx context.Context, key string) (string, int64, error) {
	if err := ctx.Err(); err != nil {
		return "", 0, s.fail("loading session "+key, err)
	}
	// A string slice reply: the two values are not boxed (a missing
	// field reads as "", and a stored version is never empty).
	a := s.sessionArgs(key)
	a.args[0], a.args[1], a.args[2], a.args[3] = "hmget", &a.keyStr, "v", "d"
	// The command lives in a (no allocation of its own): its reply is
	// read before a goes back to the pool.
	a.load = *goredis.NewStringSliceCmd(ctx, a.args[:4]...)
	var (
		err  error
		vals []string
	)
	if s.batch == nil {
		err = s.rdb.Process(ctx, &a.load)
		vals = a.load.Val()
		putBuf(a)
	} else if err = s.batch.doOwned(ctx, &a.load, a); err == nil {
		vals, err = a.load.Result()
		putBuf(a)
	} // else a is the batcher's to free
	if err != nil {
		return "", 0, s.fail("loading session "+key, err)
	}
	if len(vals) != 2 {
		return "", 0, fmt.Errorf("loading session %s: %d values", key, len(vals))
	}
	v, d := vals[0], vals[1]
	if v == "" {
		return "", 0, fmt.Errorf("loading session %s: %w", key, bot.ErrNotFound)
	}
	version, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return "", 0, fmt.Errorf("loading session %s: corrupt version %q", key, v)
	}
	return d, version, nil
}

// SaveSession implements bot.SessionStore: one script compares the version
// and writes data, version and expiry.
func (s *Store) SaveSession(ctx context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error) {
	next := version + 1
	var (
		err error
		res any
	)
	if err = ctx.Err(); err == nil {
		// The batch may still be writing the bytes after a caller that
		// gave up has returned, and the caller's buffer is reused: the
		// command writes a copy, which the batcher frees, with the key,
		// the versions, the argument list (none of them boxed) and the
		// command itself, whose reply is read before a is freed.
		a := s.sessionArgs(key)
		a.b = append(a.b[:0], data...)
		a.ver, a.next = version, next
		a.args = [8]any{"evalsha", saveSessionSHA, 1, &a.keyStr, &a.ver, &a.next, a, s.ttlArg(ttl)}
		a.save = *goredis.NewCmd(ctx, a.args[:]...)
		if s.batch == nil {
			_ = s.rdb.Process(ctx, &a.save)
			res, err = a.save.Result()
			putBuf(a)
		} else if err = s.batch.doOwned(ctx, &a.save, a); err == nil {
			res, err = a.save.Result()
			putBuf(a)
		} // else a is the batcher's to free
	}
	if err != nil && goredis.HasErrorPrefix(err, "NOSCRIPT") { // a restarted server: EVAL loads it
		res, err = saveSession.Run(ctx, s.rdb, []string{s.sessionKey(key)}, version, next, data, millis(ttl)).Result()
	}
	if err != nil {
		return 0, s.fail("saving session "+key, err)
	}
	if cur, ok := res.(string); ok {
		return 0, fmt.Errorf("saving session %s: stored version %s, expected %d: %w", key, cur, version, bot.ErrConflict)
	}
	return next, nil
}

// DeleteSession implements bot.SessionStore.
func (s *Store) DeleteSession(ctx context.Context, key string) error {
	if err := s.rdb.Del(ctx, s.sessionKey(key)).Err(); err != nil {
		return s.fail("deleting session "+key, err)
	}
	return nil
}

// Claim implements bot.Claimer with SET NX PX. A ttl <= 0 remembers nothing,
// so every claim wins (as the memory store, where it expires at once).
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if ttl <= 0 {
		return true, nil
	}
	err := s.hot(ctx, goredis.NewStatusCmd(ctx, "set", s.claimKey(key), 1, "px", millis(ttl), "nx"))
	switch {
	case errors.Is(err, goredis.Nil):
		return false, nil
	case err != nil:
		return false, s.fail("claiming "+key, err)
	}
	return true, nil
}

// eventArgs encodes events as the scripts' ARGV groups of 9 (luaAppend).
// The values live in one array and the arguments point to them: go-redis
// writes *string, *int64 and a BinaryMarshaler as their values, where a
// string, a slice or a large integer put in an interface is an allocation
// each (7 per event, issue 20).
//
// The five numbers of an event (due, attempts, dead, round starts) stay
// five arguments: packed into one and split by string.match in the script
// they cost Redis 220 instructions less a call (callgrind, redis-server
// 7.0: 18 870 against 19 090 instructions an EVALSHA), the match and its
// five captures, Lua strings as the arguments were, costing what the four
// arguments did; go-redis would write four arguments fewer (≈ 400
// instructions each, ≈ 0.4 % of a turn's) for a new format in three
// scripts and in the booking step's short-keys check.
func eventArgs(args []any, events []bot.Event) ([]any, error) {
	vals := make([]eventVals, len(events))
	args = slices.Grow(args, 9*len(events))
	for i := range events {
		ev, v := &events[i], &vals[i]
		if ev.ID == "" {
			return nil, fmt.Errorf("outbox event of type %q has no id", ev.Type)
		}
		data, err := bot.MarshalEvent(ev)
		if err != nil {
			return nil, err
		}
		v.id, v.data.b, v.due, v.attempts = ev.ID, data, micros(ev.NotBefore), int64(ev.Attempts)
		v.visitor, v.notifier = eventVisitor(ev), dispatch.NotifierOf(*ev)
		v.now, v.afterTry = roundScores(*ev)
		args = append(args, &v.id, &v.data, &v.due, &v.attempts, flag(ev.Dead), &v.visitor, &v.notifier, &v.now, &v.afterTry)
	}
	return args, nil
}

// eventVals holds one event's arguments (eventArgs).
type eventVals struct {
	id, visitor, notifier        string
	data                         bytesArg
	due, attempts, now, afterTry int64
}

// bytesArg is a []byte command argument behind a pointer: no allocation to
// put it in an interface (go-redis writes it through MarshalBinary).
type bytesArg struct{ b []byte }

// MarshalBinary implements encoding.BinaryMarshaler for go-redis.
func (a *bytesArg) MarshalBinary() ([]byte, error) { return a.b, nil }

// eventVisitor is the visitor an event is about, as the outbox indexes it
// ("" for none, or an anonymised booking: nothing left to redact).
func eventVisitor(ev *bot.Event) string {
	if ev.Booking == nil || ev.Booking.Visitor == "" || ev.Booking.Visitor == bot.AnonymousVisitor {
		return ""
	}
	return baseVisitor(ev.Booking.Visitor)
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// decodeEvents reads the scripts' (JSON, attempts, retry state) triplets.
func decodeEvents(op string, res []any, dead bool) ([]bot.Event, error) {
	out := make([]bot.Event, 0, len(res)/3)
	for i := 0; i+2 < len(res); i += 3 {
		data, _ := res[i].(string)
		ev, err := bot.UnmarshalEvent([]byte(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		a, _ := res[i+1].(string)
		if ev.Attempts, err = strconv.Atoi(a); err != nil {
			return nil, fmt.Errorf("%s: event %s: corrupt attempts %q", op, ev.ID, a)
		}
		if st, _ := res[i+2].(string); st != "" {
			nb, lastErr, _ := strings.Cut(st, "\n")
			ev.NotBefore, ev.LastError = time.Time{}, lastErr
			if nb != "" {
				ns, err := strconv.ParseInt(nb, 10, 64)
				if err != nil {
					return nil, fmt.Errorf("%s: event %s: corrupt retry time %q", op, ev.ID, nb)
				}
				ev.NotBefore = time.Unix(0, ns)
			}
		}
		ev.Dead = dead
		out = append(out, *ev)
	}
	return out, nil
}
