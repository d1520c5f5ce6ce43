package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/cep-accueil/cepbot/bot"
)

// OutboxLister is what the outbox gauges read: the store's outbox listing
// (bot.Outbox.Events), pending events or dead letters, oldest first.
type OutboxLister interface {
	Events(ctx context.Context, dead bool) ([]bot.Event, error)
}

// outboxCollector computes the outbox gauges at scrape time, so that every
// replica reports the shared outbox as it is (no counter to keep in step).
type outboxCollector struct {
	out     OutboxLister
	now     func() time.Time
	timeout time.Duration

	backlog, scheduled, oldest, dead, up *prometheus.Desc
}

// WatchOutbox registers the outbox gauges: the backlog (events due and not
// yet delivered), the events scheduled later (reminders), the age of the
// oldest due event, the dead letters, and whether the outbox could be read
// at the last scrape. now is the service's clock (CEPBOT_NOW in demos).
func (m *Metrics) WatchOutbox(out OutboxLister, now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	c := &outboxCollector{out: out, now: now, timeout: 2 * time.Second,
		backlog: prometheus.NewDesc("cepbot_outbox_backlog",
			"Outbox events due and not yet delivered (handoff events and due reminders).", nil, nil),
		scheduled: prometheus.NewDesc("cepbot_outbox_scheduled",
			"Outbox events not due yet (reminders of coming appointments).", nil, nil),
		oldest: prometheus.NewDesc("cepbot_outbox_oldest_pending_age_seconds",
			"Age of the oldest due, undelivered outbox event, from the time it became due (0 when none).", nil, nil),
		dead: prometheus.NewDesc("cepbot_outbox_dead_letters",
			"Outbox events given up after the maximum attempts, waiting for `cepbot handoffs retry` or `drop`.", nil, nil),
		up: prometheus.NewDesc("cepbot_outbox_up",
			"1 when the outbox could be read for this scrape, else 0 (the other outbox gauges are then absent).", nil, nil),
	}
	m.Registry.MustRegister(c)
}

func (c *outboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.backlog
	ch <- c.scheduled
	ch <- c.oldest
	ch <- c.dead
	ch <- c.up
}

func (c *outboxCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	pending, err := c.out.Events(ctx, false)
	var deadEvs []bot.Event
	if err == nil {
		deadEvs, err = c.out.Events(ctx, true)
	}
	if err != nil {
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	now := c.now()
	var due, later int
	var oldest time.Duration
	for _, ev := range pending {
		at := ev.Created
		if ev.NotBefore.After(at) {
			at = ev.NotBefore
		}
		if at.After(now) {
			later++
			continue
		}
		due++
		oldest = max(oldest, now.Sub(at))
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.backlog, prometheus.GaugeValue, float64(due))
	ch <- prometheus.MustNewConstMetric(c.scheduled, prometheus.GaugeValue, float64(later))
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, oldest.Seconds())
	ch <- prometheus.MustNewConstMetric(c.dead, prometheus.GaugeValue, float64(len(deadEvs)))
}
