package texts

import "testing"

// TestMenuCoversEveryCommand: every command of the list has a description
// in every language, and the menu has nothing else.
func TestMenuCoversEveryCommand(t *testing.T) {
	for _, l := range append(Langs(), French) {
		m := For(l).Menu()
		if len(m) != len(CommandNames) {
			t.Fatalf("%s: %d menu entries for %d commands", l, len(m), len(CommandNames))
		}
		for i, e := range m {
			if e.Command != CommandNames[i] || e.Description == "" {
				t.Errorf("%s: entry %d = %+v", l, i, e)
			}
		}
	}
}
