package slack_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

func TestSignatureRequired(t *testing.T) {
	e := newEnv(t)
	body := messageEvent("EvForged", map[string]any{"channel": staffDM, "channel_type": "im", "user": staffUser, "text": "/start"})
	cases := map[string]http.Header{
		"forged":  sign("not-the-secret", time.Now(), body),
		"stale":   sign(signingSecret, time.Now().Add(-6*time.Minute), body),
		"future":  sign(signingSecret, time.Now().Add(6*time.Minute), body),
		"missing": {},
	}
	for name, h := range cases {
		for _, path := range []string{cepslack.PathEvents, cepslack.PathInteractions, cepslack.PathCommands} {
			if r := e.post(path, body, h, nil); r.StatusCode != http.StatusUnauthorized {
				t.Errorf("%s %s: HTTP %d, want 401", name, path, r.StatusCode)
			}
		}
	}
	// A signature over another body (tampered body) is refused too.
	h := sign(signingSecret, time.Now(), body)
	tampered := []byte(strings.Replace(string(body), "/start", "/stop!", 1))
	if r := e.post(cepslack.PathEvents, tampered, h, nil); r.StatusCode != http.StatusUnauthorized {
		t.Errorf("tampered: HTTP %d", r.StatusCode)
	}
	// Oversized → 413, before anything else.
	big := []byte(`{"type":"event_callback","pad":"` + strings.Repeat("x", 2<<20) + `"}`)
	if r := e.postSigned(cepslack.PathEvents, big, nil); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized: HTTP %d", r.StatusCode)
	}
	time.Sleep(100 * time.Millisecond)
	if n := e.turns.total(); n != 0 {
		t.Fatalf("%d turns processed from refused requests", n)
	}
	if m := e.slack.messages(""); len(m) != 0 {
		t.Fatalf("bot posted %d messages for refused requests", len(m))
	}
}

func TestURLVerification(t *testing.T) {
	e := newEnv(t)
	body := []byte(`{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+cepslack.PathEvents, strings.NewReader(string(body)))
	for k, v := range sign(signingSecret, time.Now(), body) {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(got) != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Fatalf("HTTP %d %q", resp.StatusCode, got)
	}
	// GET is not served.
	r, _ := http.Get(e.http.URL + cepslack.PathEvents)
	if r.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET: %d", r.StatusCode)
	}
	r.Body.Close()
}

// TestRetriesProcessedOnce sends one event, then Slack's retries of it
// (X-Slack-Retry-Num), some concurrently: one turn, one answer.
func TestRetriesProcessedOnce(t *testing.T) {
	e := newEnv(t)
	body := messageEvent("Ev0RETRY", map[string]any{"channel": staffDM, "channel_type": "im", "user": staffUser, "text": "/start", "client_msg_id": "cm-retry"})
	if r := e.postSigned(cepslack.PathEvents, body, nil); r.StatusCode != 200 {
		t.Fatal(r.StatusCode)
	}
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Go(func() {
			h := http.Header{}
			h.Set("X-Slack-Retry-Num", fmt.Sprint(i))
			h.Set("X-Slack-Retry-Reason", "http_timeout")
			if r := e.postSigned(cepslack.PathEvents, body, h); r.StatusCode != 200 {
				t.Errorf("retry %d: HTTP %d", i, r.StatusCode)
			}
		})
	}
	wg.Wait()
	waitFor(t, "answer", func() bool { return len(e.slack.messages(staffDM)) > 0 })
	time.Sleep(200 * time.Millisecond)
	if n := e.turns.total(); n != 1 {
		t.Fatalf("%d turns, want 1", n)
	}
	n := len(e.slack.messages(staffDM))
	// Same event id again later: still nothing.
	e.postSigned(cepslack.PathEvents, body, nil)
	time.Sleep(100 * time.Millisecond)
	if e.turns.total() != 1 || len(e.slack.messages(staffDM)) != n {
		t.Fatalf("replayed event processed again")
	}
	// Bot messages and edits are ignored.
	e.postSigned(cepslack.PathEvents, messageEvent("EvBot", map[string]any{"channel": staffDM, "channel_type": "im", "user": "UBOT", "bot_id": "B1", "text": "hi"}), nil)
	e.postSigned(cepslack.PathEvents, messageEvent("EvEdit", map[string]any{"channel": staffDM, "channel_type": "im", "user": staffUser, "subtype": "message_changed", "text": "hi"}), nil)
	e.postSigned(cepslack.PathEvents, []byte(`{"type":"event_callback","event_id":"EvX","event":{"type":"reaction_added","user":"U1"}}`), nil)
	time.Sleep(100 * time.Millisecond)
	if e.turns.total() != 1 {
		t.Fatalf("bot/edit/unknown events processed")
	}
}

func TestMalformedEvents(t *testing.T) {
	e := newEnv(t)
	for _, body := range []string{`not json`, `{}`, `{"type":"event_callback","event":{"type":"message","blocks":[{"type":"nonsense"}],"channel":"D1","channel_type":"im","user":"U1","text":"\xff\xfe"}}`} {
		r := e.postSigned(cepslack.PathEvents, []byte(body), nil)
		if r.StatusCode != 400 && r.StatusCode != 200 {
			t.Errorf("%q: HTTP %d", body, r.StatusCode)
		}
	}
	for _, body := range []string{`payload=`, `payload=%7B`, `x=1`, `payload=%7B%22type%22%3A%22block_actions%22%7D`} {
		r := e.postSigned(cepslack.PathInteractions, []byte(body), nil)
		if r.StatusCode != 400 && r.StatusCode != 200 {
			t.Errorf("%q: HTTP %d", body, r.StatusCode)
		}
	}
}
