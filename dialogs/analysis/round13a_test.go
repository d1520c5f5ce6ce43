package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound13ARules checks the rules of round 13A (lexicon_round13a.go) on
// sentences of their own, not taken from tuning46 (testNow is 15 June 2026).
func TestRound13ARules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a job that ended, in phone typing and plain words
		{"démissionnée de chez Decathlon en avril", "demandeur_emploi"},
		{"demission en fevrier, depuis je galere", "demandeur_emploi"},
		{"licencier en mars jsui a lyon", "demandeur_emploi"},
		{"j'ai perdu ma place de vendeur", "demandeur_emploi"},
		{"fin contrat la semaine derniere", "demandeur_emploi"},
		{"mon cdd sarrete lundi", "demandeur_emploi"},
		{"entre 2 missions d'intérim", "demandeur_emploi"},
		{"cuistot, depuis plus rien", "demandeur_emploi"},
		{"plus rien depuis février", "demandeur_emploi"},
		{"ARE depuis avril, ancienne serveuse", "demandeur_emploi"},
		{"inscrite pole emploi, ancienne caissière", "demandeur_emploi"},
		{"mon patron m'a lâchée du jour au lendemain", "demandeur_emploi"},
		{"Free a mis fin à ma période d'essai", "demandeur_emploi"},
		{"le supermarché a fermé, j'y étais caissier", "demandeur_emploi"},
		{"après la fermeture de l'usine Bosch", "demandeur_emploi"},
		{"j'ai vendu mon garage en janvier", "demandeur_emploi"},
		{"préparateur chez Lidl, je n'ai pas retrouvé depuis", "demandeur_emploi"},
		{"l'agence d'intérim ne m'appelle plus", "demandeur_emploi"},
		{"l'agence ne m'appelle plus depuis mars", "demandeur_emploi"},
		{"j'ai été déclaré inapte à la conduite de bus", "demandeur_emploi"},
		{"j'ai rompu mon contrat d'alternance", "demandeur_emploi"},
		{"plus de vacations depuis mai", "demandeur_emploi"},
		{"mon contrat chez Orange s'est terminé en mai", "demandeur_emploi"},
		{"mon contrat saisonnier à l'hôtel est fini", "demandeur_emploi"},
		{"ma saison d'été s'est terminée", "demandeur_emploi"},
		{"mon dernier emploi était magasinier chez Point P", "demandeur_emploi"},
		{"ma mission d'intérim chez Safran est terminée", "demandeur_emploi"},
		{"mon contrat chez Auchan finit le 30 juin", "demandeur_emploi"},
		{"je viens de quitter mon boulot chez KFC", "demandeur_emploi"},
		{"j'ai fini chez Leclerc samedi", "demandeur_emploi"},
		{"c'est fini avec Intermarché, je cherche ailleurs", "demandeur_emploi"},
		{"vendeur chez Conforama jusqu'à la fermeture du magasin", "demandeur_emploi"},
		{"je suis parti avec le plan de départs volontaires", "demandeur_emploi"},
		{"mon CDD chez Monoprix n'a pas été reconduit", "demandeur_emploi"},
		{"on m'a pas gardée après l'essai chez Picard", "demandeur_emploi"},
		{"mon patron a mis la clé sous la porte en avril", "demandeur_emploi"},
		{"mon dernier jour chez Kiabi, c'était le 31 mai", "demandeur_emploi"},
		{"g pu de boulot depuis avril", "demandeur_emploi"},
		{"magasinière chez Gifi jusqu'à ma démission", "demandeur_emploi"},
		// a public contract that ended is over; one that ends soon is not
		{"mon contrat à la préfecture s'est terminé en avril", "demandeur_emploi"},
		{"mon contrat d'AESH s'est terminé l'été dernier", "demandeur_emploi"},
		{"j'ai radié ma micro-entreprise en mars", "demandeur_emploi"},
		// « quand » before a passé composé tells a fact, before a future a
		// condition
		{"j'ai tout perdu quand mon entreprise de transport a coulé", "demandeur_emploi"},
		{"quand je serai licenciée, aurai-je droit à une formation ? je suis vendeuse en CDI chez Lidl", "salarie_prive"},
		// a plan announced, a freelance's client gone: no job lost
		{"chez Air France, il y a un plan de départs volontaires", "salarie_prive"},
		{"mon contrat de freelance s'est terminé, je suis graphiste indépendante", "independant"},
		{"mon contrat de sous-traitance s'est arrêté, je suis auto-entrepreneur", "independant"},
		// a search beside the job held now
		{"je suis vendeuse chez Kiabi et je cherche un emploi en plus", "salarie_prive"},
		{"agent de production chez Valeo, je cherche un poste dans une autre entreprise", "salarie_prive"},
		{"je suis caissière chez Leclerc, je cherche un deuxième emploi", "salarie_prive"},
		{"je suis serveur chez Flunch et je cherche du travail", "salarie_prive"},
		{"je cherche un emploi, je travaille chez Onet pour l'instant", "salarie_prive"},
		// a job with its end stated: left to the dialogue (round 9C)
		{"je cherche un emploi, je bosse chez Gifi jusqu'à fin juin", ""},
		// the time without work is over
		{"après 3 ans de chômage, je suis en CDI chez Picard", "salarie_prive"},
		// a resignation that opened the present job
		{"j'ai quitté la mairie pour rejoindre Suez, technicienne en CDI", "salarie_prive"},
		// work found again after the event, in another sector too
		{"licenciée l'an dernier, j'ai retrouvé un emploi chez Leroy Merlin", "salarie_prive"},
		{"licencié en 2024, j'ai trouvé un poste à la mairie", "agent_public"},
		{"je n'ai pas trouvé de boulot depuis mars", "demandeur_emploi"},
		// one job left for another: the dialogue asks
		{"j'ai quitté mon CDI chez Orange pour un CDI chez Bouygues", ""},
		// a job bounded by a date gone by is the past
		{"artisan jusqu'à l'an dernier, je cherche du travail", "demandeur_emploi"},
		// a former job-seeker state right after « ancien »
		{"ancienne chômeuse, aujourd'hui en CDI chez Carrefour", "salarie_prive"},
		// a month to come a long way off: the contract still runs
		{"mon CDD chez Lidl se termine en février prochain", "salarie_prive"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := f.Status
		if tc.status == "independant" && (got == "auto_entrepreneur" || got == "artisan" || got == "profession_liberale") {
			got = "independant"
		}
		if got != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
