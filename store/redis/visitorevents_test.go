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

// The per-visitor outbox index finds the events about a visitor wherever
// they were appended (with a booking, alone, in an agency the visitor has
// no booking in, without an agency), pending and dead, and forgets them
// once acknowledged; other visitors' events (even one whose id starts like
// the visitor's) are not returned.
func TestVisitorEventsIndex(t *testing.T) {
	url := redistest.URL(t)
	s := open(t, url)
	ctx := context.Background()
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	b := testBooking("V1", "v1", "ag1", "adv1", day)
	if err := s.Book(ctx, b, []bot.Event{{ID: "booked", Type: bot.EventBooked, Ref: "V1", Created: day, Booking: b}}); err != nil {
		t.Fatal(err)
	}
	elsewhere := testBooking("V1", "v1|info@2026-12-08", "ag9", "", day) // no booking of v1 in ag9
	noAgency := testBooking("V0", "v1", "", "", day)
	other := testBooking("W1", "v10", "ag1", "adv2", day)
	evs := []bot.Event{
		{ID: "rem", Type: bot.EventReminder, Ref: "V1", Created: day, NotBefore: day.Add(-time.Hour), Booking: b},
		{ID: "dead", Type: bot.EventBooked, Ref: "V1", Created: day, Dead: true, Attempts: 3, Booking: elsewhere},
		{ID: "none", Type: bot.EventBooked, Ref: "V0", Created: day, Booking: noAgency},
		{ID: "other", Type: bot.EventBooked, Ref: "W1", Created: day, Booking: other},
		{ID: "plain", Type: bot.EventReminder, Ref: "V1", Created: day}, // no booking snapshot: nothing to redact
	}
	if err := s.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	ids := func(evs []bot.Event) []string {
		var out []string
		for _, e := range evs {
			out = append(out, e.ID)
		}
		slices.Sort(out)
		return out
	}
	check := func(wantPending, wantDead []string) {
		t.Helper()
		pending, dead, err := s.VisitorEvents(ctx, "v1")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ids(pending), wantPending) || !slices.Equal(ids(dead), wantDead) {
			t.Fatalf("events of v1: pending %v, dead %v; want %v and %v", ids(pending), ids(dead), wantPending, wantDead)
		}
		for _, e := range dead {
			if !e.Dead || e.Attempts != 3 {
				t.Fatalf("dead event %+v: want dead, 3 attempts", e)
			}
		}
	}
	check([]string{"booked", "none", "rem"}, []string{"dead"})
	for _, id := range []string{"booked", "dead"} {
		if err := s.Ack(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	check([]string{"none", "rem"}, nil)
	// a retried event stays indexed, dead or not
	if err := s.Retry(ctx, "rem", time.Time{}, "boom", true); err != nil {
		t.Fatal(err)
	}
	pending, dead, err := s.VisitorEvents(ctx, "v1")
	if err != nil || len(pending) != 1 || len(dead) != 1 || dead[0].ID != "rem" {
		t.Fatalf("after a retry: pending %v, dead %v, %v", ids(pending), ids(dead), err)
	}
	// a fresh store (no remembered agencies) acknowledges by id as well
	s2, err := redis.Open(ctx, url, redis.WithPrefix(s.Prefix()))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if err := s2.Ack(ctx, "rem"); err != nil {
		t.Fatal(err)
	}
	check([]string{"none"}, nil)
}
