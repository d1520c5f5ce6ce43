package analysis

import "testing"

// The oracle tests of the memos of one message's answers: on every
// labelled text, the memo answers as the function without it, before and
// after status() (which reads it), and status() leaves what the function
// reads unchanged.

func TestBranchMemo(t *testing.T) {
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		want := a.branchAt()
		if got := a.branch(); got != want {
			t.Errorf("%q: branch %q, branchAt %q", text, got, want)
		}
		var f Facts
		a.status(&f)
		if got, again := a.branch(), a.branchAt(); got != want || again != want {
			t.Errorf("%q after status: branch %q, branchAt %q, before %q", text, got, again, want)
		}
	}
}
