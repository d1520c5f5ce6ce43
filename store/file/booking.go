package file

import (
	"context"
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/cep-accueil/cepbot/bot"
)

// Book implements bot.BookingStore: slot, visitor index, previous booking
// and outbox events change in one bbolt transaction, so a crash leaves all
// or nothing and two bookings can never hold one slot (bbolt has one writer
// at a time).
func (s *Store) Book(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	evs, err := encodeEvents(events)
	if err != nil {
		return err
	}
	return s.update(ctx, "booking "+b.Ref, func(tx *bolt.Tx) error {
		bookings, slots, active := tx.Bucket(bucketBookings), tx.Bucket(bucketSlots), tx.Bucket(bucketActive)
		ref := []byte(b.Ref)
		if bookings.Get(ref) != nil {
			return nil // a retried turn: already booked, events already appended
		}
		slot := b.SlotKey()
		if slot != "" {
			if holder := slots.Get([]byte(slot)); holder != nil && string(holder) != b.Ref {
				return fmt.Errorf("slot %s: %w", slot, bot.ErrSlotTaken)
			}
		}
		if b.Visitor != "" {
			if prevRef := active.Get([]byte(b.Visitor)); prevRef != nil {
				if err := moveAway(tx, string(prevRef), b.Created); err != nil {
					return err
				}
				if err := active.Delete([]byte(b.Visitor)); err != nil {
					return err
				}
			}
		}
		if err := bookings.Put(ref, data); err != nil {
			return err
		}
		if err := hold(tx, b); err != nil {
			return err
		}
		return appendEvents(tx, evs)
	})
}

// moveAway marks the visitor's previous booking moved and frees its slot.
func moveAway(tx *bolt.Tx, ref string, at time.Time) error {
	bookings, slots := tx.Bucket(bucketBookings), tx.Bucket(bucketSlots)
	old := bookings.Get([]byte(ref))
	if old == nil {
		return nil // a dangling index entry: nothing to move
	}
	prev, err := bot.UnmarshalBooking(old)
	if err != nil {
		return err
	}
	if slot := prev.SlotKey(); slot != "" && string(slots.Get([]byte(slot))) == ref {
		if err := slots.Delete([]byte(slot)); err != nil {
			return err
		}
	}
	prev.Status, prev.Updated = bot.StatusMoved, at
	data, err := bot.MarshalBooking(prev)
	if err != nil {
		return err
	}
	return bookings.Put([]byte(ref), data)
}

// hold indexes an active booking by slot and visitor.
func hold(tx *bolt.Tx, b *bot.Booking) error {
	if !b.Active() {
		return nil
	}
	if slot := b.SlotKey(); slot != "" {
		if err := tx.Bucket(bucketSlots).Put([]byte(slot), []byte(b.Ref)); err != nil {
			return err
		}
	}
	if b.Visitor != "" {
		return tx.Bucket(bucketActive).Put([]byte(b.Visitor), []byte(b.Ref))
	}
	return nil
}

// UpdateBooking implements bot.BookingStore.
func (s *Store) UpdateBooking(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	evs, err := encodeEvents(events)
	if err != nil {
		return err
	}
	return s.update(ctx, "updating booking "+b.Ref, func(tx *bolt.Tx) error {
		bookings, slots, active := tx.Bucket(bucketBookings), tx.Bucket(bucketSlots), tx.Bucket(bucketActive)
		old := bookings.Get([]byte(b.Ref))
		if old == nil {
			return bot.ErrNotFound
		}
		prev, err := bot.UnmarshalBooking(old)
		if err != nil {
			return err
		}
		if slot := b.SlotKey(); b.Active() && slot != "" && slot != prev.SlotKey() {
			if holder := slots.Get([]byte(slot)); holder != nil && string(holder) != b.Ref {
				return fmt.Errorf("moving to %s: %w", slot, bot.ErrSlotTaken)
			}
		}
		if slot := prev.SlotKey(); slot != "" && string(slots.Get([]byte(slot))) == b.Ref {
			if err := slots.Delete([]byte(slot)); err != nil {
				return err
			}
		}
		if err := bookings.Put([]byte(b.Ref), data); err != nil {
			return err
		}
		// The former visitor loses it when cancelled, or anonymised.
		if prev.Visitor != "" && string(active.Get([]byte(prev.Visitor))) == b.Ref && (!b.Active() || prev.Visitor != b.Visitor) {
			if err := active.Delete([]byte(prev.Visitor)); err != nil {
				return err
			}
		}
		if err := hold(tx, b); err != nil {
			return err
		}
		return appendEvents(tx, evs)
	})
}

// GetBooking implements bot.BookingStore.
func (s *Store) GetBooking(ctx context.Context, ref string) (*bot.Booking, error) {
	var out *bot.Booking
	err := s.view(ctx, "reading booking "+ref, func(tx *bolt.Tx) error {
		var err error
		out, err = getBooking(tx, ref)
		return err
	})
	return out, err
}

// getBooking decodes inside the transaction: json.Unmarshal copies, so the
// result outlives it.
func getBooking(tx *bolt.Tx, ref string) (*bot.Booking, error) {
	data := tx.Bucket(bucketBookings).Get([]byte(ref))
	if data == nil {
		return nil, bot.ErrNotFound
	}
	return bot.UnmarshalBooking(data)
}

// ActiveBooking implements bot.BookingStore.
func (s *Store) ActiveBooking(ctx context.Context, visitor string) (*bot.Booking, error) {
	var out *bot.Booking
	err := s.view(ctx, "reading the active booking of "+visitor, func(tx *bolt.Tx) error {
		ref := tx.Bucket(bucketActive).Get([]byte(visitor))
		if ref == nil {
			return bot.ErrNotFound
		}
		var err error
		out, err = getBooking(tx, string(ref))
		return err
	})
	return out, err
}

// ListBookings implements bot.BookingStore.
func (s *Store) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	var out []*bot.Booking
	err := s.view(ctx, "listing bookings", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBookings)
		out = make([]*bot.Booking, 0, b.Stats().KeyN)
		return b.ForEach(func(_, v []byte) error {
			bk, err := bot.UnmarshalBooking(v)
			if err != nil {
				return err
			}
			out = append(out, bk)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	bot.SortBookings(out)
	return out, nil
}

// TakenSlots implements bot.BookingStore.
func (s *Store) TakenSlots(ctx context.Context, keys []string) ([]bool, error) {
	out := make([]bool, len(keys))
	err := s.view(ctx, "reading taken slots", func(tx *bolt.Tx) error {
		slots := tx.Bucket(bucketSlots)
		for i, k := range keys {
			out[i] = k != "" && slots.Get([]byte(k)) != nil
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ---- outbox ----

// Event record header: sequence, lease end, not-before (unix ns, 0 = none),
// dead flag; then the JSON event.
const eventHeader = 25

type eventRecord struct {
	seq       uint64
	leaseEnd  int64
	notBefore int64
	dead      bool
	json      []byte
}

func parseRecord(v []byte) (eventRecord, error) {
	if len(v) < eventHeader {
		return eventRecord{}, fmt.Errorf("corrupt event record (%d bytes)", len(v))
	}
	return eventRecord{
		seq:       binary.BigEndian.Uint64(v[0:8]),
		leaseEnd:  get64(v[8:16]),
		notBefore: get64(v[16:24]),
		dead:      v[24] == 1,
		json:      v[eventHeader:],
	}, nil
}

// due reports whether a consumer may claim the event at now.
func (r eventRecord) due(now int64) bool {
	return !r.dead && r.notBefore <= now && r.leaseEnd <= now
}

func (r eventRecord) decode() (*bot.Event, error) { return bot.UnmarshalEvent(r.json) }

func encodeRecord(seq uint64, leaseEnd int64, ev *bot.Event) ([]byte, error) {
	data, err := bot.MarshalEvent(ev)
	if err != nil {
		return nil, err
	}
	out := make([]byte, eventHeader, eventHeader+len(data))
	binary.BigEndian.PutUint64(out[0:8], seq)
	binary.BigEndian.PutUint64(out[8:16], uint64(leaseEnd))
	binary.BigEndian.PutUint64(out[16:24], uint64(unixNano(ev.NotBefore)))
	if ev.Dead {
		out[24] = 1
	}
	return append(out, data...), nil
}

// encodedEvent is an event validated and encoded outside the transaction
// (the sequence is filled in inside).
type encodedEvent struct {
	id  []byte
	rec []byte
}

func encodeEvents(events []bot.Event) ([]encodedEvent, error) {
	out := make([]encodedEvent, 0, len(events))
	for i := range events {
		if events[i].ID == "" {
			return nil, fmt.Errorf("outbox event of type %q has no id", events[i].Type)
		}
		rec, err := encodeRecord(0, 0, &events[i])
		if err != nil {
			return nil, err
		}
		out = append(out, encodedEvent{[]byte(events[i].ID), rec})
	}
	return out, nil
}

func appendEvents(tx *bolt.Tx, evs []encodedEvent) error {
	events, order := tx.Bucket(bucketEvents), tx.Bucket(bucketOrder)
	for _, e := range evs {
		if events.Get(e.id) != nil {
			continue // appending an existing id is a no-op
		}
		seq, err := order.NextSequence()
		if err != nil {
			return err
		}
		binary.BigEndian.PutUint64(e.rec[0:8], seq)
		if err := events.Put(e.id, e.rec); err != nil {
			return err
		}
		if err := order.Put(binary.BigEndian.AppendUint64(nil, seq), e.id); err != nil {
			return err
		}
	}
	return nil
}

// Append implements bot.Outbox.
func (s *Store) Append(ctx context.Context, events ...bot.Event) error {
	evs, err := encodeEvents(events)
	if err != nil {
		return err
	}
	return s.update(ctx, "appending outbox events", func(tx *bolt.Tx) error { return appendEvents(tx, evs) })
}

// ClaimEvents implements bot.Outbox. Events are claimed in append order.
//
// Consumers poll, mostly finding nothing: a read-only pass looks for a due
// event first, so an idle poll costs no write transaction and no fdatasync.
func (s *Store) ClaimEvents(ctx context.Context, _ string, now time.Time, lease time.Duration, max int) ([]bot.Event, error) {
	if max <= 0 {
		return nil, nil
	}
	nowNs := now.UnixNano()
	var anyDue bool
	err := s.view(ctx, "claiming outbox events", func(tx *bolt.Tx) error {
		var err error
		anyDue, err = scanDue(tx, nowNs, func([]byte, eventRecord) (bool, error) { return false, nil })
		return err
	})
	if err != nil || !anyDue {
		return nil, err
	}
	var out []bot.Event
	leaseEnd := now.Add(lease).UnixNano()
	err = s.update(ctx, "claiming outbox events", func(tx *bolt.Tx) error {
		out = out[:0]
		events := tx.Bucket(bucketEvents)
		var claimed []encodedEvent // written after the scan: no Put under a live cursor
		_, err := scanDue(tx, nowNs, func(id []byte, r eventRecord) (bool, error) {
			ev, err := r.decode()
			if err != nil {
				return false, err
			}
			ev.Attempts++
			rec, err := encodeRecord(r.seq, leaseEnd, ev)
			if err != nil {
				return false, err
			}
			claimed = append(claimed, encodedEvent{append([]byte{}, id...), rec})
			out = append(out, *ev)
			return len(out) < max, nil
		})
		if err != nil {
			return err
		}
		for _, c := range claimed {
			if err := events.Put(c.id, c.rec); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// scanDue calls fn for due events in append order while fn returns true; it
// reports whether it found any due event.
func scanDue(tx *bolt.Tx, now int64, fn func(id []byte, r eventRecord) (bool, error)) (bool, error) {
	events := tx.Bucket(bucketEvents)
	c := tx.Bucket(bucketOrder).Cursor()
	found := false
	for _, id := c.First(); id != nil; _, id = c.Next() {
		v := events.Get(id)
		if v == nil {
			continue
		}
		r, err := parseRecord(v)
		if err != nil {
			return found, fmt.Errorf("event %s: %w", id, err)
		}
		if !r.due(now) {
			continue
		}
		found = true
		more, err := fn(id, r)
		if err != nil || !more {
			return found, err
		}
	}
	return found, nil
}

// Ack implements bot.Outbox. Acknowledging a missing event is not an error
// (a redelivered event acknowledged twice).
func (s *Store) Ack(ctx context.Context, id string) error {
	return s.update(ctx, "acknowledging event "+id, func(tx *bolt.Tx) error {
		events := tx.Bucket(bucketEvents)
		v := events.Get([]byte(id))
		if v == nil {
			return nil
		}
		r, err := parseRecord(v)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketOrder).Delete(binary.BigEndian.AppendUint64(nil, r.seq)); err != nil {
			return err
		}
		return events.Delete([]byte(id))
	})
}

// Retry implements bot.Outbox.
func (s *Store) Retry(ctx context.Context, id string, next time.Time, lastErr string, dead bool) error {
	return s.update(ctx, "retrying event "+id, func(tx *bolt.Tx) error {
		events := tx.Bucket(bucketEvents)
		v := events.Get([]byte(id))
		if v == nil {
			return bot.ErrNotFound
		}
		r, err := parseRecord(v)
		if err != nil {
			return err
		}
		ev, err := r.decode()
		if err != nil {
			return err
		}
		ev.NotBefore, ev.LastError, ev.Dead = next, lastErr, dead
		rec, err := encodeRecord(r.seq, 0, ev)
		if err != nil {
			return err
		}
		return events.Put([]byte(id), rec)
	})
}

// Events implements bot.Outbox.
func (s *Store) Events(ctx context.Context, dead bool) ([]bot.Event, error) {
	var out []bot.Event
	err := s.view(ctx, "listing outbox events", func(tx *bolt.Tx) error {
		events := tx.Bucket(bucketEvents)
		c := tx.Bucket(bucketOrder).Cursor()
		for _, id := c.First(); id != nil; _, id = c.Next() {
			v := events.Get(id)
			if v == nil {
				continue
			}
			r, err := parseRecord(v)
			if err != nil {
				return fmt.Errorf("event %s: %w", id, err)
			}
			if r.dead != dead {
				continue
			}
			ev, err := r.decode()
			if err != nil {
				return err
			}
			out = append(out, *ev)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
