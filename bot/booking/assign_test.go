package booking_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

// staffFixture is a booking at ft-69 with a clock the test moves.
type staffFixture struct {
	svc   *booking.Service
	st    *memory.Store
	clock time.Time
	b     *bot.Booking
	dir   *directory.Directory
}

func newStaffFixture(t *testing.T) *staffFixture {
	t.Helper()
	f := &staffFixture{clock: now, dir: directory.Sample()}
	nowf := func() time.Time { return f.clock }
	f.st = memory.New(nowf)
	f.svc = booking.New(f.st, f.dir, booking.WithClock(nowf))
	b, err := f.svc.Book(context.Background(), request(f.svc, t, "v-staff", "ft-69", 0))
	if err != nil {
		t.Fatal(err)
	}
	f.b = b
	return f
}

func (f *staffFixture) other(t *testing.T) string {
	for _, a := range f.dir.AdvisorsOf(f.b.AgencyID) {
		if a.ID != f.b.AdvisorID {
			return a.ID
		}
	}
	t.Fatal("agency with one advisor")
	return ""
}

func (f *staffFixture) taken(t *testing.T, b *bot.Booking) bool {
	t.Helper()
	got, err := f.st.TakenSlots(context.Background(), []string{b.SlotKey()})
	if err != nil {
		t.Fatal(err)
	}
	return got[0]
}

func lastEvent(t *testing.T, st *memory.Store) bot.Event {
	t.Helper()
	evs, err := st.Events(context.Background(), false)
	if err != nil || len(evs) == 0 {
		t.Fatalf("events %v %v", evs, err)
	}
	var last bot.Event
	for _, e := range evs {
		if e.Type != bot.EventReminder {
			last = e
		}
	}
	return last
}

func TestClaimAndTakeOver(t *testing.T) {
	f := newStaffFixture(t)
	ctx := context.Background()
	mine := f.b.AdvisorID
	b, prev, err := f.svc.Claim(ctx, f.b.Ref, mine, mine, false)
	if err != nil || prev != "" || b.Status != bot.StatusClaimed || b.ClaimedBy != mine || !b.ClaimedAt.Equal(now) {
		t.Fatalf("claim: %+v prev=%q err=%v", b, prev, err)
	}
	if ev := lastEvent(t, f.st); ev.Type != bot.EventClaimed || ev.Actor != mine || ev.Booking.ClaimedBy != mine {
		t.Fatalf("event %+v", ev)
	}
	seq := b.Seq
	if b, _, err = f.svc.Claim(ctx, f.b.Ref, mine, mine, false); err != nil || b.Seq != seq {
		t.Fatalf("second claim changed it: seq %d→%d %v", seq, b.Seq, err)
	}
	other := f.other(t)
	if _, _, err := f.svc.Claim(ctx, f.b.Ref, other, other, false); !errors.Is(err, booking.ErrTakenByOther) {
		t.Fatalf("take-over without confirmation: %v", err)
	}
	b, prev, err = f.svc.Claim(ctx, f.b.Ref, other, other, true)
	if err != nil || prev != mine || b.AdvisorID != other {
		t.Fatalf("take-over: %+v prev=%q err=%v", b, prev, err)
	}
	// The slot moved to the new advisor's agenda.
	old := *b
	old.AdvisorID = mine
	if f.taken(t, &old) || !f.taken(t, b) {
		t.Fatal("slot did not move with the assignment")
	}
	// An advisor of another agency cannot be assigned.
	if _, _, err := f.svc.Claim(ctx, f.b.Ref, f.dir.AdvisorsOf("ft-01")[0].ID, "x", true); err == nil {
		t.Fatal("advisor of another agency assigned")
	}
}

func TestAbsentRules(t *testing.T) {
	f := newStaffFixture(t)
	ctx := context.Background()
	adv := f.b.AdvisorID
	// Before the start: refused, slot still taken, nothing changed.
	f.clock = f.b.Start.Add(-time.Minute)
	if _, err := f.svc.MarkAbsent(ctx, f.b.Ref, adv); !errors.Is(err, booking.ErrNotStarted) {
		t.Fatalf("absent before start: %v", err)
	}
	if b, _ := f.svc.Get(ctx, f.b.Ref); b.Status != bot.StatusBooked || !f.taken(t, b) {
		t.Fatalf("after refusal: %s", b.Status)
	}
	f.clock = f.b.Start.Add(10 * time.Minute)
	b, err := f.svc.MarkAbsent(ctx, f.b.Ref, adv)
	if err != nil || b.Status != bot.StatusNoShow || b.Follow.AbsentBy != adv || !f.taken(t, b) {
		t.Fatalf("absent: %+v %v (slot taken %v)", b, err, f.taken(t, b))
	}
	if act, err := f.st.ActiveBooking(ctx, "v-staff"); err != nil || act.Ref != f.b.Ref {
		t.Fatalf("absent booking no longer the visitor's: %v", err)
	}
	// Another visitor cannot book the slot.
	r := request(f.svc, t, "v-other", "ft-69", 0)
	r.Slot.AdvisorID, r.Slot.Start, r.Slot.End = b.AdvisorID, b.Start, b.End
	r.KeepAdvisor = true // without it, another advisor at that time would be booked
	if _, err := f.svc.Book(ctx, r); !errors.Is(err, bot.ErrSlotTaken) {
		t.Fatalf("slot of an absent visitor booked again: %v", err)
	}
	f.clock = f.clock.Add(23 * time.Hour)
	if b, err = f.svc.UndoAbsent(ctx, f.b.Ref, adv); err != nil || b.Status != bot.StatusBooked || !b.Follow.AbsentAt.IsZero() {
		t.Fatalf("undo: %+v %v", b, err)
	}
	if ev := lastEvent(t, f.st); ev.Type != bot.EventAbsentUndone {
		t.Fatalf("event %s", ev.Type)
	}
	if _, err := f.svc.MarkAbsent(ctx, f.b.Ref, adv); err != nil {
		t.Fatal(err)
	}
	f.clock = f.clock.Add(booking.UndoWindow)
	if _, err := f.svc.UndoAbsent(ctx, f.b.Ref, adv); !errors.Is(err, booking.ErrUndoExpired) {
		t.Fatalf("undo after 24 h: %v", err)
	}
}

func TestCloseWithOutcome(t *testing.T) {
	f := newStaffFixture(t)
	ctx := context.Background()
	if _, err := f.svc.Close(ctx, f.b.Ref, "a", "n_importe_quoi", ""); !errors.Is(err, booking.ErrUnknownOutcome) {
		t.Fatalf("unknown outcome: %v", err)
	}
	b, err := f.svc.Close(ctx, f.b.Ref, "a", "parcours_engage", "  à rappeler en janvier ")
	if err != nil || b.Status != bot.StatusClosed || b.Follow.Outcome != "parcours_engage" || b.Follow.Note != "à rappeler en janvier" || f.taken(t, b) {
		t.Fatalf("close: %+v %v", b, err)
	}
	if ev := lastEvent(t, f.st); ev.Type != bot.EventClosed || ev.Actor != "a" {
		t.Fatalf("event %+v", ev)
	}
	if _, err := f.svc.Close(ctx, f.b.Ref, "a", "sans_suite", ""); !errors.Is(err, booking.ErrNotOpen) {
		t.Fatalf("closed twice: %v", err)
	}
	if n, err := f.svc.Erase(ctx, "v-staff"); err != nil || n != 1 {
		t.Fatal(n, err)
	}
	if b, _ := f.svc.Get(ctx, f.b.Ref); b.Follow.Note != "" || b.Follow.Outcome != "parcours_engage" {
		t.Fatalf("erasure kept the note or lost the outcome: %+v", b.Follow)
	}
}

func TestRescheduleOffers(t *testing.T) {
	f := newStaffFixture(t)
	ctx := context.Background()
	free, err := f.svc.AdvisorFreeSlots(ctx, f.b, 3)
	if err != nil || len(free) != 3 {
		t.Fatalf("free slots %v %v", free, err)
	}
	for _, sl := range free {
		if sl.AdvisorID != f.b.AdvisorID || sl.Start.Equal(f.b.Start) {
			t.Fatalf("offered %+v", sl)
		}
	}
	starts := []time.Time{free[2].Start, free[0].Start}
	if _, err := f.svc.OfferSlots(ctx, f.b.Ref, "a", append(starts, free[1].Start, free[1].Start), "formation"); !errors.Is(err, booking.ErrNotOffered) {
		t.Fatalf("4 offers: %v", err)
	}
	if _, err := f.svc.OfferSlots(ctx, f.b.Ref, "a", []time.Time{f.b.Start.Add(time.Minute)}, ""); !errors.Is(err, booking.ErrNotOffered) {
		t.Fatalf("a slot that is not free: %v", err)
	}
	b, err := f.svc.OfferSlots(ctx, f.b.Ref, "a", starts, "réunion d'équipe")
	if err != nil || len(b.Follow.Offers) != 2 || !b.Follow.Offers[0].Equal(free[0].Start) {
		t.Fatalf("offers %+v %v", b.Follow, err)
	}
	if _, err := f.svc.AcceptOffer(ctx, f.b.Ref, bot.Address{Channel: "telegram", Conversation: "v-staff"}, free[1].Start); !errors.Is(err, booking.ErrNotOffered) {
		t.Fatalf("slot not offered accepted: %v", err)
	}
	if _, err := f.svc.AcceptOffer(ctx, f.b.Ref, bot.Address{Channel: "telegram", Conversation: "someone"}, free[0].Start); err == nil {
		t.Fatal("another visitor moved it")
	}
	old := *f.b
	b, err = f.svc.AcceptOffer(ctx, f.b.Ref, bot.Address{Channel: "telegram", Conversation: "v-staff"}, free[0].Start)
	if err != nil || !b.Start.Equal(free[0].Start) || b.Ref != f.b.Ref || b.AdvisorID != f.b.AdvisorID || len(b.Follow.Offers) != 0 || !b.Follow.MovedFrom.Equal(old.Start) {
		t.Fatalf("moved: %+v %v", b, err)
	}
	if f.taken(t, &old) || !f.taken(t, b) {
		t.Fatal("slots not swapped")
	}
	if ev := lastEvent(t, f.st); ev.Type != bot.EventRescheduled || !ev.Booking.Start.Equal(free[0].Start) {
		t.Fatalf("event %+v", ev)
	}
	if _, err := f.svc.AcceptOffer(ctx, f.b.Ref, bot.Address{Channel: "telegram", Conversation: "v-staff"}, free[2].Start); !errors.Is(err, booking.ErrNotOffered) {
		t.Fatalf("second choice accepted: %v", err)
	}
}
