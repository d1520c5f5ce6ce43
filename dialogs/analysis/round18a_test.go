package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18aStatus checks the rules of round 18a (a contract's end told
// with other verbs, a bare participle or « ça » after an aside) on
// sentences of their own, not taken from tuning62 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound18aStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// « tomber à la fin »: the term of a contract
		{"vendeuse en CDD dans une jardinerie, mon contrat tombe à la fin du mois", "demandeur_emploi"},
		{"agent d'entretien embauché par le département, le contrat tombera à la fin du mois prochain, 47 ans", "demandeur_emploi"},
		{"je suis vendeuse en CDI, le rideau tombe à la fin du mois pour mon rayon", "salarie_prive"},
		// (an end months ahead is no job seeker's: asked, as « prend fin le
		// 3 décembre » in round 17i)
		{"agent contractuel à la mairie, mon contrat tombe à la fin de l'année prochaine", ""},
		// a bare participle after the contract: over
		{"mon frère, pardon moi : 33 ans, agent d'accueil à la mairie, contrat terminé en mars, je cherche", "demandeur_emploi"},
		{"surveillant au collège 2 ans, cdd fini en avril, depuis je postule partout", "demandeur_emploi"},
		// (said with a word of the future, left to the other rules)
		{"surveillant au collège, je voudrais passer le concours, contrat fini l'an prochain", "agent_public"},
		// « ça s'arrête » a clause after the contract and its asides
		{"plombier en contrat aidé (CUI) chez un bailleur social, ça s'arrête dans 3 semaines, 36 ans", "demandeur_emploi"},
		{"vendeur en cdd (remplacement) chez un fleuriste, ça se termine dans 10 jours", "demandeur_emploi"},
		{"vendeur en cdd (remplacement) au magasin, ça se termine dans 10 jours", "demandeur_emploi"},
		// (a clause with its own verb is no aside: the « ça » is another thing)
		{"vendeuse en CDI, mon chef part en retraite, ça se termine dans 3 semaines pour lui", "salarie_prive"},
		// the writer as the object of « employer », « payer »: a job held
		{"je m'occupe de la cantine au collège, c'est le département qui me paie, 30 ans", "agent_public"},
		{"je range les livres au lycée, c'est la région qui m'emploie je crois, 22 ans", "agent_public"},
		// (negated: no job)
		{"en terminale au lycée, personne ne m'emploie pour l'été, 17 ans", "etudiant"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
