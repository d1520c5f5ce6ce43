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

// p24aTalk runs a conversation from /start and consent, the visitor typing
// msgs, and returns the session and the bot's answer to the last message.
func p24aTalk(t *testing.T, msgs ...string) (*bot.Session, string) {
	t.Helper()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock))})
	s := &bot.Session{Key: "test:p24a", Channel: "test", User: "p24a", Created: now}
	var last strings.Builder
	for _, in := range append([]string{"/start", "1"}, msgs...) {
		replies, err := d.Step(context.Background(), s, bot.Inbound{Text: in, Time: now})
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		s.Updated = now
		last.Reset()
		for _, r := range replies {
			last.WriteString(r.Text + "\n")
		}
	}
	return s, last.String()
}

// « pk ? », « pq vous demandez ça »: « pourquoi » as typed on a phone asks
// what the answer decides, as « pourquoi ? » does; a longer question about
// something else is still left to the cards.
func TestWhyTypedOnAPhone(t *testing.T) {
	x := langOf("fr")
	cases := []struct {
		in  string
		why bool
	}{
		{"pk", true},
		{"pk ?", true},
		{"pq vous demandez ca", true},
		{"pk vous voulez savoir mon age", true},
		{"pkoi mon age ?", true},
		{"pourquoi ?", true},
		// near misses: an answer, another question
		{"22", false},
		{"pk faire un bilan de competences", false},
		{"pique-nique", false},
	}
	for _, c := range cases {
		s, out := p24aTalk(t, "je suis au chomage", c.in)
		got := strings.Contains(out, x.WhyAsked[string(StateAge)])
		if got != c.why {
			t.Errorf("%q at the age question: why told = %v, want %v (state %s):\n%s", c.in, got, c.why, s.State, out)
		}
	}
}

// The short forms a phone writer types at the way to meet (« par tel »,
// « au tel ») choose it, as the button's label does; a question about the
// agency's number does not.
func TestModalityShortForms(t *testing.T) {
	cases := []struct {
		in   string
		want string // the modality chosen, "" when none
	}{
		{"par tel", string(directory.Phone)},
		{"tel", string(directory.Phone)},
		{"au tel", string(directory.Phone)},
		{"par telephone", string(directory.Phone)},
		{"en personne", string(directory.OnSite)},
		{"2", string(directory.Phone)},
		// near misses
		{"c'est quoi le tel de l'agence ?", ""},
		{"telephonez moi plus tard", ""},
	}
	for _, c := range cases {
		s, out := p24aTalk(t, "j'ai 22 ans, au chomage, j'habite a Bobigny", "1", "1", c.in)
		r, err := loadRecord(s)
		if err != nil {
			t.Fatal(err)
		}
		if r.Modality != c.want {
			t.Errorf("%q at the modality question: modality %q, want %q (state %s):\n%s", c.in, r.Modality, c.want, s.State, out)
		}
	}
}

// « jsp quoi faire après le bac » starts a description (a young person who
// is lost), not « je ne sais pas » as an answer; « jsp » alone still is.
// « jsuis plus a lecole » is a school leaver: a job seeker for the routing.
func TestSchoolLeaverTypedOnAPhone(t *testing.T) {
	x := langOf("fr")
	cases := []struct {
		msgs   []string
		status string // "" to skip; "!x": anything but x
		notIn  string // a sentence the last answer must not hold
		in     string // … and one it must hold
	}{
		{[]string{"jsp quoi faire apres le bac"}, "", x.UnsureInfo, x.AckLost},
		{[]string{"chais pas quoi faire"}, "", x.UnsureInfo, x.AckLost},
		{[]string{"je sais pas quoi faire apres le bac"}, "", x.UnsureInfo, x.AckLost},
		{[]string{"jsp"}, "", x.AckLost, x.UnsureInfo},
		{[]string{"je sais pas quoi faire", "non jsuis plus a lecole"}, "demandeur_emploi", "", ""},
		{[]string{"je sais pas quoi faire", "g arrete lecole en juin"}, "demandeur_emploi", "", ""},
		// near misses: still at school, or a wish
		{[]string{"je sais pas quoi faire", "je suis a lecole de commerce"}, "!demandeur_emploi", "", ""},
		{[]string{"je sais pas quoi faire", "je veux pas quitter lecole"}, "!demandeur_emploi", "", ""},
	}
	for _, c := range cases {
		s, out := p24aTalk(t, c.msgs...)
		if c.notIn != "" && strings.Contains(out, c.notIn) {
			t.Errorf("%q: answer holds %q:\n%s", c.msgs, c.notIn, out)
		}
		if c.in != "" && !strings.Contains(out, c.in) {
			t.Errorf("%q: answer lacks %q:\n%s", c.msgs, c.in, out)
		}
		if c.status != "" {
			r, err := loadRecord(s)
			if err != nil {
				t.Fatal(err)
			}
			if not, ok := strings.CutPrefix(c.status, "!"); ok && r.Facts.Status == not || !ok && r.Facts.Status != c.status {
				t.Errorf("%q: status %q, want %q", c.msgs, r.Facts.Status, c.status)
			}
		}
	}
}

// After a refused consent, the operator a message points to is named with
// a verb that agrees: « les Missions locales peuvent », « France Travail
// peut », never « les Missions locales peut ».
func TestRefusedRouteAgrees(t *testing.T) {
	cases := []struct {
		in   string
		want string
	}{
		{"jsuis au chomage jai 20 ans", "les Missions locales peuvent vous accompagner"},
		{"je suis au chômage, j'ai 45 ans", "France Travail peut vous accompagner"},
		{"je suis cadre dans une banque, 50 ans", "l'Apec peut vous accompagner"},
	}
	for _, c := range cases {
		now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
		clock := func() time.Time { return now }
		d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock))})
		s := &bot.Session{Key: "test:p24a", Channel: "test", User: "p24a", Created: now}
		var out strings.Builder
		for _, in := range []string{"/start", "2", c.in} {
			replies, err := d.Step(context.Background(), s, bot.Inbound{Text: in, Time: now})
			if err != nil {
				t.Fatal(err)
			}
			out.Reset()
			for _, r := range replies {
				out.WriteString(r.Text + "\n")
			}
		}
		if !strings.Contains(out.String(), c.want) || strings.Contains(out.String(), "les Missions locales peut ") {
			t.Errorf("%q after a refusal: want %q, got:\n%s", c.in, c.want, out.String())
		}
	}
}
