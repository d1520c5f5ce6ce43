package dialogs

import "testing"

// The flags intents reads are the sets they were copied from, for every
// declared state.
func TestStateFlagsAreTheSets(t *testing.T) {
	n := 0
	for st, d := range registry {
		if d.lateProxy != lateProxySteps[st] || d.contactAhead != contactAhead[st] || d.noHumanIntent != noHumanIntent[st] {
			t.Errorf("%s: flags %v %v %v, sets %v %v %v", st, d.lateProxy, d.contactAhead, d.noHumanIntent,
				lateProxySteps[st], contactAhead[st], noHumanIntent[st])
		}
		if d.lateProxy || d.contactAhead || d.noHumanIntent {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no state flagged")
	}
}
