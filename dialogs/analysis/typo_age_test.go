package analysis_test

import (
	"slices"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A town misspelt after an age in a list typed on a phone (« 50 ans à
// marseil ») is a place, not the place of a duration (« 10 ans à la
// mairie »): the age is kept and the town is confirmed by a question.
func TestAgeBeforeMisspeltTown(t *testing.T) {
	for _, c := range []struct {
		in   string
		age  int
		cand string
	}{
		{"demandeur d'emploi 50 ans à marseil", 50, "Marseille (Bouches-du-Rhône, 13)"},
		{"50 ans à marseil, au chômage", 50, "Marseille (Bouches-du-Rhône, 13)"},
		{"chômeur 50 ans à toulous", 50, "Toulouse (Haute-Garonne, 31)"},
		{"demandeur d'emploi 50 ans à Marseil", 50, "Marseille (Bouches-du-Rhône, 13)"},
		// durations and unknown words stay what they were
		{"demandeur d'emploi 50 ans à xyzzyx", 0, ""},
		{"10 ans à la mairie", 0, ""},
		{"j'ai travaillé 20 ans à carrefour", 0, ""},
	} {
		f := analysis.Analyse(c.in, testNow)
		if f.Age != c.age {
			t.Errorf("Analyse(%q).Age = %d, want %d", c.in, f.Age, c.age)
		}
		if c.cand == "" && len(f.Candidates) > 0 || c.cand != "" && !slices.Contains(f.Candidates, c.cand) {
			t.Errorf("Analyse(%q).Candidates = %v, want %q", c.in, f.Candidates, c.cand)
		}
	}
}
