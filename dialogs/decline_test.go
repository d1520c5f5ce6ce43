package dialogs

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

// A visitor who will not tell their age or their place, in the words of a
// letter or of a phone (« je préfère pas », « pas envie »), is told what the
// answer decides and who can take over — not « je n'ai pas compris ».
func TestDeclinedAnswers(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock))})
	reached := explore(t, d, now)
	x := langOf("fr")
	for _, st := range []State{StateAge, StatePlace} {
		e, ok := reached[st]
		if !ok {
			t.Fatalf("state %s is never reached", st)
		}
		for _, in := range []string{"je préfère ne pas répondre", "je préfère pas", "jprefere pas", "pas envie", "je veux pas le dire",
			"ça vous regarde pas", "c'est confidentiel"} {
			replies, err := d.Step(context.Background(), cloneSession(t, e.s), bot.Inbound{Text: in, Time: now})
			if err != nil {
				t.Fatalf("%s, %q: %v", st, in, err)
			}
			var all strings.Builder
			for _, r := range replies {
				all.WriteString(r.Text + "\n")
			}
			if !strings.Contains(all.String(), x.Declined) || !strings.Contains(all.String(), x.WhyAsked[string(st)]) {
				t.Errorf("%s, %q: want why the answer is asked and who takes over, got:\n%s", st, in, all.String())
			}
		}
	}
	// an answer beside the words is an answer
	replies, err := d.Step(context.Background(), cloneSession(t, reached[StateAge].s), bot.Inbound{Text: "45 ans, je veux pas bouger", Time: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range replies {
		if strings.Contains(r.Text, x.Declined) {
			t.Errorf("« 45 ans, je veux pas bouger » read as a refusal: %q", r.Text)
		}
	}
}
