package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	"github.com/slack-go/slack/slacktest"
)

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

// serveAddr waits for the "started" log line and returns the HTTP address.
func serveAddr(t *testing.T, logs *syncBuffer) string {
	t.Helper()
	var addr string
	ok := telegramtest.WaitFor(10*time.Second, func() bool {
		for _, line := range strings.Split(logs.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "cepbot serve started" {
				addr = rec.Addr
				return true
			}
		}
		return false
	})
	if !ok {
		t.Fatalf("serve did not start:\n%s", logs.String())
	}
	return "http://" + addr
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// `cepbot serve` with a Telegram token and a Bot API URL completes a booking
// conversation driven from that server by long polling; /metrics shows the
// funnel; cancelling (SIGTERM) stops it cleanly.
func TestServeTelegramPollingToBooking(t *testing.T) {
	// Waits mostly on Telegram's pacing: runs beside the other slow tests.
	t.Parallel()
	tg := telegramtest.NewServer()
	defer tg.Close()
	vars := map[string]string{
		"CEPBOT_TELEGRAM_TOKEN": tg.Token, "CEPBOT_TELEGRAM_API_URL": tg.URL, "CEPBOT_HTTP_ADDR": "127.0.0.1:0",
		"CEPBOT_STORE": "memory", "CEPBOT_NOW": "2026-12-01T09:00:00+01:00", "CEPBOT_PSEUDONYM_KEY": "test-key",
	}
	logs := &syncBuffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, env, []string{"serve"}) }()
	base := serveAddr(t, logs)

	const chat = 4242
	count := func() int { return len(tg.Messages(chat)) }
	waitNew := func(n int, what string) {
		t.Helper()
		if !telegramtest.WaitFor(10*time.Second, func() bool { return count() > n }) {
			t.Fatalf("no answer after %s; logs:\n%s", what, logs.String())
		}
	}
	n := count()
	tg.SendText(chat, "/start")
	waitNew(n, "/start")
	n = count()
	if _, _, err := tg.PressIndex(chat, 0); err != nil {
		t.Fatal(err)
	}
	waitNew(n, "consent")
	n = count()
	tg.SendText(chat, "Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003")
	waitNew(n, "the request")
	booked := false
	for range 12 {
		msgs := tg.Messages(chat)
		for _, m := range msgs {
			if strings.Contains(m.Text, "Référence : CEP-") {
				booked = true
			}
		}
		if booked {
			break
		}
		n = count()
		if _, _, err := tg.PressIndex(chat, 0); err != nil {
			t.Fatal(err)
		}
		waitNew(n, "a button press")
	}
	if !booked {
		t.Fatalf("no booking; messages: %+v", tg.Messages(chat))
	}
	if code, body := get(t, base+"/readyz"); code != 200 {
		t.Fatalf("/readyz = %d %s", code, body)
	}
	_, metrics := get(t, base+"/metrics")
	for _, want := range []string{`cepbot_funnel_total{operator="",stage="started"} 1`, `cepbot_funnel_total{operator="france_travail",stage="booked"} 1`, `cepbot_turns_total{channel="telegram",outcome="ok"}`} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	// After booking, the visitor writes personal details: they must not
	// reach the logs, nor must the token.
	n = count()
	tg.SendText(chat, "Je m'appelle Camille Durand, mon numéro est 06 12 34 56 78 et mon e-mail camille.durand@exemple.fr")
	waitNew(n, "a message after booking")
	for _, secret := range []string{"Lyon", "chômage", "Camille", "Durand", "06 12 34 56 78", "0612345678", "camille.durand@exemple.fr", tg.Token} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("%q reached the logs:\n%s", secret, logs.String())
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exit code %d; logs:\n%s", code, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
}

func TestConfigCheckListsEveryProblem(t *testing.T) {
	vars := map[string]string{"CEPBOT_HTTP_ADDR": "huit-mille", "CEPBOT_STORE": "postgres://x", "CEPBOT_LOG_LEVEL": "bavard",
		"CEPBOT_TELEGRAM_TOKEN": "123:SECRET-TOKEN-VALUE", "CEPBOT_TELEGRAM_MODE": "webhook"}
	var out, errOut bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	if code := run(context.Background(), env, []string{"config", "check"}); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	msg := errOut.String()
	for _, want := range []string{"CEPBOT_HTTP_ADDR", "CEPBOT_STORE", "CEPBOT_LOG_LEVEL", "Telegram"} {
		if !strings.Contains(msg, want) {
			t.Errorf("no problem reported about %s:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "SECRET-TOKEN-VALUE") {
		t.Errorf("the token appears in the output:\n%s", msg)
	}
}

// `cepbot serve` with Slack over HTTP: a forged signature gets 401, a
// url_verification signed with the signing secret gets its challenge.
func TestServeSlackEventsEndpoint(t *testing.T) {
	api := slacktest.NewTestServer()
	api.Start()
	defer api.Stop()
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	vars := map[string]string{
		"CEPBOT_SLACK_BOT_TOKEN": "xoxb-test-token", "CEPBOT_SLACK_SIGNING_SECRET": secret, "CEPBOT_SLACK_API_URL": api.GetAPIURL(),
		"CEPBOT_HTTP_ADDR": "127.0.0.1:0", "CEPBOT_STORE": "memory",
	}
	logs := &syncBuffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, env, []string{"serve"}) }()
	base := serveAddr(t, logs)
	body := []byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	post := func(ts time.Time, key string) (int, string) {
		req, _ := http.NewRequest("POST", base+"/slack/events", bytes.NewReader(body))
		stamp := strconv.FormatInt(ts.Unix(), 10)
		m := hmac.New(sha256.New, []byte(key))
		m.Write([]byte("v0:" + stamp + ":"))
		m.Write(body)
		req.Header.Set("X-Slack-Request-Timestamp", stamp)
		req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(m.Sum(nil)))
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	var code int
	var got string
	// HTTP mode answers 503 until the adapter runs: wait for it.
	telegramtest.WaitFor(5*time.Second, func() bool { code, got = post(time.Now(), secret); return code != 503 })
	if code != 200 || !strings.Contains(got, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P") {
		t.Fatalf("signed url_verification: %d %q", code, got)
	}
	if code, _ := post(time.Now(), "forged-secret"); code != 401 {
		t.Fatalf("forged signature: %d, want 401", code)
	}
	if code, _ := post(time.Now().Add(-10*time.Minute), secret); code != 401 {
		t.Fatalf("stale signature: %d, want 401", code)
	}
	cancel()
	if c := <-done; c != 0 {
		t.Fatalf("exit %d:\n%s", c, logs.String())
	}
}
