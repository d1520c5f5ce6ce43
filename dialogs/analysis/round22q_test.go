package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22Q: an employer, a manager or a tutor who writes about one of
// their people WITHOUT « un de nos … » (« une aide-soignante de mon
// équipe », « ma secrétaire, 52 ans », « j'ai un chauffeur de 61 ans »):
// the writer's own status, cadre and age are set aside and the person's
// are read (lexicon_round22q.go says why). Near-misses keep the writer's
// facts: a writer asking for himself, an employee naming a boss, « à mon
// compte, 39 ans », a thing followed by an age.
func TestRound22QWorker(t *testing.T) {
	type want struct {
		status string
		cadre  string // "true", "false", "" (unknown)
		age    int
	}
	for _, c := range []struct {
		text string
		w    want
	}{
		// what changes
		{"Je suis cadre de santé dans une clinique privée à Rennes. Une aide-soignante de mon équipe, 44 ans, en CDI, voudrait devenir infirmière.", want{"salarie_prive", "", 44}},
		{"Je suis médecin libéral à Quimper. Ma secrétaire médicale, 40 ans, en CDI, voudrait devenir infirmière.", want{"salarie_prive", "", 40}},
		{"Gérante d'une auto-école à Évreux, mon moniteur, 50 ans, en CDI, veut créer sa propre auto-école.", want{"salarie_prive", "", 50}},
		{"Bjr je suis gérant d'un bar à Perpignan, mon barman a 37 ans il est en CDI et veut passer un diplôme de sommelier", want{"salarie_prive", "", 37}},
		{"DRH d'un groupe logistique (cadre, 51 ans). Un de nos caristes, 37 ans, en CDI, souhaite évoluer vers un poste de chef d'équipe.", want{"salarie_prive", "", 37}},
		{"Responsable de salle dans une brasserie à Lyon, un serveur de mon équipe de 26 ans en CDI veut se reconvertir dans l'informatique", want{"salarie_prive", "", 0}},
		// near-misses that must not change
		{"Mon compagnon est fonctionnaire et moi je suis à mon compte, 39 ans, Nantes", want{"independant", "", 39}},
		{"Je suis chef de cuisine, 44 ans, en CDI, mon commis part et je veux changer de métier moi aussi.", want{"salarie_prive", "", 44}},
		{"Aide-soignante de 34 ans en CDI dans une clinique privée à Nîmes, ma cadre de santé m'a parlé du CEP, je veux devenir infirmière.", want{"salarie_prive", "", 34}},
		{"Je suis gérante d'un salon de toilettage canin à Épinal, à mon compte, 36 ans, j'ai une allergie qui s'aggrave, je dois changer de voie.", want{"artisan", "", 36}},
		{"Je suis commerçante, j'ai une épicerie à Dzaoudzi, 47 ans", want{"independant", "", 47}},
		{"Mon père était artisan, moi je suis au chômage depuis la fin de mon intérim, 29 ans, je veux reprendre l'entreprise familiale. Albi.", want{"demandeur_emploi", "", 29}},
	} {
		f := analysis.Analyse(c.text, testNow)
		cadre := ""
		if f.Cadre != nil && *f.Cadre {
			cadre = "true"
		} else if f.Cadre != nil {
			cadre = "false"
		}
		got := want{f.Status, cadre, f.Age}
		if got != c.w {
			t.Errorf("%q: got %+v; want %+v", c.text, got, c.w)
		}
	}
}
