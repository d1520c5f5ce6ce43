package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22B: unusual forms of work (lexicon_round22b.go says why): a local
// mandate is no public employment, « assimilé salarié » is no employee's
// word, platform couriers and drivers and work « avec ma SASU » are
// self-employed, « chef d'exploitation en maraîchage » is a farmer, « je
// suis en contrat saisonnier » an employee. Near-misses keep their status.
func TestRound22BUnusualWork(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"je suis conseillère municipale, 45 ans", ""},
		{"Je suis élu au conseil municipal de Tulle, 45 ans", ""},
		{"Conseillère municipale dans mon village et secrétaire médicale dans un cabinet privé, 45 ans, Vesoul", "salarie_prive"},
		{"Je suis présidente de SASU, assimilée salariée, 47 ans, Toulouse", "independant"},
		{"je suis livreur chez deliveroo, 30 ans", "auto_entrepreneur"},
		{"je fais du Deliveroo à vélo depuis 1 an, 30 ans, Lille", "auto_entrepreneur"},
		{"Chauffeur VTC, je travaille pour plusieurs plateformes avec ma SASU, 43 ans, Marseille", "independant"},
		{"cheffe d'exploitation en maraîchage bio depuis 2018, 38 ans, Agen", "independant"},
		{"je suis en contrat saisonnier à la cueillette des abricots, 30 ans", "salarie_prive"},
		// near-misses that must not change
		{"Je suis conseiller municipal et agent d'entretien à la mairie, 50 ans", "agent_public"},
		{"je suis employée municipale, 45 ans", "agent_public"},
		{"je suis agent au conseil départemental, 45 ans", "agent_public"},
		{"Je suis salarié chez Uber France au service client, en CDI, 32 ans, Paris", "salarie_prive"},
		{"chef d'exploitation chez un transporteur, 38 ans", "salarie_prive"},
		{"Ouvrier viticole en CDD saisonnier qui finit avec les vendanges, 30 ans, Cognac", "demandeur_emploi"},
		{"J'étais chauffeur VTC indépendant, j'ai fermé mon auto-entreprise en mars, je suis inscrit à France Travail, 33 ans, Aubervilliers", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
