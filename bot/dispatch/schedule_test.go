package dispatch_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/memory"
)

func TestRetrySchedule(t *testing.T) {
	for _, tc := range []struct {
		attempt int
		want    time.Duration
	}{
		{1, 2 * time.Second}, {2, 4 * time.Second}, {5, 32 * time.Second}, {9, 512 * time.Second},
		{10, 15 * time.Minute}, {11, 15 * time.Minute}, {400, 15 * time.Minute},
	} {
		if got := dispatch.Nominal(dispatch.DefaultFirstRetry, dispatch.DefaultMaxDelay, tc.attempt); got != tc.want {
			t.Errorf("attempt %d: %s, want %s", tc.attempt, got, tc.want)
		}
	}
	d := dispatch.New(dispatch.Config{})
	for attempt := 1; attempt < 40; attempt++ {
		nom := dispatch.Nominal(dispatch.DefaultFirstRetry, dispatch.DefaultMaxDelay, attempt)
		for range 50 {
			if got := d.Delay(attempt); got > nom || got < nom*3/4 {
				t.Fatalf("attempt %d: delay %s outside [¾ %s, %s]", attempt, got, nom, nom)
			}
		}
	}
}

// A reminder booked long ago that fails twice is not given up by the retry
// horizon (it expires by itself once the appointment starts); a handoff
// entry is, once its round is older than the horizon.
func TestHorizonSparesReminders(t *testing.T) {
	ctx := context.Background()
	c := &clock{t: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	st := memory.New(c.now)
	fail := errors.New("telegram down")
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now, Horizon: time.Hour,
		Remind: func(context.Context, bot.Event) error { return fail }})
	if err := st.Append(ctx, bot.Event{ID: "r", Type: bot.EventReminder, Created: c.t.Add(-96 * time.Hour), NotBefore: c.t}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if err := d.Drain(ctx); err != nil {
			t.Fatal(err)
		}
		c.t = c.t.Add(20 * time.Minute)
	}
	if dead, _ := st.Events(ctx, true); len(dead) != 0 {
		t.Fatalf("reminder dead-lettered by the horizon: %+v", dead)
	}
	if pending, _ := st.Events(ctx, false); len(pending) != 1 || pending[0].Attempts < 3 {
		t.Fatalf("pending %+v", pending)
	}
}
