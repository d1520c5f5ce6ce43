package dialogs

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normaliseSlow is normalise without its ASCII fast path.
func normaliseSlow(s string) string {
	s = norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	space := true
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+':
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

var normaliseSeeds = []string{"", " ", "oui", "Oui !", "  deux   mots ", "s1", "op:france_travail", "/rdv", "a+b", "C++",
	"sur_place", "Téléphone", "ÉCOLE", "l'Apec", "tab\there", "x\x00y", "9-3", "déjà vu", "A  B", "a b ", " a"}

func TestNormaliseFastPath(t *testing.T) {
	for _, s := range normaliseSeeds {
		if got, want := normalise(s), normaliseSlow(s); got != want {
			t.Errorf("normalise(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalise(f *testing.F) {
	for _, s := range normaliseSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalise(s), normaliseSlow(s); got != want {
			t.Errorf("normalise(%q) = %q, want %q", s, got, want)
		}
	})
}
