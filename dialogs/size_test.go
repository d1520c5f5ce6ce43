package dialogs_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// A stored conversation stays under 2 KiB (SPEC §10), even at the booking
// stage with the longest request a visitor can send (4 096 characters).
func TestStoredConversationUnder2KiB(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	e, st, _ := newEngine(clock)
	long := "Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003. " +
		strings.Repeat("J'ai travaillé douze ans dans la logistique et je voudrais me reconvertir vers un métier plus utile, peut-être éducateur. ", 40)
	script := append([]string{"/start", "oui", long}, strings.Split(strings.Repeat("1,", 7), ",")[:7]...)
	max := 0
	for k, text := range script {
		if _, err := e.Turn(context.Background(), bot.Inbound{Channel: "telegram", Conversation: "123456789", User: "123456789",
			UpdateID: strconv.Itoa(100000 + k), Text: text}); err != nil {
			t.Fatal(err)
		}
		data, _, err := st.LoadSession(context.Background(), "telegram:123456789")
		if err != nil {
			t.Fatal(err)
		}
		max = maxInt(max, len(data))
	}
	t.Logf("largest stored session: %d bytes", max)
	if max > 2048 {
		t.Fatalf("a stored conversation reached %d bytes, over 2 KiB", max)
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
