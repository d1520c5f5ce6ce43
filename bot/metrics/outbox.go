package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cep-accueil/cepbot/bot/dispatch"
)

// OutboxLister is what the outbox gauges read: the store's outbox listing
// (bot.Outbox.Events), pending events or dead letters, oldest first.
type OutboxLister = dispatch.Lister

// OutboxStatser is an outbox that computes dispatch.Stats itself without
// listing every event (the Redis store: bounded by agencies and notifiers).
type OutboxStatser interface {
	OutboxStats(ctx context.Context, now time.Time) ([]dispatch.Stat, error)
}

// outboxCollector computes the outbox gauges at scrape time, so that every
// replica reports the shared outbox as it is (no counter to keep in step).
type outboxCollector struct {
	out     OutboxLister
	now     func() time.Time
	timeout time.Duration

	backlog, scheduled, oldest, dead, up *prometheus.Desc
	nBacklog, nScheduled, nOldest, nDead *prometheus.Desc
}

// WatchOutbox registers the outbox gauges: the backlog (entries due, being
// delivered or waiting for a retry), the events scheduled later
// (reminders), the age of the oldest pending entry, the dead letters — in
// total and per notifier (log, slack, webhook:<operator>, reminder, and
// "outbox" for events not split per notifier yet) — and whether the outbox
// could be read at the last scrape. now is the service's clock (CEPBOT_NOW
// in demos).
func (m *Metrics) WatchOutbox(out OutboxLister, now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	per := []string{"notifier"}
	c := &outboxCollector{out: out, now: now, timeout: 2 * time.Second,
		backlog: prometheus.NewDesc("cepbot_outbox_backlog",
			"Outbox entries due and not yet delivered, waiting for a retry included (all notifiers).", nil, nil),
		scheduled: prometheus.NewDesc("cepbot_outbox_scheduled",
			"Outbox events not due yet (reminders of coming appointments).", nil, nil),
		oldest: prometheus.NewDesc("cepbot_outbox_oldest_pending_age_seconds",
			"Age of the oldest undelivered outbox entry, from the start of its delivery round (0 when none).", nil, nil),
		dead: prometheus.NewDesc("cepbot_outbox_dead_letters",
			"Outbox entries given up after the retry horizon, waiting for `cepbot handoffs retry` or `drop` (all notifiers).", nil, nil),
		up: prometheus.NewDesc("cepbot_outbox_up",
			"1 when the outbox could be read for this scrape, else 0 (the other outbox gauges are then absent).", nil, nil),
		nBacklog: prometheus.NewDesc("cepbot_outbox_notifier_backlog",
			"Outbox entries due and not yet delivered, by notifier.", per, nil),
		nScheduled: prometheus.NewDesc("cepbot_outbox_notifier_scheduled",
			"Outbox entries not due yet, by notifier.", per, nil),
		nOldest: prometheus.NewDesc("cepbot_outbox_notifier_oldest_pending_age_seconds",
			"Age of the oldest undelivered entry of a notifier, from the start of its delivery round.", per, nil),
		nDead: prometheus.NewDesc("cepbot_outbox_notifier_dead_letters",
			"Dead letters of a notifier.", per, nil),
	}
	m.Registry.MustRegister(c)
}

func (c *outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.backlog, c.scheduled, c.oldest, c.dead, c.up, c.nBacklog, c.nScheduled, c.nOldest, c.nDead} {
		ch <- d
	}
}

func (c *outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	var stats []dispatch.Stat
	var err error
	if ss, ok := c.out.(OutboxStatser); ok {
		stats, err = ss.OutboxStats(ctx, c.now())
	} else {
		stats, err = dispatch.Stats(ctx, c.out, c.now())
	}
	if err != nil {
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	var backlog, scheduled, dead int
	var oldest time.Duration
	for _, s := range stats {
		backlog += s.Pending
		scheduled += s.Scheduled
		dead += s.Dead
		oldest = max(oldest, s.Oldest)
		ch <- prometheus.MustNewConstMetric(c.nBacklog, prometheus.GaugeValue, float64(s.Pending), s.Notifier)
		ch <- prometheus.MustNewConstMetric(c.nScheduled, prometheus.GaugeValue, float64(s.Scheduled), s.Notifier)
		ch <- prometheus.MustNewConstMetric(c.nOldest, prometheus.GaugeValue, s.Oldest.Seconds(), s.Notifier)
		ch <- prometheus.MustNewConstMetric(c.nDead, prometheus.GaugeValue, float64(s.Dead), s.Notifier)
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.backlog, prometheus.GaugeValue, float64(backlog))
	ch <- prometheus.MustNewConstMetric(c.scheduled, prometheus.GaugeValue, float64(scheduled))
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, oldest.Seconds())
	ch <- prometheus.MustNewConstMetric(c.dead, prometheus.GaugeValue, float64(dead))
}
