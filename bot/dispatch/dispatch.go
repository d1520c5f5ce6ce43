// Package dispatch delivers the outbox: handoff events to the operators'
// notifiers and due reminders to visitors, at least once, with exponential
// backoff and a dead-letter state after a number of attempts.
package dispatch

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// Router returns the notifiers an event goes to (by operator).
type Router func(ev bot.Event) []bot.Notifier

// Reminder sends a due reminder to the visitor. Returning nil acknowledges
// it; a reminder for a booking no longer active is acknowledged unsent.
type Reminder func(ctx context.Context, ev bot.Event) error

// Metrics receives delivery outcomes (optional).
type Metrics interface {
	Delivered(notifier, typ string)
	Retried(notifier, typ string)
	Dead(notifier, typ string)
	Lag(d time.Duration)
}

// Config of a Dispatcher.
type Config struct {
	Outbox      bot.Outbox
	Route       Router
	Remind      Reminder
	Consumer    string        // this replica's name (leases are per consumer)
	Lease       time.Duration // how long a claimed event is reserved (default 1 min)
	Batch       int           // events claimed per poll (default 32)
	Poll        time.Duration // idle wait between polls (default 500 ms)
	MaxAttempts int           // then dead-lettered (default 8)
	BaseBackoff time.Duration // first retry delay, doubled each attempt (default 2 s, max 10 min)
	Now         func() time.Time
	Logger      *slog.Logger
	Metrics     Metrics
}

// Dispatcher polls the outbox and delivers what is due.
type Dispatcher struct{ cfg Config }

// New returns a dispatcher; it does no I/O until Run or Drain.
func New(cfg Config) *Dispatcher {
	if cfg.Lease == 0 {
		cfg.Lease = time.Minute
	}
	if cfg.Batch == 0 {
		cfg.Batch = 32
	}
	if cfg.Poll == 0 {
		cfg.Poll = 500 * time.Millisecond
	}
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 8
	}
	if cfg.BaseBackoff == 0 {
		cfg.BaseBackoff = 2 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Consumer == "" {
		cfg.Consumer = fmt.Sprintf("cepbot-%d", rand.Int64())
	}
	return &Dispatcher{cfg: cfg}
}

// Run delivers until ctx ends.
func (d *Dispatcher) Run(ctx context.Context) error {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		n, err := d.Once(ctx)
		if err != nil && ctx.Err() == nil {
			d.cfg.Logger.Warn("outbox poll failed", "err", err)
		}
		wait := d.cfg.Poll
		if n == d.cfg.Batch {
			wait = 0 // more may be waiting
		}
		t.Reset(wait)
	}
}

// Drain delivers everything due now, for a graceful shutdown or a test.
func (d *Dispatcher) Drain(ctx context.Context) error {
	for {
		n, err := d.Once(ctx)
		if err != nil || n == 0 {
			return err
		}
	}
}

// Once claims one batch of due events and handles them; it returns how many
// were claimed.
func (d *Dispatcher) Once(ctx context.Context) (int, error) {
	now := d.cfg.Now()
	evs, err := d.cfg.Outbox.ClaimEvents(ctx, d.cfg.Consumer, now, d.cfg.Lease, d.cfg.Batch)
	if err != nil {
		return 0, fmt.Errorf("claiming outbox events: %w", err)
	}
	for _, ev := range evs {
		if d.cfg.Metrics != nil {
			due := ev.Created
			if ev.NotBefore.After(due) {
				due = ev.NotBefore
			}
			d.cfg.Metrics.Lag(now.Sub(due))
		}
		d.handle(ctx, ev)
	}
	return len(evs), nil
}

func (d *Dispatcher) handle(ctx context.Context, ev bot.Event) {
	var errs []string
	var failed []string // one metrics series per notifier that failed
	if ev.Type == bot.EventReminder {
		if d.cfg.Remind != nil {
			if err := d.cfg.Remind(ctx, ev); err != nil {
				errs = append(errs, err.Error())
				failed = append(failed, "reminder")
			}
		}
	} else {
		for _, n := range d.cfg.Route(ev) {
			if err := n.Notify(ctx, ev); err != nil {
				errs = append(errs, n.Name()+": "+err.Error())
				failed = append(failed, n.Name())
			} else if d.cfg.Metrics != nil {
				d.cfg.Metrics.Delivered(n.Name(), ev.Type)
			}
		}
	}
	log := d.cfg.Logger.With("event", ev.ID, "type", ev.Type, "attempt", ev.Attempts)
	if len(errs) == 0 {
		if err := d.cfg.Outbox.Ack(ctx, ev.ID); err != nil {
			log.Warn("outbox ack failed; the event will be delivered again", "err", err)
		}
		return
	}
	lastErr := strings.Join(errs, "; ")
	dead := ev.Attempts >= d.cfg.MaxAttempts
	next := d.cfg.Now().Add(d.backoff(ev.Attempts))
	if err := d.cfg.Outbox.Retry(ctx, ev.ID, next, lastErr, dead); err != nil {
		log.Warn("outbox retry failed", "err", err)
	}
	if d.cfg.Metrics != nil {
		for _, name := range failed {
			if dead {
				d.cfg.Metrics.Dead(name, ev.Type)
			} else {
				d.cfg.Metrics.Retried(name, ev.Type)
			}
		}
	}
	if dead {
		log.Error("event dead-lettered", "err", lastErr)
	} else {
		log.Warn("delivery failed, will retry", "err", lastErr, "next", next)
	}
}

// backoff doubles from BaseBackoff, with jitter, up to 10 minutes.
func (d *Dispatcher) backoff(attempt int) time.Duration {
	b := d.cfg.BaseBackoff << min(max(attempt-1, 0), 12)
	b = min(b, 10*time.Minute)
	return b/2 + time.Duration(rand.Int64N(int64(b/2)+1))
}
