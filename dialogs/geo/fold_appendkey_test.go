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
