package redis_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// The store's outbox statistics (counters kept by the scripts) equal those
// computed from a listing of the outbox (dispatch.Stats) at every step of
// the events' lives: appended (due, scheduled, dead, already tried),
// claimed, retried, made dead, replayed, acknowledged — in several
// agencies and for several notifiers.
func TestOutboxStatsMatchTheListing(t *testing.T) {
	url := redistest.URL(t)
	s := open(t, url)
	ctx := context.Background()
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	bk := func(ag string) *bot.Booking { return testBooking("R"+ag, "v"+ag, ag, "", t0.Add(48*time.Hour)) }
	evs := []bot.Event{
		{ID: "a", Type: bot.EventBooked, Ref: "R1", Created: t0, Notifier: "slack", Booking: bk("ag1")},
		{ID: "b", Type: bot.EventBooked, Ref: "R1", Created: t0.Add(time.Minute), Notifier: "webhook:ft", Booking: bk("ag1")},
		{ID: "c", Type: bot.EventReminder, Ref: "R2", Created: t0, NotBefore: t0.Add(24 * time.Hour), Booking: bk("ag2")},
		{ID: "d", Type: bot.EventBooked, Ref: "R2", Created: t0.Add(-time.Hour), Dead: true, Attempts: 8, Notifier: "slack", Booking: bk("ag2")},
		{ID: "e", Type: bot.EventCancelled, Ref: "R3", Created: t0.Add(-2 * time.Hour), Attempts: 2, Since: t0.Add(-90 * time.Minute), Booking: bk("ag3")},
		{ID: "f", Type: bot.EventReminder, Ref: "R3", Created: t0, NotBefore: t0.Add(30 * time.Minute), Booking: bk("ag3")},
		{ID: "g", Type: bot.EventBooked, Ref: "X", Created: t0.Add(-time.Minute)}, // no booking: the "_" outbox
	}
	if err := s.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	check := func(step string, now time.Time) {
		t.Helper()
		want, err := dispatch.Stats(ctx, s, now)
		if err != nil {
			t.Fatal(err)
		}
		want = slices.DeleteFunc(want, func(st dispatch.Stat) bool { return st.Pending+st.Scheduled+st.Dead == 0 })
		slices.SortFunc(want, func(a, b dispatch.Stat) int {
			if a.Notifier < b.Notifier {
				return -1
			}
			return 1
		})
		got, err := s.OutboxStats(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%s: store statistics\n%+v\nlisting\n%+v", step, got, want)
		}
	}
	now := t0.Add(10 * time.Minute)
	check("appended", now)
	claimed, err := s.ClaimEvents(ctx, "c1", now, time.Hour, 3) // still leased at the next claim
	if err != nil || len(claimed) == 0 {
		t.Fatalf("claim: %d, %v", len(claimed), err)
	}
	check("claimed", now)
	now = t0.Add(40 * time.Minute) // the reminder f is due
	check("a reminder due", now)
	more, err := s.ClaimEvents(ctx, "c1", now, time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	claimed = append(claimed, more...)
	check("all due claimed", now)
	for i, ev := range claimed {
		switch i % 3 {
		case 0:
			err = s.Retry(ctx, ev.ID, now.Add(time.Hour), "boom", false)
		case 1:
			err = s.Retry(ctx, ev.ID, time.Time{}, "given up", true)
		default:
			err = s.Ack(ctx, ev.ID)
		}
		if err != nil {
			t.Fatal(err)
		}
		check("after "+ev.ID, now)
	}
	dead, err := s.Events(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dispatch.Replay(ctx, s, dead, "", now); err != nil {
		t.Fatal(err)
	}
	check("replayed", now)
	if err := s.Retry(ctx, "b", time.Time{}, "dead again", true); err == nil {
		check("dead again", now)
	}
	// a store opened afresh (nothing remembered) reads the same
	s2, err := redis.Open(ctx, url, redis.WithPrefix(s.Prefix()))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.OutboxStats(ctx, now)
	if err != nil || len(got) == 0 {
		t.Fatalf("fresh store: %+v, %v", got, err)
	}
	for _, dead := range []bool{false, true} {
		all, _ := s.Events(ctx, dead)
		for _, ev := range all {
			if err := s.Ack(ctx, ev.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if got, err := s.OutboxStats(ctx, now); err != nil || len(got) != 0 {
		t.Fatalf("empty outbox: %+v, %v", got, err)
	}
}

// ServerCPU grows while Redis works for the store.
func TestServerCPUGrows(t *testing.T) {
	s := open(t, redistest.URL(t))
	ctx := context.Background()
	before, err := s.ServerCPU(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before <= 0 {
		t.Fatalf("ServerCPU = %v before any work", before)
	}
	data := []byte(strings.Repeat("x", 4096))
	var ver int64
	for i := 0; i < 3000; i++ {
		if ver, err = s.SaveSession(ctx, "cpu-test", data, ver, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	after, err := s.ServerCPU(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after <= before {
		t.Fatalf("ServerCPU %v after 3 000 saves, %v before", after, before)
	}
}
