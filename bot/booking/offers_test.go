package booking_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

func offers(t *testing.T, svc *booking.Service, visitor string) []agenda.Slot {
	t.Helper()
	sl, err := svc.Offers(context.Background(), booking.OfferRequest{AgencyID: "ft-35", N: 3, Visitor: visitor})
	if err != nil || len(sl) != 3 {
		t.Fatalf("offers for %s: %v, %v", visitor, sl, err)
	}
	return sl
}

func keys(sl []agenda.Slot) []string {
	out := make([]string, len(sl))
	for i, s := range sl {
		out[i] = s.Key()
	}
	return out
}

func TestOffersExcludeOthersHolds(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	first := offers(t, svc, "alice")
	// Hold every advisor at the first time, for four other visitors.
	var held []string
	for i, ad := range svc.Directory().AdvisorsOf("ft-35") {
		sl := agenda.Slot{AgencyID: "ft-35", AdvisorID: ad.ID, Start: first[0].Start, End: first[0].End}
		got, err := svc.Hold(ctx, fmt.Sprint("holder-", i), sl, false)
		if err != nil || got.Key() != sl.Key() {
			t.Fatalf("hold %s: %v, %v", sl.Key(), got, err)
		}
		held = append(held, sl.Key())
	}
	for _, o := range offers(t, svc, "bob") {
		if o.Start.Equal(first[0].Start) {
			t.Fatalf("bob is offered %s, held by others", o.Key())
		}
	}
	// The holder sees their own slot (their referent's slots first: not
	// spread).
	own, err := svc.Offers(ctx, booking.OfferRequest{AgencyID: "ft-35", N: 3, Visitor: "holder-0", PreferAdvisor: "ft-35-c1"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(keys(own), held[0]) {
		t.Errorf("holder-0's offers %v miss their own hold %s", keys(own), held[0])
	}
}

func TestHeldSlotCannotBeLostAndSameTimeFallback(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	sl := offers(t, svc, "alice")[0]
	got, err := svc.Hold(ctx, "alice", sl, false)
	if err != nil || got != sl {
		t.Fatalf("alice holds %v: %v", got, err)
	}
	// Someone insisting on that advisor cannot take it.
	r := request(svc, t, "bob", "ft-35", 0)
	r.Slot, r.KeepAdvisor = sl, true
	if _, err := svc.Book(ctx, r); !errors.Is(err, bot.ErrSlotTaken) {
		t.Fatalf("bob books alice's held slot: %v", err)
	}
	// Someone who did not ask for an advisor gets another one at that time.
	r.KeepAdvisor = false
	b, err := svc.Book(ctx, r)
	if err != nil || !b.Start.Equal(sl.Start) || b.AdvisorID == sl.AdvisorID {
		t.Fatalf("bob's fallback booking = %+v, %v; want %s with another advisor", b, err, sl.Start)
	}
	// Alice's confirmation cannot fail.
	ra := request(svc, t, "alice", "ft-35", 0)
	ra.Slot = sl
	ba, err := svc.Book(ctx, ra)
	if err != nil || ba.AdvisorID != sl.AdvisorID {
		t.Fatalf("alice's held slot: %+v, %v", ba, err)
	}
	// Cancelling frees the slot for others at once.
	if _, err := svc.SetStatus(ctx, ba.Ref, bot.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Hold(ctx, "carol", sl, false); err != nil {
		t.Fatalf("slot of a cancelled booking still held: %v", err)
	}
}

func TestHoldFallsBackLeastLoaded(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	first := offers(t, svc, "x")[0]
	ads := svc.Directory().AdvisorsOf("ft-35")
	// c2 and c3 have bookings later that day; c4 has none.
	for i, id := range []string{ads[1].ID, ads[2].ID} {
		later := agenda.Slot{AgencyID: "ft-35", AdvisorID: id, Start: first.Start.Add(3 * time.Hour), End: first.End.Add(3 * time.Hour)}
		r := request(svc, t, fmt.Sprint("busy-", i), "ft-35", 0)
		r.Slot, r.KeepAdvisor = later, true
		if _, err := svc.Book(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	mine := agenda.Slot{AgencyID: "ft-35", AdvisorID: ads[0].ID, Start: first.Start, End: first.End}
	if _, err := svc.Hold(ctx, "other", mine, false); err != nil {
		t.Fatal(err)
	}
	got, err := svc.Hold(ctx, "me", mine, true)
	if err != nil || got.AdvisorID != ads[3].ID {
		t.Fatalf("fallback hold = %v, %v; want the least-loaded advisor %s", got.AdvisorID, err, ads[3].ID)
	}
}

func TestOffersRespectAvailabilityAndBusyTimes(t *testing.T) {
	dir := directory.Sample()
	first := map[string]bool{}
	st := memory.New(func() time.Time { return now })
	base := booking.New(st, dir, booking.WithClock(func() time.Time { return now }))
	sl, err := base.Offers(context.Background(), booking.OfferRequest{AgencyID: "ft-35", N: 3})
	if err != nil || len(sl) == 0 {
		t.Fatal(sl, err)
	}
	t0 := sl[0].Start
	for _, ad := range dir.AdvisorsOf("ft-35") {
		first[ad.ID] = true
	}
	// Every advisor busy at t0 but c1: only c1 may be offered then.
	busy := busyFunc(func(_, adv string, s, e time.Time) bool {
		return adv != "ft-35-c1" && s.Before(t0.Add(time.Minute)) && e.After(t0)
	})
	svc := booking.New(st, dir, booking.WithClock(func() time.Time { return now }), booking.WithBusy(busy))
	got, err := svc.Offers(context.Background(), booking.OfferRequest{AgencyID: "ft-35", N: 3})
	if err != nil || !got[0].Start.Equal(t0) || got[0].AdvisorID != "ft-35-c1" {
		t.Fatalf("offers with busy advisors: %v, %v", got, err)
	}
	// Everyone busy at t0: the time is not offered.
	all := booking.New(st, dir, booking.WithClock(func() time.Time { return now }),
		booking.WithBusy(busyFunc(func(_, _ string, s, e time.Time) bool { return s.Equal(t0) })))
	got, _ = all.Offers(context.Background(), booking.OfferRequest{AgencyID: "ft-35", N: 3})
	if got[0].Start.Equal(t0) {
		t.Fatalf("a time when every advisor is busy is offered: %v", got)
	}
}

type busyFunc func(agency, advisor string, start, end time.Time) bool

func (f busyFunc) Busy(agency, advisor string, start, end time.Time) bool {
	return f(agency, advisor, start, end)
}

// crowdRun makes n visitors choose at once in one agency, as the dialogue
// does: offers, a random choice among them, the hold (another advisor at
// the same time if needed), then the booking. It returns how many choices
// each visitor made.
func crowdRun(t testing.TB, svc *booking.Service, agency string, n int) map[int]int {
	ctx := context.Background()
	choices := make([]int, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			v := fmt.Sprintf("crowd-%d", i)
			for choices[i] < 10 {
				sl, err := svc.Offers(ctx, booking.OfferRequest{AgencyID: agency, N: 3, Visitor: v, Round: uint32(choices[i])})
				if err != nil || len(sl) == 0 {
					t.Errorf("%s: offers %v, %v", v, sl, err)
					return
				}
				choices[i]++
				held, err := svc.Hold(ctx, v, sl[rand.IntN(len(sl))], true)
				if errors.Is(err, bot.ErrSlotTaken) {
					continue
				}
				if err != nil {
					t.Error(err)
					return
				}
				r := booking.Request{Ref: booking.Reference(v), Visitor: v, OperatorKind: "france_travail", Slot: held}
				if _, err := svc.Book(ctx, r); err != nil {
					t.Errorf("%s: booking a held slot: %v", v, err)
				}
				return
			}
		})
	}
	close(start)
	wg.Wait()
	dist := map[int]int{}
	for _, c := range choices {
		dist[c]++
	}
	return dist
}

// TestCrowdBooksWithinOneExtraChoice: 1 000 visitors choosing at the same
// moment in one agency all book, none choosing more than twice, and no slot
// is booked twice.
func TestCrowdBooksWithinOneExtraChoice(t *testing.T) {
	dir := crowdDirectory(t)
	st := memory.New(func() time.Time { return now })
	svc := booking.New(st, dir, booking.WithClock(func() time.Time { return now }))
	n := 1000
	if testing.Short() || raceDetector {
		n = 250
	}
	dist := crowdRun(t, svc, "big", n)
	t.Logf("choices per visitor (choices: visitors): %v", dist)
	for c, k := range dist {
		if c > 2 {
			t.Errorf("%d visitors needed %d choices", k, c)
		}
	}
	all, err := st.ListBookings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, b := range all {
		if seen[b.SlotKey()] {
			t.Fatalf("slot %s booked twice", b.SlotKey())
		}
		seen[b.SlotKey()] = true
	}
	if len(all) != n {
		t.Fatalf("%d bookings for %d visitors", len(all), n)
	}
}

// crowdDirectory: one agency with room for the crowd (8 advisors, 30-minute
// slots, 8 h a day, 4 weeks: about 2 500 slots).
func crowdDirectory(t testing.TB) *directory.Directory {
	src := `version: 1
operators:
  - {id: ft, kind: france_travail, name: France Travail}
agencies:
  - id: big
    operator: ft
    name: Grande agence
    departements: ["35"]
    modalities: [sur_place]
    slot_minutes: 30
    horizon: 28d
    hours:
      mon: ["09:00-12:00", "13:00-18:00"]
      tue: ["09:00-12:00", "13:00-18:00"]
      wed: ["09:00-12:00", "13:00-18:00"]
      thu: ["09:00-12:00", "13:00-18:00"]
      fri: ["09:00-12:00", "13:00-18:00"]
    advisors:
`
	for i := range 8 {
		src += fmt.Sprintf("      - {id: big-%d, name: Conseiller %d}\n", i, i)
	}
	d, err := directory.Parse("crowd.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// A booking turn retried after its booking was stored (the reply was lost)
// books nothing more and reports the same booking, also once the hold has
// been taken again.
func TestRetriedBookingIsTheSame(t *testing.T) {
	svc, st := newService(t)
	ctx := context.Background()
	r := request(svc, t, "alice", "ft-35", 0)
	first, err := svc.Book(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	again, err := svc.Book(ctx, r)
	if err != nil || again.Ref != first.Ref || again.AdvisorID != first.AdvisorID || !again.Start.Equal(first.Start) {
		t.Fatalf("retried booking = %+v, %v; want %+v", again, err, first)
	}
	all, _ := st.ListBookings(ctx)
	if len(all) != 1 {
		t.Fatalf("%d bookings after a retry", len(all))
	}
}

// The offers remember where an agency's booked-up slots end; a cancellation
// made through the service is offered again at once.
func TestOffersFrontierSeesCancellation(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	var refs []string
	var starts []time.Time
	for i := range 12 {
		v := fmt.Sprint("early-", i)
		b, err := svc.Book(ctx, request(svc, t, v, "ft-35", 0)) // the earliest free slot
		if err != nil {
			t.Fatalf("book %s: %v", v, err)
		}
		refs, starts = append(refs, b.Ref), append(starts, b.Start)
	}
	first := func() time.Time {
		t.Helper()
		sl, err := svc.FreeSlots(ctx, "ft-35", time.Time{}, 3, "")
		if err != nil || len(sl) == 0 {
			t.Fatalf("free slots: %v, %v", sl, err)
		}
		return sl[0].Start
	}
	if got, latest := first(), slices.MaxFunc(starts, time.Time.Compare); got.Before(latest) {
		t.Fatalf("first free slot %v, before the last booked %v", got, latest)
	}
	if _, err := svc.SetStatus(ctx, refs[0], bot.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	if got := first(); !got.Equal(starts[0]) {
		t.Errorf("after cancelling %v, the first free slot is %v", starts[0], got)
	}
}

// An agency nearly booked up, with fewer distinct free times left than the
// offers asked for, while a crowd is choosing: each visitor is offered what
// is left (never a panic, never a slot twice) until nothing is.
func TestOffersWhenFewerTimesThanAskedAreLeft(t *testing.T) {
	src := `version: 1
operators:
  - {id: ft, kind: france_travail, name: France Travail}
agencies:
  - id: tiny
    operator: ft
    name: Petite agence
    departements: ["35"]
    modalities: [sur_place]
    slot_minutes: 30
    horizon: 7d
    hours:
      wed: ["09:00-10:00"]
    advisors:
      - {id: tiny-0, name: Conseiller 0}
      - {id: tiny-1, name: Conseiller 1}
      - {id: tiny-2, name: Conseiller 2}
`
	dir, err := directory.Parse("tiny.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	st := memory.New(func() time.Time { return now })
	svc := booking.New(st, dir, booking.WithClock(func() time.Time { return now }))
	ctx := context.Background()
	const visitors = 24 // 6 slots: 2 times × 3 advisors
	var wg sync.WaitGroup
	start := make(chan struct{})
	var mu sync.Mutex
	booked := map[string]string{}
	for i := range visitors {
		wg.Go(func() {
			<-start
			v := fmt.Sprintf("late-%d", i)
			for range 10 {
				sl, err := svc.Offers(ctx, booking.OfferRequest{AgencyID: "tiny", N: 3, Visitor: v})
				if err != nil {
					t.Errorf("%s: offers: %v", v, err)
					return
				}
				if len(sl) > 2 {
					t.Errorf("%s: %d offers from 2 free times", v, len(sl))
				}
				if len(sl) == 0 {
					return
				}
				held, err := svc.Hold(ctx, v, sl[rand.IntN(len(sl))], true)
				if errors.Is(err, bot.ErrSlotTaken) {
					continue
				}
				if err != nil {
					t.Errorf("%s: hold: %v", v, err)
					return
				}
				r := booking.Request{Ref: booking.Reference(v), Visitor: v, OperatorKind: "france_travail", Slot: held}
				b, err := svc.Book(ctx, r)
				if err != nil {
					t.Errorf("%s: booking a held slot: %v", v, err)
					return
				}
				mu.Lock()
				if other, ok := booked[b.SlotKey()]; ok {
					t.Errorf("slot %s booked by %s and %s", b.SlotKey(), other, v)
				}
				booked[b.SlotKey()] = v
				mu.Unlock()
				return
			}
		})
	}
	close(start)
	wg.Wait()
	if len(booked) != 6 {
		t.Errorf("%d of the 6 slots booked", len(booked))
	}
}
