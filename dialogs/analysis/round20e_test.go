package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// The job of a season that is not the season of now is asked; a word of
// now, a contract with its term, a purpose « pour l'hiver » or the season
// of now keep the rules' reading.
func TestRound20EOffSeason(t *testing.T) {
	december := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	july := time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		now   time.Time
		asked bool
	}{
		{"saisonnier en Corse, serveur l'été, 27 ans, je cherche une formation pour l'hiver", december, true},
		{"serveuse saisonnière l'été dans un restaurant à Calvi, 22 ans", december, true},
		{"je suis saisonnier l'hiver comme serveur dans un hôtel à Tignes, 24 ans", july, true},
		{"je suis saisonnier l'hiver comme serveur dans un hôtel à Tignes, 24 ans", december, false},
		{"serveuse saisonnière l'été dans un restaurant à Calvi, 22 ans", july, false},
		{"saisonnier l'été, actuellement serveur à Nice, 30 ans", december, false},
		{"saisonnier, je suis en CDI dans un hôtel depuis l'hiver dernier", july, false},
		{"commis en cdd saisonnier dans une station de ski, finit fin avril, 19 ans", july, false},
	} {
		f := analysis.Analyse(c.text, c.now)
		if asked := f.Status == ""; asked != c.asked {
			t.Errorf("%q at %s: status %q, doubts %b; want asked %v", c.text, c.now.Format("January"), f.Status, f.Doubts, c.asked)
		}
	}
}
