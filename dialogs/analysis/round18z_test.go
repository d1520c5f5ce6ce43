package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18zStatus checks the rules of round 18Z (a fonctionnaire in
// disponibilité « sans activité », the SMS « conjointe collab ») on
// sentences of their own, not taken from a tuning set (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound18zStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a fonctionnaire in disponibilité, without work for now
		{"Adjoint administratif titulaire, je suis en disponibilité pour suivre mon mari à Brest. Actuellement sans emploi, 38 ans.", "agent_public"},
		{"fonctionnaire hospitaliere en disponibilite depuis janvier, aujourd hui sans activite, 44a", "agent_public"},
		// (a disponibilité told in the past, then a resignation: no longer an agent)
		{"J'étais fonctionnaire en disponibilité, j'ai démissionné en mars. Actuellement sans emploi, 38 ans.", "demandeur_emploi"},
		// the spouse working in the family business, told in SMS
		{"jsuis conjoint collab ds la librairie de ma femme depuis 2015, 51a", "independant"},
		// (« collab » alone, a colleague: not read)
		{"ma collab est partie en congé, jsuis perdu, 51a", ""},
	} {
		if got := analysis.Analyse(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
