package metrics_test

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/bot/metrics"
	"github.com/cep-accueil/cepbot/store/memory"
)

type notifier struct {
	name string
	err  error
}

func (n notifier) Name() string                            { return n.name }
func (n notifier) Notify(context.Context, bot.Event) error { return n.err }

// scrape returns the text exposition of /metrics.
func scrape(t *testing.T, m *metrics.Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("/metrics answered %d", rec.Code)
	}
	return rec.Body.String()
}

// TestMetricsTellTheTruth: one notifier per series (a failing notifier is
// counted alone, never as a joined list), the outbox gauges read the
// outbox as it is, build info is exposed, and throttled sends are counted
// by channel and reason.
func TestMetricsTellTheTruth(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	st := memory.New(clock)
	m := metrics.New()
	m.WatchOutbox(st, clock)

	down := errors.New("down")
	d := dispatch.New(dispatch.Config{Outbox: st, Now: clock, Metrics: m, MaxAttempts: 1,
		Route: func(bot.Event) []bot.Notifier {
			return []bot.Notifier{notifier{name: "log"}, notifier{name: "webhook", err: down}, notifier{name: "slack", err: down}}
		}})
	for _, ev := range []bot.Event{
		{ID: "e1", Type: bot.EventBooked, Created: now.Add(-90 * time.Second)},
		{ID: "r1", Type: bot.EventReminder, Created: now.Add(-time.Hour), NotBefore: now.Add(24 * time.Hour)},
	} {
		if err := st.Append(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	text := scrape(t, m)
	for _, want := range []string{
		"cepbot_outbox_backlog 1", "cepbot_outbox_scheduled 1", "cepbot_outbox_oldest_pending_age_seconds 90",
		"cepbot_outbox_dead_letters 0", "cepbot_outbox_up 1", "cepbot_build_info{",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("before delivery, /metrics lacks %q", want)
		}
	}
	if err := d.Drain(ctx); err != nil { // MaxAttempts 1: e1 dead at once
		t.Fatal(err)
	}
	m.Throttled("telegram", "rate_limit")
	m.Throttled("telegram", "retry_after")
	text = scrape(t, m)
	for _, want := range []string{
		`cepbot_handoffs_delivered_total{notifier="log",type="handoff.booked"} 1`,
		`cepbot_handoffs_dead_total{notifier="webhook",type="handoff.booked"} 1`,
		`cepbot_handoffs_dead_total{notifier="slack",type="handoff.booked"} 1`,
		// One dead letter per failing notifier (the webhook's and Slack's
		// entries), the log's delivery done.
		"cepbot_outbox_backlog 0", "cepbot_outbox_dead_letters 2",
		`cepbot_outbox_notifier_dead_letters{notifier="webhook"} 1`,
		`cepbot_outbox_notifier_dead_letters{notifier="slack"} 1`,
		`cepbot_throttled_sends_total{channel="telegram",reason="rate_limit"} 1`,
		`cepbot_throttled_sends_total{channel="telegram",reason="retry_after"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("after delivery, /metrics lacks %q", want)
		}
	}
	for _, m := range regexp.MustCompile(`notifier="([^"]*)"`).FindAllStringSubmatch(text, -1) {
		if strings.Contains(m[1], ",") {
			t.Errorf("a series names several notifiers: %s", m[0])
		}
	}
	if n := strings.Count(text, "\ncepbot_build_info{"); n != 1 {
		t.Errorf("%d build_info series", n)
	}
	promtool(t, text)
}

// TestOutboxUnreadable: a store that cannot list its outbox makes
// cepbot_outbox_up 0 and the scrape still succeeds.
func TestOutboxUnreadable(t *testing.T) {
	m := metrics.New()
	m.WatchOutbox(brokenOutbox{}, nil)
	text := scrape(t, m)
	if !strings.Contains(text, "cepbot_outbox_up 0") || strings.Contains(text, "cepbot_outbox_backlog ") {
		t.Errorf("unreadable outbox:\n%s", grep(text, "cepbot_outbox"))
	}
}

type brokenOutbox struct{}

func (brokenOutbox) Events(context.Context, bool) ([]bot.Event, error) {
	return nil, errors.New("store down")
}

func grep(text, prefix string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// promtool runs `promtool check metrics` on a scrape when promtool is
// installed (Debian package prometheus; .ci/run installs it).
func promtool(t *testing.T, text string) {
	t.Helper()
	path, err := exec.LookPath("promtool")
	if err != nil {
		t.Log("promtool not installed: `promtool check metrics` skipped")
		return
	}
	cmd := exec.Command(path, "check", "metrics")
	cmd.Stdin = strings.NewReader(text)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Errorf("promtool check metrics: %v\n%s", err, out.String())
	}
}
