package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21X: self-employed people who say it without « à mon compte »: a
// takeover, « installé comme … », « j'ai mon entreprise / ma société de … »,
// a couple's shop, the chambre / répertoire des métiers, « mon atelier »
// (lexicon_round21x.go says why). Near-misses keep their status: a wish to
// take over, « j'ai repris le travail / mes études », the employer's
// « mon entreprise », « installée à Lyon », a salaried secretary in a cabinet.
func TestRound21XSelfEmployedWithoutAMonCompte(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"J'ai repris le garage de mes parents il y a 6 ans, je suis mécanicien, 38 ans, Rodez.", "artisan"},
		{"Repreneuse d'une boutique de prêt-à-porter à Dijon depuis 3 ans, 36 ans.", "independant"},
		{"Installé comme plombier depuis 10 ans à Valence, 39 ans.", "artisan"},
		{"Médecin généraliste installé à Guéret, 58 ans.", "profession_liberale"},
		{"Je suis maçon, j'ai ma petite entreprise, 37 ans, près de Niort.", "artisan"},
		{"J'ai ma société de conseil en informatique depuis 2019, 39 ans, Lyon.", "independant"},
		{"nous avons notre garage a Blois avec mon frere, 35 ans", "artisan"},
		{"Inscrite à la chambre de métiers comme esthéticienne, 28 ans, Limoges.", "artisan"},
		{"J'ai mon atelier de céramique à Uzès depuis 2018, 41 ans.", "artisan"},
		{"j'ai mon atelier de couture a Roubaix, 55 ans, jveux arreter", "independant"},
		{"I have my own company in Bordeaux, 33 years old.", "independant"},
		// near-misses that must not change
		{"Je veux reprendre une entreprise de plomberie, je suis salarié en CDI, 40 ans, Tours.", "salarie_prive"},
		{"J'ai repris le travail après un arrêt maladie, je suis vendeuse en CDI, 45 ans, Albi.", "salarie_prive"},
		{"J'ai repris mes études à 30 ans, je suis en licence de psycho, Rennes.", "etudiant"},
		{"Mon entreprise m'a licencié en mars, 52 ans, Saint-Étienne.", "demandeur_emploi"},
		{"Installée à Lyon depuis un an, je cherche du travail, 33 ans.", "demandeur_emploi"},
		{"J'avais mon entreprise de maçonnerie, liquidée l'an dernier, je cherche un emploi, 54 ans, Privas.", "demandeur_emploi"},
		{"Mon père a repris la boulangerie du village, moi je suis au chômage, 26 ans, Auch.", "demandeur_emploi"},
		{"Je voudrais m'installer comme kiné mais je suis encore salariée d'un centre de rééducation privé, 30 ans, Nice.", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q, want %q", c.text, f.Status, c.status)
		}
	}
}
