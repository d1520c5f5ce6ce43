package analysis_test

import (
	"path/filepath"
	"testing"
)

// TestTuning20 is the tuning set of round 5 of issue 13 (151 messages in
// the styles of heldout5, other sentences: phone typing, Franglais,
// regional words, past and present jobs, several people, plans, job titles
// of both sectors with their employer, overseas; and what round 4 left
// out: an unknown title followed by « chez » and a company, « serveur 21
// ans en cdi », « Saint-Denis 93 », « fin de contrat le 15 »).
func TestTuning20(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning20.jsonl")), nil)
}
