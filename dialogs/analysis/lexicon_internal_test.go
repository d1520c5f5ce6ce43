package analysis

import (
	"strings"
	"testing"
)

// No pattern word holds a « ; »: it separates the phrases of the sector
// lexicons only; in any other pattern it was taken for a word, and the
// pattern never matched (« liquidation judiciaire; depot de bilan »).
func TestNoPatternWordHoldsASemicolon(t *testing.T) {
	for first, ps := range buildLexicon().patterns {
		for _, p := range ps {
			for _, alts := range p.elems {
				for _, a := range alts {
					if strings.Contains(a, ";") {
						t.Errorf("pattern starting with %q: word %q", first, a)
					}
				}
			}
		}
	}
}
