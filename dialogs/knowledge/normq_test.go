package knowledge

import (
	"strings"
	"testing"
)

// normQRef is the plain form of normQ: fold, split, rewrite, join.
func normQRef(text string) string {
	ws := strings.Fields(fold(text))
	for i, w := range ws {
		if r, ok := smsQuestion[w]; ok {
			ws[i] = r
		}
	}
	return " " + strings.Join(ws, " ") + " "
}

func TestNormQMatchesReference(t *testing.T) {
	for _, text := range []string{
		"", " ", "?", "Bonjour", "  kel  métier   pour moi ? ", "jpeux utiliser mon CPF",
		"Qu'est-ce que\tle CEP\n?", "Œuvre… ÉCOLE — « esk » c'est gratuit ?？", "\xff\xfe mot",
	} {
		if got, want := normQ(text), normQRef(text); got != want {
			t.Errorf("normQ(%q) = %q, want %q", text, got, want)
		}
	}
}

func FuzzNormQ(f *testing.F) {
	f.Add("kel métier ? esk c'est gratuit")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := normQ(text), normQRef(text); got != want {
			t.Fatalf("normQ(%q) = %q, want %q", text, got, want)
		}
	})
}
