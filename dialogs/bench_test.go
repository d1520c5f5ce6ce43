package dialogs_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// BenchmarkTurn measures one dialogue turn through the engine with the
// memory store (load, step, save), averaged over whole reception
// conversations that end with a booking: consent, a free-text request that
// the analysis reads, the remaining questions, the slot offer and booking.
func BenchmarkTurn(b *testing.B) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	// the clock moves on with the conversations, as visitors come over days:
	// at a fixed instant the agendas of the ten agencies were full after
	// about 3 500 bookings and a run of the default length failed; half an
	// hour per conversation keeps each agency under its capacity
	clock := func() time.Time { return now }
	e, _, _ := newEngine(clock)
	places := []string{"69003", "59000", "35000", "13001", "33000", "31000", "44000", "67000", "34000", "75011"}
	script := func(conv int) []string {
		return append([]string{"/start", "oui",
			"Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite au " + places[conv%len(places)] + " et je voudrais me reconvertir"},
			strings.Split(strings.Repeat("1,", 8), ",")[:8]...)
	}
	ctx := context.Background()
	conv, k, booked := 0, 0, 0
	lines := script(0)
	b.ReportAllocs()
	for b.Loop() {
		if k == len(lines) {
			conv, k = conv+1, 0
			lines = script(conv)
			now = now.Add(30 * time.Minute)
		}
		user := "u" + strconv.Itoa(conv)
		replies, err := e.Turn(ctx, bot.Inbound{Channel: "bench", Conversation: user, User: user, UpdateID: strconv.Itoa(k + 1), Text: lines[k], Time: now})
		if err != nil {
			b.Fatal(err)
		}
		if len(replies) > 0 && strings.Contains(replies[0].Text, "Référence :") {
			booked++
		}
		k++
	}
	if conv > 2 && booked < conv-1 {
		b.Fatalf("%d conversations, %d bookings", conv, booked)
	}
}
