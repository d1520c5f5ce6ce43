package webhook_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/webhook"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/file"
	"github.com/cep-accueil/cepbot/store/memory"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// receiver is an operator's endpoint that can be down (503) or up, and
// records what it accepted.
type receiver struct {
	t        *testing.T
	up       atomic.Bool
	mu       sync.Mutex
	attempts int
	seen     map[string]int // idempotency key -> deliveries accepted
	bodies   []string
	srv      *httptest.Server
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{t: t, seen: map[string]int{}}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		r.attempts++
		if !r.up.Load() {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if err := webhook.Verify([]byte(secret), req.Header.Get(webhook.SignatureHeader), body, time.Now(), 0); err != nil {
			t.Errorf("signature: %v", err)
		}
		r.seen[req.Header.Get(webhook.IdempotencyHeader)]++
		r.bodies = append(r.bodies, string(body))
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

// testClock is an injected clock the test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.t) {
		c.t = t
	}
}

// counter is another notifier (a stand-in for Slack) counting deliveries.
type counter struct {
	name string
	mu   sync.Mutex
	got  map[string]int
}

func (c *counter) Name() string { return c.name }
func (c *counter) Notify(_ context.Context, ev bot.Event) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.got == nil {
		c.got = map[string]int{}
	}
	c.got[ev.ID]++
	return nil
}

// runUntil drains the outbox, then moves the clock to the next due entry,
// until the clock reaches end; it returns the number of rounds.
func runUntil(t *testing.T, ctx context.Context, d *dispatch.Dispatcher, st bot.Outbox, c *testClock, end time.Time) int {
	t.Helper()
	rounds := 0
	for {
		if err := d.Drain(ctx); err != nil {
			t.Fatal(err)
		}
		rounds++
		evs, err := st.Events(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		next := end
		for _, ev := range evs {
			if ev.NotBefore.Before(next) {
				next = ev.NotBefore
			}
		}
		if len(evs) == 0 || !c.now().Before(end) {
			return rounds
		}
		c.set(next)
		if rounds > 10000 {
			t.Fatal("no progress")
		}
	}
}

// outboxStores are the backends the delivery tests run on: the split per
// notifier relies only on the outbox contract every store passes.
func outboxStores(t *testing.T, now func() time.Time) map[string]bot.Outbox {
	t.Helper()
	f, err := file.Open(filepath.Join(t.TempDir(), "cepbot.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	out := map[string]bot.Outbox{"memory": memory.New(now), "file": f}
	if os.Getenv("CEPBOT_REDIS_URL") != "" || hasRedisServer() {
		r, err := redis.Open(t.Context(), redistest.URL(t), redis.WithPrefix(fmt.Sprintf("h16-webhook-%d", time.Now().UnixNano())))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		out["redis"] = r
	}
	return out
}

func hasRedisServer() bool {
	_, err := exec.LookPath("redis-server")
	return err == nil || os.Getenv("CEPBOT_REQUIRE_REDIS") == "1"
}

func TestReceiverDownSixHoursGetsTheEventOnce(t *testing.T) {
	c0 := &testClock{t: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	for name, st := range outboxStores(t, c0.now) {
		t.Run(name, func(t *testing.T) { receiverDownSixHours(t, st) })
	}
}

func receiverDownSixHours(t *testing.T, st bot.Outbox) {
	ctx := t.Context()
	rcv := newReceiver(t)
	c := &testClock{t: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	n := webhook.New(testDir(rcv.srv.URL), webhook.WithClock(time.Now))
	slackish := &counter{name: "slack"}
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now,
		Route: func(ev bot.Event) []bot.Notifier {
			out := []bot.Notifier{slackish}
			if w, ok := n.Route(ev); ok {
				out = append(out, w)
			}
			return out
		}})
	ev := event("CEP-ABCDEFGH:handoff.booked:0", false)
	ev.Created = c.now()
	if err := st.Append(ctx, ev); err != nil {
		t.Fatal(err)
	}
	start := c.now()
	runUntil(t, ctx, d, st, c, start.Add(6*time.Hour))
	rcv.mu.Lock()
	failures := rcv.attempts
	rcv.mu.Unlock()
	if dead, _ := st.Events(ctx, true); len(dead) != 0 {
		t.Fatalf("dead-lettered within 6 hours: %+v", dead)
	}
	rcv.up.Store(true)
	runUntil(t, ctx, d, st, c, start.Add(7*time.Hour))
	rcv.mu.Lock()
	defer rcv.mu.Unlock()
	if len(rcv.seen) != 1 || rcv.seen[ev.ID] != 1 {
		t.Fatalf("receiver got %v, want the event once under its key", rcv.seen)
	}
	if got := slackish.got[ev.ID]; got != 1 || len(slackish.got) != 1 {
		t.Fatalf("the other notifier got %v, want the event once", slackish.got)
	}
	if pending, _ := st.Events(ctx, false); len(pending) != 0 {
		t.Fatalf("still pending: %+v", pending)
	}
	// 2 s doubling to the 15 min cap, minus up to a quarter of jitter: at
	// least 24 tries in 6 hours, and never more often than the schedule.
	if failures < 24 || failures > 60 {
		t.Fatalf("%d failed tries in 6 hours: outside the schedule", failures)
	}
	t.Logf("%d failed tries in 6 h, then delivered once", failures)
}

// metricsRec records the dispatcher's outcomes per notifier.
type metricsRec struct {
	mu                       sync.Mutex
	delivered, retried, dead map[string]int
}

func (m *metricsRec) add(mp *map[string]int, n string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if *mp == nil {
		*mp = map[string]int{}
	}
	(*mp)[n]++
}
func (m *metricsRec) Delivered(n, _ string) { m.add(&m.delivered, n) }
func (m *metricsRec) Retried(n, _ string)   { m.add(&m.retried, n) }
func (m *metricsRec) Dead(n, _ string)      { m.add(&m.dead, n) }
func (m *metricsRec) Lag(time.Duration)     {}

func TestFailingWebhookDoesNotRepeatOtherNotifiers(t *testing.T) {
	ctx := t.Context()
	rcv := newReceiver(t) // down for good
	c := &testClock{t: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	st := memory.New(c.now)
	n := webhook.New(testDir(rcv.srv.URL))
	slackish, logish := &counter{name: "slack"}, &counter{name: "log"}
	m := &metricsRec{}
	d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now, Metrics: m, Horizon: 2 * time.Hour,
		Route: func(ev bot.Event) []bot.Notifier {
			w, _ := n.Route(ev)
			return []bot.Notifier{logish, w, slackish}
		}})
	ev := event("CEP-ABCDEFGH:handoff.booked:0", false)
	ev.Created = c.now()
	if err := st.Append(ctx, ev); err != nil {
		t.Fatal(err)
	}
	runUntil(t, ctx, d, st, c, c.now().Add(3*time.Hour))
	if slackish.got[ev.ID] != 1 || logish.got[ev.ID] != 1 {
		t.Fatalf("slack %v, log %v: want one delivery each", slackish.got, logish.got)
	}
	if m.delivered["slack"] != 1 || m.delivered["log"] != 1 || m.delivered["webhook:op1"] != 0 {
		t.Fatalf("delivered metrics %v", m.delivered)
	}
	if m.dead["webhook:op1"] != 1 || len(m.dead) != 1 || m.retried["webhook:op1"] < 10 || len(m.retried) != 1 {
		t.Fatalf("dead %v retried %v: want the webhook alone", m.dead, m.retried)
	}
	dead, _ := st.Events(ctx, true)
	if len(dead) != 1 || dead[0].Notifier != "webhook:op1" || dead[0].IdempotencyKey() != ev.ID || dead[0].LastError == "" {
		t.Fatalf("dead letters %+v", dead)
	}
	stats, err := dispatch.Stats(ctx, st, c.now())
	if err != nil || len(stats) != 1 || stats[0].Notifier != "webhook:op1" || stats[0].Dead != 1 || stats[0].Pending != 0 {
		t.Fatalf("stats %+v %v", stats, err)
	}

	// Replayed by hand once the receiver is back: delivered once, under the
	// same idempotency key, and to the webhook only.
	rcv.up.Store(true)
	ids, err := dispatch.Replay(ctx, st, dead, "", c.now())
	if err != nil || len(ids) != 1 || ids[0] != ev.ID+"/webhook:op1#2" {
		t.Fatalf("replay %v %v", ids, err)
	}
	runUntil(t, ctx, d, st, c, c.now().Add(time.Hour))
	if rcv.seen[ev.ID] != 1 || slackish.got[ev.ID] != 1 {
		t.Fatalf("after replay: webhook %v, slack %v", rcv.seen, slackish.got)
	}
	if left, _ := st.Events(ctx, true); len(left) != 0 {
		t.Fatalf("dead letters left after replay: %+v", left)
	}
}

func TestErasureReachesTheReceiver(t *testing.T) {
	const (
		contact = "visiteur@example.org"
		request = "Je suis infirmière et je veux devenir développeuse web"
		fact    = "infirmiere-liberale"
	)
	for _, tc := range []struct {
		name    string
		upFirst bool // the receiver got the booking before the erasure
	}{{"delivered before", true}, {"pending when erased", false}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := t.Context()
			rcv := newReceiver(t)
			rcv.up.Store(tc.upFirst)
			c := &testClock{t: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
			st := memory.New(c.now)
			dir := testDir(rcv.srv.URL)
			n := webhook.New(dir)
			svc := booking.New(st, dir, booking.WithClock(c.now))
			d := dispatch.New(dispatch.Config{Outbox: st, Now: c.now,
				Route: func(ev bot.Event) []bot.Notifier {
					if w, ok := n.Route(ev); ok {
						return []bot.Notifier{w}
					}
					return nil
				}})
			start := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
			b, err := svc.Book(ctx, booking.Request{Ref: "CEP-ERASE234", Visitor: "v-erase", Channel: "telegram",
				Conversation: "777", OperatorKind: "apec", Modality: "telephone", Contact: contact,
				Slot: agenda.Slot{AgencyID: "ag1", AdvisorID: "adv1", Start: start, End: start.Add(45 * time.Minute)},
				Handoff: bot.Handoff{Request: request, Facts: map[string]string{"statut": fact}, Reasons: []string{"cadre"},
					ConsentAt: c.now()}})
			if err != nil {
				t.Fatal(err)
			}
			runUntil(t, ctx, d, st, c, c.now().Add(time.Minute))
			rcv.mu.Lock()
			before := len(rcv.bodies)
			rcv.mu.Unlock()
			if tc.upFirst && (before != 1 || !strings.Contains(rcv.bodies[0], contact)) {
				t.Fatalf("the booking was not delivered with its contact before erasure: %v", rcv.bodies)
			}
			if _, err := svc.Erase(ctx, "v-erase"); err != nil {
				t.Fatal(err)
			}
			rcv.up.Store(true)
			runUntil(t, ctx, d, st, c, c.now().Add(time.Hour))
			rcv.mu.Lock()
			defer rcv.mu.Unlock()
			after := rcv.bodies[before:]
			types := map[string]int{}
			for _, body := range after {
				for _, secretWord := range []string{contact, "infirmière", "developpeuse", "développeuse", fact, "cadre", "777"} {
					if strings.Contains(body, secretWord) {
						t.Errorf("a payload sent after erasure contains %q: %s", secretWord, body)
					}
				}
				var p webhook.Payload
				if err := json.Unmarshal([]byte(body), &p); err != nil {
					t.Fatal(err)
				}
				types[p.Type]++
				if p.Booking.Visitor != "v-erase" || p.Reference != b.Ref {
					t.Errorf("%s: visitor %q reference %q: the receiver cannot match what to erase", p.Type, p.Booking.Visitor, p.Reference)
				}
			}
			var last webhook.Payload
			if len(after) > 0 {
				_ = json.Unmarshal([]byte(after[len(after)-1]), &last)
			}
			if last.Type != bot.EventErased {
				t.Errorf("the last payload is %q, want visitor.erased after everything else", last.Type)
			}
			want := map[string]int{bot.EventCancelled: 1, bot.EventErased: 1}
			if !tc.upFirst {
				want[bot.EventBooked] = 1 // still delivered, redacted
			}
			for typ, n := range want {
				if types[typ] != n {
					t.Errorf("after erasure got %v, want %v", types, want)
				}
			}
			if len(types) != len(want) {
				t.Errorf("after erasure got %v, want %v", types, want)
			}
		})
	}
}
