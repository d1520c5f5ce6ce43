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

// asksBooking reads the whole message for a cue before its clauses: the
// same answers as clause by clause alone.
func TestAsksBookingWholeMessageFirst(t *testing.T) {
	for text, want := range map[string]bool{
		"Je n'ai pas de RQTH, je voudrais un rdv":         true,
		"je voudrais un rendez-vous par téléphone":        true,
		"Je voudrais un RENDEZ-VOUS.":                     true,
		"pas de rdv pour l'instant":                       false,
		"je voudrais un rdv plus tard, merci":             false,
		"rendez, vous savez, c'est compliqué":             false, // the cue across a clause break
		"je suis au chômage à Lyon et j'ai 34 ans":        false,
		"Pas maintenant. Je voudrais voir un conseiller!": true,
	} {
		tn := &turn{text: text}
		if got := tn.asksBooking(); got != want {
			t.Errorf("asksBooking(%q) = %v, want %v", text, got, want)
		}
	}
}

// normaliseLatin must give the general path's answer whenever it answers,
// for every rune of its table alone, between letters and before a
// combining mark, and for the fuzzed texts (FuzzNormalise goes through it).
func TestNormaliseLatinAsSlow(t *testing.T) {
	answered := 0
	for r := rune(0); r < latinMax+0x40; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + "\u0301", "É" + string(r) + " " + string(r) + "ç"} {
			got, ok := normaliseLatin(s)
			if !ok {
				continue
			}
			answered++
			if want := normaliseSlow(s); got != want {
				t.Fatalf("normaliseLatin(%q) = %q, want %q", s, got, want)
			}
		}
	}
	// The French letters are in the table, so it answers for them.
	const fr = "À l'Île-de-France, ŒUVRE d'été : ça ¿ Ñ"
	if got, ok := normaliseLatin(fr); !ok || got != normaliseSlow(fr) {
		t.Fatalf("normaliseLatin = %q, %v", got, ok)
	}
	if answered < 2000 {
		t.Fatalf("only %d answers", answered)
	}
}
