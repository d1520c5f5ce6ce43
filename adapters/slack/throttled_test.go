package slack_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
)

// TestThrottledObserved: a call that waits out Slack's Retry-After is
// reported once; a call that does not wait is not.
func TestThrottledObserved(t *testing.T) {
	var n atomic.Int32
	e := newEnv(t, cepslack.WithMaxRetryAfter(2*time.Second), cepslack.WithThrottled(func(reason string) {
		if reason == "retry_after" {
			n.Add(1)
		}
	}))
	start := time.Now().Add(72 * time.Hour).Truncate(time.Hour)
	b := &bot.Booking{Ref: "CEP-THRO0001", OperatorID: "ft", AgencyID: e.dir.Agencies[0].ID, Status: bot.StatusBooked, Start: start, End: start.Add(time.Hour)}
	if err := e.a.Notifier().Notify(context.Background(), bot.Event{ID: "t0", Type: bot.EventBooked, Ref: b.Ref, Booking: b}); err != nil {
		t.Fatal(err)
	}
	if n.Load() != 0 {
		t.Fatalf("a call without 429 counted as throttled")
	}
	b2 := *b
	b2.Ref = "CEP-THRO0002"
	e.slack.failNext("chat.postMessage", 1)
	if err := e.a.Notifier().Notify(context.Background(), bot.Event{ID: "t1", Type: bot.EventBooked, Ref: b2.Ref, Booking: &b2}); err != nil {
		t.Fatal(err)
	}
	if got := n.Load(); got != 1 {
		t.Fatalf("a waited 429 counted %d times, want 1", got)
	}
}
