package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// dmCapture stands for Slack: it records direct messages.
type dmCapture struct {
	mu   sync.Mutex
	sent map[string][]string // user -> texts
}

func (d *dmCapture) Channel() string { return "slack" }
func (d *dmCapture) Send(_ context.Context, to bot.Address, r bot.Reply) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.sent == nil {
		d.sent = map[string][]string{}
	}
	d.sent[to.Conversation] = append(d.sent[to.Conversation], r.Text)
	return nil
}

// listCounter counts the full listings of a store.
type listCounter struct {
	bot.Store
	listed atomic.Int64
}

func (c *listCounter) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	c.listed.Add(1)
	return c.Store.ListBookings(ctx)
}

// indexedCounter is a Redis store whose full listings are counted: the
// digest and the overdue job must not list.
type indexedCounter struct {
	*listCounter
	*redisstore.Store
}

func (c indexedCounter) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	return c.listCounter.ListBookings(ctx)
}

// The advisors' digest lists the same appointments on every store; on
// Redis it reads the agencies' indexes (tomorrow's appointments, the queues
// to close and open), never the whole booking list.
func TestAdvisorsDigest(t *testing.T) {
	for _, tc := range []struct {
		name     string
		newStore func(t *testing.T, now func() time.Time) (bot.Store, *listCounter)
		lists    bool
	}{
		{"memory", func(_ *testing.T, now func() time.Time) (bot.Store, *listCounter) {
			c := &listCounter{Store: memory.New(now)}
			return c, c
		}, true},
		{"redis", func(t *testing.T, _ func() time.Time) (bot.Store, *listCounter) {
			st, err := redisstore.Open(t.Context(), redistest.URL(t), redisstore.WithPrefix(fmt.Sprintf("digest%x", rand.Uint32())))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			c := &listCounter{Store: st}
			return indexedCounter{c, st}, c
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c *listCounter
			r := newReminderRigOn(t, func(now func() time.Time) bot.Store {
				var st bot.Store
				st, c = tc.newStore(t, now)
				return st
			})
			testAdvisorsDigest(t, r)
			if n := c.listed.Load(); (n > 0) != tc.lists {
				t.Errorf("%s: %d full listings by the digest and the overdue job", tc.name, n)
			}
		})
	}
}

func testAdvisorsDigest(t *testing.T, r *reminderRig) {
	// CEP-REMIND23, Tuesday 1 December 10:30, advisor of the first Paris agency
	paris, _ := time.LoadLocation("Europe/Paris")
	dir := r.app.bookings.Directory()
	adv := dir.Advisor(r.b.AdvisorID)
	cfg := digestConfig{Hour: 17}
	dm := &dmCapture{}
	done := map[string]bool{}

	r.set(time.Date(2026, 11, 30, 16, 59, 0, 0, paris))
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	if len(dm.sent) != 0 {
		t.Fatalf("sent before the digest hour: %v", dm.sent)
	}
	r.set(time.Date(2026, 11, 30, 17, 1, 0, 0, paris))
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	r.app.sendDigests(t.Context(), dm, dir, cfg, map[string]bool{}) // another replica
	if len(dm.sent) != 1 || len(dm.sent[adv.SlackUserID]) != 1 {
		t.Fatalf("digests %v: want one, to %s", dm.sent, adv.SlackUserID)
	}
	want := "Vos rendez-vous de demain, mardi 1er décembre :\n• 10 h 30, téléphone, CEP-REMIND23 (réservé)"
	if got := dm.sent[adv.SlackUserID][0]; got != want {
		t.Errorf("digest:\n%s\nwant:\n%s", got, want)
	}

	// Two days later the appointment is over and still open: the digest
	// asks to close it.
	dm.sent = nil
	r.set(time.Date(2026, 12, 2, 17, 30, 0, 0, paris))
	r.app.markOverdue(t.Context())
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	got := strings.Join(dm.sent[adv.SlackUserID], "\n")
	for _, w := range []string{"Vous n'avez pas de rendez-vous demain, jeudi 3 décembre.", "Rendez-vous passés à clôturer : 1.",
		"• mardi 1er décembre à 10 h 30, CEP-REMIND23", "Clôturez-les"} {
		if !strings.Contains(got, w) {
			t.Errorf("digest without %q:\n%s", w, got)
		}
	}
}
