package intent

import (
	"slices"
	"strings"
	"testing"
)

// The recycled word lists read exactly what words() reads, whatever list
// the pool hands back (a longer one before a shorter one, and so on).
func TestFoldWordsMatchesWords(t *testing.T) {
	for _, text := range []string{
		"", "   ", "Bonjour", "Je voudrais parler à quelqu'un, SVP !",
		"  burn-out   depuis 3 mois… l'arrêt maladie  ",
		"Œuvre, ÉCOLE et « guillemets » — tirets",
		strings.Repeat("mot ", 1500),
		"a",
	} {
		want := words(text)
		w, p := foldWords(text)
		got := slices.Clone(w)
		putWords(p)
		if !slices.Equal(got, want) {
			t.Fatalf("foldWords(%.40q) = %q, want %q", text, got, want)
		}
		// split with the Text, into a reused list: the same words
		ft, _, _ := FoldWordsInto(nil, []string{"stale", "words"}, text)
		if w, p := ft.words(); p != nil || !slices.Equal(w, want) || ft.Key() != Fold(text).Key() {
			t.Fatalf("FoldWordsInto(%.40q) = %q, want %q", text, w, want)
		}
	}
}
