package telegram

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	cepbot "github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

type inboxFunc func(context.Context, cepbot.InboxEntry) error

func (f inboxFunc) Submit(ctx context.Context, e cepbot.InboxEntry) error { return f(ctx, e) }

// With the inbox, the webhook answers 200 only once the update is stored,
// and 503 when the store cannot take it (Telegram delivers it again); a
// stored update is processed from the inbox, in update order per chat,
// even when the webhook received a chat's updates out of order.
func TestWebhookStoresBeforeAcknowledging(t *testing.T) {
	down := errors.New("store down")
	failing := newEnv(t, ModeWebhook, WithInbox(inboxFunc(func(context.Context, cepbot.InboxEntry) error { return down })))
	failing.run(&recorder{})
	if code := post(t, failing.hook.URL+"/telegram/webhook", testSecret, telegramtest.TextUpdate(11, 5, "bonjour")); code != http.StatusServiceUnavailable {
		t.Fatalf("store down: HTTP %d, want 503", code)
	}

	q := memory.New(nil)
	runner := cepbot.NewInboxRunner(cepbot.InboxConfig{Inbox: q, Consumer: "t", Window: 300 * time.Millisecond, Poll: 5 * time.Millisecond})
	e := newEnv(t, ModeWebhook, WithInbox(runner))
	rec := &recorder{}
	runner.Register(Channel, func(ctx context.Context, en cepbot.InboxEntry) error { return e.a.ProcessEntry(ctx, rec, en) })
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = runner.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	e.run(rec)
	for _, id := range []int64{22, 21} { // out of order
		if code := post(t, e.hook.URL+"/telegram/webhook", testSecret, telegramtest.TextUpdate(id, 6, "m")); code != 200 {
			t.Fatalf("HTTP %d", code)
		}
	}
	if n, _ := q.InboxLen(context.Background()); n == 0 && rec.len() == 0 {
		t.Fatal("acknowledged but neither stored nor processed")
	}
	waitFor(t, "both processed", func() bool { return rec.len() == 2 })
	if got := rec.all(); got[0].UpdateID != "21" || got[1].UpdateID != "22" {
		t.Fatalf("processed %s then %s, want 21 then 22", got[0].UpdateID, got[1].UpdateID)
	}
}
