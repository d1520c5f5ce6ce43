package geo

import (
	"math/rand"
	"strings"
	"testing"
)

func TestAppendKeyIsKey(t *testing.T) {
	pieces := []string{"Saint-Étienne", "L'Haÿ-les-Roses", "œ", "Æ", " ", "  ", "-", "'", "’", "É", "e\u0301", "\xff", "ß", "日本", "1", "a", "Z", "\u00a0", ",", "ǅ", "ﬁ"}
	r := rand.New(rand.NewSource(20))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := r.Intn(30); j > 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got := string(AppendKey(nil, s)); got != Key(s) {
			t.Fatalf("AppendKey(%q) = %q, Key %q", s, got, Key(s))
		}
		// appended after what dst holds, which counts for no word
		if got := string(AppendKey([]byte("x"), s)); got != "x"+Key(s) {
			t.Fatalf("AppendKey(x, %q) = %q, want %q", s, got, "x"+Key(s))
		}
	}
}

// keyBefore is Key as written before AppendKey's ASCII path: every rune
// through AppendFold.
func keyBefore(s string) string {
	var b []byte
	pending := false
	for _, r := range s {
		f, ok := AppendFold(nil, r)
		if !ok {
			pending = true
			continue
		}
		if pending && len(b) > 0 {
			b = append(b, ' ')
		}
		pending = false
		b = append(b, f...)
	}
	return string(b)
}

func FuzzAppendKey(f *testing.F) {
	for _, s := range []string{"", " a", "Saint-Étienne", "L'Haÿ-les-Roses", "e\u0301t\xffé", "ABC xyz 09+", "\x00\x7f\x80", "日本 Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendKey([]byte("x"), s)), "x"+keyBefore(s); got != want {
			t.Errorf("AppendKey(x, %q) = %q, want %q", s, got, want)
		}
		if got, want := Key(s), keyBefore(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	})
}
