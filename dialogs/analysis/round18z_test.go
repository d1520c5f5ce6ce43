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
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18zPublicHire checks the public body subject of the hire and
// « j'ai connu » telling a span over (round 18Z).
func TestRound18zPublicHire(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"La mairie de Vannes m'a embauchée en janvier comme agent d'entretien. 47 ans.", "agent_public"},
		{"le conseil departemental m a recrute en cdd y a 1 mois, 39a", "agent_public"},
		{"J'ai connu le chômage pendant trois ans ; depuis mars, la commune m'a engagé au service des espaces verts. 52 ans.", "agent_public"},
		// (the public body hires in general, not the writer: not read)
		{"La région recrute des agents pour ses lycées, est-ce ouvert aux chômeurs ? Je suis sans emploi, 45 ans.", "demandeur_emploi"},
		// (« je suis » in the clause keeps « connu » from making it past)
		{"J'ai connu un licenciement et je suis au chômage, 45 ans.", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
