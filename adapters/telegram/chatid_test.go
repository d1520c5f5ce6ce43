package telegram

import (
	"encoding/json"
	"testing"
)

// A private chat's id is its visitor's user id: 0 or a negative id in a
// private chat is forged or damaged and creates no session.
func TestInvalidPrivateChatIDsAreRefused(t *testing.T) {
	for _, c := range []struct {
		body string
		want kind
	}{
		{`{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":0,"type":"private"},"from":{"id":0},"text":"/start"}}`, kindIgnored},
		{`{"update_id":2,"message":{"message_id":1,"date":1,"chat":{"id":-5,"type":"private"},"from":{"id":5},"text":"/start"}}`, kindIgnored},
		{`{"update_id":3,"callback_query":{"id":"q","from":{"id":5},"data":"s1|a","message":{"message_id":1,"date":1,"chat":{"id":-5,"type":"private"}}}}`, kindIgnored},
		{`{"update_id":4,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},"from":{"id":7},"text":"bonjour"}}`, kindMessage},
		{`{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":-100,"type":"group"},"from":{"id":7},"text":"bonjour"}}`, kindGroup},
	} {
		u, err := decodeUpdate([]byte(c.body))
		if err != nil {
			t.Fatal(err)
		}
		if k, _ := route(u); k != c.want {
			raw, _ := json.Marshal(u)
			t.Errorf("%s: kind %d, want %d", raw, k, c.want)
		}
	}
}
