package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21S: the kind of self-employment. Trades of the secteur des métiers
// not read before (garagiste, mécano, prothésiste, toiletteur, institut
// d'esthétique, entreprise d'électricité, feminine forms) make a
// self-employed person an artisan, and so does the word « artisan » said
// beside « à mon compte » (lexicon_round21s.go says why). Near-misses keep
// their status: a salaried garagiste or prothésiste, a wish to set up, a
// micro-entrepreneur in a trade, a business closed, a relative who is an
// artisan, a consultant à son compte.
func TestRound21SArtisanKind(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis garagiste à mon compte à Rodez, 52 ans, je voudrais vendre.", "artisan"},
		{"je suis mecano a mon compte a Cholet, 38 ans, je veux changer", "artisan"},
		{"Bonjour, je suis toiletteuse à mon compte à Laval, 33 ans, je dois changer de métier.", "artisan"},
		{"Prothésiste dentaire à mon compte à Nancy, 55 ans, je voudrais enseigner.", "artisan"},
		{"gérante d'un institut d'esthétique à Vannes, 42 ans, je veux faire un bilan de compétences", "artisan"},
		{"Je suis électricienne à mon compte à Pointe-à-Pitre, 37 ans.", "artisan"},
		{"Je dirige ma petite entreprise d'électricité à Cahors, 48 ans, je voudrais faire une VAE de BTS.", "artisan"},
		{"je suis paysagiste a mon compte (artisan), 41 ans, Epinal, je veux changer de voie", "artisan"},
		// near-misses that must not change
		{"toiletteuse salariée dans une animalerie à Reims, 27 ans, je veux me mettre à mon compte", "salarie_prive"},
		{"prothesiste dentaire salariee dans un labo a Angers, 29 ans, je veux evoluer", "salarie_prive"},
		{"Mécanicien salarié dans un garage Renault à Niort, 30 ans, je voudrais devenir contrôleur technique.", "salarie_prive"},
		{"J'aimerais devenir toiletteur à mon compte, je suis actuellement magasinier en CDI à Amiens, 31 ans.", "salarie_prive"},
		{"Je suis prothésiste ongulaire en micro-entreprise à Auch, 27 ans, je veux changer de voie.", "auto_entrepreneur"},
		{"Électricien en micro-entreprise à Pau, 29 ans, je voudrais passer un BTS en alternance.", "auto_entrepreneur"},
		{"Mon garage a été liquidé en janvier, j'étais garagiste à mon compte à Vierzon, j'ai 49 ans et je cherche un emploi salarié.", "demandeur_emploi"},
		{"Mon mari est boulanger à son compte, moi je suis aide-soignante salariée dans une clinique à Vichy, 40 ans.", "salarie_prive"},
		{"Je suis à mon compte dans le conseil en communication à Nantes, 44 ans, je veux redevenir salariée.", "independant"},
		{"Avocate à mon compte à Grenoble, 40 ans, je voudrais devenir juriste d'entreprise.", "profession_liberale"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
