package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22S: disability facts (lexicon_round22s.go says why). « RTH » is
// read as « RQTH »; a recognition asked for (« un dossier à la MDPH pour une
// reconnaissance de travailleur handicapé »), a job title of the disability
// policy (« chargée de mission handicap »), a relative's disability told by
// its complement (« le handicap de mon fils »), an invalidity only foreseen
// and a recognition not renewed state none. Near-misses keep theirs.
func TestRound22SHandicap(t *testing.T) {
	yes, unk := "true", "null"
	for _, c := range []struct{ text, want string }{
		// what changes
		{"RTH depuis 2018, je cherche un travail, 46 ans, Saintes", yes},
		{"j ai la rth, agent de propreté en cdi, 42 ans, Tarbes", yes},
		{"J'ai déposé un dossier à la MDPH pour une reconnaissance de travailleur handicapé, je suis demandeur d'emploi, 51 ans, Niort", unk},
		{"Je suis chargée de mission handicap dans une grande entreprise, cadre, 42 ans, Paris", unk},
		{"Je suis référent handicap dans une usine, 45 ans, Lyon", unk},
		{"le handicap de mon fils m'oblige à travailler à temps partiel, je suis vendeuse, 43 ans, Châlons", unk},
		{"On m'a dit que je pourrais être en invalidité, je suis en arrêt depuis 2 ans, salariée, 55 ans, Brive", unk},
		{"J'ai été reconnu travailleur handicapé en 2005 mais je ne l'ai pas renouvelé, je suis au chômage, 50 ans, Dax", unk},
		// near-misses that must not change
		{"J'ai la RQTH depuis 2019 et je cherche un emploi de bureau, 44 ans, Tours", yes},
		{"J'ai la RQTH, je suis au chômage, 45 ans, Reims", yes},
		{"Je suis en situation de handicap et je cherche un emploi, 34 ans, Pau", yes},
		{"Je suis en invalidité depuis mon AVC et je voudrais faire un bilan de compétences, 58 ans, Cahors", yes},
		{"RQTH valable jusqu'en 2029, électricien en CDI, 46 ans, Niort", yes},
		{"Mon fils de 28 ans a une RQTH et cherche un emploi, il habite Metz", yes},
		{"j'ai eu la reconaissance de travailleur handicapé l'an dernier, je suis au chômage, 41 ans, Blois", yes},
		{"Je suis reconnu handicapé par la MDPH, chômeur, 48 ans, Melun", yes},
	} {
		f := analysis.Analyse(c.text, testNow)
		got := "null"
		if f.Handicap != nil {
			got = "false"
			if *f.Handicap {
				got = "true"
			}
		}
		if got != c.want {
			t.Errorf("%q: handicap %s; want %s", c.text, got, c.want)
		}
	}
}
