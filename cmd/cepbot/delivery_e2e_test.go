package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	"github.com/cep-accueil/cepbot/adapters/webhook"
)

// `cepbot serve` end to end: an operator's webhook answering 500 at first
// receives the booking once it answers 200, once; after /supprimer it
// receives the cancellation and visitor.erased without the visitor's
// contact, request or facts.
func TestServeWebhookRetriedThenErased(t *testing.T) {
	// Waits mostly on Telegram's pacing: runs beside the other slow tests.
	t.Parallel()
	var mu sync.Mutex
	failures := 3
	seen := map[string]int{}
	var bodies []webhook.Payload
	rcv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if failures > 0 {
			failures--
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		if err := webhook.Verify([]byte("s3cr3t-webhook"), r.Header.Get(webhook.SignatureHeader), body, time.Now(), 0); err != nil {
			t.Errorf("signature: %v", err)
		}
		var p webhook.Payload
		if err := json.Unmarshal(body, &p); err != nil {
			t.Errorf("payload: %v", err)
		}
		seen[r.Header.Get(webhook.IdempotencyHeader)]++
		bodies = append(bodies, p)
	}))
	defer rcv.Close()
	dirFile := filepath.Join(t.TempDir(), "annuaire.yaml")
	yaml := strings.Replace(smallDirectory, "NAME", "France Travail Bourg-en-Bresse", 1)
	yaml = strings.Replace(yaml, "  - {id: ft, kind: france_travail, name: France Travail}",
		"  - id: ft\n    kind: france_travail\n    name: France Travail\n    notify: {webhook_url: \""+rcv.URL+"\", webhook_secret_env: WEBHOOK_SECRET_FT}", 1)
	if err := os.WriteFile(dirFile, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	tg := telegramtest.NewServer()
	defer tg.Close()
	vars := map[string]string{
		"CEPBOT_TELEGRAM_TOKEN": tg.Token, "CEPBOT_TELEGRAM_API_URL": tg.URL, "CEPBOT_HTTP_ADDR": "127.0.0.1:0",
		"CEPBOT_STORE": "memory", "CEPBOT_NOW": "2026-12-01T09:00:00+01:00", "CEPBOT_PSEUDONYM_KEY": "test-key-0123456789",
		"CEPBOT_DIRECTORY": dirFile, "WEBHOOK_SECRET_FT": "s3cr3t-webhook",
		"CEPBOT_RETRY_FIRST": "20ms", "CEPBOT_RETRY_MAX": "100ms",
	}
	logs := &syncBuffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, env, []string{"serve"}) }()
	serveAddr(t, logs)

	const chat = 5151
	count := func() int { return len(tg.Messages(chat)) }
	// settled: the answer ends with a question (buttons) or the booking.
	settled := func(n int) bool {
		msgs := tg.Messages(chat)
		if len(msgs) <= n {
			return false
		}
		last := msgs[len(msgs)-1]
		return len(last.Keyboard) > 0 || strings.Contains(last.Text, "Référence : CEP-") ||
			strings.Contains(last.Text, "effacées") || strings.Contains(last.Text, "Décrivez votre situation") ||
			strings.Contains(last.Text, "numéro")
	}
	say := func(text string) {
		t.Helper()
		n := count()
		tg.SendText(chat, text)
		if !telegramtest.WaitFor(10*time.Second, func() bool { return settled(n) }) {
			t.Fatalf("no answer to %q; logs:\n%s", text, logs.String())
		}
	}
	press := func() {
		t.Helper()
		n := count()
		if _, _, err := tg.PressIndex(chat, 0); err != nil {
			t.Fatal(err)
		}
		if !telegramtest.WaitFor(10*time.Second, func() bool { return settled(n) }) {
			t.Fatalf("no answer to a button; messages:\n%s", lastText(tg, chat))
		}
	}
	say("/start")
	press() // consent
	const request = "Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Bourg-en-Bresse 01000"
	say(request)
	const phone = "06 12 34 56 78"
	for i := 0; i < 15 && !strings.Contains(lastText(tg, chat), "Référence : CEP-"); i++ {
		msgs := tg.Messages(chat)
		if last := msgs[len(msgs)-1]; len(last.Keyboard) == 0 && strings.Contains(last.Text, "numéro") {
			say(phone)
			continue
		}
		press()
	}
	if !strings.Contains(lastText(tg, chat), "Référence : CEP-") {
		t.Fatalf("no booking: %q", lastText(tg, chat))
	}
	delivered := func(typ string) bool {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range bodies {
			if p.Type == typ {
				return true
			}
		}
		return false
	}
	if !telegramtest.WaitFor(20*time.Second, func() bool { return delivered("handoff.booked") }) {
		t.Fatalf("the booking never reached the webhook; logs:\n%s", logs.String())
	}
	say("/supprimer")
	press() // « Oui, tout effacer »
	if !telegramtest.WaitFor(20*time.Second, func() bool { return delivered("visitor.erased") }) {
		t.Fatalf("no visitor.erased; logs:\n%s", logs.String())
	}
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	for key, n := range seen {
		if n != 1 {
			t.Errorf("%s received %d times", key, n)
		}
	}
	erasedAt := -1
	for i, p := range bodies {
		if p.Type == "visitor.erased" {
			erasedAt = i
		}
		if p.Type == "handoff.booked" {
			if p.Booking.Request == "" || p.Booking.Contact == "" {
				t.Errorf("the booking before erasure has no request or contact: %+v", p.Booking)
			}
			continue
		}
		raw, _ := json.Marshal(p)
		for _, personal := range []string{phone, "0612345678", "chômage", "Bourg-en-Bresse 01000"} {
			if strings.Contains(string(raw), personal) {
				t.Errorf("%s after erasure contains %q", p.Type, personal)
			}
		}
		if p.Booking.Request != "" || p.Booking.Contact != "" || len(p.Booking.Facts) != 0 || len(p.Booking.Reasons) != 0 {
			t.Errorf("%s after erasure carries personal data: %+v", p.Type, p.Booking)
		}
		if p.Booking.Visitor == "" || p.Booking.Visitor == "anonyme" {
			t.Errorf("%s: no pseudonymous visitor to erase by", p.Type)
		}
	}
	if erasedAt < 0 || bodies[erasedAt].Reference == "" {
		t.Errorf("payloads %+v", bodies)
	}
}

func lastText(tg *telegramtest.Server, chat int64) string {
	msgs := tg.Messages(chat)
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Text + "\n")
	}
	return b.String()
}
