package analysis

import (
	"math/bits"
	"testing"

	"github.com/cep-accueil/cepbot/bot/editdist"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// TestByteMaskBound checks the bound nearestTown filters towns with: two
// ASCII strings whose byteMasks differ by more than 2×limit bits are more
// than limit edits apart; and the filtered scan finds the same towns.
func TestByteMaskBound(t *testing.T) {
	words := []string{"marseil", "marseille", "bordo", "bordeaux", "strasbour", "saint etiene", "saint-etienne",
		"lile", "lille", "pari", "paris", "tourcoin", "nante", "grenobe", "a", "ab", "ba", "abc", "cab", "st malo", "brive"}
	for _, a := range words {
		for _, b := range words {
			d := editdist.Distance(a, b, 100)
			if diff := bits.OnesCount64(byteMask(a) ^ byteMask(b)); diff > 2*d {
				t.Errorf("%q, %q: distance %d, masks %d bits apart", a, b, d, diff)
			}
		}
		// the first 300 towns of the word's letter, each against the word
		for _, town := range geo.TownsFrom(a[0])[:min(300, len(geo.TownsFrom(a[0])))] {
			d := editdist.Distance(a, town.Key, 100)
			if diff := bits.OnesCount64(byteMask(a) ^ byteMask(town.Key)); byteMask(town.Key)&maskNonASCII == 0 && diff > 2*d {
				t.Errorf("%q, %q: distance %d, masks %d bits apart", a, town.Key, d, diff)
			}
		}
	}
	if byteMask("é") != maskNonASCII {
		t.Error("a non-ASCII byte must turn the filter off")
	}
}
