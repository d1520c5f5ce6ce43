// Package dispatch delivers the outbox: handoff events to the operators'
// notifiers and due reminders to visitors, at least once.
//
// Delivery is per notifier. An event written by the booking service is
// split, on its first claim, into one outbox entry per notifier it goes to
// (entry ID "<event id>/<notifier>"); each entry has its own attempts, next
// try and last error, is retried with capped exponential backoff and
// jitter, and is dead-lettered alone once the retry horizon has passed. A
// success is therefore never repeated because another notifier failed.
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

// Router returns the notifiers an event goes to (by operator). Names must
// be unique: they name the per-notifier entries, labels and dead letters.
type Router func(ev bot.Event) []bot.Notifier

// Reminder sends a due reminder to the visitor. Returning nil acknowledges
// it; a reminder that must not be sent (booking no longer active,
// appointment started) is acknowledged unsent by the Reminder itself.
type Reminder func(ctx context.Context, ev bot.Event) error

// ReminderNotifier is the notifier name of reminders in metrics and dead
// letters.
const ReminderNotifier = "reminder"

// Metrics receives delivery outcomes (optional).
type Metrics interface {
	Delivered(notifier, typ string)
	Retried(notifier, typ string)
	Dead(notifier, typ string)
	Lag(d time.Duration)
}

// Defaults of the retry schedule (CEPBOT_RETRY_FIRST, CEPBOT_RETRY_MAX,
// CEPBOT_RETRY_HORIZON in cmd/cepbot).
const (
	DefaultFirstRetry = 2 * time.Second
	DefaultMaxDelay   = 15 * time.Minute
	DefaultHorizon    = 72 * time.Hour
)

// Config of a Dispatcher.
type Config struct {
	Outbox   bot.Outbox
	Route    Router
	Remind   Reminder
	Consumer string        // this replica's name (leases are per consumer)
	Lease    time.Duration // how long a claimed event is reserved (default 1 min)
	Batch    int           // events claimed per poll (default 32)
	Poll     time.Duration // idle wait between polls (default 500 ms)
	// Retry schedule: the n-th retry waits BaseBackoff·2^(n-1), at most
	// MaxBackoff, minus a random jitter of up to a quarter; an entry whose
	// delivery round started Horizon ago or more is dead-lettered at its
	// next failure.
	BaseBackoff time.Duration // default 2 s
	MaxBackoff  time.Duration // default 15 min
	Horizon     time.Duration // default 72 h
	MaxAttempts int           // optional extra bound (0: none, the horizon decides)
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
	if cfg.BaseBackoff <= 0 {
		cfg.BaseBackoff = DefaultFirstRetry
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = DefaultMaxDelay
	}
	cfg.MaxBackoff = max(cfg.MaxBackoff, cfg.BaseBackoff)
	if cfg.Horizon <= 0 {
		cfg.Horizon = DefaultHorizon
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Route == nil {
		cfg.Route = func(bot.Event) []bot.Notifier { return nil }
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
		if d.cfg.Metrics != nil && ev.Attempts <= 1 {
			due := ev.Created
			if ev.NotBefore.After(due) {
				due = ev.NotBefore
			}
			d.cfg.Metrics.Lag(now.Sub(due))
		}
		switch {
		case ev.Type == bot.EventReminder:
			d.remind(ctx, ev)
		case ev.Notifier != "":
			d.deliverEntry(ctx, ev)
		default:
			d.fanOut(ctx, ev)
		}
	}
	return len(evs), nil
}

// EntryID is the outbox ID of the entry of event id for one notifier.
func EntryID(id, notifier string) string { return id + "/" + notifier }

// fanOut splits an event into one entry per notifier, and delivers each
// at once. The entries are written leased (due after the lease), so if
// this replica dies before their outcome is written, they become due again
// for any replica; the original event is acknowledged once they are
// durable.
func (d *Dispatcher) fanOut(ctx context.Context, ev bot.Event) {
	now := d.cfg.Now()
	notifiers := d.cfg.Route(ev)
	entries := make([]bot.Event, 0, len(notifiers))
	for _, n := range notifiers {
		e := ev
		e.ID, e.Key, e.Notifier = EntryID(ev.ID, n.Name()), ev.IdempotencyKey(), n.Name()
		e.Since, e.NotBefore, e.Attempts, e.LastError, e.Dead = now, now.Add(d.cfg.Lease), 1, "", false
		entries = append(entries, e)
	}
	log := d.cfg.Logger.With("event", ev.ID, "type", ev.Type)
	if len(entries) > 0 {
		if err := d.cfg.Outbox.Append(ctx, entries...); err != nil {
			log.Warn("splitting an event per notifier failed; it will be tried again", "err", err)
			if err := d.cfg.Outbox.Retry(ctx, ev.ID, now.Add(d.cfg.BaseBackoff), err.Error(), false); err != nil {
				log.Warn("outbox retry failed", "err", err)
			}
			return
		}
	}
	if err := d.cfg.Outbox.Ack(ctx, ev.ID); err != nil {
		log.Warn("outbox ack failed; the event will be split again (receivers drop repeats by key)", "err", err)
	}
	for i, n := range notifiers {
		d.deliver(ctx, entries[i], n)
	}
}

// deliverEntry delivers a claimed per-notifier entry.
func (d *Dispatcher) deliverEntry(ctx context.Context, ev bot.Event) {
	for _, n := range d.cfg.Route(ev) {
		if n.Name() == ev.Notifier {
			d.deliver(ctx, ev, n)
			return
		}
	}
	// The notifier is gone (directory changed): keep the entry as a dead
	// letter, visible and replayable, rather than drop it.
	d.failed(ctx, ev, fmt.Errorf("notifier %q is no longer configured for this event", ev.Notifier), true)
}

func (d *Dispatcher) deliver(ctx context.Context, ev bot.Event, n bot.Notifier) {
	out := ev
	out.ID = ev.IdempotencyKey() // what receivers see and deduplicate on
	if err := n.Notify(ctx, out); err != nil {
		d.failed(ctx, ev, err, false)
		return
	}
	if d.cfg.Metrics != nil {
		d.cfg.Metrics.Delivered(ev.Notifier, ev.Type)
	}
	if err := d.cfg.Outbox.Ack(ctx, ev.ID); err != nil {
		d.cfg.Logger.Warn("outbox ack failed; the entry will be delivered again", "entry", ev.ID, "err", err)
	}
}

func (d *Dispatcher) remind(ctx context.Context, ev bot.Event) {
	if ev.Notifier == "" {
		ev.Notifier = ReminderNotifier
	}
	if d.cfg.Remind != nil {
		if err := d.cfg.Remind(ctx, ev); err != nil {
			d.failed(ctx, ev, err, false)
			return
		}
	}
	if d.cfg.Metrics != nil {
		d.cfg.Metrics.Delivered(ReminderNotifier, ev.Type)
	}
	if err := d.cfg.Outbox.Ack(ctx, ev.ID); err != nil {
		d.cfg.Logger.Warn("outbox ack failed; the reminder may be handled again", "event", ev.ID, "err", err)
	}
}

// failed schedules the next try of an entry, or dead-letters it.
func (d *Dispatcher) failed(ctx context.Context, ev bot.Event, err error, forceDead bool) {
	now := d.cfg.Now()
	since := ev.Since
	if since.IsZero() {
		since = ev.Created
		if ev.NotBefore.After(since) && ev.Attempts <= 1 {
			since = ev.NotBefore
		}
	}
	pastHorizon := now.Sub(since) >= d.cfg.Horizon
	if ev.Type == bot.EventReminder && ev.Since.IsZero() {
		// A reminder expires by itself (none is sent once the appointment
		// has started): only MaxAttempts, when set, gives it up.
		pastHorizon = false
	}
	dead := forceDead || pastHorizon || (d.cfg.MaxAttempts > 0 && ev.Attempts >= d.cfg.MaxAttempts)
	next := now.Add(d.Delay(ev.Attempts))
	log := d.cfg.Logger.With("entry", ev.ID, "type", ev.Type, "notifier", ev.Notifier, "attempt", ev.Attempts)
	if rerr := d.cfg.Outbox.Retry(ctx, ev.ID, next, err.Error(), dead); rerr != nil {
		log.Warn("outbox retry failed", "err", rerr)
	}
	if d.cfg.Metrics != nil {
		if dead {
			d.cfg.Metrics.Dead(ev.Notifier, ev.Type)
		} else {
			d.cfg.Metrics.Retried(ev.Notifier, ev.Type)
		}
	}
	if dead {
		log.Error("entry dead-lettered", "err", err, "since", since)
	} else {
		log.Warn("delivery failed, will retry", "err", err, "next", next)
	}
}

// Delay is the wait before the retry that follows attempt number attempt
// (1 for the first failure): BaseBackoff·2^(attempt-1), at most MaxBackoff,
// minus a random jitter of up to a quarter (so replicas and events do not
// retry in step, and the cap is never exceeded).
func (d *Dispatcher) Delay(attempt int) time.Duration {
	b := Nominal(d.cfg.BaseBackoff, d.cfg.MaxBackoff, attempt)
	return b - time.Duration(rand.Int64N(int64(b/4)+1))
}

// Nominal is the retry delay without jitter.
func Nominal(first, cap time.Duration, attempt int) time.Duration {
	b := first
	for i := 1; i < attempt && b < cap; i++ {
		b *= 2
	}
	return min(b, cap)
}

// Stat is the state of one notifier's entries in the outbox.
type Stat struct {
	Notifier  string
	Pending   int           // due, being delivered or waiting for a retry
	Scheduled int           // not tried yet and not due yet (reminders to come)
	Dead      int           // dead letters
	Oldest    time.Duration // how long the oldest pending entry has been due (0: none)
}

// Stats counts the outbox entries per notifier ("outbox" for events not
// split yet, "reminder" for reminders), in order of first appearance. An
// entry's age counts from the start of its delivery round (Since), or from
// when it became due before its first try.
func Stats(ctx context.Context, ob Lister, now time.Time) ([]Stat, error) {
	idx := map[string]int{}
	var out []Stat
	get := func(name string) *Stat {
		i, ok := idx[name]
		if !ok {
			i = len(out)
			idx[name] = i
			out = append(out, Stat{Notifier: name})
		}
		return &out[i]
	}
	for _, dead := range []bool{false, true} {
		evs, err := ob.Events(ctx, dead)
		if err != nil {
			return nil, fmt.Errorf("outbox statistics: %w", err)
		}
		for _, ev := range evs {
			s := get(NotifierOf(ev))
			if dead {
				s.Dead++
				continue
			}
			since := roundStart(ev, now)
			if since.After(now) {
				s.Scheduled++
				continue
			}
			s.Pending++
			s.Oldest = max(s.Oldest, now.Sub(since))
		}
	}
	return out, nil
}

// RoundStart is when an entry's current delivery round began, as Stats
// counts it (now for a reminder retried without Since): for a store that
// keeps the statistics itself.
func RoundStart(ev bot.Event, now time.Time) time.Time { return roundStart(ev, now) }

// roundStart is when an entry's current delivery round began: Since, or
// when it became due before its first try (later than now: not due yet).
// A reminder retried without Since counts from now (its first due time is
// not kept).
func roundStart(ev bot.Event, now time.Time) time.Time {
	switch {
	case !ev.Since.IsZero():
		return ev.Since
	case ev.Attempts == 0 && ev.NotBefore.After(ev.Created):
		return ev.NotBefore
	case ev.Type == bot.EventReminder && ev.Attempts > 0:
		return now
	}
	return ev.Created
}

// Lister lists the outbox (bot.Outbox.Events).
type Lister interface {
	Events(ctx context.Context, dead bool) ([]bot.Event, error)
}

// NotifierOf names the notifier an outbox entry is for.
func NotifierOf(ev bot.Event) string {
	switch {
	case ev.Notifier != "":
		return ev.Notifier
	case ev.Type == bot.EventReminder:
		return ReminderNotifier
	}
	return "outbox"
}

// Replay makes dead letters due again now, as a new delivery round (its
// retry horizon starts again): the entry is rewritten under a new outbox
// ID ("…#2" for round 2) with the same idempotency key, and the dead one
// removed. Only entries of notifier are replayed when it is not "".
// It returns the replayed entries' new IDs.
func Replay(ctx context.Context, ob bot.Outbox, dead []bot.Event, notifier string, now time.Time) ([]string, error) {
	var ids []string
	for _, ev := range dead {
		if notifier != "" && NotifierOf(ev) != notifier {
			continue
		}
		e := ev
		base, _, _ := strings.Cut(ev.ID, "#")
		e.Round = max(ev.Round, 1) + 1
		e.ID = fmt.Sprintf("%s#%d", base, e.Round)
		e.Key = ev.IdempotencyKey()
		e.Dead, e.Attempts, e.LastError, e.NotBefore, e.Since = false, 0, "", time.Time{}, now
		if err := ob.Append(ctx, e); err != nil {
			return ids, fmt.Errorf("replaying %s: %w", ev.ID, err)
		}
		if err := ob.Ack(ctx, ev.ID); err != nil {
			return ids, fmt.Errorf("replaying %s: removing the dead letter: %w", ev.ID, err)
		}
		ids = append(ids, e.ID)
	}
	return ids, nil
}
