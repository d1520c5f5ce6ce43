package memory

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// Acknowledged events leave the order lazily: nothing acknowledged is listed
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
	if len(s.order) > 2*len(s.events)+1 {
		t.Errorf("order holds %d entries for %d events: not compacted", len(s.order), len(s.events))
	}
}
