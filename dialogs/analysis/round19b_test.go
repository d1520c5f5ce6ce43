package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound19bPlainSituations checks round 19B on sentences of its own,
// not taken from a tuning set: a restaurant told by its short or regional
// name, a beauty or hairdressing salon, the « com d'agglo » and a waste
// collector's job with its employer are read; a bare « salon », a waste
// collector without employer and a restaurant wished are not.
func TestRound19bPlainSituations(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// must catch
		{"Je suis serveuse dans un bistrot à Nantes depuis quatre ans, 34 ans.", "salarie_prive"},
		{"cuisinier dans un petit restau du Vieux-Lille, 27 ans", "salarie_prive"},
		{"Plongeur dans une auberge de campagne près de Rodez, 45 ans.", "salarie_prive"},
		{"Secrétaire dans un salon de coiffure à Brest depuis 12 ans, j'ai 38 ans.", "salarie_prive"},
		{"Je suis comptable dans un institut de beauté, 29 ans, Reims", "salarie_prive"},
		{"Je suis agent d'entretien à la comcom, 50 ans, je voudrais évoluer.", "agent_public"},
		{"Éboueuse à la mairie de Lens depuis 15 ans, 47 ans.", "agent_public"},
		{"Je suis ripeur chez Suez à Rouen, 39 ans.", "salarie_prive"},
		// must not catch
		{"Je suis éboueur depuis 20 ans, 52 ans, j'habite Tours.", ""},
		{"J'ai rencontré un recruteur au salon de l'emploi de Tours, 30 ans.", ""},
		{"Je voudrais ouvrir un bistrot à Lyon, j'ai 40 ans.", ""},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}
