package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Persona round q27a: « m'installer » followed by where or when one
// settles is moving home, not a business created; followed by a trade, or
// alone, it still is.
func TestQ27aSettlingIsNoBusiness(t *testing.T) {
	for _, c := range []struct{ text, project string }{
		// what changes
		{"je vis au Canada, je reviens m'installer à Bordeaux en mars, je veux me reconvertir", "reconversion"},
		{"je pars m'installer à Montpellier en juillet, au chômage, 38 ans", ""},
		{"j'ai démissionné pour m'installer en Corse, je cherche un emploi", "reprise_activite"},
		// near-misses that must not change
		{"je veux m'installer à mon compte", "creation_activite"},
		{"je vais m'installer comme kiné", "creation_activite"},
		{"je veux m'installer en maraîchage bio", "creation_activite"},
		{"je veux m'installer en élevage de chèvres en Ardèche", "creation_activite"},
		{"je voudrais m'installer en libéral à Royan", "mobilite"},
		{"je veux me lancer à Bordeaux", "creation_activite"},
		{"je veux créer mon entreprise et m'installer à Lyon", "creation_activite"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Project != c.project {
			t.Errorf("%q: project %q; want %q", c.text, f.Project, c.project)
		}
	}
}
