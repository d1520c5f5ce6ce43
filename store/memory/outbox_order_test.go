package memory

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// Acknowledged events free their slots: nothing acknowledged is listed
// or claimed again, and an id appended again after its acknowledgement is
// pending once.
func TestOutboxOrderAfterAcks(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s := New(func() time.Time { return now })
	for i := range 200 {
		if err := s.Append(ctx, bot.Event{ID: fmt.Sprint("e", i), Type: "t", Created: now}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 200; i += 2 {
		if err := s.Ack(ctx, fmt.Sprint("e", i)); err != nil {
			t.Fatal(err)
		}
	}
	// Appended again after its acknowledgement: a new pending event.
	if err := s.Append(ctx, bot.Event{ID: "e0", Type: "t", Created: now}); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range evs {
		seen[e.ID]++
	}
	if len(evs) != 101 || seen["e0"] != 1 || seen["e2"] != 0 || seen["e1"] != 1 {
		t.Fatalf("pending after acks: %d events, e0×%d e1×%d e2×%d", len(evs), seen["e0"], seen["e1"], seen["e2"])
	}
	claimed, err := s.ClaimEvents(ctx, "n", now, time.Minute, 1000)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range claimed {
		got[e.ID]++
	}
	if len(claimed) != 101 || got["e0"] != 1 || got["e4"] != 0 {
		t.Fatalf("claimed %d events, e0×%d e4×%d", len(claimed), got["e0"], got["e4"])
	}
}

// A claim reads the events it returns, not the outbox: thousands of
// reminders due next week are not looked at by every poll, and the heap
// keeps append order among events due at once.
func TestClaimReadsOnlyDueEvents(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s := New(func() time.Time { return now })
	for i := range 10000 {
		ev := bot.Event{ID: fmt.Sprint("r", i), Type: "reminder", Created: now, NotBefore: now.Add(7*24*time.Hour + time.Duration(i)*time.Second)}
		if err := s.Append(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 {
		if err := s.Append(ctx, bot.Event{ID: fmt.Sprint("d", i), Type: "t", Created: now}); err != nil {
			t.Fatal(err)
		}
	}
	claimed, err := s.ClaimEvents(ctx, "n", now, time.Minute, 100)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range claimed {
		ids = append(ids, e.ID)
	}
	if fmt.Sprint(ids) != "[d0 d1 d2 d3 d4]" || s.out.dueExamined > 5 {
		t.Fatalf("claimed %v, %d items examined", ids, s.out.dueExamined)
	}
	// leased: nothing until the lease ends, then the unacknowledged ones again
	if again, _ := s.ClaimEvents(ctx, "n", now.Add(30*time.Second), time.Minute, 100); len(again) != 0 {
		t.Fatalf("claimed under lease: %v", again)
	}
	_ = s.Ack(ctx, "d1")
	again, _ := s.ClaimEvents(ctx, "n", now.Add(61*time.Second), time.Minute, 100)
	if len(again) != 4 || again[0].ID != "d0" || again[0].Attempts != 2 {
		t.Fatalf("after the lease: %+v", again)
	}
	// a retry puts an event back at its new instant; a dead one stays out
	_ = s.Retry(ctx, "d0", now.Add(2*time.Hour), "boom", false)
	_ = s.Retry(ctx, "d2", now.Add(time.Hour), "boom", true)
	late, _ := s.ClaimEvents(ctx, "n", now.Add(3*time.Hour), time.Minute, 100)
	var lateIDs []string
	for _, e := range late {
		lateIDs = append(lateIDs, e.ID)
	}
	if fmt.Sprint(lateIDs) != "[d3 d4 d0]" {
		t.Fatalf("after retries: %v", lateIDs)
	}
	// the week's reminders come in their order
	for _, id := range lateIDs {
		_ = s.Ack(ctx, id)
	}
	week, _ := s.ClaimEvents(ctx, "n", now.Add(7*24*time.Hour+2*time.Second), time.Minute, 100)
	if len(week) != 3 || week[0].ID != "r0" || week[2].ID != "r2" {
		t.Fatalf("reminders: %d, %+v", len(week), week)
	}
}
