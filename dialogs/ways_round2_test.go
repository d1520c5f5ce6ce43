package dialogs

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"github.com/cep-accueil/cepbot/store/memory"
)

// A request for a person, in French and in English, sent in every state
// where the dialogue waits for an answer (the list is the registry): the
// reply is the request's path (who calls back, how, the request recorded or
// recalled, the contacts when nothing can be recorded) or the state's own
// legitimate answer — never « je n'ai pas compris ».
func TestHumanRequestInEveryState(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock))})
	reached := explore(t, d, now)
	// States whose answer to any message is legitimately their own: after
	// a booking (the message goes to the advisor or the appointment is
	// recalled), already in the request (recalled or recorded), the end.
	own := map[State]bool{StateFollow: true, StateHumanPause: true, StateEnd: true, StateNew: true}
	for _, lang := range []texts.Lang{texts.French, texts.English} {
		x := langOf(lang)
		ask := map[texts.Lang]string{texts.French: "je veux parler à un humain", texts.English: "I want to talk to a human"}[lang]
		markers := []string{x.HumanWayAsk, x.HumanFactAsk, x.HumanPlaceAsk, x.HumanNoConsent,
			strings.SplitN(x.HumanDone, "%", 2)[0], strings.SplitN(x.HumanAlready, "%", 2)[0]}
		for _, st := range order {
			def := registry[st]
			if def.Question == nil || def.Answer == nil || own[st] {
				continue
			}
			e, ok := reached[st]
			if !ok {
				t.Errorf("state %s is never reached from a new conversation", st)
				continue
			}
			s := cloneSession(t, e.s)
			replies, err := d.Step(context.Background(), s, bot.Inbound{Text: ask, Time: now})
			if err != nil {
				t.Errorf("%s, %q: %v", st, ask, err)
				continue
			}
			var all strings.Builder
			for _, r := range replies {
				all.WriteString(r.Text + "\n")
			}
			got := all.String()
			if strings.Contains(got, x.NotUnderstood) || strings.Contains(got, langOf(texts.French).NotUnderstood) {
				t.Errorf("%s, %q: not understood:\n%s", st, ask, got)
				continue
			}
			found := false
			for _, m := range markers {
				if m != "" && strings.Contains(got, m) {
					found = true
				}
			}
			if !found && !humanState(State(s.State)) {
				t.Errorf("%s, %q: not the request for a person (now in %s):\n%s", st, ask, s.State, got)
			}
		}
	}
}
