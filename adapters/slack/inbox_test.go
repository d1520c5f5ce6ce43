package slack_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

// inboxFunc adapts a function to cepslack.Inbox.
type inboxFunc func(ctx context.Context, e bot.InboxEntry) error

func (f inboxFunc) Submit(ctx context.Context, e bot.InboxEntry) error { return f(ctx, e) }

// With the inbox, an event is stored before Slack gets its 200, then run by
// the inbox runner through the adapter's workers, and removed once done.
func TestEventsGoThroughTheInbox(t *testing.T) {
	q := memory.New(nil)
	runner := bot.NewInboxRunner(bot.InboxConfig{Inbox: q, Consumer: "t", Poll: 5 * time.Millisecond})
	e := newEnv(t, cepslack.WithInbox(runner))
	runner.Register(cepslack.Channel, e.a.ProcessEntry)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = runner.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })

	e.dm(staffDM, staffUser, "/start")
	waitFor(t, "inbox emptied", func() bool { n, _ := q.InboxLen(context.Background()); return n == 0 })
	if runner.Processed() != 1 || e.turns.total() != 1 {
		t.Fatalf("processed %d entries, %d turns; want 1 and 1", runner.Processed(), e.turns.total())
	}
}

// A store that cannot take the event: 503, so that Slack sends it again;
// nothing is processed.
func TestEventRefusedWhenTheInboxFails(t *testing.T) {
	e := newEnv(t, cepslack.WithInbox(inboxFunc(func(context.Context, bot.InboxEntry) error {
		return errors.New("store down")
	})))
	body := messageEvent("EvDown", map[string]any{"channel": staffDM, "channel_type": "im", "user": staffUser, "text": "/start"})
	if r := e.postSigned(cepslack.PathEvents, body, nil); r.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("HTTP %d, want 503", r.StatusCode)
	}
	time.Sleep(50 * time.Millisecond)
	if e.turns.total() != 0 {
		t.Fatal("an event that was not stored was processed")
	}
}

// countingBody records how much of a request body was read.
type countingBody struct {
	r    io.Reader
	read *atomic.Int64
}

func (c countingBody) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read.Add(int64(n))
	return n, err
}
func (c countingBody) Close() error { return nil }

// Requests without signature headers, with a stale timestamp, or declaring
// a body over the limit are refused before their body is read.
func TestUnsignedBodiesAreNotRead(t *testing.T) {
	e := newEnv(t)
	h := e.a.Handler()
	big := strings.Repeat("x", 64<<10)
	for name, hdr := range map[string]http.Header{
		"missing": {},
		"stale":   sign(signingSecret, time.Now().Add(-10*time.Minute), []byte(big)),
	} {
		var read atomic.Int64
		req := httptest.NewRequest(http.MethodPost, cepslack.PathEvents, nil)
		req.Body = countingBody{strings.NewReader(big), &read}
		for k, v := range hdr {
			req.Header[k] = v
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized || read.Load() != 0 {
			t.Errorf("%s: HTTP %d after reading %d bytes; want 401 unread", name, rec.Code, read.Load())
		}
	}
	var read atomic.Int64
	req := httptest.NewRequest(http.MethodPost, cepslack.PathEvents, nil)
	req.Body = countingBody{strings.NewReader(big), &read}
	req.ContentLength = 2 << 20
	for k, v := range sign(signingSecret, time.Now(), []byte(big)) {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestEntityTooLarge || read.Load() != 0 {
		t.Errorf("declared oversize: HTTP %d after reading %d bytes; want 413 unread", rec.Code, read.Load())
	}
}

// failingFirst fails the first turn with a store outage, then passes turns on.
type failingFirst struct {
	next   bot.Handler
	failed atomic.Bool
}

func (f *failingFirst) Handle(ctx context.Context, in bot.Inbound) error {
	if f.failed.CompareAndSwap(false, true) {
		return fmt.Errorf("saving the session: %w", bot.ErrUnavailable)
	}
	return f.next.Handle(ctx, in)
}

// A turn that fails on the store keeps its entry in the inbox, and its
// event claim does not make the retry look like a duplicate: the update is
// run again and answered, once.
func TestStoreFailureKeepsTheEventForARetry(t *testing.T) {
	q := memory.New(nil)
	runner := bot.NewInboxRunner(bot.InboxConfig{Inbox: q, Consumer: "t", Poll: 5 * time.Millisecond})
	e := newEnv(t, cepslack.WithInbox(runner))
	e.turns.h = &failingFirst{next: e.turns.h}
	runner.Register(cepslack.Channel, e.a.ProcessEntry)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = runner.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })

	e.dm(staffDM, staffUser, "/start")
	waitFor(t, "inbox emptied", func() bool { n, _ := q.InboxLen(context.Background()); return n == 0 })
	if runner.Processed() != 1 || e.turns.total() != 2 {
		t.Fatalf("processed %d entries, %d turns; want 1 entry run twice (failed, then retried)", runner.Processed(), e.turns.total())
	}
	key := cepslack.Channel + ":" + staffDM
	data, v, err := e.st.LoadSession(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	s, err := bot.DecodeSession(key, v, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Seen) != 1 || s.State == "" {
		t.Fatalf("session after the retry: state %q, seen %v; want the update processed once", s.State, s.Seen)
	}
}
