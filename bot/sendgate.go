package bot

import (
	"context"
	"sync"
)

// Sends in flight
//
// A reply accepted by the platform but not yet marked sent in the store is
// sent again after a crash: the platforms have no idempotent send. To keep
// that to at most one reply per crash, the engine lets a bounded number of
// replies (Config.SendsInFlight, default 1) be between "handed to the
// platform" and "marked sent" at once. The slot is taken by the adapter
// itself, through Sending, right before its platform call and after its own
// pacing (a rate limit wait does not hold the slot), and given back by the
// engine once the mark is written.

type sendTicketKey struct{}

// sendTicket is one reply's claim on an in-flight slot, taken at most once
// however many platform calls the reply needs (parts, attachments).
type sendTicket struct {
	gate chan struct{}
	mu   sync.Mutex
	held bool
}

// Sending is called by an adapter right before each platform call that
// delivers a message. When ctx carries an engine's send ticket it waits for
// an in-flight slot (kept until the engine marked the reply sent); otherwise
// it returns at once. An error is ctx's.
func Sending(ctx context.Context) error {
	t, _ := ctx.Value(sendTicketKey{}).(*sendTicket)
	if t == nil || t.gate == nil {
		return nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.held {
		return nil
	}
	select {
	case t.gate <- struct{}{}:
		t.held = true
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (t *sendTicket) release() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.held {
		<-t.gate
		t.held = false
	}
}

// ticket returns a context carrying a fresh send ticket for one reply.
func (e *Engine) ticket(ctx context.Context) (context.Context, *sendTicket) {
	t := &sendTicket{gate: e.inFlight}
	return context.WithValue(ctx, sendTicketKey{}, t), t
}
