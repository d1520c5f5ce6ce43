package dispatch_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/memory"
)

// flaky fails its first n deliveries, then records what it receives.
type flaky struct {
	mu    sync.Mutex
	fails int
	got   []string
}

func (f *flaky) Name() string { return "flaky" }

func (f *flaky) Notify(_ context.Context, ev bot.Event) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fails > 0 {
		f.fails--
		return fmt.Errorf("receiver down: %w", bot.ErrTransient)
	}
	f.got = append(f.got, ev.ID)
	return nil
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestRetriesThenDelivers(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	st := memory.New(c.now)
	n := &flaky{fails: 3}
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now, BaseBackoff: time.Second, MaxAttempts: 8,
		Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{n} }})
	if err := st.Append(ctx, bot.Event{ID: "e1", Type: bot.EventBooked, Created: c.t}); err != nil {
		t.Fatal(err)
	}
	for range 10 {
		if err := d.Drain(ctx); err != nil {
			t.Fatal(err)
		}
		c.t = c.t.Add(time.Minute) // past any backoff
	}
	if len(n.got) != 1 || n.got[0] != "e1" {
		t.Fatalf("delivered %v, want [e1] once", n.got)
	}
	if evs, _ := st.Events(ctx, false); len(evs) != 0 {
		t.Fatalf("event still pending after delivery: %+v", evs)
	}
}

func TestBackoffWaits(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	st := memory.New(c.now)
	n := &flaky{fails: 1}
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now, BaseBackoff: 10 * time.Second,
		Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{n} }})
	_ = st.Append(ctx, bot.Event{ID: "e1", Type: bot.EventBooked, Created: c.t})
	_ = d.Drain(ctx) // fails once
	c.t = c.t.Add(time.Second)
	_ = d.Drain(ctx)
	if len(n.got) != 0 {
		t.Fatal("retried before the backoff delay")
	}
	c.t = c.t.Add(20 * time.Second)
	_ = d.Drain(ctx)
	if len(n.got) != 1 {
		t.Fatal("not retried after the backoff delay")
	}
}

func TestDeadLetterAfterMaxAttempts(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	st := memory.New(c.now)
	n := &flaky{fails: 1000}
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now, BaseBackoff: time.Second, MaxAttempts: 4,
		Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{n} }})
	_ = st.Append(ctx, bot.Event{ID: "e1", Type: bot.EventBooked, Created: c.t})
	for range 10 {
		_ = d.Drain(ctx)
		c.t = c.t.Add(time.Hour)
	}
	dead, _ := st.Events(ctx, true)
	if len(dead) != 1 || dead[0].Attempts != 4 || dead[0].LastError == "" {
		t.Fatalf("dead letters = %+v, want e1 after 4 attempts with its error", dead)
	}
	if n.fails != 1000-4 {
		t.Fatalf("%d delivery attempts, want 4", 1000-n.fails)
	}
}

func TestRemindersGoToTheVisitorWhenDue(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	st := memory.New(c.now)
	var sent []string
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now,
		Route: func(bot.Event) []bot.Notifier { return nil },
		Remind: func(_ context.Context, ev bot.Event) error {
			sent = append(sent, ev.Ref)
			return nil
		}})
	_ = st.Append(ctx, bot.Event{ID: "r1", Type: bot.EventReminder, Ref: "CEP-1", Created: c.t, NotBefore: c.t.Add(24 * time.Hour)})
	_ = d.Drain(ctx)
	if len(sent) != 0 {
		t.Fatal("reminder sent before it was due")
	}
	c.t = c.t.Add(25 * time.Hour)
	_ = d.Drain(ctx)
	_ = d.Drain(ctx)
	if len(sent) != 1 {
		t.Fatalf("reminder sent %d times, want once", len(sent))
	}
}

func TestRunStopsWithContext(t *testing.T) {
	st := memory.New(nil)
	d := dispatch.New(dispatch.Config{Outbox: st, Poll: time.Millisecond, Route: func(bot.Event) []bot.Notifier { return nil }})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- d.Run(ctx) }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
}
