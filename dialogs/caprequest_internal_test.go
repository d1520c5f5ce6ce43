package dialogs

import (
	"strings"
	"testing"
)

// capRequest counts the runes before converting: the same text kept as
// with the conversion made for every request, invalid bytes included.
func TestCapRequestAsBefore(t *testing.T) {
	before := func(s string) string {
		if r := []rune(s); len(r) > maxRequestRunes {
			return string(r[:maxRequestRunes])
		}
		return s
	}
	for _, unit := range []string{"a", "é", "e\u0301", "\xff", "日", "ab\xe2\x82"} {
		for n := maxRequestRunes - 3; n <= maxRequestRunes+3; n++ {
			s := strings.Repeat(unit, n)
			if got, want := capRequest(s), before(s); got != want {
				t.Fatalf("capRequest(%d × %q): %d bytes, want %d", n, unit, len(got), len(want))
			}
		}
	}
}
