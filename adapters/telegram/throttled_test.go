package telegram

import (
	"context"
	"sync"
	"testing"
	"time"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

type reasons struct {
	mu sync.Mutex
	n  map[string]int
}

func (r *reasons) add(reason string) { r.mu.Lock(); r.n[reason]++; r.mu.Unlock() }
func (r *reasons) get(reason string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n[reason]
}

// TestThrottledObserved: a send that waits for the adapter's own limit, and
// one that waits out Telegram's 429, are both reported; a send that does
// not wait is not.
func TestThrottledObserved(t *testing.T) {
	r := &reasons{n: map[string]int{}}
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	lm := newLimiter(Limits{PerChat: 1, PerChatBurst: 1}, r.add)
	lm.now = func() time.Time { return now }
	if err := lm.wait(context.Background(), 42); err != nil {
		t.Fatal(err)
	}
	if got := r.get(ThrottleRateLimit); got != 0 {
		t.Fatalf("a send within the burst counted as throttled (%d)", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // the second send would wait one second: do not actually wait
	_ = lm.wait(ctx, 42)
	if got := r.get(ThrottleRateLimit); got != 1 {
		t.Fatalf("a send held by the per-chat limit counted %d times, want 1", got)
	}

	e := newEnv(t, ModePolling, WithThrottled(r.add))
	e.srv.FailNext("sendMessage", 1, 1)
	if err := e.a.Send(context.Background(), cepbot.Address{Channel: Channel, Conversation: "9"}, cepbot.Reply{Text: "x"}); err != nil {
		t.Fatal(err)
	}
	if got := r.get(ThrottleRetryAfter); got != 1 {
		t.Fatalf("a 429 waited out counted %d times, want 1", got)
	}
}
