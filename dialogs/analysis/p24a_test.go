package analysis

import "testing"

// An answer to the age question that gives the age to come (« bientôt 26 »,
// « je vais avoir 26 ») is the age before, as in a sentence (ageToCome):
// the 16–25 boundary of rows 3–4 hangs on it. Persona p24a, issue 13.
func TestParseAgeToCome(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"bientot 26", 25},
		{"bientôt 26 ans", 25},
		{"presque 26", 25},
		{"quasiment 18 ans", 17},
		{"je vais avoir 26", 25},
		{"jvais avoir 26 ans", 25},
		{"j'aurai 26 ans en mars", 25},
		// near misses: the age of now
		{"26", 26},
		{"26 ans", 26},
		{"j'ai 25 ans bientot 26", 25},
		{"j'ai 26 ans depuis mai", 26},
		{"avoir 26 ans", 26},
		{"vingt-six", 26},
	}
	for _, c := range cases {
		if got, ok := ParseAge(c.in, benchNow); !ok || got != c.want {
			t.Errorf("ParseAge(%q) = %d,%v; want %d", c.in, got, ok, c.want)
		}
	}
}
