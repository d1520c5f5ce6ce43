package opinion

import (
	"strings"
	"testing"
)

// TestFastPathsSameAsPlain checks the unrolled n-gram hashes and the
// packed sums of Predict against the plain loops they replace, on short
// texts and on one long enough for several 256-row rounds.
func TestFastPathsSameAsPlain(t *testing.T) {
	m := Default()
	texts := []string{"", "je suis au chômage depuis 3 mois", "Agent territorial, 45 ans, Lyon. Je voudrais changer de métier.",
		strings.Repeat("infirmière libérale en reconversion, demandeuse d'emploi ; ", 60)}
	for _, text := range texts {
		hs, _ := m.Features.extract(nil, nil, text)
		// plain n-grams
		var want []uint32
		buf := fold(nil, text)
		for _, w := range strings.FieldsFunc(string(buf), func(r rune) bool { return r == ' ' || r == '|' }) {
			g := "<" + w + ">"
			if len(g) > 64 {
				continue
			}
			for n := m.Features.MinN; n <= m.Features.MaxN && n < len(g); n++ {
				for k := 0; k+n <= len(g); k++ {
					want = append(want, nonZero(hashBytes(hashStart(byte('0'+n)), []byte(g[k:k+n]))))
				}
			}
		}
		got := map[uint32]int{}
		for _, h := range hs {
			got[h]++
		}
		for _, h := range want {
			if got[h] == 0 {
				t.Fatalf("%q: n-gram hash %x missing", text, h)
			}
			got[h]--
		}
		// plain sums
		var plain [NClasses]int32
		for _, h := range hs {
			if r := m.lookup(h); r >= 0 {
				for k := range plain {
					plain[k] += int32(m.w[int(r)*NClasses+k])
				}
			}
		}
		if acc := m.accumulate(hs); acc != plain {
			t.Errorf("%q (%d features): accumulate %v, plain sums %v", text[:min(len(text), 30)], len(hs), acc, plain)
		}
	}
}
