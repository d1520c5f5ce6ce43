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
	} {
		if got := analysis.Analyse(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
