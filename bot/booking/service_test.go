package booking_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

var now = time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))

var stores = map[*booking.Service]*memory.Store{}

func svcStore(s *booking.Service) *memory.Store {
	storesMu.Lock()
	defer storesMu.Unlock()
	return stores[s]
}

func newService(t *testing.T) (*booking.Service, *memory.Store) {
	t.Helper()
	st := memory.New(func() time.Time { return now })
	svc := booking.New(st, directory.Sample(), booking.WithClock(func() time.Time { return now }),
		booking.WithReminders(24*time.Hour, 2*time.Hour))
	storesMu.Lock()
	stores[svc] = st
	storesMu.Unlock()
	return svc, st
}

var storesMu sync.Mutex

func request(svc *booking.Service, t *testing.T, visitor string, agency string, i int) booking.Request {
	t.Helper()
	slots, err := svc.FreeSlots(context.Background(), agency, time.Time{}, i+1, "")
	if err != nil || len(slots) <= i {
		t.Fatalf("free slots: %v, %v", slots, err)
	}
	return booking.Request{Ref: booking.Reference(visitor, "1"), Visitor: visitor, Channel: "telegram", Conversation: visitor,
		OperatorKind: "france_travail", Slot: slots[i], Modality: "sur_place", Contact: "chat",
		Handoff: bot.Handoff{Request: "je cherche un emploi", Facts: map[string]string{"age": "34"}}}
}

func TestFreeSlotsSkipTakenAndOfferDistinctTimes(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	first, err := svc.FreeSlots(ctx, "ft-69", time.Time{}, 3, "")
	if err != nil || len(first) != 3 {
		t.Fatalf("FreeSlots = %v, %v", first, err)
	}
	for i := 1; i < len(first); i++ {
		if !first[i].Start.After(first[i-1].Start) {
			t.Fatalf("offers not at distinct increasing times: %v", first)
		}
	}
	if !first[0].Start.After(now) {
		t.Fatalf("offer in the past: %v", first[0])
	}
	if _, err := svc.Book(ctx, request(svc, t, "v1", "ft-69", 0)); err != nil {
		t.Fatal(err)
	}
	again, _ := svc.FreeSlots(ctx, "ft-69", time.Time{}, 3, "")
	for _, s := range again {
		if s.Key() == first[0].Key() {
			t.Fatalf("a booked slot is offered again: %v", s)
		}
	}
	later, _ := svc.FreeSlots(ctx, "ft-69", first[2].Start, 3, "")
	if !later[0].Start.After(first[2].Start) {
		t.Fatalf("'autres créneaux' offered earlier slots: %v", later)
	}
	if _, err := svc.FreeSlots(ctx, "nope", time.Time{}, 3, ""); err == nil {
		t.Fatal("unknown agency accepted")
	}
}

func TestBookWritesHandoffAndReminders(t *testing.T) {
	svc, st := newService(t)
	ctx := context.Background()
	slots, _ := svc.FreeSlots(ctx, "ft-69", now.Add(72*time.Hour), 1, "")
	req := request(svc, t, "v1", "ft-69", 0)
	req.Slot = slots[0]
	b, err := svc.Book(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if b.Status != bot.StatusBooked || b.OperatorID == "" || b.Handoff.Request == "" {
		t.Fatalf("booking = %+v", b)
	}
	evs, _ := st.Events(ctx, false)
	var types []string
	for _, e := range evs {
		types = append(types, e.Type)
		if e.Type == bot.EventReminder && !e.NotBefore.After(now) {
			t.Fatalf("reminder due in the past: %+v", e)
		}
	}
	if len(evs) != 3 || evs[0].Type != bot.EventBooked || evs[0].Booking == nil ||
		!evs[1].NotBefore.Equal(b.Start.Add(-24*time.Hour)) || !evs[2].NotBefore.Equal(b.Start.Add(-2*time.Hour)) {
		t.Fatalf("outbox = %v, want booked then reminders 24 h and 2 h before", types)
	}
	// Booking the same request again (a retried turn) books nothing more.
	if _, err := svc.Book(ctx, req); err != nil {
		t.Fatal(err)
	}
	if again, _ := st.Events(ctx, false); len(again) != len(evs) {
		t.Fatalf("retried booking added events: %d then %d", len(evs), len(again))
	}
}

func TestMoveAndCancel(t *testing.T) {
	svc, st := newService(t)
	ctx := context.Background()
	first, err := svc.Book(ctx, request(svc, t, "v1", "ft-69", 0))
	if err != nil {
		t.Fatal(err)
	}
	move := request(svc, t, "v1", "ft-69", 1)
	move.Ref = booking.Reference("v1", "2")
	second, err := svc.Book(ctx, move)
	if err != nil {
		t.Fatal(err)
	}
	if second.Handoff.Previous != first.Ref {
		t.Fatalf("moved booking does not name the previous one: %+v", second.Handoff)
	}
	old, _ := svc.Get(ctx, first.Ref)
	if old.Status != bot.StatusMoved {
		t.Fatalf("previous booking status = %s, want moved", old.Status)
	}
	cancelled, err := svc.SetStatus(ctx, second.Ref, bot.StatusCancelled)
	if err != nil || cancelled.Seq != 1 {
		t.Fatalf("cancel = %+v, %v", cancelled, err)
	}
	if _, err := svc.Active(ctx, "v1"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("cancelled booking still active: %v", err)
	}
	evs, _ := st.Events(ctx, false)
	var types []string
	for _, e := range evs {
		types = append(types, e.Type)
	}
	got := strings.Join(types, ",")
	for _, want := range []string{bot.EventBooked, bot.EventMoved, bot.EventCancelled} {
		if !strings.Contains(got, want) {
			t.Fatalf("outbox %s lacks %s", got, want)
		}
	}
	ics := string(svc.Calendar(cancelled))
	if !strings.Contains(ics, "METHOD:CANCEL") || !strings.Contains(ics, "UID:"+cancelled.Ref) || !strings.Contains(ics, "SEQUENCE:1") {
		t.Fatalf("cancellation calendar:\n%s", ics)
	}
}

// The previous referent is offered first to a returning visitor.
func TestPreferredAdvisorFirst(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	all, _ := svc.FreeSlots(ctx, "ft-69", time.Time{}, 3, "")
	var other string
	for _, a := range svc.Directory().AdvisorsOf("ft-69") {
		if a.ID != all[0].AdvisorID {
			other = a.ID
		}
	}
	pref, _ := svc.FreeSlots(ctx, "ft-69", time.Time{}, 3, other)
	if pref[0].AdvisorID != other {
		t.Fatalf("preferred advisor %s not first: %v", other, pref)
	}
}

// 1000 visitors race for the 50 first slots of an agency, each insisting on
// the advisor offered: exactly 50 win.
func TestBookingRaceThroughTheService(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	slots, err := svc.FreeSlots(ctx, "ft-35", time.Time{}, 50, "")
	t.Logf("racing for slots %s … %s", slots[0].Key(), slots[len(slots)-1].Key())
	if err != nil || len(slots) != 50 {
		t.Fatalf("%d slots, %v", len(slots), err)
	}
	var won, lost atomic.Int32
	var wg sync.WaitGroup
	for i := range 1000 {
		wg.Go(func() {
			v := "racer-" + string(rune('A'+i%26)) + strings.Repeat("x", i/26)
			_, err := svc.Book(ctx, booking.Request{Ref: booking.Reference(v), Visitor: v, Slot: slots[i%50], OperatorKind: "france_travail", KeepAdvisor: true})
			switch {
			case err == nil:
				won.Add(1)
			case errors.Is(err, bot.ErrSlotTaken):
				lost.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if won.Load() != 50 || lost.Load() != 950 {
		t.Fatalf("%d bookings, %d refusals; want 50 and 950", won.Load(), lost.Load())
	}
}

func BenchmarkBookContended(b *testing.B) {
	st := memory.New(nil)
	svc := booking.New(st, directory.Sample())
	ctx := context.Background()
	slots, _ := svc.FreeSlots(ctx, "ft-35", time.Time{}, 200, "")
	var n atomic.Int64
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := n.Add(1)
			v := "b" + strings.Repeat("z", int(i%7)) + string(rune(i))
			_, _ = svc.Book(ctx, booking.Request{Ref: booking.Reference(v, string(rune(i))), Visitor: v, Slot: slots[i%int64(len(slots))], OperatorKind: "france_travail"})
		}
	})
}

func TestEraseCancelsAndAnonymises(t *testing.T) {
	svc, st := newService(t)
	ctx := context.Background()
	b, err := svc.Book(ctx, request(svc, t, "v1", "ft-69", 0))
	if err != nil {
		t.Fatal(err)
	}
	n, err := svc.Erase(ctx, "v1")
	if err != nil || n != 1 {
		t.Fatalf("Erase = %d, %v", n, err)
	}
	got, _ := svc.Get(ctx, b.Ref)
	if got.Status != bot.StatusCancelled || got.Visitor == "v1" || got.Handoff.Request != "" || got.Contact != "" || len(got.Handoff.Facts) != 0 {
		t.Fatalf("after erasure: %+v", got)
	}
	if taken, _ := st.TakenSlots(ctx, []string{b.SlotKey()}); taken[0] {
		t.Fatal("erased booking still holds its slot")
	}
	if left, _ := svc.VisitorBookings(ctx, "v1"); len(left) != 0 {
		t.Fatalf("bookings still found for the visitor: %d", len(left))
	}
}

func TestRetentionAnonymisesOldBookings(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	b, err := svc.Book(ctx, request(svc, t, "v1", "ft-69", 0))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := svc.Anonymise(ctx, 90*24*time.Hour); n != 0 {
		t.Fatalf("a future appointment was anonymised")
	}
	later := booking.New(svcStore(svc), directory.Sample(), booking.WithClock(func() time.Time { return b.End.Add(91 * 24 * time.Hour) }))
	if n, err := later.Anonymise(ctx, 90*24*time.Hour); n != 1 || err != nil {
		t.Fatalf("Anonymise = %d, %v", n, err)
	}
	got, _ := svc.Get(ctx, b.Ref)
	if got.Handoff.Request != "" || got.Visitor == "v1" || got.OperatorKind != "france_travail" || !got.Start.Equal(b.Start) {
		t.Fatalf("after retention: %+v (statistics must stay)", got)
	}
}

// 30 visitors register at once for a 25-seat session: exactly 25 seats.
func TestSessionNeverOverCapacity(t *testing.T) {
	svc, _ := newService(t)
	ctx := context.Background()
	offers, err := svc.NextSessions(ctx, "france_travail", "69", 1)
	if err != nil || len(offers) != 1 || offers[0].Left() != 25 {
		t.Fatalf("NextSessions = %+v, %v", offers, err)
	}
	occ := offers[0].Occurrence
	var ok, full atomic.Int32
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Go(func() {
			v := fmt.Sprintf("visitor-%d", i)
			_, err := svc.Register(ctx, occ, booking.Request{Ref: booking.Reference(v, occ.ID()), Visitor: v, OperatorKind: "france_travail"})
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, booking.ErrFull):
				full.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 25 || full.Load() != 5 {
		t.Fatalf("%d registered, %d refused; want 25 and 5", ok.Load(), full.Load())
	}
	again, _ := svc.NextSessions(ctx, "france_travail", "69", 3)
	for _, o := range again {
		if o.ID() == occ.ID() {
			t.Fatalf("a full session is still offered: %+v", o)
		}
	}
	if got, ok := svc.Occurrence(occ.ID()); !ok || !got.Start.Equal(occ.Start) {
		t.Fatalf("Occurrence(%s) = %+v, %v", occ.ID(), got, ok)
	}
	regs, _ := svc.VisitorBookings(ctx, "visitor-3")
	if len(regs) > 1 {
		t.Fatalf("registrations of one visitor: %d", len(regs))
	}
}
