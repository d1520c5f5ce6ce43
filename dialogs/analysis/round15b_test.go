package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound15BRules checks the rules of round 15B (lexicon_round15b.go) on
// sentences of their own, not taken from tuning52 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound15BRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the trade a course prepares for is not the job held
		{"magasinier, licencié en avril, je voudrais une formation de conducteur de bus", "demandeur_emploi"},
		{"rupture conventionnelle en février, toujours rien, je pense à un CAP de boulanger", "demandeur_emploi"},
		{"je suis en deuxième année d'études d'infirmière, je ne travaille pas", "etudiant"},
		{"je suis chauffeur livreur en CDI et je fais une formation le soir", "salarie_prive"},
		// the last year of a course
		{"en dernière année de BTS compta, je ne bosse pas, 20 ans", "etudiant"},
		{"je suis en dernière année de licence de sociologie", "etudiant"},
		{"en dernière année de contrat chez Michelin, 40 ans", "salarie_prive"},
	} {
		f := analysis.Analyse(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
