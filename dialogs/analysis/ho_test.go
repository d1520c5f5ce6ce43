package analysis_test

import "testing"

func TestHoldout(t *testing.T) {
	scoreCorpus(t, readLabelled(t, "testdata/holdout.jsonl"), nil)
}

func TestHoldout2(t *testing.T) {
	scoreCorpus(t, readLabelled(t, "testdata/holdout2.jsonl"), nil)
}
