package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18yStatus checks the rules of round 18Y (a private employer
// named by its kind, the unemployed and a wage job told in Portuguese or
// Spanish, « au chômage depuis » a month closing a timeline) on sentences
// of their own, not taken from a tuning set (testNow is 15 June 2026).
// Each phenomenon has a case the rule must not catch.
func TestRound18yStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a private employer named by its kind
		{"Growth manager chez un pure player du e-commerce, 33 ans, je veux changer de voie", "salarie_prive"},
		{"senior dans un big 4 depuis trois ans, 28 ans, je sature", "salarie_prive"},
		{"responsable de boutique pour un opérateur de téléphonie, 39 ans, je veux évoluer", "salarie_prive"},
		{"visiteuse médicale pour un laboratoire pharmaceutique, 45 ans", "salarie_prive"},
		// (a laboratory alone may be public: not read)
		{"ingénieure dans un laboratoire à Grenoble, 45 ans", ""},
		// the unemployed in Portuguese or Spanish
		{"Olá, estou desempregado desde janeiro, tenho 35 anos, moro em Toulouse", "demandeur_emploi"},
		{"hola, estoy desempleada hace un año, vivo en Perpignan, 41 años", "demandeur_emploi"},
		// (« parado » is not read)
		{"hola, el proyecto está parado, vivo en Perpignan, 41 años", ""},
		// a wage job told in Spanish or Portuguese
		{"Hola, trabajo de camarero en un bar de Hendaye, tengo 24 años", "salarie_prive"},
		{"Olá, sou ajudante de cozinha numa associação em Lille, 37 anos", "salarie_prive"},
		// (a job sought, not held)
		{"hola, busco un trabajo de camarera, tengo 24 años", ""},
		// « chômage depuis » a month closing a timeline
		{"bts 2015, magasinier 2016-2020, interim ensuite, chomage depuis fevrier. 31a, lille", "demandeur_emploi"},
		{"CDI 2019-2023, démission, chômage sans indemnités depuis oct., 40 ans, Nancy", "demandeur_emploi"},
		// (an unemployment denied: the job of now is read)
		{"plus de chômage depuis avril, magasinier en CDD, 31 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
