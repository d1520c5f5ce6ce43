package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18dStatus checks the status rules of round 18D on sentences of
// their own, not taken from tuning65 (testNow is 15 June 2026). Each
// phenomenon has a case the rule must not catch.
func TestRound18dStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the partner's status named by « femme de … » is not the writer's
		{"je suis épouse de militaire, on vient d'arriver à Toulon et je cherche un emploi de secrétaire", "demandeur_emploi"},
		{"Compagne de policier, je suis vendeuse en CDI à Metz, je voudrais changer de métier", "salarie_prive"},
		{"Fille d'agriculteur, je suis salariée en CDI dans une coopérative", "salarie_prive"},
		// (an occupation « femme de ménage » is the writer's)
		{"je suis femme de ménage à la mairie de Metz, titulaire", "agent_public"},
		{"je suis épouse de gendarme et fonctionnaire territoriale à la mairie", "agent_public"},
		// the artistes-auteurs' regime is self-employment
		{"artiste-autrice (romans jeunesse), je déclare à l'URSSAF, je voudrais un emploi stable, Tours", "independant"},
		{"je suis artiste peintre et vendeuse en CDI dans une galerie", "salarie_prive"},
		// a franchisee named in an aside
		{"Franchisée d'un réseau d'agences immobilières depuis 2019 à Lille, je veux changer de vie", "independant"},
		{"je suis vendeuse en CDI dans une franchise de prêt-à-porter", "salarie_prive"},
		// the employer's business closed
		{"j'étais magasinier, ma boîte vient de fermer, 45 ans", "demandeur_emploi"},
		{"le restaurant a fermé ses portes en mai, j'étais serveur, 40 ans", "demandeur_emploi"},
		{"magasinier en CDI, ma boîte vient de recruter trois caristes", "salarie_prive"},
		// the registration told with the noun
		{"fin de mission d'intérim, j'ai fait mon inscription chez Pôle emploi hier, 35 ans", "demandeur_emploi"},
		// a student of a school of higher education
		{"je suis en école de commerce à Rouen, 21 ans, je doute de ma voie", "etudiant"},
		{"je suis secrétaire en CDI dans une école de commerce", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
