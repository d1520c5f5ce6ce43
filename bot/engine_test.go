package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

// counter is a dialogue that appends each text to a session variable, so the
// final value shows which turns ran, and in which order.
type counter struct{ fail error }

func (c counter) Step(_ context.Context, s *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
	if c.fail != nil {
		return nil, c.fail
	}
	s.Set("log", s.Get("log")+in.Text+",")
	n, _ := strconv.Atoi(s.Get("n"))
	s.Set("n", strconv.Itoa(n+1))
	return []bot.Reply{{Text: "ok " + in.Text}}, nil
}

var texts = bot.EngineTexts{Internal: "interne", Unavailable: "indisponible"}

func session(t *testing.T, st bot.SessionStore, key string) *bot.Session {
	t.Helper()
	data, v, err := st.LoadSession(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	s, err := bot.DecodeSession(key, v, data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDuplicateUpdateProcessedOnce(t *testing.T) {
	st := memory.New(nil)
	e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	in := bot.Inbound{Channel: "telegram", Conversation: "42", UpdateID: "1001", Text: "a"}
	for i := range 3 {
		replies, err := e.Turn(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{true: 1, false: 0}[i == 0]; len(replies) != want {
			t.Fatalf("delivery %d: %d replies, want %d", i+1, len(replies), want)
		}
	}
	if got := session(t, st, "telegram:42").Get("n"); got != "1" {
		t.Fatalf("processed %s times, want 1", got)
	}
}

func TestTurnsOfOneConversationAreSerialised(t *testing.T) {
	st := memory.New(nil)
	e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			in := bot.Inbound{Channel: "c", Conversation: fmt.Sprint(i % 4), UpdateID: fmt.Sprint("u", i), Text: "x"}
			if _, err := e.Turn(context.Background(), in); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for c := range 4 {
		if got := session(t, st, fmt.Sprintf("c:%d", c)).Get("n"); got != "50" {
			t.Fatalf("conversation %d: %s turns recorded, want 50 (lost update)", c, got)
		}
	}
}

// Two engines (two replicas) sharing one store both receive every update of
// a conversation: each update runs once, in order, and none is lost — the
// version check makes the loser of a race reload and see the update done.
func TestReplicasProcessEachUpdateOnceInOrder(t *testing.T) {
	st := memory.New(nil)
	a := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	b := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	const updates = 300
	var wg sync.WaitGroup
	for _, e := range []*bot.Engine{a, b} {
		wg.Go(func() {
			for i := range updates {
				in := bot.Inbound{Channel: "c", Conversation: "1", UpdateID: fmt.Sprint(1000 + i), Text: fmt.Sprint(i)}
				if _, err := e.Turn(context.Background(), in); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	s := session(t, st, "c:1")
	if got := s.Get("n"); got != fmt.Sprint(updates) {
		t.Fatalf("%s turns recorded, want %d (each update once, none lost)", got, updates)
	}
	var want strings.Builder
	for i := range updates {
		fmt.Fprintf(&want, "%d,", i)
	}
	if s.Get("log") != want.String() {
		t.Fatalf("updates processed out of order: %s", s.Get("log"))
	}
}

func TestErrorsAreAnsweredPolitely(t *testing.T) {
	cases := []struct {
		name    string
		err     error
		want    string
		wantErr bool
	}{
		{"a visitor error is said as written", bot.Tell("Merci de réessayer.", errors.New("bad input")), "Merci de réessayer.", false},
		{"an unexpected error gets the generic apology", errors.New("boom"), "interne", true},
		{"an unreachable store asks to retry in a moment", fmt.Errorf("load: %w", bot.ErrUnavailable), "indisponible", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := bot.NewEngine(bot.Config{Store: memory.New(nil), Dialog: counter{fail: c.err}, Texts: texts})
			replies, err := e.Turn(context.Background(), bot.Inbound{Channel: "c", Conversation: "1", Text: "x"})
			if (err != nil) != c.wantErr {
				t.Fatalf("error = %v, want error: %v", err, c.wantErr)
			}
			if len(replies) != 1 || replies[0].Text != c.want {
				t.Fatalf("replies = %+v, want %q", replies, c.want)
			}
		})
	}
}

func TestSessionKeepsFewUpdateIDs(t *testing.T) {
	s := &bot.Session{}
	for i := range 100 {
		s.MarkSeen(strconv.Itoa(i))
	}
	if !s.HasSeen("99") || len(s.Seen) > 24 {
		t.Fatalf("seen = %v", s.Seen)
	}
	if !s.HasSeen("10") {
		t.Fatal("a numeric id older than every remembered one is a late redelivery")
	}
	if s.HasSeen("100") || s.HasSeen("ev10") {
		t.Fatal("a newer id, or a non-numeric id not remembered, is new")
	}
}

type reprompting struct{ counter }

func (reprompting) Reprompt(s *bot.Session) []bot.Reply { return []bot.Reply{{Text: "question again"}} }

// The last update delivered again long after it was processed may have lost
// its answer: the current question is repeated. A duplicate in flight, or an
// older update, is dropped silently.
func TestLateRedeliveryRepeatsTheQuestion(t *testing.T) {
	st := memory.New(nil)
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	e := bot.NewEngine(bot.Config{Store: st, Dialog: reprompting{}, Texts: texts, Now: func() time.Time { return now }})
	ctx := context.Background()
	first := bot.Inbound{Channel: "c", Conversation: "1", UpdateID: "10", Text: "a"}
	second := bot.Inbound{Channel: "c", Conversation: "1", UpdateID: "11", Text: "b"}
	for _, in := range []bot.Inbound{first, second} {
		if _, err := e.Turn(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	if r, _ := e.Turn(ctx, second); len(r) != 0 {
		t.Fatalf("duplicate in flight answered: %+v", r)
	}
	now = now.Add(time.Minute)
	if r, _ := e.Turn(ctx, first); len(r) != 0 {
		t.Fatalf("older update answered: %+v", r)
	}
	r, _ := e.Turn(ctx, second)
	if len(r) != 1 || r[0].Text != "question again" {
		t.Fatalf("late redelivery of the last update: %+v", r)
	}
	if got := session(t, st, "c:1").Get("n"); got != "2" {
		t.Fatalf("processed %s times, want 2", got)
	}
}

// With MaxConcurrentTurns, no more turns run at once than allowed, and a
// waiting turn whose context ends gets the "unavailable" answer.
func TestMaxConcurrentTurns(t *testing.T) {
	var running, peak atomic.Int32
	slow := bot.NewEngine(bot.Config{Store: memory.New(nil), Texts: texts, MaxConcurrentTurns: 2,
		Dialog: dialogFunc(func(context.Context, *bot.Session, bot.Inbound) ([]bot.Reply, error) {
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(5 * time.Millisecond)
			running.Add(-1)
			return nil, nil
		})})
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() {
			if _, err := slow.Turn(context.Background(), bot.Inbound{Channel: "c", Conversation: fmt.Sprint(i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if peak.Load() > 2 {
		t.Fatalf("%d turns ran at once, want at most 2", peak.Load())
	}
}

type dialogFunc func(context.Context, *bot.Session, bot.Inbound) ([]bot.Reply, error)

func (f dialogFunc) Step(ctx context.Context, s *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
	return f(ctx, s, in)
}
