package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

func (s *Store) sessionKey(key string) string { return s.prefix + ":s:{" + key + "}" }
func (s *Store) claimKey(key string) string   { return s.prefix + ":c:{" + key + "}" }

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

// LoadSession implements bot.SessionStore: one HMGET.
func (s *Store) LoadSession(ctx context.Context, key string) ([]byte, int64, error) {
	vals, err := s.rdb.HMGet(ctx, s.sessionKey(key), "v", "d").Result()
	if err != nil {
		return nil, 0, s.fail("loading session "+key, err)
	}
	v, _ := vals[0].(string)
	d, _ := vals[1].(string)
	if v == "" {
		return nil, 0, fmt.Errorf("loading session %s: %w", key, bot.ErrNotFound)
	}
	version, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return nil, 0, fmt.Errorf("loading session %s: corrupt version %q", key, v)
	}
	return []byte(d), version, nil
}

// SaveSession implements bot.SessionStore: one script compares the version
// and writes data, version and expiry.
func (s *Store) SaveSession(ctx context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error) {
	next := version + 1
	res, err := saveSession.Run(ctx, s.rdb, []string{s.sessionKey(key)},
		version, next, data, millis(ttl)).Result()
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
	_, err := s.rdb.SetArgs(ctx, s.claimKey(key), 1, goredis.SetArgs{Mode: "NX", TTL: time.Duration(millis(ttl)) * time.Millisecond}).Result()
	switch {
	case errors.Is(err, goredis.Nil):
		return false, nil
	case err != nil:
		return false, s.fail("claiming "+key, err)
	}
	return true, nil
}

// eventArgs encodes events as the scripts' ARGV quintuplets.
func eventArgs(args []any, events []bot.Event) ([]any, error) {
	for i := range events {
		ev := &events[i]
		if ev.ID == "" {
			return nil, fmt.Errorf("outbox event of type %q has no id", ev.Type)
		}
		data, err := bot.MarshalEvent(ev)
		if err != nil {
			return nil, err
		}
		dead := "0"
		if ev.Dead {
			dead = "1"
		}
		args = append(args, ev.ID, data, micros(ev.NotBefore), ev.Attempts, dead)
	}
	return args, nil
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Book implements bot.BookingStore: one script takes the slot, moves the
// visitor's previous booking and appends the events.
func (s *Store) Book(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	moved, err := b.Created.MarshalText()
	if err != nil {
		return fmt.Errorf("booking %s: %w", b.Ref, err)
	}
	args, err := eventArgs([]any{b.Ref, data, b.SlotKey(), b.Visitor, flag(b.Active()), moved}, events)
	if err != nil {
		return err
	}
	res, err := book.Run(ctx, s.rdb, s.bk, args...).Text()
	if err != nil {
		return s.fail("booking "+b.Ref, err)
	}
	if res == "taken" {
		return fmt.Errorf("booking %s on %s: %w", b.Ref, b.SlotKey(), bot.ErrSlotTaken)
	}
	return nil // "ok", or "dup": a retried turn
}

// UpdateBooking implements bot.BookingStore.
func (s *Store) UpdateBooking(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	args, err := eventArgs([]any{b.Ref, data, b.SlotKey(), b.Visitor, flag(b.Active())}, events)
	if err != nil {
		return err
	}
	res, err := updateBooking.Run(ctx, s.rdb, s.bk, args...).Text()
	if err != nil {
		return s.fail("updating booking "+b.Ref, err)
	}
	switch res {
	case "missing":
		return fmt.Errorf("updating booking %s: %w", b.Ref, bot.ErrNotFound)
	case "taken":
		return fmt.Errorf("moving booking %s to %s: %w", b.Ref, b.SlotKey(), bot.ErrSlotTaken)
	}
	return nil
}

// decodeBooking applies the moved-at override the booking script records
// instead of rewriting JSON in Lua.
func decodeBooking(data, moved string) (*bot.Booking, error) {
	b, err := bot.UnmarshalBooking([]byte(data))
	if err != nil {
		return nil, err
	}
	if moved != "" {
		b.Status = bot.StatusMoved
		if err := b.Updated.UnmarshalText([]byte(moved)); err != nil {
			return nil, fmt.Errorf("decoding booking %s: moved-at %q: %w", b.Ref, moved, err)
		}
	}
	return b, nil
}

func (s *Store) getBooking(ctx context.Context, op, arg, mode string) (*bot.Booking, error) {
	res, err := getBooking.Run(ctx, s.rdb, s.bk, arg, mode).Slice()
	if errors.Is(err, goredis.Nil) {
		return nil, fmt.Errorf("%s: %w", op, bot.ErrNotFound)
	}
	if err != nil {
		return nil, s.fail(op, err)
	}
	if len(res) != 2 {
		return nil, fmt.Errorf("%s: unexpected reply of %d elements", op, len(res))
	}
	data, _ := res[0].(string)
	moved, _ := res[1].(string)
	return decodeBooking(data, moved)
}

// GetBooking implements bot.BookingStore.
func (s *Store) GetBooking(ctx context.Context, ref string) (*bot.Booking, error) {
	return s.getBooking(ctx, "reading booking "+ref, ref, "ref")
}

// ActiveBooking implements bot.BookingStore.
func (s *Store) ActiveBooking(ctx context.Context, visitor string) (*bot.Booking, error) {
	return s.getBooking(ctx, "reading the active booking of "+visitor, visitor, "active")
}

// ListBookings implements bot.BookingStore.
func (s *Store) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	res, err := listBookings.Run(ctx, s.rdb, s.bk).Slice()
	if err != nil {
		return nil, s.fail("listing bookings", err)
	}
	if len(res) != 2 {
		return nil, fmt.Errorf("listing bookings: unexpected reply of %d elements", len(res))
	}
	all, _ := res[0].([]any)
	mv, _ := res[1].([]any)
	movedAt := make(map[string]string, len(mv)/2)
	for i := 0; i+1 < len(mv); i += 2 {
		k, _ := mv[i].(string)
		v, _ := mv[i+1].(string)
		movedAt[k] = v
	}
	out := make([]*bot.Booking, 0, len(all)/2)
	for i := 0; i+1 < len(all); i += 2 {
		ref, _ := all[i].(string)
		data, _ := all[i+1].(string)
		b, err := decodeBooking(data, movedAt[ref])
		if err != nil {
			return nil, fmt.Errorf("listing bookings: %w", err)
		}
		out = append(out, b)
	}
	bot.SortBookings(out)
	return out, nil
}

// TakenSlots implements bot.BookingStore: one HMGET.
func (s *Store) TakenSlots(ctx context.Context, keys []string) ([]bool, error) {
	out := make([]bool, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	vals, err := s.rdb.HMGet(ctx, s.bk[1], keys...).Result()
	if err != nil {
		return nil, s.fail("reading taken slots", err)
	}
	for i, v := range vals {
		out[i] = v != nil && keys[i] != ""
	}
	return out, nil
}

// Append implements bot.Outbox.
func (s *Store) Append(ctx context.Context, events ...bot.Event) error {
	if len(events) == 0 {
		return nil
	}
	args, err := eventArgs(nil, events)
	if err != nil {
		return err
	}
	if err := appendEvents.Run(ctx, s.rdb, s.bk, args...).Err(); err != nil {
		return s.fail("appending outbox events", err)
	}
	return nil
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

// ClaimEvents implements bot.Outbox: one script picks the due events, moves
// their due time to the lease end and counts the attempt.
func (s *Store) ClaimEvents(ctx context.Context, consumer string, now time.Time, lease time.Duration, max int) ([]bot.Event, error) {
	if max <= 0 {
		return nil, nil
	}
	if consumer == "" {
		consumer = "cepbot"
	}
	res, err := claimEvents.Run(ctx, s.rdb, s.bk, now.UnixMicro(), now.Add(lease).UnixMicro(), max, consumer).Slice()
	if err != nil {
		return nil, s.fail("claiming outbox events", err)
	}
	return decodeEvents("claiming outbox events", res, false)
}

// Ack implements bot.Outbox. Acknowledging a missing event is not an error.
func (s *Store) Ack(ctx context.Context, id string) error {
	if err := ack.Run(ctx, s.rdb, s.bk, id).Err(); err != nil {
		return s.fail("acknowledging event "+id, err)
	}
	return nil
}

// Retry implements bot.Outbox.
func (s *Store) Retry(ctx context.Context, id string, next time.Time, lastErr string, dead bool) error {
	nb := ""
	if !next.IsZero() {
		nb = strconv.FormatInt(next.UnixNano(), 10)
	}
	n, err := retry.Run(ctx, s.rdb, s.bk, id, micros(next), nb+"\n"+lastErr, flag(dead)).Int()
	if err != nil {
		return s.fail("retrying event "+id, err)
	}
	if n == 0 {
		return fmt.Errorf("retrying event %s: %w", id, bot.ErrNotFound)
	}
	return nil
}

// Events implements bot.Outbox.
func (s *Store) Events(ctx context.Context, dead bool) ([]bot.Event, error) {
	res, err := listEvents.Run(ctx, s.rdb, s.bk, flag(dead)).Slice()
	if err != nil {
		return nil, s.fail("listing outbox events", err)
	}
	return decodeEvents("listing outbox events", res, dead)
}
