package intent_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
)

// Wave 2, w1 (issue 13): an English visitor's non-profit employer is a
// private employer and « a non-profit » does not switch the dialogue to
// French; an occupation of both sectors (« I'm a nurse ») is restated so
// that the sector is asked, not the status. Near-misses: a volunteer, a
// relative's occupation, French messages.
func TestW1EnglishEmployers(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in, status string
		undecided  bool // the sector is asked
	}{
		{"I work for a non-profit", "salarie_prive", false},
		{"a non-profit", "salarie_prive", false},
		{"I work at a charity in Lyon", "salarie_prive", false},
		{"I'm a nurse", "", true},
		{"I work as a teacher, I am 40", "", true},
		{"a nurse, 33, Nancy", "", true},
		// near-misses
		{"I volunteer for a charity and I am unemployed", "demandeur_emploi", false},
		{"my wife is a nurse", "", false},
	} {
		f := viaEnglish(c.in, now)
		if f.Status != c.status {
			t.Errorf("%q (%q): status %q; want %q", c.in, intent.ToFrench(c.in), f.Status, c.status)
		}
		if got := f.Doubts&analysis.DoubtSector != 0; got != c.undecided {
			t.Errorf("%q (%q): sector doubt %v; want %v", c.in, intent.ToFrench(c.in), got, c.undecided)
		}
	}
	for _, c := range []struct {
		in   string
		lang intent.Lang
	}{
		{"a non-profit", intent.Unknown},
		{"non-profit", intent.Unknown},
		{"I work for a non-profit", intent.English},
		// near-misses: French stays French
		{"non merci", intent.French},
		{"je travaille dans une association à but non lucratif", intent.French},
	} {
		if got := intent.DetectLang(c.in); got != c.lang {
			t.Errorf("DetectLang(%q) = %q; want %q", c.in, got, c.lang)
		}
	}
}

// A city, county or regional council names the territorial branch in
// English too (it was asked); a civil servant alone still has it asked.
func TestW1EnglishCouncil(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, branch string }{
		{"I work for the city council in Lille, I'm 50", "territoriale"},
		{"I work for the county council", "territoriale"},
		{"I work at the regional council", "territoriale"},
		// near-miss
		{"I am a civil servant", ""},
	} {
		f := viaEnglish(c.in, now)
		if f.Status != "agent_public" || f.Branch != c.branch {
			t.Errorf("%q (%q): %q %q; want agent_public %q", c.in, intent.ToFrench(c.in), f.Status, f.Branch, c.branch)
		}
	}
}

// « at the hospital » is read as « à l'hôpital » (public, as in French);
// a private hospital stays private.
func TestW1EnglishHospital(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, status string }{
		{"I work at the hospital in Nantes, I'm a nurse, 33", "agent_public"},
		{"nurse at the local hospital", "agent_public"},
		// near-miss
		{"I'm a nurse at a private hospital", "salarie_prive"},
	} {
		if f := viaEnglish(c.in, now); f.Status != c.status {
			t.Errorf("%q (%q): %q; want %q", c.in, intent.ToFrench(c.in), f.Status, c.status)
		}
	}
}
