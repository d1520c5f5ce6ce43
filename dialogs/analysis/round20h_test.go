package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// A bac+3 graduate employed as a non-cadre who looks for a cadre post is
// row 6 (Apec); without the degree, with a cadre post only offered or a
// relative's wish, or with no wish at all, the regional operator stays.
func TestRound20HGraduateSeeksCadre(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want string
	}{
		{"Je ne suis pas cadre mais j'ai un master. Je suis assistante en CDI dans une PME à Tours, 34 ans. Je cherche un poste de cadre.", routing.Apec},
		{"bac+5 pas cadre, technicien en cdi ds une pme a rennes, 35 ans, jvise un poste avec le statut cadre", routing.Apec},
		{"J'ai une licence de gestion, je suis employé de banque en CDI à Lille, 40 ans, et je voudrais devenir chargé d'affaires cadre.", routing.Apec},
		// near misses: no degree, a post offered, a relative's wish, no wish
		{"Je suis assistante en CDI dans une PME à Tours, 34 ans. Je cherche un poste de cadre.", routing.OperateurRegional},
		{"J'ai un master, je suis technicien en CDI à Rennes, 35 ans, on me propose un poste de cadre mais je n'en ai pas envie.", routing.OperateurRegional},
		{"J'ai un master, je suis technicienne en CDI à Rennes, 35 ans, mon mari voudrait devenir cadre.", routing.OperateurRegional},
		{"J'ai un master, je suis technicien en CDI à Rennes, 35 ans, je voudrais faire un bilan de compétences.", routing.OperateurRegional},
	} {
		f := analysis.Analyse(c.text, now)
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, cadre %v, diplômé %v, seeks %v); want %q", c.text, got, f.Status, f.Cadre, f.JeuneDiplome, f.SeeksCadre, c.want)
		}
	}
}
