package analysis

import (
	"strings"
	"testing"
)

// TestRound21QSpokenPu pins the token pass of round 21Q: the phone's « pu »
// is « plus », except pouvoir's participle after a form of avoir with no
// « de / d' / du » after it.
func TestRound21QSpokenPu(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"interim pu de mission", "interim plus de mission"},
		{"jsuis pu au chomage", "je suis plus au chomage"},
		{"pu de taf", "plus de taf"},
		{"jai pu de taf", "j ai plus de taf"},
		{"g pu d emploi", "j ai plus d emploi"},
		// near-misses: pouvoir's participle
		{"g pu trouver un cdi", "j ai pu trouver un cdi"},
		{"jai pu garder mon poste", "j ai pu garder mon poste"},
		{"il aurait pu", "il aurait pu"},
		{"jai pu, de toute facon", "j ai pu de toute facon"},
	} {
		sc := &scratch{}
		tokenize(sc, c.text)
		var w []string
		for _, tk := range sc.toks {
			w = append(w, tk.s)
		}
		if got := strings.Join(w, " "); got != c.want {
			t.Errorf("%q: tokens %q, want %q", c.text, got, c.want)
		}
	}
}
