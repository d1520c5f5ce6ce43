package analysis

import "time"

// Trace is Analyse with the calibration key of its status (how it was
// found, and whether another status competed) and the doubt that left it
// unknown, for the calibration tests.
func Trace(text string, now time.Time) (f Facts, key, doubt, guess string) {
	f, ev := analyse(text, now, false)
	return f, ev.key(), ev.doubt, ev.guess
}

// MinPrecision is minPrecision, for the calibration test.
const MinPrecision = minPrecision

// AnalyseRules is Analyse without the statistical veto (opinion.go): the
// rules' own status, for the cross-validation of the veto.
func AnalyseRules(text string, now time.Time) Facts {
	f, _ := analyseWith(text, now, false, false)
	return f
}

// TraceRules is AnalyseRules with the doubt that left the status unknown
// and the rules' guess, for the experiments on the opinion's fill.
func TraceRules(text string, now time.Time) (f Facts, doubt, guess string) {
	f, ev := analyseWith(text, now, false, false)
	return f, ev.doubt, ev.guess
}

// Doubt reasons, for the experiments on the opinion's fill.
const (
	DoubtWeakReason   = doubtWeak
	DoubtRivalsReason = doubtRivals
)
