package slack

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
)

// Inbox is where the adapter stores what Slack sends before acknowledging
// it (bot.InboxRunner): Submit returns nil once the item is durable.
type Inbox interface {
	Submit(ctx context.Context, e bot.InboxEntry) error
}

// WithInbox makes events and interactions (HTTP and Socket Mode) go through
// the durable inbox: stored before Slack gets its 200 or its ack, run later
// by ProcessEntry (registered with the inbox runner under Channel). A store
// that cannot take an item makes the HTTP endpoint answer 503 (Slack
// retries) and leaves a Socket Mode envelope unacknowledged (Slack sends it
// again). Slash commands are answered by their own (synchronous) work.
func WithInbox(q Inbox) Option { return func(o *options) { o.inbox = q } }

// Kinds of stored items: the first byte of InboxEntry.Data, then the body
// as Slack sent it (events: the JSON envelope; interactions: the form).
const (
	kindEvent       = 'e'
	kindInteraction = 'i'
)

// eventChat and interactionChat are the ordering keys of stored items: the
// conversation (or thread) they belong to.
func eventChat(env envelope) string {
	if env.Event.ThreadTS != "" && env.Event.ThreadTS != env.Event.TS {
		return env.Event.Channel + ":" + env.Event.ThreadTS
	}
	return env.Event.Channel
}

func interactionChat(cb slackapi.InteractionCallback) string {
	if cb.Container.ChannelID != "" {
		return cb.Container.ChannelID
	}
	return cb.Channel.ID
}

// submit stores one item.
func (a *Adapter) submit(ctx context.Context, kind byte, chat string, body []byte) error {
	data := make([]byte, 0, len(body)+1)
	data = append(append(data, kind), body...)
	return a.o.inbox.Submit(ctx, bot.InboxEntry{Channel: Channel, Chat: chat, Received: time.Now(), Data: data})
}

// store answers an HTTP item once it is stored: 200, or 503 so that Slack
// delivers it again.
func (a *Adapter) store(w http.ResponseWriter, r *http.Request, kind byte, chat string, body []byte) {
	if err := a.submit(r.Context(), kind, chat, body); err != nil {
		a.o.logger.Warn("slack: storing a request failed; Slack will send it again", "err", err)
		busy(w)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// ProcessEntry runs one stored item through the adapter's workers and
// returns once the work it queued is done (the inbox then removes it). An
// item the workers could not take (not running) returns an error wrapping
// bot.ErrTransient, to be tried again.
func (a *Adapter) ProcessEntry(ctx context.Context, e bot.InboxEntry) error {
	if len(e.Data) == 0 {
		return nil
	}
	t := &tracker{retry: bot.InboxRetried(ctx)}
	tctx := context.WithValue(ctx, trackerKey{}, t)
	body := e.Data[1:]
	ok := true
	switch e.Data[0] {
	case kindEvent:
		env, err := decodeEnvelope(body)
		if err != nil || env.Type != "event_callback" {
			return nil
		}
		ok = a.acceptEvent(tctx, env, true)
	case kindInteraction:
		cb, err := ParseInteraction(body)
		if err != nil {
			return nil
		}
		ok = a.acceptInteraction(tctx, cb, true)
	default:
		return nil
	}
	if !ok {
		return fmt.Errorf("slack: the workers are not running: %w", bot.ErrTransient)
	}
	done := make(chan struct{})
	go func() { t.wg.Wait(); close(done) }()
	select {
	case <-done:
		if err := t.failed(); err != nil {
			return fmt.Errorf("slack: kept in the inbox to run again: %w", err)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type trackerKey struct{}

// tracker counts the work items queued for one inbox entry and keeps the
// first retryable failure among them: the entry then stays in the inbox
// and runs again, in order.
type tracker struct {
	wg    sync.WaitGroup
	retry bool // the entry's context is an inbox retry (bot.InboxRetried)

	mu  sync.Mutex
	err error
}

func trackerFrom(ctx context.Context) *tracker {
	t, _ := ctx.Value(trackerKey{}).(*tracker)
	return t
}

// wrap runs fn with the tracker (and the inbox's retry mark) in its
// context, and counts it done when it returns.
func (t *tracker) wrap(fn func(context.Context)) func(context.Context) {
	t.wg.Add(1)
	return func(ctx context.Context) {
		defer t.wg.Done()
		ctx = context.WithValue(ctx, trackerKey{}, t)
		if t.retry {
			ctx = bot.WithInboxRetry(ctx)
		}
		fn(ctx)
	}
}

func (t *tracker) fail(err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.err == nil {
		t.err = err
	}
}

func (t *tracker) failed() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

// retryLater reports a work item's failure. When it may go away (the store
// down) and the item comes from the inbox, its claim is forgotten and the
// entry kept, so that it runs again; it reports whether it will.
func (a *Adapter) retryLater(ctx context.Context, claimKey string, err error) bool {
	t := trackerFrom(ctx)
	if err == nil || t == nil || !bot.Retryable(err) {
		return false
	}
	if claimKey != "" {
		a.unclaim(ctx, claimKey)
	}
	t.fail(err)
	return true
}

// unclaim forgets a claim (this process, then the shared Claimer when it
// can), so that the retry of the work is not taken for a duplicate.
func (a *Adapter) unclaim(ctx context.Context, key string) {
	a.local.forget(key)
	u, ok := a.o.claimer.(bot.Unclaimer)
	if !ok {
		return
	}
	uctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := u.Unclaim(uctx, key); err != nil {
		// The claim expires with its TTL; until then the retry is taken
		// for a duplicate and the entry is kept anyway.
		a.o.logger.Warn("slack: forgetting a claim failed", "key", key, "err", err)
	}
}
