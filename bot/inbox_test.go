package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

// recorder is an inbox processor that records what it ran, per chat.
type recorder struct {
	mu   sync.Mutex
	runs map[string][]int64
	fail map[int64]error // returned once for that seq
}

func (r *recorder) process(_ context.Context, e bot.InboxEntry) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.fail[e.Seq]; err != nil {
		delete(r.fail, e.Seq)
		return err
	}
	if r.runs == nil {
		r.runs = map[string][]int64{}
	}
	r.runs[e.Chat] = append(r.runs[e.Chat], e.Seq)
	return nil
}

func (r *recorder) total() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, xs := range r.runs {
		n += len(xs)
	}
	return n
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func startRunner(t *testing.T, cfg bot.InboxConfig, rec *recorder) (*bot.InboxRunner, func()) {
	r := bot.NewInboxRunner(cfg)
	r.Register("telegram", rec.process)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = r.Run(ctx); close(done) }()
	stop := func() { cancel(); <-done }
	t.Cleanup(stop)
	return r, stop
}

// Updates of one chat that arrive out of order within the window run in
// update-id order; chats do not wait for each other.
func TestInboxRunsEachChatInUpdateOrder(t *testing.T) {
	st := memory.New(nil)
	rec := &recorder{}
	r, _ := startRunner(t, bot.InboxConfig{Inbox: st, Consumer: "a", Window: 300 * time.Millisecond, Poll: 5 * time.Millisecond}, rec)
	ctx := context.Background()
	arrivals := map[string][]int64{"1": {13, 11, 12, 14}, "2": {22, 21}, "3": {31}}
	for chat, seqs := range arrivals {
		for _, q := range seqs {
			if err := r.Submit(ctx, bot.InboxEntry{Channel: "telegram", Chat: chat, Seq: q, Data: []byte("x")}); err != nil {
				t.Fatal(err)
			}
		}
	}
	waitUntil(t, func() bool { return rec.total() == 7 })
	want := map[string]string{"1": "[11 12 13 14]", "2": "[21 22]", "3": "[31]"}
	for chat, w := range want {
		if got := fmt.Sprint(rec.runs[chat]); got != w {
			t.Errorf("chat %s ran %s, want %s", chat, got, w)
		}
	}
	waitUntil(t, func() bool { n, _ := st.InboxLen(ctx); return n == 0 })
}

// A store failure while processing is retried, in order, until it works;
// a failure for good drops the entry; both leave the inbox empty.
func TestInboxRetriesTransientFailures(t *testing.T) {
	st := memory.New(nil)
	rec := &recorder{fail: map[int64]error{
		1: fmt.Errorf("loading: %w", bot.ErrUnavailable),
		3: errors.New("undecodable"),
	}}
	r, _ := startRunner(t, bot.InboxConfig{Inbox: st, Consumer: "a", Poll: 5 * time.Millisecond}, rec)
	for q := range int64(4) {
		if err := r.Submit(context.Background(), bot.InboxEntry{Channel: "telegram", Chat: "9", Seq: q + 1}); err != nil {
			t.Fatal(err)
		}
	}
	waitUntil(t, func() bool { n, _ := st.InboxLen(context.Background()); return n == 0 })
	if got := fmt.Sprint(rec.runs["9"]); got != "[1 2 4]" {
		t.Fatalf("ran %s, want [1 2 4] (1 retried first, 3 dropped)", got)
	}
}

// A stop leaves the entries not started in the inbox; the next run (same
// store, as after a restart) processes them, each once.
func TestInboxStopLeavesTheRestForTheNextRun(t *testing.T) {
	st := memory.New(nil)
	ctx := context.Background()
	block := make(chan struct{})
	var ran sync.Map
	slow := bot.NewInboxRunner(bot.InboxConfig{Inbox: st, Consumer: "a", Poll: 5 * time.Millisecond, Workers: 1})
	started := make(chan struct{}, 100)
	slow.Register("telegram", func(_ context.Context, e bot.InboxEntry) error {
		started <- struct{}{}
		<-block
		ran.Store(e.Seq, true)
		return nil
	})
	for q := range int64(20) {
		if err := st.Enqueue(ctx, bot.InboxEntry{Channel: "telegram", Chat: strconv.FormatInt(q, 10), Seq: q}); err != nil {
			t.Fatal(err)
		}
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = slow.Run(rctx); close(done) }()
	<-started
	cancel()
	close(block) // the running entry finishes; the others are not started
	<-done
	left, _ := st.InboxLen(ctx)
	n := 0
	ran.Range(func(any, any) bool { n++; return true })
	if n != 1 || left != 19 {
		t.Fatalf("after the stop: %d ran, %d left in the inbox; want 1 and 19", n, left)
	}
	rec := &recorder{}
	startRunner(t, bot.InboxConfig{Inbox: st, Consumer: "a", Poll: 5 * time.Millisecond}, rec) // restarted: takes back its own
	waitUntil(t, func() bool { return rec.total() == 19 })
}

// capture is an adapter that records replies and can fail.
type capture struct {
	mu      sync.Mutex
	sent    []string
	failing error
}

func (c *capture) Channel() string                        { return "telegram" }
func (c *capture) Run(context.Context, bot.Handler) error { return nil }
func (c *capture) texts() string                          { c.mu.Lock(); defer c.mu.Unlock(); return fmt.Sprint(c.sent) }
func (c *capture) setFailing(err error)                   { c.mu.Lock(); c.failing = err; c.mu.Unlock() }
func (c *capture) Send(_ context.Context, _ bot.Address, r bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failing != nil {
		return c.failing
	}
	c.sent = append(c.sent, r.Text)
	return nil
}

// flaky fails the nth SaveSession (1-based) without writing it, as a
// process killed before the write would.
type flaky struct {
	*memory.Store
	mu    sync.Mutex
	n, at int
}

func (f *flaky) SaveSession(ctx context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error) {
	f.mu.Lock()
	f.n++
	hit := f.n == f.at
	f.mu.Unlock()
	if hit {
		return 0, fmt.Errorf("saving: %w", bot.ErrTransient)
	}
	return f.Store.SaveSession(ctx, key, data, version, ttl)
}

// Replies are saved with the turn: a channel down when they are due keeps
// them in the session, and they go out first at the next update.
func TestRepliesSurviveAFailedSend(t *testing.T) {
	st := memory.New(nil)
	out := &capture{}
	e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	e.Attach(out)
	ctx := context.Background()
	out.setFailing(fmt.Errorf("telegram down: %w", bot.ErrTransient))
	if err := e.Handle(ctx, bot.Inbound{Channel: "telegram", Conversation: "5", UpdateID: "1", Text: "a"}); err == nil {
		t.Fatal("a failed send must be reported (the inbox keeps the update)")
	}
	if s := session(t, st, "telegram:5"); len(s.Out) != 1 || s.OutFor != "1" {
		t.Fatalf("pending replies = %+v for %q, want the turn's reply", s.Out, s.OutFor)
	}
	out.setFailing(nil)
	// The same update again (the inbox retrying): the saved reply is sent,
	// the turn does not run twice.
	if err := e.Handle(ctx, bot.Inbound{Channel: "telegram", Conversation: "5", UpdateID: "1", Text: "a"}); err != nil {
		t.Fatal(err)
	}
	if err := e.Handle(ctx, bot.Inbound{Channel: "telegram", Conversation: "5", UpdateID: "2", Text: "b"}); err != nil {
		t.Fatal(err)
	}
	if got := out.texts(); got != "[ok a ok b]" {
		t.Fatalf("sent %s, want [ok a ok b]", got)
	}
	s := session(t, st, "telegram:5")
	if s.Get("n") != "2" || len(s.Out) != 0 {
		t.Fatalf("turns %s, pending %d; want 2 and 0", s.Get("n"), len(s.Out))
	}
	if sent, err := e.Flush(ctx, bot.Address{Channel: "telegram", Conversation: "5"}); sent || err != nil {
		t.Fatalf("Flush with nothing pending: %v, %v", sent, err)
	}
}

// The mark "sent" lost (the store fails after the replies went out): the
// replies are sent once more at the next run, never lost — the documented
// at-least-once.
func TestRepliesSentAgainWhenTheMarkIsLost(t *testing.T) {
	st := &flaky{Store: memory.New(nil), at: 2} // the 2nd save is the mark
	out := &capture{}
	e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	e.Attach(out)
	ctx := context.Background()
	in := bot.Inbound{Channel: "telegram", Conversation: "6", UpdateID: "1", Text: "a"}
	_ = e.Handle(ctx, in)
	if err := e.Handle(ctx, in); err != nil {
		t.Fatal(err)
	}
	if got := out.texts(); got != "[ok a ok a]" {
		t.Fatalf("sent %s, want the reply twice (at least once)", got)
	}
	if s := session(t, st, "telegram:6"); s.Get("n") != "1" || len(s.Out) != 0 {
		t.Fatalf("turns %s, pending %d; want 1 and 0", s.Get("n"), len(s.Out))
	}
}

// A message that shows nothing reaches the dialogue as an empty text.
func TestInvisibleMessageIsEmpty(t *testing.T) {
	var got []string
	e := bot.NewEngine(bot.Config{Store: memory.New(nil), Texts: texts,
		Dialog: dialogFunc(func(_ context.Context, _ *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
			got = append(got, in.Text)
			return nil, nil
		})})
	for i, text := range []string{"\u200b\u200b", " \u2800\u3164\ufe0f\u202e\t", "\u200bb", "a"} {
		if err := e.Handle(context.Background(), bot.Inbound{Channel: "c", Conversation: "1", UpdateID: fmt.Sprint(i), Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	if fmt.Sprintf("%q", got) != `["" "" "\u200bb" "a"]` {
		t.Fatalf("texts seen by the dialogue: %q", got)
	}
}

// An update that names no conversation creates no session.
func TestUpdateWithoutConversationIsRefused(t *testing.T) {
	st := memory.New(nil)
	e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	if err := e.Handle(context.Background(), bot.Inbound{Channel: "telegram", UpdateID: "1", Text: "a"}); err == nil {
		t.Fatal("accepted")
	}
	if _, err := e.Turn(context.Background(), bot.Inbound{Channel: "telegram", UpdateID: "1", Text: "a"}); err == nil {
		t.Fatal("accepted by Turn")
	}
	if _, _, err := st.LoadSession(context.Background(), "telegram:"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("a session was created: %v", err)
	}
}

// Replies another replica saved are left to it while it may still be
// sending them (repeating them would duplicate them); a restart of that
// same replica sends them at once.
func TestPendingRepliesOfAnotherReplica(t *testing.T) {
	st := memory.New(nil)
	ctx := context.Background()
	engine := func(replica string) (*bot.Engine, *capture) {
		out := &capture{}
		e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts, Replica: replica})
		e.Attach(out)
		return e, out
	}
	a, outA := engine("a")
	outA.setFailing(fmt.Errorf("telegram down: %w", bot.ErrTransient))
	first := bot.Inbound{Channel: "telegram", Conversation: "8", UpdateID: "1", Text: "x"}
	_ = a.Handle(ctx, first) // saved with its reply, not sent

	b, outB := engine("b")
	if err := b.Handle(ctx, first); err != nil {
		t.Fatalf("the same update on another replica: %v", err)
	}
	err := b.Handle(ctx, bot.Inbound{Channel: "telegram", Conversation: "8", UpdateID: "2", Text: "y"})
	// Busy: from the inbox it is simply run again later; outside of it
	// the visitor is asked to try again.
	if !errors.Is(err, bot.ErrTransient) || outB.texts() != "[indisponible]" {
		t.Fatalf("a new update on another replica: %v, sent %s; want busy", err, outB.texts())
	}
	restarted, outA2 := engine("a")
	if err := restarted.Handle(ctx, first); err != nil {
		t.Fatal(err)
	}
	if outA2.texts() != "[ok x]" {
		t.Fatalf("after the restart of replica a: sent %s, want [ok x]", outA2.texts())
	}
	if s := session(t, st, "telegram:8"); s.Get("n") != "1" || len(s.Out) != 0 {
		t.Fatalf("turns %s, pending %d", s.Get("n"), len(s.Out))
	}
}
