package memory

import (
	"context"
	"fmt"
	"sync"
	"time"
	"unsafe"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
)

// holds are kept apart from the booking domain's mutex: offers read them
// on every slot question.
type holdTable struct {
	mu       sync.Mutex
	choosing map[string]map[string]time.Time // agency -> visitor -> until
	sweepAt  map[string]time.Time            // agency -> next sweep of expired choosers
	held     heldTable
	n        int // holds taken since the last purge
}

// holds is the table of holds (its zero value is ready: no lock to take for it).
func (s *Store) holds() *holdTable { return &s.holdTab }

// purgeEvery bounds the expired holds left behind: every so many holds, the
// table is swept.
const purgeEvery = 4096

// HoldSlot implements bot.HoldStore.
func (s *Store) HoldSlot(_ context.Context, agency, visitor, slotKey string, ttl time.Duration) error {
	t := s.holds()
	now := s.now()
	s.mu.RLock() // bookings first, then holds (Book takes only s.mu)
	defer s.mu.RUnlock()
	if s.bk.slotHolder(slotKey) != 0 {
		return fmt.Errorf("holding %s for %s: booked: %w", slotKey, visitor, bot.ErrSlotTaken)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	h := &t.held
	ag := h.agencyID(agency)
	at := h.findSlot(ag, slotKey)
	if at != 0 {
		if r := &h.recs[at-1]; !h.isVisitor(r, visitor) && now.UnixNano() < r.expires {
			return fmt.Errorf("holding %s for %s: %w", slotKey, visitor, bot.ErrSlotTaken)
		}
	}
	if prev := h.findVisitor(ag, visitor); prev != 0 && prev != at {
		h.remove(prev) // the visitor's previous hold in this agency
	}
	h.put(ag, slotKey, visitor, at, now.Add(ttl).UnixNano())
	delete(t.choosing[agency], visitor) // chosen
	if t.n++; t.n >= purgeEvery {
		t.n = 0
		for i := range h.recs {
			if r := &h.recs[i]; r.agency != 0 && now.UnixNano() >= r.expires {
				h.remove(uint32(i + 1))
			}
		}
	}
	return nil
}

// ReleaseHold implements bot.HoldStore.
func (s *Store) ReleaseHold(_ context.Context, agency, visitor string) error {
	t := s.holds()
	t.mu.Lock()
	defer t.mu.Unlock()
	h := &t.held
	if ag, ok := h.agencies[agency]; ok {
		if at := h.findVisitor(ag, visitor); at != 0 {
			h.remove(at)
		}
	}
	return nil
}

// SlotHolders implements bot.HoldStore.
func (s *Store) SlotHolders(ctx context.Context, agency, choosing string, keys []string) (bot.SlotState, error) {
	taken, err := s.TakenSlots(ctx, keys)
	if err != nil {
		return bot.SlotState{}, err
	}
	t := s.holds()
	now := s.now()
	st := bot.SlotState{Holders: make([]string, len(keys)), Taken: taken}
	t.mu.Lock()
	defer t.mu.Unlock()
	st.Choosing = t.choose(agency, choosing, now)
	h := &t.held
	ag, ok := h.agencies[agency]
	if !ok {
		return st, nil
	}
	for i, k := range keys {
		if at := h.findSlot(ag, k); at != 0 {
			if r := &h.recs[at-1]; now.UnixNano() < r.expires {
				st.Holders[i] = h.visitor(r)
			}
		}
	}
	return st, nil
}

// SlotStatesOf is SlotHolders for slots: their keys are built in a
// buffer for the lookups, never as strings (see booking's slotStater).
func (s *Store) SlotStatesOf(ctx context.Context, agency, choosing string, slots []agenda.Slot) (bot.SlotState, error) {
	var st bot.SlotState
	err := s.SlotStatesInto(ctx, agency, choosing, slots, &st)
	return st, err
}

// SlotStatesInto is SlotStatesOf writing into st, whose arrays are reused
// when large enough (booking's Offers recycles them). A slot is looked up
// by its advisor's number and its minute (slotindex.go); only a slot whose
// key the index cannot number (a year past 9999) has its key written.
func (s *Store) SlotStatesInto(_ context.Context, agency, choosing string, slots []agenda.Slot, st *bot.SlotState) error {
	st.Holders, st.Taken, st.Choosing = resize(st.Holders, len(slots)), resize(st.Taken, len(slots)), 0
	var kb [64]byte
	var advs slotAdvisors
	s.mu.RLock()
	for i, sl := range slots {
		minute, ok := minuteOf(sl.Start)
		if !ok || s.bk.advisors.full {
			k := sl.AppendKey(kb[:0])
			st.Taken[i] = s.bk.slotHolder(unsafe.String(unsafe.SliceData(k), len(k))) != 0
			continue
		}
		if n := advs.of(&s.bk.advisors, sl.AdvisorID); n != 0 {
			st.Taken[i] = s.bk.slotHolderAt(n, minute) != 0
		}
	}
	s.mu.RUnlock()
	t := s.holds()
	now := s.now()
	t.mu.Lock()
	defer t.mu.Unlock()
	st.Choosing = t.choose(agency, choosing, now)
	h := &t.held
	ag, ok := h.agencies[agency]
	if !ok {
		return nil
	}
	advs = slotAdvisors{}
	for i, sl := range slots {
		var at uint32
		minute, ok := minuteOf(sl.Start)
		switch {
		case !ok || h.advisors.full:
			k := sl.AppendKey(kb[:0])
			at = h.findSlot(ag, unsafe.String(unsafe.SliceData(k), len(k)))
		default:
			if n := advs.of(&h.advisors, sl.AdvisorID); n != 0 {
				at = h.findSlotAt(ag, n, minute)
			}
		}
		if at != 0 {
			if r := &h.recs[at-1]; now.UnixNano() < r.expires {
				st.Holders[i] = h.visitor(r)
			}
		}
	}
	return nil
}

// resize returns n zero values in s's array if it is large enough (a nil
// s gives a new array: the answer's slices are never nil, as SlotHolders').
func resize[T any](s []T, n int) []T {
	if s == nil || cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// choose records visitor as choosing in agency and counts those choosing.
func (t *holdTable) choose(agency, visitor string, now time.Time) int {
	if t.choosing == nil {
		t.choosing = map[string]map[string]time.Time{}
	}
	vs := t.choosing[agency]
	if vs == nil && visitor == "" {
		return 0
	}
	if vs == nil {
		vs = map[string]time.Time{}
		t.choosing[agency] = vs
	}
	if visitor != "" {
		vs[visitor] = now.Add(bot.ChoosingTTL)
	}
	// Sweeping every call made each offer cost the number of visitors
	// choosing (quadratic under a crowd); a sweep a few times per TTL keeps
	// the count within a fraction of the TTL of exact.
	if t.sweepAt == nil {
		t.sweepAt = map[string]time.Time{}
	}
	if !now.Before(t.sweepAt[agency]) {
		for v, until := range vs {
			if !now.Before(until) {
				delete(vs, v)
			}
		}
		t.sweepAt[agency] = now.Add(bot.ChoosingTTL / 8)
	}
	return len(vs)
}
