package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Persona round q28a: leaving an ESAT for an ordinary company, wished, is
// a move (« mobilite »); the same words told of where one works, denied,
// by a job seeker, or beside another project are no move.
func TestQ28aESATToOrdinaryWork(t *testing.T) {
	for _, c := range []struct{ text, project string }{
		// what changes
		{"je travaille en ESAT, je voudrais aller en milieu ordinaire", "mobilite"},
		{"jsuis en esat depuis 6 ans, jvoudrai travailler en milieu ordinaire", "mobilite"},
		{"mon frère est en ESAT, il aimerait travailler en entreprise", "mobilite"},
		{"en ESAT depuis 8 ans, je souhaite rejoindre une entreprise adaptée", "mobilite"},
		{"je suis en ESAT et je voudrais travailler dans une entreprise normale", "mobilite"},
		// near-misses that must not change
		{"je travaille en entreprise adaptée en CDI, 38 ans", ""},
		{"je travaille en milieu ordinaire depuis 3 ans", ""},
		{"ESAT depuis 10 ans, je ne veux pas aller en milieu ordinaire", ""},
		{"je suis en ESAT, je voudrais une formation pour aller travailler en entreprise", "formation"},
		{"je suis en ESAT, je voudrais faire un bilan pour travailler en milieu ordinaire", "bilan"},
		{"je ne suis plus en ESAT, je cherche maintenant un emploi en milieu ordinaire", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Project != c.project {
			t.Errorf("%q: project %q; want %q", c.text, f.Project, c.project)
		}
	}
}
