package slack_test

import (
	"encoding/json"
	"net/url"
	"testing"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

// A Socket Mode interaction is stored in the form Slack posts over HTTP;
// read back, it keeps what the adapter acts on.
func TestStoredInteractionKeepsItsFields(t *testing.T) {
	payload := `{"type":"block_actions","user":{"id":"U1"},"trigger_id":"tr","container":{"type":"message","channel_id":"D1","message_ts":"1.2"},"channel":{"id":"D1"},"message":{"ts":"1.2","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"Q"}}]},"actions":[{"action_id":"choice:s3:0","block_id":"choices","value":"oui","type":"button","text":{"type":"plain_text","text":"Oui"}}]}`
	cb, err := cepslack.ParseInteraction([]byte("payload=" + url.QueryEscape(payload)))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(cb)
	cb2, err := cepslack.ParseInteraction([]byte("payload=" + url.QueryEscape(string(b))))
	if err != nil {
		t.Fatal(err)
	}
	if len(cb2.ActionCallback.BlockActions) != 1 || cb2.ActionCallback.BlockActions[0].ActionID != "choice:s3:0" || cb2.ActionCallback.BlockActions[0].Value != "oui" || cb2.User.ID != "U1" || cb2.Container.ChannelID != "D1" || cb2.Type != "block_actions" || cb2.TriggerID != "tr" || len(cb2.Message.Blocks.BlockSet) != 1 {
		t.Fatalf("%s", b)
	}
}
