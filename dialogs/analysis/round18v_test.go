package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18vStatus checks the rules of round 18V (the mission locale
// named after a negation, « passé par » a step of the story, the adverb of
// now after its verb, a retirement for invalidity by a public employer)
// on sentences of their own, not taken from a tuning set. Each phenomenon
// has a case the rule must not catch.
func TestRound18vStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the mission locale after a negation: no temp worker without mission
		{"Bientôt 26 ans donc plus de mission locale pour moi ? Je suis magasinier en CDI à Laval.", "salarie_prive"},
		{"pas de mission locale ici, je suis vendeuse en cdd", "salarie_prive"},
		// (a temp worker without a mission stays a job seeker)
		{"Intérimaire dans le BTP, plus de mission depuis février, 41 ans.", "demandeur_emploi"},
		// « passé par » a step, the adverb of now says the status
		{"Nous sommes passés par la fonction publique territoriale, actuellement au chômage et inscrits à France Travail.", "demandeur_emploi"},
		{"Je suis passé par la gendarmerie (12 ans), puis la sécurité privée. Actuellement sans emploi, 45 ans.", "demandeur_emploi"},
		// (« je suis » with no « passé par » is the present: two situations)
		{"Je suis militaire (8 ans de service), actuellement en arrêt, 38 ans.", "agent_public"},
		// the adverb of now after the verb that opens its clause
		{"Après deux ans de vacations au conseil départemental et un contrat de contractuel à la mairie, je suis désormais en CDI dans une entreprise de nettoyage.", "salarie_prive"},
		{"Un master, trois ans contractuelle au rectorat, je travaille maintenant en CDI chez un éditeur de logiciels.", "salarie_prive"},
		// (the adverb inside a longer clause does not turn the story)
		{"Contractuelle à la mairie depuis cinq ans et je me demande si je suis maintenant prête à changer.", "agent_public"},
		// retirement for invalidity by a public employer: retired, not an agent
		{"Retraité pour invalidité de la fonction publique territoriale depuis 2022, 58 ans, je cherche une activité adaptée.", ""},
		{"mis à la retraite pour inaptitude par l'hôpital, j'ai 55 ans et je me demande quoi faire", ""},
		// (a fonctionnaire still in post who speaks of retirement)
		{"Fonctionnaire hospitalière, je pars à la retraite dans 10 ans, 52 ans, je veux bouger avant.", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18vMine checks a recognition asked about in general terms and
// then said to be the writer's own by « la mienne ».
func TestRound18vMine(t *testing.T) {
	yes, no := true, false
	for _, tc := range []struct {
		in   string
		want *bool
	}{
		{"Comment être suivi quand on a une RQTH ? Je viens d'obtenir la mienne, 40 ans, Dijon.", &yes},
		{"Quand on a une RQTH, a-t-on droit à une formation ? j'ai obtenu la mienne en mai", &yes},
		// (« la mienne » of another thing says nothing of a disability)
		{"Comment être accompagné quand on a une RQTH ? Ma situation est différente de la mienne d'avant, 40 ans.", nil},
		// (a recognition denied stays denied)
		{"Je n'ai pas de RQTH, la mienne a été refusée.", &no},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Handicap
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("%q: handicap %v, want %v", tc.in, got, tc.want)
		}
	}
}
