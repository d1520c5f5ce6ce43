// Package metrics exposes what operators watch, in Prometheus form, on a
// registry of its own: turns and their latency, conversations by state, the
// funnel started → consented → routed → booked per operator, handoff
// deliveries (one notifier per series), outbox lag, backlog, oldest pending
// age and dead letters, throttled sends, and the build. No visitor id is
// ever a label.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics implements bot.Observer and dispatch.Metrics.
type Metrics struct {
	Registry  *prometheus.Registry
	turns     *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	states    *prometheus.CounterVec
	funnel    *prometheus.CounterVec
	delivered *prometheus.CounterVec
	retried   *prometheus.CounterVec
	dead      *prometheus.CounterVec
	lag       prometheus.Histogram
	throttled *prometheus.CounterVec
}

// Funnel stages, counted when a conversation enters them.
const (
	StageStarted   = "started"
	StageConsented = "consented"
	StageRouted    = "routed"
	StageBooked    = "booked"
)

// New registers every metric on a new registry.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := &Metrics{Registry: reg}
	m.turns = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "turns_total",
		Help: "Dialogue turns processed, by channel and outcome."}, []string{"channel", "outcome"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "cepbot", Name: "turn_duration_seconds",
		Help:    "Time to process one turn (load, step, save), by channel.",
		Buckets: prometheus.ExponentialBuckets(0.00005, 2, 16)}, []string{"channel"})
	m.states = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "state_entries_total",
		Help: "Conversations entering each dialogue state."}, []string{"state"})
	m.funnel = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "funnel_total",
		Help: "Conversations reaching each funnel stage, per operator kind once routed."}, []string{"stage", "operator"})
	m.delivered = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "handoffs_delivered_total",
		Help: "Outbox events delivered, by notifier and type."}, []string{"notifier", "type"})
	m.retried = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "handoffs_retried_total",
		Help: "Outbox deliveries that failed and will be retried."}, []string{"notifier", "type"})
	m.dead = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "handoffs_dead_total",
		Help: "Outbox events given up after the maximum attempts."}, []string{"notifier", "type"})
	m.lag = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "cepbot", Name: "outbox_lag_seconds",
		Help: "Delay between an event being due and its delivery attempt.", Buckets: prometheus.ExponentialBuckets(0.01, 4, 10)})
	m.throttled = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "throttled_sends_total",
		Help: "Sends that waited for a rate limit, by channel and reason (rate_limit: the adapter's own limits; retry_after: the platform's 429)."},
		[]string{"channel", "reason"})
	reg.MustRegister(m.turns, m.latency, m.states, m.funnel, m.delivered, m.retried, m.dead, m.lag, m.throttled, buildInfo())
	return m
}

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.InstrumentMetricHandler(m.Registry, promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry, Timeout: 5 * time.Second}))
}

// Turn counts one turn and its latency; a state entered is counted when to
// differs from from.
func (m *Metrics) Turn(channel, from, to string, d time.Duration, err error) {
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	m.turns.WithLabelValues(channel, outcome).Inc()
	m.latency.WithLabelValues(channel).Observe(d.Seconds())
	if to != from && to != "" {
		m.states.WithLabelValues(to).Inc()
	}
}

// Funnel counts a conversation reaching a stage ("" operator before routing).
func (m *Metrics) Funnel(stage, operator string) { m.funnel.WithLabelValues(stage, operator).Inc() }

// Delivered implements dispatch.Metrics.
func (m *Metrics) Delivered(notifier, typ string) { m.delivered.WithLabelValues(notifier, typ).Inc() }

// Retried implements dispatch.Metrics.
func (m *Metrics) Retried(notifier, typ string) { m.retried.WithLabelValues(notifier, typ).Inc() }

// Dead implements dispatch.Metrics.
func (m *Metrics) Dead(notifier, typ string) { m.dead.WithLabelValues(notifier, typ).Inc() }

// Lag implements dispatch.Metrics.
func (m *Metrics) Lag(d time.Duration) { m.lag.Observe(max(d, 0).Seconds()) }

// Throttled counts a send that waited for a rate limit.
func (m *Metrics) Throttled(channel, reason string) {
	m.throttled.WithLabelValues(channel, reason).Inc()
}
