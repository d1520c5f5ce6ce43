package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound20mAge checks round 20M on sentences of its own (testNow is 15
// June 2026): the bare « j'ai N » going on with a conjunction, « printemps »
// and « yrs old » as units of age, an aside between the person and « de N
// ans »; a thing's age, a retirement age, a range of ages and the age of a
// past event are not the writer's. The near-misses keep their reading.
func TestRound20mAge(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		{"Bonjour, j'ai 23 et je n'ai plus de travail depuis avril, Lille.", 23},
		{"j'ai 48 donc pas facile de retrouver un poste", 48},
		{"Vendeur en CDI, 19 printemps, je voudrais évoluer.", 19},
		{"Hello, 22 yrs old, no job, living in Rennes", 22},
		{"Jeune diplômée (licence pro) de 24 ans, je cherche un emploi.", 24},
		{"Notre société a 40 ans et je veux la quitter.", 0},
		{"Je compte partir à la retraite à 63 ans, je suis cuisinier.", 0},
		{"Je forme des jeunes de 18 à 25 ans dans mon atelier.", 0},
		{"Le centre accueille les 20-30 ans, est-ce pour moi ?", 0},
		{"Je suis arrivé en France à 19 ans et je cherche du travail.", 0},
		{"À 22 ans je travaillais déjà sur les chantiers.", 0},
		// near-misses
		{"j'ai 2 et 4 ans d'ancienneté dans deux boîtes", 0},
		{"des CDD, j'en ai 20 et je voudrais un CDI", 0},
		{"Le CEP est-il limité aux moins de 26 ans ? Moi j'en ai 29 et je cherche un emploi.", 29},
		{"Je viens de partir à la retraite à 61 ans et je veux encore travailler.", 61},
		{"À 24 ans je voudrais trouver un emploi stable.", 24},
		{"À 24 ans, je cherche mon premier emploi.", 24},
		{"Salarié (CDI) depuis 12 ans, 41 ans, je veux changer.", 41},
		{"Je fais ce métier depuis 5 printemps.", 0},
		{"Mon fils a 20 ans et moi j'ai 47 ans, je suis au chômage.", 47},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.age {
			t.Errorf("%q: age %d, want %d", tc.in, got, tc.age)
		}
	}
}
