package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 22G: « jeune diplômé(e) ingénieur(e) » is a bac+5 degree (row 3:
// Apec), and a 16–25 year old's cadre-likely title leaves the route to the
// cadre question (row 3 or 4) instead of the mission locale by default
// (lexicon_round22g.go says why). Near-misses keep their route: a degree
// below bac+3, a trainee engineer, a rank below cadre, the age boundary.
func TestRound22GYoungCadre(t *testing.T) {
	for _, c := range []struct{ text, operator string }{
		// what changes
		{"vingt-quatre ans, jeune diplômée ingénieure, en recherche d'emploi à Brest", "apec"},
		{"vingt-trois ans, jeune diplômé ingénieur, en recherche d'emploi, Compiègne", "apec"},
		{"jsuis jeune diplomé ingé 22 ans je cherche un taf", "apec"},
		{"J'ai 25 ans, je suis ingénieure en CDI dans l'aéronautique depuis un an et je doute de ma voie", ""},
		{"24 ans, ingénieur d'études en CDI chez un éditeur de logiciels, je veux faire un bilan", ""},
		{"J'ai 23 ans, je suis chef de projet junior en CDI dans une agence web", ""},
		// near-misses that must not change
		{"22 ans, BTS MCO en poche, je cherche un emploi", "mission_locale"},
		{"Étudiant en alternance chez Airbus à Blagnac (ingénieur apprenti, 3e année), 23 ans, je voudrais savoir comment passer cadre à la sortie.", "mission_locale"},
		{"Situation : élève ingénieur en troisième année, en apprentissage chez Airbus. Âge : 23 ans.", "mission_locale"},
		{"J'ai 23 ans, je suis agent de maîtrise chez Lidl", "mission_locale"},
		{"Chef d'équipe dans la logistique, 24 ans, je veux changer de boîte", "mission_locale"},
		{"Ingénieur diplômé de l'INSA, 24 ans, je cherche mon premier job", "apec"},
		{"J'ai 24 ans et je suis cadre dans une start-up, je veux changer de secteur", "apec"},
		{"Je veux devenir ingénieur, j'ai 22 ans et je suis vendeur en CDI", "mission_locale"},
		{"J'ai 26 ans, j'ai une RQTH et je suis ouvrier en CDI", "cap_emploi"},
		{"J'ai 25 ans, CAP boulanger, je suis au chômage", "mission_locale"},
	} {
		if got := routing.Route(analysis.Analyse(c.text, testNow)).Operator; got != c.operator {
			t.Errorf("%q: operator %q; want %q", c.text, got, c.operator)
		}
	}
}
