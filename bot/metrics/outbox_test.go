package metrics_test

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/bot/metrics"
)

func TestBacklogGaugesPerNotifier(t *testing.T) {
	m := metrics.New()
	m.Backlog([]dispatch.Stat{{Notifier: "webhook:ft", Pending: 3, Dead: 1, Oldest: 90e9}, {Notifier: "slack", Pending: 1}})
	m.Backlog([]dispatch.Stat{{Notifier: "webhook:ft", Pending: 2, Dead: 1, Oldest: 120e9}})
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	out := string(body)
	for _, want := range []string{
		`cepbot_outbox_pending{notifier="webhook:ft"} 2`,
		`cepbot_outbox_dead{notifier="webhook:ft"} 1`,
		`cepbot_outbox_oldest_pending_seconds{notifier="webhook:ft"} 120`,
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, `notifier="slack"`) {
		t.Error("a notifier without backlog any more is still reported")
	}
}
