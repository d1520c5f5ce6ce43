package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18uStatus checks the rules of round 18U (a PSE under way, a
// hire of days or weeks ago, a contract ending within days or weeks) on
// sentences of their own, not taken from a tuning set (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound18uStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// « PSE en cours »: still in post
		{"Magasinière dans une usine de pneus, PSE en cours. 47 ans, Clermont.", "salarie_prive"},
		{"technicien de maintenance, pse en cours ds ma boite, jveux anticiper", "salarie_prive"},
		// (a dismissal told with it is the event of now)
		{"PSE en 2019 dans mon ancienne usine, au chômage depuis, 52 ans", "demandeur_emploi"},
		// a hire of days or weeks ago: the job held now
		{"Après un an sans travail, j'ai été embauchée il y a trois semaines comme vendeuse en CDI dans une jardinerie.", "salarie_prive"},
		{"sans emploi pendant 2 ans, j'ai été recruté il y a 10 jours comme cariste dans un entrepôt", "salarie_prive"},
		// (a hire of years ago is no present job by itself)
		{"Après un an sans travail, j'ai été embauchée il y a trois ans comme vendeuse en CDI dans une jardinerie.", ""},
		{"Après un an sans travail, j'ai été embauchée il y a trois ans comme vendeuse en CDI dans une jardinerie, licenciée depuis.", "demandeur_emploi"},
		// a contract ending within days or weeks: a job seeker
		{"préparateur de commandes en CDD, contrat se terminant dans 2 semaines, 34 ans", "demandeur_emploi"},
		{"vendeuse en cdd ds une parfumerie, fin de mon contrat ds 8 jours", "demandeur_emploi"},
		{"Serveuse. Fin du CDD dans trois semaines, pas de suite prévue.", "demandeur_emploi"},
		// (the end of a training is no contract's)
		{"en formation de soudeur se terminant dans 2 semaines, 30 ans", ""},
	} {
		if got := analysis.Analyse(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
