package slack_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

// FuzzInteraction feeds arbitrary interaction payloads, correctly signed, to
// the running adapter: never a panic, never a 5xx other than 503 (busy),
// and the parser agrees with the handler.
func FuzzInteraction(f *testing.F) {
	e := newEnv(f)
	h := e.a.Handler()
	seed := func(v any) {
		b, _ := json.Marshal(v)
		f.Add(string(b))
	}
	act := func(id, value string) map[string]any {
		return map[string]any{"type": "block_actions", "trigger_id": "t", "user": map[string]any{"id": "U1"},
			"container": map[string]any{"channel_id": "D1", "message_ts": "1.2"},
			"message":   map[string]any{"ts": "1.2", "blocks": []any{map[string]any{"type": "section", "text": map[string]any{"type": "mrkdwn", "text": "x"}}, map[string]any{"type": "actions", "elements": []any{}}}},
			"actions":   []any{map[string]any{"action_id": id, "value": value, "text": map[string]any{"type": "plain_text", "text": "Oui"}}}}
	}
	seed(act("choice:s1:0", "yes"))
	seed(act("choice::", ""))
	seed(act("choice:a:b:c:9", "v"))
	seed(act("card:claim", "CEP-XXXXXXX"))
	seed(act("card:nonsense", ""))
	seed(map[string]any{"type": "block_actions", "actions": []any{nil}})
	f.Add(`{"type":"view_submission","view":{"blocks":[{"type":"bogus"}]}}`)
	f.Add(`{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","callback_id":"cep_reschedule","private_metadata":"{\"ref\":\"CEP-X\"}","state":{"values":{"slots":{"input":{"selected_options":[{"value":"1"},{"value":"x"},{"value":"2"},{"value":"3"}]}}}}}}`)
	f.Add(`{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V2","callback_id":"cep_close","private_metadata":"{","state":{"values":{"outcome":{"input":{"selected_option":{"value":"sans_suite"}}}}}}}`)
	f.Add(`{"type":"message_action","callback_id":"cep_note","trigger_id":"t","user":{"id":"U1"},"channel":{"id":"C1"},"message":{"ts":"1.1"}}`)
	f.Add(`{"type":"block_actions","message":{"blocks":[{"type":"actions","elements":[{"type":"zzz"}]}]}}`)
	f.Add(`{`)
	f.Add(``)
	f.Fuzz(func(t *testing.T, payload string) {
		body := []byte(url.Values{"payload": {payload}}.Encode())
		req := httptest.NewRequest(http.MethodPost, cepslack.PathInteractions, bytes.NewReader(body))
		for k, v := range sign(signingSecret, time.Now(), body) {
			req.Header[k] = v
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		_, perr := cepslack.ParseInteraction(body)
		switch w.Code {
		case http.StatusOK, http.StatusServiceUnavailable:
			if perr != nil {
				t.Fatalf("accepted what the parser refuses: %v", perr)
			}
		case http.StatusBadRequest:
			if perr == nil {
				t.Fatalf("refused what the parser accepts")
			}
		default:
			t.Fatalf("HTTP %d", w.Code)
		}
	})
}

// FuzzEvents feeds arbitrary signed Events API bodies.
func FuzzEvents(f *testing.F) {
	e := newEnv(f)
	h := e.a.Handler()
	f.Add(string(messageEvent("E1", map[string]any{"channel": "D1", "channel_type": "im", "user": "U1", "text": "/start"})))
	f.Add(string(messageEvent("E2", map[string]any{"channel": "C1", "channel_type": "channel", "user": "U1", "text": "x", "thread_ts": "1.1"})))
	f.Add(`{"type":"url_verification","challenge":"c"}`)
	f.Add(`{"type":"event_callback","event":{"type":"message","user":7}}`)
	f.Add(`{"type":"event_callback","event_id":"E3","event":{"type":"app_home_opened","user":"U1","tab":"home"}}`)
	f.Add(`{"type":"event_callback","event_id":"E4","event":{"type":"message","subtype":"file_share","channel":"C1","user":"U1","thread_ts":"1.1","ts":"1.2","files":[{"id":"F","size":-1,"url_private_download":"http://127.0.0.1:1/x"}]}}`)
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest(http.MethodPost, cepslack.PathEvents, bytes.NewReader([]byte(body)))
		for k, v := range sign(signingSecret, time.Now(), []byte(body)) {
			req.Header[k] = v
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 && w.Code != 400 && w.Code != 503 {
			t.Fatalf("HTTP %d", w.Code)
		}
	})
}
