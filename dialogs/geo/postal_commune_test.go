package geo_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// Issue 13, persona q26a: a postal code serving one current commune names
// it; a code shared by several communes, or unknown, names none.
func TestPostalCommune(t *testing.T) {
	for _, c := range []struct{ cp, want string }{
		{"59000", "Lille"},
		{"69100", "Villeurbanne"},
		{"93200", "Saint-Denis"},
		{"75015", "Paris"},
		{"97133", "Saint-Barthélemy"},
		{"01000", ""}, // Bourg-en-Bresse and Saint-Denis-lès-Bourg
		{"97500", ""}, // Saint-Pierre and Miquelon-Langlade
		{"99999", ""},
		{"5900", ""},
	} {
		if got := geo.PostalCommune(c.cp); got != c.want {
			t.Errorf("PostalCommune(%q) = %q, want %q", c.cp, got, c.want)
		}
	}
	// the names were added to the table without changing the codes
	if dep, known, _ := geo.PostalCode("59000"); dep != "59" || !known {
		t.Errorf("PostalCode(59000) = %q %v", dep, known)
	}
}
