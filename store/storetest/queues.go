package storetest

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// queuesAgree walks bookings through the states staff queues depend on
// (booked, claimed, moved by a later booking, urgent, to close, cancelled,
// closed, anonymised, session seats, two agencies) and checks after each
// step that the store's optional indexes (bot.QueueIndex, bot.OverdueIndex)
// answer exactly what bot.Booking.InQueue says of ListBookings, and its
// advisor index (bot.AdvisorIndex) an advisor's bookings by start. A store
// without them is skipped: its consumers filter ListBookings themselves.
func queuesAgree(t *testing.T, s bot.Store, _ Options) {
	qi, hasQueues := s.(bot.QueueIndex)
	oi, hasOverdue := s.(bot.OverdueIndex)
	ai, hasAdvisors := s.(bot.AdvisorIndex)
	if !hasQueues && !hasOverdue && !hasAdvisors {
		t.Skip("no queue index: consumers filter ListBookings")
	}
	c := ctx(t)
	check := func(step string) {
		t.Helper()
		all, err := s.ListBookings(c)
		if err != nil {
			t.Fatal(err)
		}
		windows := [][2]time.Time{{}, {t0.Add(-time.Hour), t0.Add(2 * time.Hour)}, {t0.Add(time.Hour), time.Time{}}, {time.Time{}, t0.Add(45 * time.Minute)}}
		for _, ag := range []string{"ft-69", "ft-01"} {
			for _, q := range bot.Queues {
				for _, w := range windows {
					var want []*bot.Booking
					for _, b := range all {
						if b.AgencyID == ag && b.InQueue(q) && bot.InWindow(b, q, w[0], w[1]) {
							want = append(want, b)
						}
					}
					bot.SortQueue(want, q)
					if !hasQueues {
						continue
					}
					got, err := qi.Queue(c, ag, q, w[0], w[1])
					if err != nil {
						t.Fatalf("%s: Queue(%s, %s): %v", step, ag, q, err)
					}
					if !slices.Equal(refs(got), refs(want)) {
						t.Fatalf("%s: queue %s of %s in [%v, %v) = %v, want %v", step, q, ag, w[0], w[1], refs(got), refs(want))
					}
				}
			}
		}
		if hasAdvisors {
			for _, ag := range []string{"ft-69", "ft-01"} {
				for _, adv := range []string{"adv1", "adv2", "adv3", "adv9", "session:info@2026-12-07#1", ""} {
					for _, w := range windows {
						var want []*bot.Booking
						for _, b := range all {
							if b.AgencyID == ag && b.AdvisorID == adv && !b.SessionSeat() && !b.Start.IsZero() &&
								(w[0].IsZero() || !b.Start.Before(w[0])) && (w[1].IsZero() || b.Start.Before(w[1])) {
								want = append(want, b)
							}
						}
						got, err := ai.AdvisorBookings(c, ag, adv, w[0], w[1])
						if err != nil {
							t.Fatalf("%s: AdvisorBookings(%s, %s): %v", step, ag, adv, err)
						}
						if !slices.Equal(refs(got), refs(want)) {
							t.Fatalf("%s: bookings of %s in %s in [%v, %v) = %v, want %v", step, adv, ag, w[0], w[1], refs(got), refs(want))
						}
					}
				}
			}
		}
		if !hasOverdue {
			return
		}
		for _, at := range []time.Time{t0, t0.Add(45 * time.Minute), t0.Add(24 * time.Hour)} {
			var want []string
			for _, b := range all {
				if b.InQueue(bot.QueueOpen) && !b.End.After(at) {
					want = append(want, b.Ref+":"+b.Status)
				}
			}
			got, err := oi.OpenEndedBefore(c, at, 100)
			if err != nil {
				t.Fatalf("%s: OpenEndedBefore: %v", step, err)
			}
			g := refs(got)
			slices.Sort(g)
			slices.Sort(want)
			if !slices.Equal(g, want) {
				t.Fatalf("%s: open bookings ended by %v = %v, want %v", step, at, g, want)
			}
		}
	}
	update := func(step string, b *bot.Booking, f func(b *bot.Booking)) {
		t.Helper()
		nb, err := s.GetBooking(c, b.Ref)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		f(nb)
		nb.Seq++
		if err := s.UpdateBooking(c, nb, nil); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		check(step)
	}
	book := func(step string, b *bot.Booking) {
		t.Helper()
		if err := s.Book(c, b, nil); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		check(step)
	}
	check("empty store")
	r1 := booking("R1", "v1", "adv1", t0)
	book("booked", r1)
	r2 := booking("R2", "v2", "adv2", t0.Add(30*time.Minute))
	book("another booked", r2)
	update("claimed", r2, func(b *bot.Booking) { b.Status, b.ClaimedBy, b.ClaimedAt = bot.StatusClaimed, "adv2", t0 })
	r3 := booking("R3", "v1", "adv1", t0.Add(2*time.Hour))
	r3.Handoff.Previous = "R1"
	book("R1 moved by the visitor's next booking", r3)
	if b, _ := s.GetBooking(c, "R1"); b == nil || b.Status != bot.StatusMoved {
		t.Fatalf("R1 = %+v, want moved", b)
	}
	u := &bot.Booking{Ref: "U1", Visitor: "v3|urgent", Channel: "telegram", Conversation: "v3", OperatorID: "ft", AgencyID: "ft-69",
		Status: bot.StatusUrgent, Created: t0.Add(-30 * time.Minute), Updated: t0.Add(-30 * time.Minute)}
	book("urgent request", u)
	update("over, to close", r2, func(b *bot.Booking) { b.Status = bot.StatusToClose })
	seat := booking("S1", "v4|info", "session:info@2026-12-07#1", t0.Add(time.Hour))
	book("session seat", seat)
	other := booking("R4", "v5", "adv9", t0.Add(time.Hour))
	other.AgencyID = "ft-01"
	book("another agency", other)
	update("urgent claimed", u, func(b *bot.Booking) { b.ClaimedBy, b.ClaimedAt = "adv1", t0 })
	update("urgent closed", u, func(b *bot.Booking) { b.Status = bot.StatusClosed })
	update("cancelled", r3, func(b *bot.Booking) { b.Status = bot.StatusCancelled })
	update("to close anonymised", r2, func(b *bot.Booking) { b.Visitor, b.Conversation = bot.AnonymousVisitor, "" })
	update("absent", other, func(b *bot.Booking) { b.Status = bot.StatusNoShow })
	update("absence withdrawn", other, func(b *bot.Booking) { b.Status = bot.StatusBooked })
	update("rescheduled", other, func(b *bot.Booking) {
		b.Start, b.End = t0.Add(26*time.Hour), t0.Add(26*time.Hour+45*time.Minute)
	})
	update("given to another advisor", other, func(b *bot.Booking) { b.AdvisorID = "adv3" })
	update("closed", r2, func(b *bot.Booking) { b.Status = bot.StatusClosed })
	if b, _ := s.GetBooking(c, "R2"); b == nil || !strings.EqualFold(b.Status, bot.StatusClosed) {
		t.Fatalf("R2 = %+v, want closed", b)
	}
}
