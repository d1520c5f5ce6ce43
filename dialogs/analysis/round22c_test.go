package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22C: people inside a scheme or an in-between situation
// (lexicon_round22c.go says why): a congé de reclassement or de mobilité in
// progress, a CSP in progress, an E2C trainee, the ASS, a CDDI that ends,
// a retraite progressive beside the job held, an insertion contract
// spared by the statistical veto. Near-misses keep their reading: a congé
// only announced, a retiree who wants to work again, a CDDI running.
func TestRound22CSchemes(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"actuellement en congé de reclassement (PSE), 49 ans, technicienne qualité non cadre, Annecy, je voudrais changer de metier", "demandeur_emploi"},
		{"Bonjour, ingénieur cadre, 57 ans, en congé de reclassement jusqu'en septembre après le PSE de mon entreprise à Grenoble. Je souhaite me reconvertir dans l'enseignement.", "demandeur_emploi"},
		{"En congé de mobilité (RCC), ancienne chargée d'études marketing cadre, 46 ans, Boulogne-Billancourt, projet de création d'une épicerie fine.", "demandeur_emploi"},
		{"CSP en cours, RQTH, 44 ans, opérateur de production, Saint-Quentin. Quelle formation sans port de charges ?", "demandeur_emploi"},
		{"Je suis en stage à l'école de la 2e chance de Marseille, 22 ans, je cherche un métier dans la logistique.", "demandeur_emploi"},
		{"allocation de solidarité spécifique depuis 2024, 53a, Le Mans, je cherche une formation", "demandeur_emploi"},
		{"Mon CDDI au chantier d'insertion se termine le 30 juin, 46 ans, Vannes. Je cherche une formation.", "demandeur_emploi"},
		{"Je vous écris pour mon frère, 28 ans, qui sort d'un chantier d'insertion : son CDDI s'est terminé le mois dernier et il n'a rien trouvé. Il habite Saint-Brieuc.", "demandeur_emploi"},
		{"Je suis en retraite progressive depuis janvier, je travaille à 60 % comme gestionnaire de stock dans une PME, 62 ans, Angers.", "salarie_prive"},
		{"Je suis en atelier et chantier d'insertion depuis huit mois, contrat de 26 heures par semaine, 52 ans, Cahors. Je voudrais trouver un emploi durable dans le nettoyage.", "salarie_prive"},
		// near-misses that must not change
		{"Notre direction a annoncé un PSE, les départs sont prévus l'an prochain avec un congé de reclassement de 9 mois. Je suis soudeur en CDI, 48 ans, Saint-Nazaire, je veux anticiper.", "salarie_prive"},
		{"Mon entreprise propose un accord de RCC avec un congé de mobilité. Je suis technicien de laboratoire en CDI, 38 ans, Montpellier.", "salarie_prive"},
		{"J'ai été en CSP en 2022, depuis j'ai retrouvé un CDI de technicien de maintenance à Valence. 45 ans.", "salarie_prive"},
		{"Je suis en CDDI dans un chantier d'insertion à Guéret, maraîchage, 39 ans. Je voudrais passer le permis et devenir chauffeur-livreur.", "salarie_prive"},
		{"Je suis à la retraite depuis un an et je m'ennuie, 64 ans, Quimper. Je voudrais retravailler quelques heures par semaine.", ""},
		{"Je suis encadrant technique en CDI dans un chantier d'insertion à Dieppe, 48 ans, je voudrais devenir formateur.", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
