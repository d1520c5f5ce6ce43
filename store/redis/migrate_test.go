package redis_test

import (
	"context"
	"fmt"
	"maps"
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
	if rep.Bookings != 4 || rep.Active != 3 || rep.Events != 5 || rep.Dead != 1 || rep.Indexed != 4 {
		t.Fatalf("report %+v, want 4 bookings, 3 active, 5 pending events, 1 dead, 4 indexed", rep)
	}
	// the migrated bookings are in the staff queues: R1 moved is in none
	if open, err := s.Queue(ctx, "ag1", bot.QueueUnassigned, time.Time{}, time.Time{}); err != nil || len(open) != 2 || open[0].Ref != "R3" || open[1].Ref != "R4" {
		t.Fatalf("unassigned in ag1 after migration: %v, %v; want R3, R4", refsOf(open), err)
	}
	// the migrated events are indexed by visitor (the erasure's redaction)
	if pending, dead, err := s.VisitorEvents(ctx, "v2"); err != nil || len(pending) != 2 || len(dead) != 1 || dead[0].ID != "x3" {
		t.Fatalf("outbox events of v2 after migration: pending %v, dead %v, %v; want e3, e4 and x3 dead", pending, dead, err)
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
	// A second run finds nothing to move (it reindexes the 5 bookings there).
	if rep, err := s.Migrate(ctx, 2); err != nil || rep != (redis.MigrateReport{Indexed: 5}) {
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

// The staff queues and advisor indexes came after the per-agency layout:
// `cepbot store migrate` builds them for bookings written before them. The store is filled by
// today's booking code, then its queue keys are deleted (what a store
// written before them holds); Migrate rebuilds them equal to what the
// writes maintained.
func TestMigrateBuildsTheStaffQueues(t *testing.T) {
	url := redistest.URL(t)
	s := open(t, url)
	ctx := context.Background()
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	var bs []*bot.Booking
	for i := range 30 {
		b := testBooking(fmt.Sprintf("Q%02d", i), fmt.Sprintf("v%d", i%20), fmt.Sprintf("ag%d", i%3), fmt.Sprintf("adv%d", i), day.Add(time.Duration(i)*time.Hour))
		if i%7 == 3 {
			b.AdvisorID, b.Start, b.End, b.Status = "", time.Time{}, time.Time{}, bot.StatusUrgent
			b.Visitor += "|urgent"
		}
		bs = append(bs, b)
		if err := s.Book(ctx, b, nil); err != nil {
			t.Fatal(err)
		}
	}
	for i, b := range bs {
		switch i % 5 {
		case 1:
			b.Status, b.ClaimedBy = bot.StatusClaimed, b.AdvisorID
		case 2:
			b.Status = bot.StatusToClose
		case 4:
			b.Status = bot.StatusClosed
		default:
			continue
		}
		if b.Start.IsZero() {
			continue
		}
		if err := s.UpdateBooking(ctx, b, nil); err != nil {
			t.Fatal(err)
		}
	}
	queues := func() map[string][]string {
		out := map[string][]string{}
		for _, b := range bs {
			got, err := s.AdvisorBookings(ctx, b.AgencyID, b.AdvisorID, time.Time{}, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			out[b.AgencyID+" advisor "+b.AdvisorID] = refsOf(got)
		}
		for _, ag := range []string{"ag0", "ag1", "ag2"} {
			for _, q := range bot.Queues {
				got, err := s.Queue(ctx, ag, q, time.Time{}, time.Time{})
				if err != nil {
					t.Fatal(err)
				}
				out[ag+" "+q] = refsOf(got)
			}
		}
		return out
	}
	want := queues()
	if len(want["ag1 advisor adv1"]) != 1 || len(want["ag0 open"]) == 0 || len(want["ag1 to_close"]) == 0 || len(want["ag2 urgent"]) == 0 || len(want["ag0 unassigned"]) == 0 {
		t.Fatalf("queues written %v: a case is missing", want)
	}
	for _, ag := range []string{"ag0", "ag1", "ag2"} {
		if err := s.Client().Del(ctx, redis.QueueKeys(s, ag)...).Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range bs {
		if err := s.Client().Del(ctx, redis.AdvisorKey(s, b.AgencyID, b.AdvisorID)).Err(); err != nil {
			t.Fatal(err)
		}
	}
	if got := queues(); maps.EqualFunc(got, want, slices.Equal) || len(got["ag1 advisor adv1"]) != 0 {
		t.Fatal("indexes still there after deleting their keys")
	}
	rep, err := s.Migrate(ctx, 4)
	if err != nil || rep.Indexed != 30 || rep.Bookings != 0 {
		t.Fatalf("migrate: %+v, %v; want 30 bookings indexed, none moved", rep, err)
	}
	if got := queues(); !maps.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("queues after migrate %v, want %v", got, want)
	}
}
