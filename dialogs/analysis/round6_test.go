package analysis_test

import (
	"path/filepath"
	"testing"
)

// TestTuning21 is the first tuning set of round 6 of issue 13 (86 messages
// in the styles where heldout5 was weakest: phone typing without accents,
// stress, Franglais — « I'm working as a waiter », « full remote » —,
// short messages, employers named by brand, contracts ending).
func TestTuning21(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning21.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning22 is the second tuning set of round 6 (75 messages: past,
// present and plans in one message, several people, brand employers of
// banks, retail, temping and transport).
func TestTuning22(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning22.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning23 is the third tuning set of round 6 (89 messages: regional
// and everyday words, overseas and Creole, letters, public employers of
// the State, rural and cross-border work, one-line messages, relatives).
func TestTuning23(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning23.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning24 is the fourth tuning set of round 6 (74 messages written
// after the first two passes: brands, Franglais, titles of both sectors
// with their employer, relatives, plans, negations in forms, overseas).
func TestTuning24(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning24.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning25 is the fifth tuning set of round 6 (60 messages written to
// probe the round's rules with other sentences: contrats aidés, spoken
// negation, relatives' ages and degrees, others' disability, the order of
// a story, Creole, overseas).
func TestTuning25(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning25.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning26 is the sixth tuning set of round 6 (30 longer messages:
// letters and SMS mixing several people, past and present, plans, brands,
// public branches).
func TestTuning26(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning26.jsonl")), map[string]float64{"status.wrong": 4, "operator.wrong": 4})
}
