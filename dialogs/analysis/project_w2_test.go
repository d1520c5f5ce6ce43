package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A field or trade wished for is a project (persona w2): entering or going
// back to work for who holds no job, a reconversion for who holds one; the
// job held said the same way is none, and a project named besides wins.
func TestFieldWishedIsProject(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"je suis en service civique, 24 ans, après je voudrais travailler dans l'animation", "reprise_activite"},
		{"19 ans, j'ai arrêté le lycée, jveux bosser dans la vente", "reprise_activite"},
		{"au chômage depuis un an, j'aimerais travailler comme cariste", "reprise_activite"},
		{"je suis caissière en CDI, je voudrais travailler dans la petite enfance", "reconversion"},
		{"je travaille dans la logistique, 40 ans, Lyon", ""},
		{"je voudrais une formation pour travailler comme cariste", "formation"},
		{"je voudrais travailler dans une entreprise normale, je suis en esat", "mobilite"},
	} {
		if got := analysis.Analyse(tc.text, testNow).Project; got != tc.want {
			t.Errorf("%q: project %q, want %q", tc.text, got, tc.want)
		}
	}
}
