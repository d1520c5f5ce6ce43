package dialogs_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot"
)

// runLines plays story lines (see stories_test.go) and returns the runner.
func runLines(t *testing.T, name, script string) *storyRunner {
	t.Helper()
	r := newRunner(t, name)
	for _, line := range strings.Split(script, "\n") {
		r.line++
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r.step(line)
		if t.Failed() {
			t.FailNow()
		}
	}
	return r
}

func bookings(t *testing.T, r *storyRunner) []*bot.Booking {
	t.Helper()
	bs, err := r.store.ListBookings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return bs
}

// The visitor's questions to the bot, the cards shown and the fields
// corrected at the recap reach the booking's handoff.
func TestHandoffCarriesQuestionsCardsCorrections(t *testing.T) {
	r := runLines(t, "prepared", `
		> /start
		>> 1
		> Je suis au chômage, 30 ans, j'habite à Lille
		> Est-ce que je peux utiliser mon CPF pendant le chômage ?
		~ CPF
		> Est-ce que vous avez un parking à vélos ?
		~ Je ne sais pas répondre
		>> 1
		>> 1
		= recapitulatif
		>> 2
		= correction
		> âge
		> 45
		= recapitulatif
		> en fait j'ai déménagé à Blois
		= recapitulatif
		~ Blois
		>> 1
		>> 1
		>> 1
		>> 1
		>> 1
		= confirmation
		>> 1
		= suivi
	`)
	bs := bookings(t, r)
	if len(bs) != 1 {
		t.Fatalf("%d bookings, want 1", len(bs))
	}
	h := bs[0].Handoff
	if len(h.Questions) != 2 || !strings.Contains(h.Questions[0], "CPF") || !strings.Contains(h.Questions[1], "vélos") {
		t.Errorf("questions = %q", h.Questions)
	}
	if len(h.Cards) == 0 || h.Cards[0].ID == "" || h.Cards[0].Title == "" {
		t.Errorf("cards shown = %+v", h.Cards)
	}
	want := []bot.Correction{{Field: "age", Before: "30", After: "45"}, {Field: "place", Before: "Lille (Nord, 59)", After: "Blois (Loir-et-Cher, 41)"}}
	if len(h.Corrections) != len(want) {
		t.Fatalf("corrections = %+v, want %+v", h.Corrections, want)
	}
	for i := range want {
		if h.Corrections[i] != want[i] {
			t.Errorf("correction %d = %+v, want %+v", i, h.Corrections[i], want[i])
		}
	}
	if h.ForCaller || h.EnteredBy != "" {
		t.Errorf("a visitor's own booking is marked as entered for a caller: %+v", h.Prepared)
	}
}

// With the longest request, the questions kept (each at its cap) and
// corrections, a stored conversation stays under 2 KiB (SPEC §10).
func TestStoredConversationWithQuestionsUnder2KiB(t *testing.T) {
	long := "Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003. " +
		strings.Repeat("J'ai travaillé douze ans dans la logistique et je voudrais me reconvertir vers un métier plus utile. ", 40)
	question := "Est-ce que je peux utiliser mon CPF pendant le chômage pour une formation qualifiante éloignée de mon métier " +
		strings.Repeat("très très éloignée ", 20) + "?"
	script := "> /start\n>> 1\n> " + long + "\n>> 1\n>> 1\n= recapitulatif\n" +
		strings.Repeat("> "+question+"\n", 4) + "> en fait j'ai 45 ans\n> en fait j'ai déménagé à Blois\n= recapitulatif\n" +
		">> 1\n>> 1\n>> 1\n>> 1\n= contact\n>> 1\n= confirmation\n"
	r := newRunner(t, "size")
	max := 0
	for _, line := range strings.Split(script, "\n") {
		if line == "" {
			continue
		}
		r.step(line)
		data, _, err := r.store.LoadSession(context.Background(), "test:"+r.user)
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
