package telegram

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	cepbot "github.com/cep-accueil/cepbot/bot"
)

const testSecret = "s3cret-Webhook_token"

// syncBuffer is a log sink safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type env struct {
	t    testing.TB
	srv  *telegramtest.Server
	a    *Adapter
	hook *httptest.Server // webhook endpoint (webhook mode)
	logs *syncBuffer
}

func fastOpts(logs *syncBuffer) []Option {
	return []Option{
		WithLimits(Unlimited), WithPollTimeout(time.Second), WithRetry(4, time.Millisecond),
		WithLogger(slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))),
		WithPseudonym(func(s string) string { return "p_" + s[len(s)-1:] }),
		WithHTTPClient(&http.Client{Timeout: 10 * time.Second}),
		WithDrainTimeout(5 * time.Second),
	}
}

// newEnv builds a fake Bot API and an adapter on it (not running).
func newEnv(t testing.TB, mode Mode, opts ...Option) *env {
	t.Helper()
	e := &env{t: t, srv: telegramtest.NewServer(), logs: &syncBuffer{}}
	t.Cleanup(e.srv.Close)
	cfg := Config{Token: telegramtest.Token, Mode: mode, APIURL: e.srv.URL, Secret: testSecret}
	var a *Adapter
	if mode == ModeWebhook {
		mux := http.NewServeMux()
		mux.Handle("POST /telegram/webhook", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			a.WebhookHandler().ServeHTTP(w, r)
		}))
		e.hook = httptest.NewServer(mux)
		t.Cleanup(e.hook.Close)
		cfg.WebhookURL = e.hook.URL + "/telegram/webhook"
	}
	a, err := New(cfg, append(fastOpts(e.logs), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	e.a = a
	return e
}

// run starts the adapter; the returned func stops it and waits.
func (e *env) run(h cepbot.Handler) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.a.Run(ctx, h) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					e.t.Errorf("Run: %v", err)
				}
			case <-time.After(10 * time.Second):
				e.t.Errorf("Run did not return")
			}
		})
	}
	e.t.Cleanup(stop)
	return stop
}

// echo replies "echo: <text>" (or the choice) through the adapter.
func (e *env) echo() cepbot.HandlerFunc {
	return func(ctx context.Context, in cepbot.Inbound) error {
		text := in.Text
		if in.Choice != "" {
			text = "choice " + in.Choice + " step " + in.Step
		}
		return e.a.Send(ctx, in.Addr(), cepbot.Reply{Text: "echo: " + text})
	}
}

// recorder collects inbound messages.
type recorder struct {
	mu  sync.Mutex
	ins []cepbot.Inbound
}

func (r *recorder) Handle(_ context.Context, in cepbot.Inbound) error {
	r.mu.Lock()
	r.ins = append(r.ins, in)
	r.mu.Unlock()
	return nil
}

func (r *recorder) all() []cepbot.Inbound {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]cepbot.Inbound(nil), r.ins...)
}

func (r *recorder) len() int { r.mu.Lock(); defer r.mu.Unlock(); return len(r.ins) }

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	if !telegramtest.WaitFor(10*time.Second, cond) {
		t.Fatalf("timed out waiting for %s", what)
	}
}

// post sends a webhook request with the given secret.
func post(t testing.TB, url, secret string, body []byte) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set(WebhookSecretHeader, secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}
