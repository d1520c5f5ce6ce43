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

// relayLog keeps what the dialogue relayed, with the booking it went to.
type relayLog struct{ refs, texts []string }

func (r *relayLog) ToAdvisor(_ context.Context, b *bot.Booking, text string) error {
	r.refs, r.texts = append(r.refs, b.Ref), append(r.texts, text)
	return nil
}

// Messages typed while the questionnaire is paused after a contact request
// go to the request's card thread, and the visitor is told so; the pause's
// own answers (resume, finish) are not relayed.
func TestPausedMessagesGoToTheRequest(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"/start", "1", "je suis au chômage à Lyon, je veux parler à un conseiller", "06 12 34 56 78", "Je suis disponible le matin seulement"}, "transmis au conseiller qui traite votre demande"},
		{[]string{"hello", "1", "I am unemployed in Lyon, I want to talk to a human", "john@example.com", "I can only talk in the morning"}, "passed on to the advisor handling your request"},
	} {
		rl := &relayLog{}
		d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock)), Relay: rl, Now: clock})
		s := &bot.Session{Key: "test:p", Channel: "test", User: "p", Created: now}
		var last string
		for _, l := range tc.lines {
			replies, err := d.Step(context.Background(), s, bot.Inbound{Text: l, Time: now})
			if err != nil {
				t.Fatalf("%q: %v", l, err)
			}
			last = ""
			for _, r := range replies {
				last += r.Text + "\n"
			}
		}
		if State(s.State) != StateHumanPause {
			t.Fatalf("%v: in %s, want the pause; last answer:\n%s", tc.lines, s.State, last)
		}
		if !strings.Contains(last, tc.want) {
			t.Errorf("%v: the visitor is not told the message was passed on:\n%s", tc.lines, last)
		}
		r := readRecord(s)
		if len(rl.texts) != 1 || rl.texts[0] != tc.lines[len(tc.lines)-1] || rl.refs[0] != r.HumanRef {
			t.Errorf("%v: relayed %v to %v, want the last line to %s", tc.lines, rl.texts, rl.refs, r.HumanRef)
		}
		// « reprendre » is the pause's own answer: not relayed.
		if _, err := d.Step(context.Background(), s, bot.Inbound{Text: "1", Time: now}); err != nil {
			t.Fatal(err)
		}
		if len(rl.texts) != 1 {
			t.Errorf("%v: the pause's own answer was relayed: %v", tc.lines, rl.texts)
		}
	}
}
