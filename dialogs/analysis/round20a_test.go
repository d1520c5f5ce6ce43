package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound20aAge checks round 20A on sentences of its own (testNow is 15
// June 2026): an age before « de <pays> », in English before the rest of
// the sentence, in Creole (« lanné »), or said for a birthday ahead; and
// the near-misses that keep their reading.
func TestRound20aAge(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		{"Je suis Moussa 22 ans du Mali, je cherche du travail à Lyon.", 22},
		{"hi im 21 from nigeria, no job, living in Lille", 21},
		{"Hi, I'm 24 and I live in Lens, je cherche un emploi.", 24},
		{"Bonjou, man ni 24 lanné, an ka chèché travay Fort-de-France.", 24},
		{"Dans deux semaines j'ai 26 ans, je suis au chômage à Lens.", 25},
		{"Mon anniversaire c'est dans 3 jours : 26 ans. Je cherche du travail à Caen.", 25},
		// near-misses
		{"J'ai 40 ans, 12 ans de carrière, je suis au chômage à Lens.", 40},
		{"en fin de CDD dans 2 semaines j'ai 38 ans, Évreux", 38},
		{"Infirmière à Fort-de-France dépi 20 lanné, 45 ans.", 45},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.age {
			t.Errorf("%q: age %d, want %d", tc.in, got, tc.age)
		}
	}
}

// TestRound20aCadre checks that a DRH named with an article or a
// possessive, « not cadre » and « cadre ? je ne sais pas » do not make
// the writer a cadre, while « je suis DRH » still does.
func TestRound20aCadre(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cadre *bool
	}{
		{"Technicien en CDI chez Airbus, pas cadre, la DRH me propose une mutation, 40 ans.", boolp(false)},
		{"Opérateur en CDI dans une usine, ma DRH me propose une formation, 35 ans.", nil},
		{"I work as a developer on a CDI in Lyon, I am not cadre.", boolp(false)},
		{"Cadre ? Je ne sais pas, je suis vendeuse en CDI à Lyon.", nil},
		// near-misses
		{"Je suis DRH dans une PME à Nantes, 50 ans.", boolp(true)},
		{"J'ai été la DRH d'une PME pendant 10 ans, je suis au chômage, 50 ans.", boolp(true)},
		{"Je suis cadre en CDI chez Orange, 45 ans.", boolp(true)},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Cadre
		if (got == nil) != (tc.cadre == nil) || got != nil && *got != *tc.cadre {
			t.Errorf("%q: cadre %v, want %v", tc.in, show(got), show(tc.cadre))
		}
	}
}

func show(b *bool) string {
	if b == nil {
		return "nil"
	}
	if *b {
		return "true"
	}
	return "false"
}
