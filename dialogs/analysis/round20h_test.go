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
		{"J'ai un master, je suis technicien en CDI à Rennes, 35 ans, je n'ai jamais voulu passer cadre.", routing.OperateurRegional},
		{"J'ai un master, je suis technicien en CDI à Rennes, 35 ans, je cherche un cadre de travail plus serein.", routing.OperateurRegional},
	} {
		f := analysis.Analyse(c.text, now)
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, cadre %v, diplômé %v, seeks %v); want %q", c.text, got, f.Status, f.Cadre, f.JeuneDiplome, f.SeeksCadre, c.want)
		}
	}
}

// A « cadre » word that names a training or an exam (« formation de cadre
// de santé », « concours de cadre ») is no cadre status; the status stated
// plainly, or denied, is still read.
func TestRound20HCadreCourse(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	yes, no := true, false
	for _, c := range []struct {
		text string
		want *bool
	}{
		{"Je suis aide-soignante dans une clinique privée, 45 ans. Je pensais à une formation de cadre de santé.", nil},
		{"Technicien en CDI, 40 ans, je me demande si je peux préparer le concours de cadre.", nil},
		{"Éducatrice en CDI dans une association, 50 ans, je regarde l'école des cadres du secteur social.", nil},
		// near misses: the status itself, stated or denied
		{"Je suis cadre de santé dans une clinique privée, 45 ans, je voudrais une formation en management.", &yes},
		{"Responsable formation, statut cadre, 44 ans, Lyon.", &yes},
		{"Technicien en CDI, non cadre, 40 ans, je voudrais une formation de soudeur.", &no},
	} {
		f := analysis.Analyse(c.text, now)
		if (f.Cadre == nil) != (c.want == nil) || f.Cadre != nil && *f.Cadre != *c.want {
			t.Errorf("%q: cadre %v; want %v", c.text, f.Cadre, c.want)
		}
	}
}
