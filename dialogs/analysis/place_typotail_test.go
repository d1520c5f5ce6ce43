package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A misspelt second word of a compound town name picks that town among the
// homonyms of its first word; the first word alone is still asked.
func TestHomonymByTypoTail(t *testing.T) {
	for _, tc := range []struct {
		text, dep string
		asked     bool
	}{
		{"magasinier en CDI, 43 ans, Clermont Ferand", "63", false},
		{"vendeuse en CDI à Clermont Ferrant où j'habite, 37 ans", "63", false},
		{"j'habite Clermont-Ferrand", "63", false},
		{"je vis à Clermont, 40 ans", "", true},
		{"je vis à Clermont l'Hérault", "34", false},
	} {
		f := analysis.Analyse(tc.text, testNow)
		if f.Departement != tc.dep || tc.asked != (len(f.Candidates) > 1) {
			t.Errorf("%q: département %q, candidates %v; want %q, asked %v", tc.text, f.Departement, f.Candidates, tc.dep, tc.asked)
		}
	}
}
