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

func TestFirstTwoFieldsMatchesFields(t *testing.T) {
	for _, s := range []string{"", " ", "ou", " ou  voir ", "ou\tvoir le cep", "  a b c ", "\u00a0ou\u2003déposer\n", "\xff ou"} {
		w := strings.Fields(s)
		w0, w1, two := firstTwoFields(s)
		if two != (len(w) > 1) || len(w) > 0 && w0 != w[0] || len(w) > 1 && w1 != w[1] {
			t.Errorf("firstTwoFields(%q) = %q, %q, %v; Fields gives %q", s, w0, w1, two, w)
		}
	}
}

// normQ folds into a stack buffer and reads it through a string view: its
// result must be a copy, unchanged by the next calls.
func TestNormQResultOutlivesItsBuffer(t *testing.T) {
	texts := []string{"kel métier pour moi", "Œuvre… ÉCOLE — « esk » c'est gratuit", "jpeux utiliser mon CPF", strings.Repeat("éé kel ", 60)}
	got := make([]string, len(texts))
	for i, s := range texts {
		got[i] = normQ(s)
	}
	for i, s := range texts {
		if want := normQRef(s); got[i] != want {
			t.Errorf("normQ(%q) became %q, want %q", s, got[i], want)
		}
		if string(appendFold(nil, s)) != fold(s) {
			t.Errorf("appendFold(%q) differs from fold", s)
		}
	}
}

// appendFold reads ASCII without the Unicode tables: it must fold as fold,
// which reads every rune through them.
func FuzzAppendFoldIsFold(f *testing.F) {
	for _, s := range []string{"", "Kel métier ?", "A-z_0 9?？", "\x00\x7f\xff", "Œuvre ÆON", "日本"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendFold([]byte("x"), s)), "x"+fold(s); got != want {
			t.Errorf("appendFold(x, %q) = %q, want %q", s, got, want)
		}
	})
}
