package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17GHandicap checks the disability rules generalised in round 17G
// (a fact told in other words than the sentence its rule was written for) on
// sentences of their own, not taken from tuning60 (testNow is 15 June 2026).
// Each phenomenon has a case the rule must not catch.
func TestRound17GHandicap(t *testing.T) {
	for _, tc := range []struct{ in, handicap string }{
		// the RQTH denied in its own words
		{"magasinier en CDI, aucune reconnaissance de travailleur handicapé, 50 ans", "false"},
		{"pas de reco handicap, juste un dos fragile, vendeuse en CDI", "false"},
		{"je n'ai pas la qualité de travailleur handicapé", "false"},
		{"j'ai une reconnaissance de travailleur handicapé depuis 2020", "true"},
		{"reconnu travailleur handicapé l'an dernier, cariste", "true"},
		// the rente of a work accident or an occupational disease, told
		// with the spoken or administrative words
		{"accident du boulot en 2023, on me verse une rente, maçon salarié", "true"},
		{"après un accident professionnel je touche une rente de la CPAM", "true"},
		{"maladie pro reconnue (tendinite), j'ai une rente", "true"},
		{"maladie pro reconnue mais pas de rente, boulanger salarié", "null"},
		{"accident du taf l'an dernier, arrêté trois mois, aucune séquelle", "null"},
		{"je touche une rente de ma grand-mère, vendeuse", "null"},
		// the permanent incapacity without « partielle »
		{"la sécu m'a reconnu une incapacité permanente de 12 %", "true"},
		{"incapacité de travail de trois semaines après une grippe", "null"},
	} {
		f := analysis.Analyse(tc.in, testNow)
		if got := boolStr(f.Handicap); got != tc.handicap {
			t.Errorf("Analyse(%q).Handicap = %s, want %s", tc.in, got, tc.handicap)
		}
	}
}
