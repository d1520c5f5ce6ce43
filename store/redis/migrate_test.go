package redis_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// `cepbot store migrate` moves a store written by the single-tag code
// (kept in export_test.go as it was) into the per-agency layout.
func TestMigrateFromTheSingleTagLayout(t *testing.T) {
	url := redistest.URL(t)
	s := open(t, url)
	ctx := context.Background()
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	r1 := testBooking("R1", "v1", "ag1", "adv1", day)
	r2 := testBooking("R2", "v1", "ag2", "adv2", day.Add(time.Hour)) // moves R1 (another agency)
	r3 := testBooking("R3", "v2", "ag1", "adv1", day.Add(2*time.Hour))
	reg := testBooking("R4", "v2|info@2026-12-08", "ag1", "session:info@2026-12-08#1", day.Add(24*time.Hour))
	ev := func(id, typ, ref string, b *bot.Booking) bot.Event {
		return bot.Event{ID: id, Type: typ, Ref: ref, Created: day.Add(-time.Hour), Booking: b}
	}
	steps := []struct {
		b   *bot.Booking
		evs []bot.Event
	}{
		{r1, []bot.Event{ev("e1", bot.EventBooked, "R1", r1), {ID: "rem1", Type: bot.EventReminder, Ref: "R1", NotBefore: day.Add(-24 * time.Hour)}}},
		{r2, []bot.Event{ev("e2", bot.EventMoved, "R2", r2)}},
		{r3, []bot.Event{ev("e3", bot.EventBooked, "R3", r3), {ID: "x3", Type: bot.EventBooked, Ref: "R3", Dead: true, Attempts: 8, Booking: r3}}},
		{reg, []bot.Event{ev("e4", bot.EventRegistered, "R4", reg)}},
	}
	for _, st := range steps {
		if err := redis.LegacyBook(ctx, s, st.b, st.evs); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := s.Migrate(ctx, 2) // small batches: several rounds
	if err != nil {
		t.Fatal(err)
	}
	if rep.Bookings != 4 || rep.Active != 3 || rep.Events != 5 || rep.Dead != 1 {
		t.Fatalf("report %+v, want 4 bookings, 3 active, 5 pending events, 1 dead", rep)
	}
	if n, _ := s.Client().Exists(ctx, redis.LegacyKeys(s)...).Result(); n != 0 {
		t.Fatalf("%d keys of the old layout left", n)
	}
	if b, err := s.GetBooking(ctx, "R1"); err != nil || b.Status != bot.StatusMoved {
		t.Fatalf("R1 = %+v, %v; want moved", b, err)
	}
	for v, ref := range map[string]string{"v1": "R2", "v2": "R3", "v2|info@2026-12-08": "R4"} {
		if b, err := s.ActiveBooking(ctx, v); err != nil || b.Ref != ref {
			t.Fatalf("active booking of %s = %+v, %v; want %s", v, b, err, ref)
		}
	}
	taken, err := s.TakenSlots(ctx, []string{r1.SlotKey(), r2.SlotKey(), r3.SlotKey()})
	if err != nil || !slices.Equal(taken, []bool{false, true, true}) {
		t.Fatalf("taken slots %v, %v; want R1's freed, R2's and R3's held", taken, err)
	}
	if err := s.Book(ctx, testBooking("R5", "v3", "ag1", "adv1", day), nil); err != nil {
		t.Fatalf("booking R1's freed slot: %v", err)
	}
	if err := s.Book(ctx, testBooking("R6", "v3", "ag2", "adv2", day.Add(time.Hour)), nil); err == nil {
		t.Fatal("R2's slot booked twice after migration")
	}
	bs, err := s.VisitorBookings(ctx, "v2")
	if err != nil || len(bs) != 2 || bs[0].Ref != "R3" || bs[1].Ref != "R4" {
		t.Fatalf("bookings of v2 = %v, %v; want R3, R4", refsOf(bs), err)
	}
	dead, _ := s.Events(ctx, true)
	if len(dead) != 1 || dead[0].ID != "x3" || dead[0].Attempts != 8 {
		t.Fatalf("dead events %+v", dead)
	}
	got, err := s.ClaimEvents(ctx, "m", day, time.Minute, 10)
	if err != nil || len(got) != 5 {
		t.Fatalf("claimed %d events after migration (%v), want 5 (the reminder is due)", len(got), err)
	}
	for _, e := range got {
		if err := s.Ack(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	if rest, _ := s.Events(ctx, false); len(rest) != 0 {
		t.Fatalf("%d events left after acknowledging all", len(rest))
	}
	// A second run finds nothing to move.
	if rep, err := s.Migrate(ctx, 2); err != nil || rep != (redis.MigrateReport{}) {
		t.Fatalf("second run: %+v, %v", rep, err)
	}
}

func refsOf(bs []*bot.Booking) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Ref
	}
	return out
}
