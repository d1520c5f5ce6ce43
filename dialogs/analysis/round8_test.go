package analysis_test

import (
	"path/filepath"
	"testing"
)

// TestTuning31 is the first tuning set of round 8 of issue 13 (49
// messages: several people in one message, relatives writing for someone,
// past, present and plans, fonctionnaires en disponibilité).
func TestTuning31(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning31.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning32 is the second tuning set of round 8 (49 messages: contract
// ends imminent or feared, ruptures signed or not, notice periods,
// employers that settle the sector or don't, workplace and home).
func TestTuning32(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning32.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning33 is the third tuning set of round 8 (48 messages: stressed
// phone typing, one-word messages, school leavers, relatives cut off by
// brackets, RQTH refused or pending, negated cadre and handicap).
func TestTuning33(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning33.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning34 is the fourth tuning set of round 8 (50 messages: the
// routing of facts once the status is known — age limits of the missions
// locales, cadre → Apec, RQTH → Cap emploi, agents publics of every
// branch, unknown département or age).
func TestTuning34(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning34.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}
