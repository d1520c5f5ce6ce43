// Package memory is an in-process store: fast, shared by the engines of one
// process, gone when the process ends. Used by tests, benchmarks and
// `cepbot chat --store memory`.
package memory

import (
	"cmp"
	"context"
	"fmt"
	"hash/maphash"
	"slices"
	"sync"
	"time"
	"unsafe"

	"github.com/cep-accueil/cepbot/bot"
)

// Store implements bot.Store in memory. The zero value is not usable; call New.
//
// Sessions and claims are sharded by key: with a thousand conversations in
// flight, one mutex makes every turn queue behind the others.
type Store struct {
	now func() time.Time

	shards [shardCount]shard

	mu  sync.RWMutex // the booking domain and the outbox
	bk  bookingTable // bookings, the slots they occupy, the visitors' active ones (bookingtable.go)
	out outbox       // outbox.go

	holdTab holdTable  // slots held while visitors confirm (holds.go)
	inbox   inboxState // received updates (inbox.go)
}

const shardCount = 64

type shard struct {
	mu       sync.Mutex
	sessions sessionTable
	claims   map[string]time.Time // key -> expiry
}

// shard returns key's shard and the key's hash, which also finds it there.
func (s *Store) shard(key string) (*shard, uint64) {
	h := maphash.String(seed, key)
	return &s.shards[h%shardCount], h
}

var seed = maphash.MakeSeed()

var _ bot.Store = (*Store)(nil)

// New returns an empty store. now drives TTL expiry (nil: time.Now).
func New(now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	st := &Store{
		now: now,
	}
	for i := range st.shards {
		st.shards[i].claims = map[string]time.Time{}
	}
	return st
}

// LoadSession implements bot.SessionStore.
func (s *Store) LoadSession(ctx context.Context, key string) ([]byte, int64, error) {
	data, version, err := s.LoadSessionString(ctx, key)
	if err != nil {
		return nil, 0, err
	}
	return []byte(data), version, nil
}

// LoadSessionString implements bot.SessionStringLoader: the stored bytes
// are never rewritten, so they are returned without a copy.
func (s *Store) LoadSessionString(_ context.Context, key string) (string, int64, error) {
	sh, h := s.shard(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	t := &sh.sessions
	at, _ := t.find(h, key)
	if at == 0 || !t.recs[at-1].live(s.now) {
		return "", 0, bot.ErrNotFound
	}
	r := &t.recs[at-1]
	return t.data(r), r.version, nil
}

// SaveSession implements bot.SessionStore.
func (s *Store) SaveSession(_ context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error) {
	sh, h := s.shard(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	t := &sh.sessions
	at, _ := t.find(h, key)
	var curVersion int64
	if at != 0 && t.recs[at-1].live(s.now) {
		curVersion = t.recs[at-1].version
	}
	if curVersion != version {
		return 0, fmt.Errorf("session %s: stored version %d, expected %d: %w", key, curVersion, version, bot.ErrConflict)
	}
	var expires int64
	if ttl > 0 {
		expires = s.now().Add(ttl).UnixNano()
	}
	t.put(h, key, at, data, version+1, expires)
	return version + 1, nil
}

// DeleteSession implements bot.SessionStore.
func (s *Store) DeleteSession(_ context.Context, key string) error {
	sh, h := s.shard(key)
	sh.mu.Lock()
	sh.sessions.remove(h, key)
	sh.mu.Unlock()
	return nil
}

// Claim implements bot.Claimer.
func (s *Store) Claim(_ context.Context, key string, ttl time.Duration) (bool, error) {
	sh, _ := s.shard(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	now := s.now()
	if exp, ok := sh.claims[key]; ok && now.Before(exp) {
		return false, nil
	}
	sh.claims[key] = now.Add(ttl)
	return true, nil
}

// Book implements bot.BookingStore.
func (s *Store) Book(_ context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	var ebuf [4]newEntry // a booking's events: on the stack
	entries, err := newEntries(ebuf[:0], events, b, data)
	if err != nil {
		return err
	}
	// The slot key is built on the stack: the tables copy what they keep.
	var kbuf [64]byte
	key := b.AppendSlotKey(kbuf[:0])
	slot := unsafe.String(unsafe.SliceData(key), len(key))
	s.mu.Lock()
	defer s.mu.Unlock()
	t := &s.bk
	if t.find(b.Ref) != 0 {
		return nil
	}
	if holder := t.slotHolder(slot); slot != "" && holder != 0 && t.ref(holder) != b.Ref {
		return fmt.Errorf("booking %s on %s: %w", b.Ref, string(key), bot.ErrSlotTaken)
	}
	if prevAt := t.activeOf(b.Visitor); prevAt != 0 {
		prev, err := bot.UnmarshalBooking(t.bytes(prevAt))
		if err != nil {
			return err
		}
		t.dropSlot(prev.SlotKey())
		prev.Status, prev.Updated = bot.StatusMoved, b.Created
		pdata, err := bot.MarshalBooking(prev)
		if err != nil {
			return err
		}
		t.setBytes(prevAt, pdata)
		t.dropActive(b.Visitor)
	}
	at := t.add(b.Ref, data)
	if b.Active() {
		if slot != "" {
			t.setSlot(slot, at)
		}
		t.setActive(b.Visitor, at)
	}
	s.appendLocked(entries)
	return nil
}

// UpdateBooking implements bot.BookingStore.
func (s *Store) UpdateBooking(_ context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	var ebuf [4]newEntry
	entries, err := newEntries(ebuf[:0], events, b, data)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := &s.bk
	at := t.find(b.Ref)
	if at == 0 {
		return fmt.Errorf("updating booking %s: %w", b.Ref, bot.ErrNotFound)
	}
	prev, err := bot.UnmarshalBooking(t.bytes(at))
	if err != nil {
		return err
	}
	if slot := b.SlotKey(); b.Active() && slot != prev.SlotKey() {
		if holder := t.slotHolder(slot); holder != 0 && holder != at {
			return fmt.Errorf("moving booking %s to %s: %w", b.Ref, slot, bot.ErrSlotTaken)
		}
	}
	if t.slotHolder(prev.SlotKey()) == at {
		t.dropSlot(prev.SlotKey())
	}
	t.setBytes(at, data)
	if t.activeOf(prev.Visitor) == at && (!b.Active() || prev.Visitor != b.Visitor) {
		t.dropActive(prev.Visitor) // cancelled, or anonymised
	}
	if b.Active() {
		if slot := b.SlotKey(); slot != "" {
			t.setSlot(slot, at)
		}
		t.setActive(b.Visitor, at)
	}
	s.appendLocked(entries)
	return nil
}

// GetBooking implements bot.BookingStore.
func (s *Store) GetBooking(_ context.Context, ref string) (*bot.Booking, error) {
	s.mu.RLock()
	var data []byte
	at := s.bk.find(ref)
	if at != 0 {
		data = s.bk.bytes(at)
	}
	s.mu.RUnlock()
	if at == 0 {
		return nil, fmt.Errorf("booking %s: %w", ref, bot.ErrNotFound)
	}
	return bot.UnmarshalBooking(data)
}

// ActiveBooking implements bot.BookingStore.
func (s *Store) ActiveBooking(_ context.Context, visitor string) (*bot.Booking, error) {
	s.mu.RLock()
	var data []byte
	at := s.bk.activeOf(visitor)
	if at != 0 {
		data = s.bk.bytes(at)
	}
	s.mu.RUnlock()
	if at == 0 {
		return nil, fmt.Errorf("active booking of %s: %w", visitor, bot.ErrNotFound)
	}
	return bot.UnmarshalBooking(data)
}

// ListBookings implements bot.BookingStore.
func (s *Store) ListBookings(_ context.Context) ([]*bot.Booking, error) {
	s.mu.RLock()
	all := make([][]byte, 0, len(s.bk.recs))
	for at := range uint32(len(s.bk.recs)) {
		all = append(all, s.bk.bytes(at+1))
	}
	s.mu.RUnlock()
	out := make([]*bot.Booking, 0, len(all))
	for _, d := range all {
		b, err := bot.UnmarshalBooking(d)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	bot.SortBookings(out)
	return out, nil
}

// TakenSlots implements bot.BookingStore.
func (s *Store) TakenSlots(_ context.Context, keys []string) ([]bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]bool, len(keys))
	for i, k := range keys {
		out[i] = s.bk.slotHolder(k) != 0
	}
	return out, nil
}

// Append implements bot.Outbox.
func (s *Store) Append(_ context.Context, events ...bot.Event) error {
	entries, err := newEntries(nil, events, nil, nil)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.appendLocked(entries)
	s.mu.Unlock()
	return nil
}

// ClaimEvents implements bot.Outbox. It takes the due events from the due
// heap: future reminders and leased events are not looked at, so a claim
// reads what it returns (and the stale items it drops), not the outbox.
func (s *Store) ClaimEvents(_ context.Context, _ string, now time.Time, lease time.Duration, max int) ([]bot.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o := &s.out
	var out []bot.Event
	for due := dueNanos(now); len(out) < max && len(o.due) > 0 && o.due[0].at <= due; {
		it := o.due.pop()
		o.dueExamined++
		if o.stale(it) {
			continue // acknowledged, dead, or rescheduled since
		}
		m := o.m(it.slot)
		m.leaseEnd = now.Add(lease).UnixNano()
		m.attempts++
		ev, err := o.event(it.slot)
		if err != nil {
			return out, err
		}
		out = append(out, ev)
		o.schedule(it.slot) // claimable again when the lease ends unacknowledged
	}
	return out, nil
}

// Ack implements bot.Outbox.
func (s *Store) Ack(_ context.Context, id string) error {
	s.mu.Lock()
	s.out.ack(id)
	s.mu.Unlock()
	return nil
}

// Retry implements bot.Outbox.
func (s *Store) Retry(_ context.Context, id string, next time.Time, lastErr string, dead bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	o := &s.out
	at, _ := o.find(maphash.String(seed, id), id)
	if at == 0 {
		return fmt.Errorf("retrying event %s: %w", id, bot.ErrNotFound)
	}
	slot := at - 1
	m := o.m(slot)
	m.notBefore, m.notBeforeLoc = o.instant(next)
	m.dead, m.leaseEnd = dead, 0
	if lastErr != "" {
		if o.lastErr == nil {
			o.lastErr = map[uint32]string{}
		}
		o.lastErr[slot] = lastErr
	} else {
		delete(o.lastErr, slot)
	}
	o.schedule(slot)
	return nil
}

// Events implements bot.Outbox. The events are listed in append order:
// the slots are sorted by it, a cost small beside decoding each event.
func (s *Store) Events(_ context.Context, dead bool) ([]bot.Event, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	o := &s.out
	var slots []uint32
	for slot := range o.slots {
		if m := o.m(slot); !m.gone && m.dead == dead {
			slots = append(slots, slot)
		}
	}
	slices.SortFunc(slots, func(a, b uint32) int { return cmp.Compare(o.m(a).seq, o.m(b).seq) })
	var out []bot.Event
	for _, slot := range slots {
		ev, err := o.event(slot)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// Ping implements bot.Store.
func (s *Store) Ping(context.Context) error { return nil }

// Close implements bot.Store.
func (s *Store) Close() error { return nil }
