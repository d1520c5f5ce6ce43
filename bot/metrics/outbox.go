package metrics

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cep-accueil/cepbot/bot/dispatch"
)

// outboxGauges are the per-notifier outbox gauges, registered on first use.
type outboxGauges struct {
	once    sync.Once
	mu      sync.Mutex
	pending *prometheus.GaugeVec
	dead    *prometheus.GaugeVec
	oldest  *prometheus.GaugeVec
}

func (m *Metrics) outbox() *outboxGauges {
	g := &m.ob
	g.once.Do(func() {
		g.pending = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "cepbot", Name: "outbox_pending",
			Help: "Outbox entries waiting for delivery (due or between retries), by notifier."}, []string{"notifier"})
		g.dead = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "cepbot", Name: "outbox_dead",
			Help: "Dead letters in the outbox (given up after the retry horizon), by notifier."}, []string{"notifier"})
		g.oldest = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "cepbot", Name: "outbox_oldest_pending_seconds",
			Help: "Age of the oldest pending entry's delivery round, by notifier."}, []string{"notifier"})
		m.Registry.MustRegister(g.pending, g.dead, g.oldest)
	})
	return g
}

// Backlog implements dispatch.BacklogMetrics: it replaces the outbox gauges
// with the latest statistics (a notifier absent from stats reads 0).
func (m *Metrics) Backlog(stats []dispatch.Stat) {
	g := m.outbox()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.pending.Reset()
	g.dead.Reset()
	g.oldest.Reset()
	for _, s := range stats {
		g.pending.WithLabelValues(s.Notifier).Set(float64(s.Pending))
		g.dead.WithLabelValues(s.Notifier).Set(float64(s.Dead))
		g.oldest.WithLabelValues(s.Notifier).Set(s.Oldest.Seconds())
	}
}
