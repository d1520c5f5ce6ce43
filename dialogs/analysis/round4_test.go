package analysis_test

import (
	"path/filepath"
	"testing"
)

// TestTuning17 is the first tuning set of round 4 of issue 13 (98
// messages in the styles where heldout5 was weakest: phone typing without
// punctuation, Franglais, past and present jobs, several people in one
// message, plans and conditionals, job titles of both sectors, strong
// job-seeker words: « sans emploi », « au RSA », « en fin de droits »,
// seasonal workers between seasons).
func TestTuning17(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning17.jsonl")), nil)
}

// TestTuning18 is the second tuning set of round 4 (101 messages: a job
// left for another said without a stop, relatives with jobs of their own,
// seasonal workers, plans and conditions, bare job titles of both sectors
// and of the private sector only, Franglais, regional words, allowances).
func TestTuning18(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning18.jsonl")), nil)
}

// TestTuning19 is the third tuning set of round 4 (44 messages probing the
// rules of this round for false alarms: short-time working, « je ne
// travaille plus que… », a present job after a past one, several people,
// conditions, bare titles of both sectors, SMS).
func TestTuning19(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning19.jsonl")), nil)
}

// TestHeldout6 measures the analysis on testdata/heldout6.jsonl, 159
// messages written for round 4 of issue 13 after its rules were done
// (phone typing, Franglais, regional words, past and present, relatives,
// plans, bare titles of both sectors, public branches, overseas, young
// people, disability). Never tune on it and never open its misses.
func TestHeldout6(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "heldout6.jsonl")), nil)
}
