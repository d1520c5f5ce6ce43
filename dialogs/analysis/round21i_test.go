package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21I: the writer's own cadre does not become the cadre of the person
// written about (lexicon_round21i.go, writersCadreR21i), here after « un de nos
// salariés » (round 18R) too. Near-misses: a writer who is cadre and speaks of
// their own situation, mentioning a relative in passing, stays cadre.
func TestRound21IWritersCadre(t *testing.T) {
	for _, c := range []struct {
		text, status string
		cadre        string // "nil", "true", "false"
	}{
		// what changes
		{"Je suis cadre chez Thales à Élancourt et ma fille, 29 ans, est au chômage depuis la fin de son CDD de secrétaire.", "demandeur_emploi", "nil"},
		{"Cadre dans une banque à Nantes, je vous écris pour mon fils de 31 ans qui a été licencié de son poste de magasinier.", "demandeur_emploi", "nil"},
		{"Je suis DRH, cadre, dans une société de logistique à Orléans. Un de nos salariés, cariste, 41 ans, en CDI, souhaite devenir formateur.", "salarie_prive", "nil"},
		{"Je suis DRH d'un groupe hôtelier à Nice et l'une de nos salariées, assistante, 52 ans, en CDI, voudrait faire une VAE.", "salarie_prive", "nil"},
		{"Je suis cadre chez Airbus et je me renseigne pour ma fille de 26 ans, en CDI comme serveuse à Blagnac, qui voudrait devenir professeure.", "salarie_prive", "nil"},
		// near-misses that must not change
		{"J'ai 45 ans, je suis cadre commercial chez Orange à Rennes et je voudrais faire un bilan. Ma femme est prof, elle me dit de me lancer.", "salarie_prive", "true"},
		{"Je suis cadre en CDI chez Orange à Rennes, mon mari est au chômage et je voudrais faire un bilan.", "salarie_prive", "true"},
		{"J'étais cadre chez Renault, mon patron m'a licencié en mars.", "demandeur_emploi", "true"},
		{"Mon fils de 30 ans est cadre en CDI chez Airbus et voudrait changer de voie, je vous écris pour lui.", "salarie_prive", "true"},
	} {
		f := analysis.Analyse(c.text, testNow)
		got := "nil"
		if f.Cadre != nil {
			got = map[bool]string{true: "true", false: "false"}[*f.Cadre]
		}
		if f.Status != c.status || got != c.cadre {
			t.Errorf("%q: status %q cadre %s; want %q cadre %s", c.text, f.Status, got, c.status, c.cadre)
		}
	}
}
