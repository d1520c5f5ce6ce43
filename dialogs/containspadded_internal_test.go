package dialogs

import (
	"strings"
	"testing"
)

// containsPadded replaced strings.Contains(s, " "+w+" ") at every list of
// words read in a padded message.
func FuzzContainsPadded(f *testing.F) {
	for _, c := range [][2]string{{" a b ", "a"}, {" a b ", "b"}, {" ab b ", "b"}, {"  ", ""}, {" ", ""}, {"", ""},
		{" sur place ", "sur place"}, {"xa ", "a"}, {" a", "a"}, {" aa a ", "a"}, {" visio visioconference ", "visioconference"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if got, want := containsPadded(s, w), strings.Contains(s, " "+w+" "); got != want {
			t.Errorf("containsPadded(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}
