package slack_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack/socketmode"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

// TestSocketMode drives the adapter over Socket Mode against slacktest's
// WebSocket: a DM event is acknowledged and answered; its redelivery (same
// event_id, retry_attempt 1) is acknowledged and not processed again; a
// slash command is acknowledged with its ephemeral answer.
func TestSocketMode(t *testing.T) {
	e := newEnvCfg(t, func(c *cepslack.Config) { c.AppToken = "xapp-1-test" },
		cepslack.WithSocketModeOptions(socketmode.OptionPingInterval(time.Minute)))
	if e.a.Mode() != cepslack.ModeSocket {
		t.Fatal(e.a.Mode())
	}
	acks := make(chan string, 100)
	go func() {
		for s := range e.slack.srv.SeenFeed {
			select {
			case acks <- s:
			default:
			}
		}
	}()
	payload := string(messageEvent("EvSock1", map[string]any{"channel": "D0SOCK", "channel_type": "im", "user": staffUser, "text": "/start", "client_msg_id": "cm-sock"}))
	send := func(envID string, retry int) {
		e.slack.srv.SendToWebsocket(fmt.Sprintf(`{"envelope_id":%q,"type":"events_api","accepts_response_payload":false,"retry_attempt":%d,"retry_reason":"timeout","payload":%s}`, envID, retry, payload))
	}
	waitAck := func(envID string) {
		t.Helper()
		deadline := time.After(10 * time.Second)
		for {
			select {
			case s := <-acks:
				if strings.Contains(s, envID) {
					return
				}
			case <-deadline:
				t.Fatalf("no ack for %s", envID)
			}
		}
	}
	// The connection may take a moment: resend until acked.
	acked := false
	for i := 0; i < 50 && !acked; i++ {
		send("env-1", 0)
		select {
		case s := <-acks:
			acked = strings.Contains(s, "env-1")
		case <-time.After(200 * time.Millisecond):
		}
	}
	if !acked {
		t.Fatal("no ack over socket mode")
	}
	waitFor(t, "answer", func() bool { return len(e.slack.messages("D0SOCK")) > 0 })
	send("env-2", 1)
	waitAck("env-2")
	time.Sleep(100 * time.Millisecond)
	if n := e.turns.total(); n != 1 {
		t.Fatalf("%d turns, want 1", n)
	}
	cmd, _ := json.Marshal(map[string]string{"command": "/cep", "text": "", "user_id": "U0NOBODY1", "channel_id": "C1"})
	e.slack.srv.SendToWebsocket(fmt.Sprintf(`{"envelope_id":"env-3","type":"slash_commands","accepts_response_payload":true,"payload":%s}`, cmd))
	deadline := time.After(10 * time.Second)
	for {
		select {
		case s := <-acks:
			if strings.Contains(s, "env-3") {
				if !strings.Contains(s, "pas enregistr") || !strings.Contains(s, "ephemeral") {
					t.Fatalf("ack %s", s)
				}
				return
			}
		case <-deadline:
			t.Fatal("no ack for the command")
		}
	}
}
