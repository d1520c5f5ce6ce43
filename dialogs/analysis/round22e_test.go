package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22E: a contract whose end is told months ahead of today is a job
// still held, and the statistical veto no longer asks again that dated
// reading; the noun of the end with a month months ahead (« fin de
// contrat en novembre » said in June) is no end within weeks
// (lexicon_round22e.go says why). Near-misses keep their status: an end
// within weeks, a day and a month without a year (the sets' job seeker),
// a public contract, an end gone by.
func TestRound22EDatedEnds(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Mon contrat se termine en mars prochain, je veux me former au numérique. 46 ans, Orléans.", "salarie_prive"},
		{"mon CDD se termine dans un an, 55 ans, Perpignan, formation comptable", "salarie_prive"},
		{"mon CDD finit le 30 juin 2027, 36 ans, Toulouse, formation", "salarie_prive"},
		{"fin de contrat en novembre, je voudrais préparer la suite, 48 ans, Poitiers", ""},
		{"fin de CDD en décembre, je cherche une formation, 39 ans, Rennes", ""},
		// near-misses that must not change
		{"fin de contrat fin juin, je veux changer de métier. 52 ans, Brest", "demandeur_emploi"},
		{"fin de contrat en juillet, je cherche une formation, 44 ans, Nancy", "demandeur_emploi"},
		{"mon CDD se termine dans un mois, 35 ans, Lille", "demandeur_emploi"},
		{"mon cdd s'arrête le 12 janvier 36 ans Vannes", "demandeur_emploi"},
		{"je suis dans la gendarmerie, fin de contrat en mars, 29 ans, Satory", "agent_public"},
		{"Je suis titulaire d'une licence de sociologie (bac+3), j'ai 25 ans, je suis au chômage depuis ma fin de contrat d'animateur en février. J'habite Poitiers.", "demandeur_emploi"},
		{"anciennement contractuel à l'université, fin de contrat en décembre, au chômage, 34 ans, Grenoble", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
