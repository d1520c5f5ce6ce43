package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21D: the last year of an engineering or business school and
// « diplômé(e) en master … » hold a bac+3 or more (lexicon_round21d.go
// says why). Near-misses keep a course under way: an earlier year of the
// school, « en master » alone, a licence to come (round 20Q).
func TestRound21DGraduates(t *testing.T) {
	for _, c := range []struct {
		text string
		held bool
	}{
		// what changes
		{"Je suis en dernière année d'école d'ingénieurs à Grenoble, 23 ans, en stage chez Schneider, et je cherche un CDI pour septembre.", true},
		{"Étudiante en 5e année d'école de commerce, 23 ans, je cherche mon premier emploi, Lille.", true},
		{"Jeune diplômée en master de chimie, 24 ans, je suis au chômage, j'habite à Pau.", true},
		{"diplômé en licence pro logistique, 22 ans, je cherche un poste, Cergy", true},
		// near-misses that must not change
		{"Je suis en 2e année d'école d'ingénieurs, 20 ans, je voudrais me réorienter.", false},
		{"Je suis en master de chimie, 22 ans, Pau.", false},
		{"Étudiant en dernière année de licence de LEA à Nice, 21 ans, je voudrais travailler dès septembre.", false},
		{"Je suis en première année d'école de commerce, 19 ans, Rouen.", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		got := f.JeuneDiplome != nil && *f.JeuneDiplome
		if got != c.held {
			t.Errorf("%q: degree held %v, want %v", c.text, got, c.held)
		}
	}
}
