package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18kRewordings checks the readings widened in round 18K (the
// holder of a contract with an adverb, the end of a contract « arrive à
// échéance », the SMS zero, « par l'apprentissage », hearsay without
// « que »), and for each the case the rule must not catch.
func TestRound18kRewordings(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		// holder of a contract or a diploma: no civil servant
		{"titulaire par ailleurs d'un CDI chez Leroy Merlin, vendeur, 29 ans", "salarie_prive"},
		{"Titulaire également du permis poids lourd, je suis chauffeur en CDI dans une PME, 41 ans", "salarie_prive"},
		// the civil servant's own word is still read
		{"je suis titulaire a la mairie depuis 2015, 45 ans", "agent_public"},
		// the end of a contract at its term, present and future
		{"mon cdd chez Transdev arrive a echeance dans 15 jours, 30 ans", "demandeur_emploi"},
		{"Ma mission d'intérim arrivera à son terme vendredi prochain. 27 ans", "demandeur_emploi"},
		// no contract in the clause: no end read
		{"mon fils arrive a echeance de son pret, je suis vendeuse en cdi, 50 ans", "salarie_prive"},
		// the SMS zero
		{"en interim, zero mission depuis janvier, 31a", "demandeur_emploi"},
		{"jsuis interimaire 0 proposition de mission depuis 1 mois", "demandeur_emploi"},
		// a temp at work is not caught
		{"interimaire en mission chez Renault depuis 8 mois, 0 absence, 33a", "salarie_prive"},
		// the apprentice with the article, at a public employer too
		{"Je prépare un CAP par l'alternance, mon employeur est le département. 19 ans", "salarie_prive"},
		// hearsay told without « que »
		{"animatrice ds un centre social associatif en cdi, on me dit fonctionnaire mais non, 33a", "salarie_prive"},
		// the writer's own word after « dit » of someone else is read
		{"mon chef dit que je suis bien payé, je suis fonctionnaire territorial, 50 ans", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18kUnknowns checks the facts round 18K reads that the
// rewordings left unknown (the RSA by its full name, the intermittence
// regime, a hiring « par un contrat », the pion of a private school), and
// for each the case the rule must not catch.
func TestRound18kUnknowns(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"je touche le revenu de solidarite active depuis un an, 52 ans, Lens", "demandeur_emploi"},
		{"costumière sous le régime de l'intermittence depuis 2019, 38 ans", "salarie_prive"},
		{"recruté par un contrat doctoral à l'université de Lille, 25 ans", "agent_public"},
		{"jsuis pion dans un internat privé, 23 ans, Vannes", "salarie_prive"},
		// the hiring company still says a private employee
		{"recrutée par une entreprise de BTP comme cheffe de chantier, 35 ans", "salarie_prive"},
		// the public school's pion stays an agent
		{"pionne dans un lycee public, 22a, Brest", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}
