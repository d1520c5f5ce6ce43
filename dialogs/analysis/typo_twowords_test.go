package analysis_test

import (
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestTwoWordTypos checks that a two-word commune name misspelt in its
// first word too is suggested whole (« clermond ferrand » is
// Clermont-Ferrand, not the Clermont of the Oise), on sentences of our own.
func TestTwoWordTypos(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"clermond ferrand", "Clermont-Ferrand"},
		{"j'habite a clermond ferrand", "Clermont-Ferrand"},
		{"bordeau", "Bordeaux"},
		// the h dropped with the apostrophe (« jabite »)
		{"jabite a marseil", "Marseille"},
		// an exact place is not touched
		{"Clermont-Ferrand", ""},
	} {
		f := analysis.ParsePlace(tc.in)
		got := strings.Join(f.Candidates, "|")
		if tc.want == "" {
			if f.Departement == "" {
				t.Errorf("ParsePlace(%q): no département, candidates %q", tc.in, got)
			}
			continue
		}
		if !strings.HasPrefix(got, tc.want+" (") {
			t.Errorf("ParsePlace(%q) candidates = %q, want %s", tc.in, got, tc.want)
		}
	}
}
