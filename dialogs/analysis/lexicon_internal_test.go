package analysis

import (
	"strings"
	"testing"
)

// No pattern word holds a « ; »: it separates the phrases of the sector
// lexicons only; in any other pattern it was taken for a word, and the
// pattern never matched (« liquidation judiciaire; depot de bilan »).
func TestNoPatternWordHoldsASemicolon(t *testing.T) {
	// every word of a pattern is numbered (lexicon.number), and its number
	// is in its traits: the patterns keep only the numbers
	for w, tr := range buildLexicon().traits {
		if tr.id != 0 && strings.Contains(w, ";") {
			t.Errorf("pattern word %q", w)
		}
	}
}
