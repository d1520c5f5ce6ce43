package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// InboxSource is what the inbox gauges read: the durable inbox of received
// updates as the store has it, and this process's runner (bot.InboxRunner).
type InboxSource interface {
	Len(ctx context.Context) (int64, error) // entries stored, all replicas together
	Held() int                              // entries this process holds
	Processed() int64                       // entries this process ran to completion
	OldestHeld() (time.Time, bool)          // reception of the oldest entry held
}

// inboxCollector computes the inbox gauges at scrape time.
type inboxCollector struct {
	in      InboxSource
	now     func() time.Time
	timeout time.Duration

	depth, held, processed, oldest, up *prometheus.Desc
}

// WatchInbox registers the inbox gauges: its depth (updates received and
// stored, not yet processed, all replicas together), the entries this
// process holds and has processed, the age of the oldest one it holds, and
// whether the inbox could be read at the last scrape.
func (m *Metrics) WatchInbox(in InboxSource) {
	c := &inboxCollector{in: in, now: time.Now, timeout: 2 * time.Second,
		depth: prometheus.NewDesc("cepbot_inbox_depth",
			"Updates received and stored in the durable inbox, not yet processed (all replicas together).", nil, nil),
		held: prometheus.NewDesc("cepbot_inbox_held",
			"Inbox entries this process holds: claimed, running or waiting for their conversation.", nil, nil),
		processed: prometheus.NewDesc("cepbot_inbox_processed_total",
			"Inbox entries this process ran to completion and removed.", nil, nil),
		oldest: prometheus.NewDesc("cepbot_inbox_oldest_held_age_seconds",
			"Age of the oldest inbox entry this process holds, from its reception (0 when none).", nil, nil),
		up: prometheus.NewDesc("cepbot_inbox_up",
			"1 when the inbox could be read for this scrape, else 0 (cepbot_inbox_depth is then absent).", nil, nil),
	}
	m.Registry.MustRegister(c)
}

func (c *inboxCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.depth
	ch <- c.held
	ch <- c.processed
	ch <- c.oldest
	ch <- c.up
}

func (c *inboxCollector) Collect(ch chan<- prometheus.Metric) {
	var age time.Duration
	if t, ok := c.in.OldestHeld(); ok {
		age = max(c.now().Sub(t), 0)
	}
	ch <- prometheus.MustNewConstMetric(c.held, prometheus.GaugeValue, float64(c.in.Held()))
	ch <- prometheus.MustNewConstMetric(c.processed, prometheus.CounterValue, float64(c.in.Processed()))
	ch <- prometheus.MustNewConstMetric(c.oldest, prometheus.GaugeValue, age.Seconds())
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	n, err := c.in.Len(ctx)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.depth, prometheus.GaugeValue, float64(n))
}
