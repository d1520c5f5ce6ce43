package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22J: a business stopped (liquidation, radiation, cessation, ATI)
// makes a job seeker; a closure planned, a business shut on Mondays or a
// court named leave the writer as he was (lexicon_round22j.go says why).
func TestRound22JBusinessStopped(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je touche l'ATI depuis la liquidation de mon entreprise. 49 ans, Metz. Je voudrais me former.", "demandeur_emploi"},
		{"Bonjour, je perçois l'allocation des travailleurs indépendants depuis janvier, 52 ans, Angers. Quelles formations ?", "demandeur_emploi"},
		{"J'ai déclaré la cessation d'activité de ma micro-entreprise, 31 ans, Grenoble, je cherche un poste.", "demandeur_emploi"},
		{"Mon salon de coiffure a été liquidé en février. J'ai 41 ans, j'habite Reims, je voudrais changer de métier.", "demandeur_emploi"},
		{"Mon auto-entreprise est radiée depuis le 1er juin. 36 ans, Le Mans. Je voudrais un emploi stable.", "demandeur_emploi"},
		{"Bonjour, j'ai fermé ma crêperie à Saint-Malo à l'automne, 39 ans, je cherche une formation.", "demandeur_emploi"},
		{"radié de l'urssaf depuis février, j'étais en micro, 38 ans, Rennes, je cherche un cdi", "demandeur_emploi"},
		{"Je ne suis plus auto-entrepreneur depuis mars, je cherche un CDI, 30 ans, Dijon.", "demandeur_emploi"},
		{"Je n'ai plus d'activité depuis la radiation de ma micro-entreprise, 42 ans, Gap.", "demandeur_emploi"},
		{"Je vais fermer mon commerce en fin d'année, 57 ans, Blois, je voudrais préparer une reconversion.", "independant"},
		{"je pense fermer mon resto, ça marche plus, 46 ans, Toulon", "independant"},
		{"Commerçant retraité depuis la vente de mon magasin, 67 ans, Cahors.", ""},
		{"Comment fermer mon auto-entreprise ?", ""},
		{"Le tribunal a ouvert un redressement judiciaire pour ma SARL, plan de continuation en cours, 50 ans, Dunkerque.", ""},
		// near-misses that must not change
		{"Mon entreprise a été liquidée le mois dernier, j'étais magasinier depuis 15 ans. 52 ans, Roubaix.", "demandeur_emploi"},
		{"mon patron a fermé le resto en mars, jsuis serveur au chomage, 31 ans, marseille", "demandeur_emploi"},
		{"Mon patron va fermer la boutique en décembre, je suis vendeuse en CDI, 48 ans, Périgueux.", "salarie_prive"},
		{"Mon entreprise est en redressement judiciaire, je suis toujours salarié, vendeur, 40 ans, Albi.", "salarie_prive"},
		{"Après la liquidation de ma boutique, j'ai été embauchée comme vendeuse en CDI. 42 ans, Pau.", "salarie_prive"},
		{"Je ne suis plus auto-entrepreneur, je suis salarié maintenant, 35 ans, Lille", "salarie_prive"},
		{"J'ai une entreprise en sommeil depuis un an, 48 ans, Beauvais.", ""},
		{"Auto-entrepreneur en VTC, je vais radier ma micro en décembre, 37 ans, Paris.", "auto_entrepreneur"},
		{"Boulangère à mon compte, ma boutique est fermée le lundi, je voudrais me former à la pâtisserie. 38 ans, Niort.", ""}, // was demandeur_emploi; asked now
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
