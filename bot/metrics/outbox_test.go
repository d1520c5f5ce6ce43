package metrics_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/bot/metrics"
	"github.com/cep-accueil/cepbot/store/memory"
)

// The outbox gauges per notifier: a webhook down keeps its own backlog and
// age, then its own dead letter, while the notifiers that succeeded have
// nothing pending.
func TestOutboxGaugesPerNotifier(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	st := memory.New(clock)
	m := metrics.New()
	m.WatchOutbox(st, clock)
	d := dispatch.New(dispatch.Config{Outbox: st, Now: clock, Metrics: m, Horizon: time.Hour,
		Route: func(bot.Event) []bot.Notifier {
			return []bot.Notifier{notifier{name: "log"}, notifier{name: "webhook:ft", err: errors.New("down")}}
		}})
	if err := st.Append(ctx, bot.Event{ID: "e1", Type: bot.EventBooked, Created: now}); err != nil {
		t.Fatal(err)
	}
	if err := d.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	now = now.Add(90 * time.Second)
	text := scrape(t, m)
	for _, want := range []string{
		`cepbot_outbox_notifier_backlog{notifier="webhook:ft"} 1`,
		`cepbot_outbox_notifier_oldest_pending_age_seconds{notifier="webhook:ft"} 90`,
		`cepbot_outbox_notifier_dead_letters{notifier="webhook:ft"} 0`,
		"cepbot_outbox_backlog 1", "cepbot_outbox_oldest_pending_age_seconds 90",
	} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("/metrics lacks %q:\n%s", want, grep(text, "cepbot_outbox"))
		}
	}
	if strings.Contains(text, `cepbot_outbox_notifier_backlog{notifier="log"}`) {
		t.Errorf("the log notifier, delivered, still has a series:\n%s", grep(text, "cepbot_outbox"))
	}
	for range 20 { // past the horizon: dead-lettered
		now = now.Add(10 * time.Minute)
		if err := d.Drain(ctx); err != nil {
			t.Fatal(err)
		}
	}
	text = scrape(t, m)
	for _, want := range []string{
		`cepbot_outbox_notifier_dead_letters{notifier="webhook:ft"} 1`,
		`cepbot_outbox_notifier_backlog{notifier="webhook:ft"} 0`,
		"cepbot_outbox_dead_letters 1", "cepbot_outbox_backlog 0",
		`cepbot_handoffs_delivered_total{notifier="log",type="handoff.booked"} 1`,
		`cepbot_handoffs_dead_total{notifier="webhook:ft",type="handoff.booked"} 1`,
	} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("/metrics lacks %q:\n%s", want, grep(text, "cepbot_"))
		}
	}
}
