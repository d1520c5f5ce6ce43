package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// « changer de travail / de boulot / de taf » is a reconversion wish (the
// readable sets' label 14 times out of 16); a move of post or employer stays
// mobilité, a training stays formation.
func TestChangeOfWorkIsReconversion(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"je veux changer de travail", "reconversion"},
		{"jveux changer de taf, cariste en cdi, 33 ans", "reconversion"},
		{"ma femme voudrait changer de boulot, elle habite Tours", "reconversion"},
		{"je voudrais changer de poste dans mon entreprise", "mobilite"},
		{"je voudrais changer d'employeur, même métier", "mobilite"},
		{"il veut passer son permis poids lourd pour changer de travail", "formation"},
	} {
		if got := analysis.Analyse(tc.text, testNow).Project; got != tc.want {
			t.Errorf("%q: project %q, want %q", tc.text, got, tc.want)
		}
	}
}
