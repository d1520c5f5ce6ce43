package directory

import (
	"slices"
	"testing"
)

// The sessions index gives what a scan of the sessions gives, for every
// kind and département, in the same order.
func TestSessionsForIndexMatchesScan(t *testing.T) {
	d := Sample()
	if len(d.Sessions) == 0 {
		t.Fatal("the sample directory has no sessions: nothing to compare")
	}
	found := 0
	for _, kind := range append(slices.Clone(Kinds), "inconnu") {
		deps := []string{"", "999"}
		for _, dp := range departements {
			deps = append(deps, dp.Code)
		}
		for _, dep := range deps {
			got, want := d.SessionsFor(kind, dep), d.sessionsForScan(kind, dep)
			if !slices.Equal(got, want) {
				t.Fatalf("SessionsFor(%q, %q) = %v, want %v", kind, dep, got, want)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no session found for any kind and département")
	}
	var nilDir *Directory
	if got := nilDir.SessionsFor("ft", "75"); got != nil {
		t.Fatalf("nil directory: %v", got)
	}
}
