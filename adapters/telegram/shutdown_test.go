package telegram

import (
	"context"
	"sync"
	"testing"
	"time"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

// A shutdown in the middle of a polled batch finishes the batch and then
// confirms it to Telegram, so the next start does not receive it again.
func TestShutdownConfirmsTheDrainedBatch(t *testing.T) {
	e := newEnv(t, ModePolling)
	release := make(chan struct{})
	var mu sync.Mutex
	handled := 0
	h := cepbot.HandlerFunc(func(context.Context, cepbot.Inbound) error {
		<-release // hold the batch until the shutdown has begun
		mu.Lock()
		handled++
		mu.Unlock()
		return nil
	})
	for i := range 5 {
		e.srv.SendText(int64(100+i), "bonjour")
	}
	stop := e.run(h)
	waitFor(t, "the batch to be fetched", func() bool { return e.srv.Count("getUpdates") >= 1 })
	time.Sleep(50 * time.Millisecond)
	done := make(chan struct{})
	go func() { stop(); close(done) }()
	time.Sleep(50 * time.Millisecond)
	close(release)
	<-done
	mu.Lock()
	defer mu.Unlock()
	if handled != 5 {
		t.Fatalf("%d updates handled during the drain, want 5", handled)
	}
	if p := e.srv.Pending(); p != 0 {
		t.Fatalf("%d updates left unconfirmed at Telegram after a complete drain", p)
	}
}
