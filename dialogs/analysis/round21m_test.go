package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21M: a public job that is over (lexicon_round21m.go says why): a
// public contract told ended (« … s'est terminé », « est fini depuis »,
// « a pris fin », « j'ai fini mon contrat », « fin de mon contrat le mois
// dernier »), a soldier who finished his contract, a vacataire without
// hours now: job seekers. Near-misses keep the agent: a contract that ends
// months ahead, a soldier whose contract ends, a vacataire who still has
// hours, a contract named ended but a job found since.
func TestRound21MPublicJobOver(t *testing.T) {
	for _, c := range []struct {
		text, status string
	}{
		// what changes
		{"j'ai fini mon contrat a la mairie le mois dernier, 37 ans, jhabite vierzon, jcherche du boulot", "demandeur_emploi"},
		{"militaire du rang, 29 ans, j'ai fini mon contrat en avril, je cherche du travail", "demandeur_emploi"},
		{"Mon contrat de professeur contractuel s'est terminé le 31 mai, 39 ans, Lille.", "demandeur_emploi"},
		{"mon cdd d'agent d'accueil a la mairie de Sète est fini depuis le 1er du mois, 29 ans", "demandeur_emploi"},
		{"mon contrat ds une mairie a pris fin le mois dernier, 40 ans, bourges", "demandeur_emploi"},
		{"fin de mon contrat d'AED le mois dernier, 24 ans, jsuis a nancy", "demandeur_emploi"},
		{"vacataire a la fac de Lyon 2, plus aucune heure depuis janvier, 35 ans, jcherche", "demandeur_emploi"},
		{"Vacataire au collège de Digne, je n'ai plus d'heures depuis avril. 37 ans.", "demandeur_emploi"},
		// near-misses that must not change
		{"Contractuelle au département du Gard, mon contrat se termine en décembre, 34 ans, Nîmes.", "agent_public"},
		{"Militaire du rang dans l'armée de terre, mon contrat se termine dans 8 mois, 25 ans.", "agent_public"},
		{"vacataire à l'université de Rennes 2, j'ai encore 20 heures de TD ce semestre, 31 ans", "agent_public"},
		{"Je suis AED au collège de Foix depuis 2 ans, 25 ans, je voudrais reprendre mes études.", "agent_public"},
		{"Mon contrat de prof contractuel s'est terminé en juin dernier, depuis septembre je suis contractuel à la mairie. 31 ans, Nancy.", "agent_public"},
		{"je voudrais faire plus d'heures à la mairie, je suis vacataire, 30 ans", "agent_public"},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, doubts %b; want %q", c.text, f.Status, f.Doubts, c.status)
		}
	}
}
