package intent_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/intent"
)

// TestEnglishKeepsFrenchTerms: a visitor writing in English often keeps
// the French administrative word (« I'm a fonctionnaire », « I'm au
// chômage since May »). The restatement kept only what it translated, so
// the status was lost and asked again; a French term denied or in the past
// stays unread (near misses).
func TestEnglishKeepsFrenchTerms(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in, status string
		age        int
		handicap   bool
	}{
		{"I'm a fonctionnaire, 33 years old, Lyon", "agent_public", 33, false},
		{"I work as a nurse in a hospital (fonction publique hospitalière)", "agent_public", 0, false},
		{"I'm au chomage since 6 months", "demandeur_emploi", 0, false},
		{"I am demandeur d'emploi, 45 years old", "demandeur_emploi", 45, false},
		{"I'm auto-entrepreneur in web design", "auto_entrepreneur", 0, false},
		{"I am intermittent du spectacle, sound technician", "salarie_prive", 0, false},
		{"I have a CDI in a company", "salarie_prive", 0, false},
		{"I work in an ESAT", "", 0, true},
		// near misses: denied or past, or no French term at all
		{"I'm not a fonctionnaire", "", 0, false},
		{"I was au chomage last year", "", 0, false},
		{"I'm no longer fonctionnaire, 40 years old", "", 40, false},
		{"I am a nurse", "", 0, false},
	} {
		f := viaEnglish(c.in, now)
		h := f.Handicap != nil && *f.Handicap
		if f.Status != c.status || f.Age != c.age || h != c.handicap {
			t.Errorf("%q (%q): status %q age %d handicap %v, want %q %d %v",
				c.in, intent.ToFrench(c.in), f.Status, f.Age, h, c.status, c.age, c.handicap)
		}
	}
}
