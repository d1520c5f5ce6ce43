package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strconv"
	"time"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

// Inbox is where the adapter hands updates over when it has one
// (bot.InboxRunner): Submit returns nil once the update is stored durably,
// and only then is Telegram told it was received.
type Inbox interface {
	Submit(ctx context.Context, e cepbot.InboxEntry) error
}

// WithInbox makes every update (webhook and polling) go through the
// durable inbox: stored before it is acknowledged to Telegram, processed
// later by ProcessEntry (registered with the inbox runner under Channel).
// A store that cannot take it makes the webhook answer 503 (Telegram
// delivers again) and polling leave it unconfirmed.
func WithInbox(q Inbox) Option { return func(o *options) { o.inbox = q } }

// submit stores one classified update in the inbox.
func (a *Adapter) submit(ctx context.Context, raw []byte, id int64, k kind, chat int64) error {
	e := cepbot.InboxEntry{
		Channel: Channel, Chat: strconv.FormatInt(chat, 10), Seq: id, Received: time.Now(), Data: raw,
	}
	return a.o.inbox.Submit(ctx, e)
}

// ProcessEntry runs one update taken from the inbox, with h (the engine).
// An error that may go away (store or Telegram unavailable) is returned for
// the runner to try again; an update that can never be processed returns
// nil after being logged.
func (a *Adapter) ProcessEntry(ctx context.Context, h cepbot.Handler, e cepbot.InboxEntry) (err error) {
	u, derr := decodeUpdate(e.Data)
	if derr != nil {
		a.log.Warn("telegram: undecodable update in the inbox dropped")
		return nil
	}
	k, chat := route(u)
	if k == kindIgnored {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("telegram: panic while processing an update", "update", u.ID,
				"chat", a.pseudo(chat), "panic_type", fmt.Sprintf("%T", p), "stack", string(debug.Stack()))
			err = nil
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, a.o.handlerTimeout)
	defer cancel()
	j := job{u: u, k: k, chat: chat}
	return a.run(ctx, h, j)
}

// pollInbox drives getUpdates with the inbox: a batch is confirmed (the next
// offset) once every update of it is stored, not processed. An update the
// store refuses stops the batch there: it and the later ones come again.
func (a *Adapter) pollInbox(ctx context.Context) error {
	var offset int64
	var backoff time.Duration
	defer func() { a.pendingOffset.Store(offset) }()
	for {
		raw, done, err := a.nextBatch(ctx, offset, &backoff)
		if done || err != nil {
			return err
		}
		if raw == nil {
			continue
		}
		for _, r := range raw {
			var head struct {
				ID int64 `json:"update_id"`
			}
			if json.Unmarshal(r, &head) != nil {
				continue
			}
			if head.ID < offset {
				continue
			}
			u, err := decodeUpdate(r)
			if err != nil {
				a.log.Warn("telegram: undecodable update skipped", "update", head.ID)
				offset = head.ID + 1
				continue
			}
			if k, chat := route(u); k != kindIgnored {
				// Stored even if ctx ends now: Telegram is confirmed only
				// by the next getUpdates, which then includes it.
				sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
				err := a.submit(sctx, r, u.ID, k, chat)
				cancel()
				if err != nil {
					a.log.Warn("telegram: storing a polled update failed; it will be fetched again", "update", u.ID, "err", err)
					backoff = time.Second
					break
				}
			}
			offset = head.ID + 1
		}
	}
}
