package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

// threeReplies answers every update with three replies.
type threeReplies struct{}

func (threeReplies) Step(_ context.Context, s *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
	return []bot.Reply{{Text: "a" + in.UpdateID}, {Text: "b" + in.UpdateID}, {Text: "c" + in.UpdateID}}, nil
}

// gated is an adapter that takes its in-flight slot as the Telegram adapter
// does and checks, at every send, that the reply sent before (by any
// conversation) is no longer pending in the store: at most one reply is
// ever sent and not yet marked sent.
type gated struct {
	st         bot.SessionStore
	mu         sync.Mutex
	prev       *bot.Address
	prevText   string
	sent       map[string][]string
	violations []string
}

func (g *gated) Channel() string                        { return "telegram" }
func (g *gated) Run(context.Context, bot.Handler) error { return nil }
func (g *gated) Send(ctx context.Context, to bot.Address, r bot.Reply) error {
	if err := bot.Sending(ctx); err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.prev != nil {
		key := g.prev.Key()
		data, v, err := g.st.LoadSession(ctx, key)
		if err != nil {
			return err
		}
		s, err := bot.DecodeSession(key, v, data)
		if err != nil {
			return err
		}
		if slices.ContainsFunc(s.Out, func(p bot.Reply) bool { return p.Text == g.prevText }) {
			g.violations = append(g.violations, fmt.Sprintf("%q sent to %s while %q to %s is not marked sent", r.Text, to.Conversation, g.prevText, g.prev.Conversation))
		}
	}
	g.prev, g.prevText = &to, r.Text
	g.sent[to.Conversation] = append(g.sent[to.Conversation], r.Text)
	return nil
}

// Many conversations at once, three replies per turn: every reply is
// marked sent before the next one (of any conversation) is handed to the
// platform, so a crash can repeat at most one reply.
func TestOneReplyInFlight(t *testing.T) {
	st := memory.New(nil)
	g := &gated{st: st, sent: map[string][]string{}}
	e := bot.NewEngine(bot.Config{Store: st, Dialog: threeReplies{}, Texts: texts})
	e.Attach(g)
	var wg sync.WaitGroup
	for c := range 20 {
		wg.Go(func() {
			for u := range 3 {
				in := bot.Inbound{Channel: "telegram", Conversation: strconv.Itoa(100 + c), UpdateID: strconv.Itoa(u + 1), Text: "x"}
				if err := e.Handle(context.Background(), in); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	for _, v := range g.violations {
		t.Error(v)
	}
	for c := range 20 {
		if got := fmt.Sprint(g.sent[strconv.Itoa(100+c)]); got != "[a1 b1 c1 a2 b2 c2 a3 b3 c3]" {
			t.Errorf("conversation %d got %s", 100+c, got)
		}
	}
}

// Replies are marked sent one by one: a mark lost in the middle of a turn
// repeats only the reply it was for, not the replies before it.
func TestOnlyTheReplyInFlightIsRepeated(t *testing.T) {
	st := &flaky{Store: memory.New(nil), at: 3} // 1: the turn, 2: a1 marked, 3: b1's mark lost
	out := &capture{}
	e := bot.NewEngine(bot.Config{Store: st, Dialog: threeReplies{}, Texts: texts})
	e.Attach(out)
	in := bot.Inbound{Channel: "telegram", Conversation: "7", UpdateID: "1", Text: "x"}
	if err := e.Handle(context.Background(), in); err == nil {
		t.Fatal("a lost mark must be reported (the inbox runs the update again)")
	}
	if err := e.Handle(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if got := out.texts(); got != "[a1 b1 b1 c1]" {
		t.Fatalf("sent %s, want [a1 b1 b1 c1] (b1 once more, nothing else)", got)
	}
	if s := session(t, st, "telegram:7"); len(s.Out) != 0 {
		t.Fatalf("%d replies still pending", len(s.Out))
	}
}

// A message sent outside of a turn (a reminder, a relay) is saved before it
// is sent and sent once per id: a retry finds it sent, or still pending
// after a failed send, and sends it exactly once in all.
func TestSendOnceIsDurableAndIdempotent(t *testing.T) {
	st := memory.New(nil)
	out := &capture{}
	e := bot.NewEngine(bot.Config{Store: st, Dialog: counter{}, Texts: texts})
	e.Attach(out)
	ctx := context.Background()
	to := bot.Address{Channel: "telegram", Conversation: "8"}
	for range 2 {
		if err := e.SendOnce(ctx, to, "reminder:BK1:24h", bot.Reply{Text: "rappel"}); err != nil {
			t.Fatal(err)
		}
	}
	out.setFailing(fmt.Errorf("telegram down: %w", bot.ErrTransient))
	if err := e.SendOnce(ctx, to, "slack:C1:171.2", bot.Reply{Text: "Sam : bonjour", HTML: "Sam : <b>bonjour</b>"}); err == nil {
		t.Fatal("a failed send must be reported (the caller retries)")
	}
	if s := session(t, st, to.Key()); len(s.Out) != 1 || s.Out[0].HTML == "" {
		t.Fatalf("pending %+v, want the relayed reply with its HTML", s.Out)
	}
	out.setFailing(nil)
	for range 2 {
		if err := e.SendOnce(ctx, to, "slack:C1:171.2", bot.Reply{Text: "Sam : bonjour"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Handle(ctx, bot.Inbound{Channel: "telegram", Conversation: "8", UpdateID: "1", Text: "a"}); err != nil {
		t.Fatal(err)
	}
	if got := out.texts(); got != "[rappel Sam : bonjour ok a]" {
		t.Fatalf("sent %s, want each message once", got)
	}
}

// Ids of messages sent do not blind the rule that takes an update id older
// than every remembered one for a late redelivery.
func TestSeenKeepsItsOrderRuleWithSentIDs(t *testing.T) {
	s := &bot.Session{}
	for i := range 30 {
		s.MarkSeen(strconv.Itoa(1000 + i))
		if i%5 == 0 {
			s.MarkSeen("out:reminder:BK" + strconv.Itoa(i))
		}
	}
	if !s.HasSeen("1001") {
		t.Fatal("an update id older than every remembered one is a late redelivery")
	}
	if s.HasSeen("2000") {
		t.Fatal("a new update id taken for seen")
	}
}
