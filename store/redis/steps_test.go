package redis_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// crash makes the client fail, as a process killed at that point would,
// from the first command running one of the named scripts: that command
// and everything after it are not sent.
type crash struct {
	scripts map[string]bool
	on      atomic.Bool
	dead    atomic.Bool
}

var errKilled = errors.New("killed")

func (c *crash) hit(cmd goredis.Cmder) bool {
	if !c.on.Load() {
		return false
	}
	if c.dead.Load() {
		return true
	}
	a := cmd.Args()
	if len(a) > 1 && fmt.Sprint(a[0]) == "evalsha" && c.scripts[fmt.Sprint(a[1])] {
		c.dead.Store(true)
		return true
	}
	return false
}

func (c *crash) DialHook(next goredis.DialHook) goredis.DialHook { return next }
func (c *crash) ProcessHook(next goredis.ProcessHook) goredis.ProcessHook {
	return func(ctx context.Context, cmd goredis.Cmder) error {
		if c.hit(cmd) {
			cmd.SetErr(errKilled)
			return errKilled
		}
		return next(ctx, cmd)
	}
}
func (c *crash) ProcessPipelineHook(next goredis.ProcessPipelineHook) goredis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []goredis.Cmder) error {
		for i, cmd := range cmds {
			if c.hit(cmd) {
				// the commands before the kill reach the server
				if i > 0 {
					if err := next(ctx, cmds[:i]); err != nil {
						return err
					}
				}
				for _, rest := range cmds[i:] {
					rest.SetErr(errKilled)
				}
				return errKilled
			}
		}
		return next(ctx, cmds)
	}
}

// killedStore opens a store whose process "dies" at the first of scripts.
func killedStore(t *testing.T, url, prefix string, scripts ...string) (*redis.Store, *crash) {
	s := openPrefix(t, url, prefix)
	c := &crash{scripts: map[string]bool{}}
	for _, n := range scripts {
		c.scripts[redis.ScriptSHA(n)] = true
	}
	s.Client().AddHook(c)
	c.on.Store(true)
	return s, c
}

// A booking spans the visitor's slot and the agency's. Killed between any
// two steps, the store stays consistent: readers resolve the intent left
// behind, a retried turn (same reference) completes it, and the
// housekeeping job (Recover) rolls it forward or back.
func TestBookingStepsSurviveKills(t *testing.T) {
	url := redistest.URL(t)
	defer redis.SetIntentTimes(200*time.Millisecond, 100*time.Millisecond)()
	ctx := context.Background()
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	old := testBooking("OLD", "v1", "ag1", "adv1", day)
	moved := testBooking("NEW", "v1", "ag2", "adv2", day.Add(time.Hour)) // another agency
	moved.Handoff.Previous = "OLD"

	type check func(t *testing.T, s *redis.Store)
	oldActive := func(t *testing.T, s *redis.Store) {
		if b, err := s.ActiveBooking(ctx, "v1"); err != nil || b.Ref != "OLD" {
			t.Fatalf("active = %+v, %v; want OLD", b, err)
		}
		if taken, _ := s.TakenSlots(ctx, []string{old.SlotKey(), moved.SlotKey()}); !slices.Equal(taken, []bool{true, false}) {
			t.Fatalf("taken %v, want OLD's slot only", taken)
		}
		if _, err := s.GetBooking(ctx, "NEW"); !errors.Is(err, bot.ErrNotFound) {
			t.Fatalf("NEW stored: %v", err)
		}
	}
	newActive := func(t *testing.T, s *redis.Store) {
		if b, err := s.ActiveBooking(ctx, "v1"); err != nil || b.Ref != "NEW" {
			t.Fatalf("active = %+v, %v; want NEW", b, err)
		}
		if b, err := s.GetBooking(ctx, "OLD"); err != nil || b.Status != bot.StatusMoved {
			t.Fatalf("OLD = %+v, %v; want moved", b, err)
		}
		if taken, _ := s.TakenSlots(ctx, []string{old.SlotKey(), moved.SlotKey()}); !slices.Equal(taken, []bool{false, true}) {
			t.Fatalf("taken %v, want NEW's slot only", taken)
		}
		bs, err := s.VisitorBookings(ctx, "v1")
		if err != nil || len(bs) != 2 {
			t.Fatalf("bookings of v1: %v, %v", refsOf(bs), err)
		}
	}
	for _, tc := range []struct {
		name      string
		killAt    []string
		afterKill check // what a reader sees before any recovery
		final     check // after Recover, or a retried turn
	}{
		{"before the intent", []string{"intent"}, oldActive, oldActive},
		{"between the intent and the agency step", []string{"book"}, oldActive, oldActive},
		{"between the agency step and the commit", []string{"commit"}, newActive, newActive},
		{"between the commit and the move of the previous booking", []string{"moveOut"}, nil, newActive},
	} {
		for _, recovery := range []string{"recover", "retry"} {
			t.Run(tc.name+"/"+recovery, func(t *testing.T) {
				prefix := uniquePrefix()
				s := openPrefix(t, url, prefix)
				if err := s.Book(ctx, old, nil); err != nil {
					t.Fatal(err)
				}
				k, c := killedStore(t, url, prefix, tc.killAt...)
				if err := k.Book(ctx, moved, nil); !errors.Is(err, errKilled) && !c.dead.Load() {
					t.Fatalf("the kill did not happen: %v", err)
				}
				if tc.afterKill != nil && recovery == "recover" {
					tc.afterKill(t, s)
				}
				time.Sleep(350 * time.Millisecond) // past the intent's deadline and margin
				switch recovery {
				case "recover":
					if _, err := s.Recover(ctx, 100); err != nil {
						t.Fatal(err)
					}
					tc.final(t, s)
					// nothing left to recover
					if n, _ := s.Client().ZCard(ctx, prefix+":{g}:pend").Result(); n != 0 {
						t.Fatalf("%d intents left", n)
					}
				case "retry":
					if err := s.Book(ctx, moved, nil); err != nil {
						t.Fatal(err)
					}
					newActive(t, s)
				}
			})
		}
	}
}

// Two turns of one visitor booking at once in two agencies: one booking
// ends active, the other moved, and exactly one slot stays held.
func TestConcurrentBookingsOfOneVisitor(t *testing.T) {
	url := redistest.URL(t)
	ctx := context.Background()
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for round := range 20 {
		s := open(t, url)
		a := testBooking("A", "v", "ag1", "adv1", day)
		b := testBooking("B", "v", "ag2", "adv2", day)
		var wg sync.WaitGroup
		for _, x := range []*bot.Booking{a, b} {
			wg.Go(func() {
				if err := s.Book(ctx, x, nil); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		act, err := s.ActiveBooking(ctx, "v")
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		other := "A"
		if act.Ref == "A" {
			other = "B"
		}
		if o, _ := s.GetBooking(ctx, other); o.Status != bot.StatusMoved {
			t.Fatalf("round %d: %s active and %s %s, want moved", round, act.Ref, other, o.Status)
		}
		taken, _ := s.TakenSlots(ctx, []string{a.SlotKey(), b.SlotKey()})
		if taken[0] == taken[1] {
			t.Fatalf("round %d: slots held %v, want exactly the active booking's", round, taken)
		}
	}
}
