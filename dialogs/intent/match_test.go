package intent

import (
	"reflect"
	"strings"
	"testing"
)

// allPhrases lists every compiled phrase list of the package.
func allPhrases() []*phrases {
	out := []*phrases{humanPhrases, humanAlone, advisorWants, humanNeg, proxyPhrases,
		skipPhrases, youngSeeker, youngNot, youngWants}
	for _, sp := range situationSpecs {
		out = append(out, sp.pos, sp.neg)
	}
	for _, sp := range distressSpecs {
		out = append(out, sp.pos, sp.neg)
	}
	return out
}

// naiveFind is the unindexed matcher: every phrase tried at every position.
func naiveFind(ps *phrases, w []string) []span {
	var out []span
	if ps == nil {
		return nil
	}
	for i := range w {
		for _, p := range ps.list {
			if end := p.matchAt(w, i); end > i {
				out = append(out, span{i, end})
			}
		}
	}
	return out
}

func naiveAnyOutside(pos, neg *phrases, w []string) bool {
	for _, s := range naiveFind(pos, w) {
		inside := false
		for _, n := range naiveFind(neg, w) {
			if n.start <= s.start && n.end >= s.end {
				inside = true
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// checkIndexed compares the indexed matcher with the naive one on text for
// every phrase list of the package.
func checkIndexed(t *testing.T, text string) {
	t.Helper()
	w := words(text)
	lists := allPhrases()
	for i, ps := range lists {
		want := naiveFind(ps, w)
		if got := find(ps, w); !reflect.DeepEqual(got, want) {
			t.Fatalf("list %d on %q: find = %v, naive %v", i, text, got, want)
		}
		if got := any(ps, w); got != (len(want) > 0) {
			t.Fatalf("list %d on %q: any = %v", i, text, got)
		}
	}
	sits, dists := situationIndex.matched(w), distressIndex.matched(w)
	for k, sp := range situationSpecs {
		if got, want := sits&(1<<k) != 0, naiveAnyOutside(sp.pos, sp.neg, w); got != want {
			t.Fatalf("situation %s on %q: index = %v, naive %v", sp.s, text, got, want)
		}
		if got, want := anyOutside(sp.pos, sp.neg, w), naiveAnyOutside(sp.pos, sp.neg, w); got != want {
			t.Fatalf("situation %s on %q: anyOutside = %v, naive %v", sp.s, text, got, want)
		}
	}
	for k, sp := range distressSpecs {
		if got, want := dists&(1<<k) != 0, naiveAnyOutside(sp.pos, sp.neg, w); got != want {
			t.Fatalf("distress %s on %q: index = %v, naive %v", sp.d, text, got, want)
		}
		if got, want := anyOutside(sp.pos, sp.neg, w), naiveAnyOutside(sp.pos, sp.neg, w); got != want {
			t.Fatalf("distress %s on %q: anyOutside = %v, naive %v", sp.d, text, got, want)
		}
	}
}

var matcherSamples = []string{
	"je veux parler à un conseiller",
	"je suis en arrêt maladie depuis mars et je voudrais me reconvertir",
	"c'est pour mon fils qui est au lycée",
	"je suis retraitée mais je ne sais pas si je peux",
	"je cherche un apprentissage, je ne fais rien",
	"je veux devenir conseiller en insertion",
	"je pars à la retraite dans deux ans",
	"licencié en droit, je suis en CDD et en formation",
	"ma mère est décédée, je suis perdu",
	"je suis au foyer depuis la naissance, congé parental",
	"",
}

// TestIndexedMatcher: the word index finds exactly what trying every phrase
// at every position finds, on samples and on every phrase's own words.
func TestIndexedMatcher(t *testing.T) {
	for _, s := range matcherSamples {
		checkIndexed(t, s)
	}
	// Each phrase spelled out with its first alternatives, alone and inside
	// a sentence, so every list meets its own matches.
	for _, ps := range allPhrases() {
		if ps == nil {
			continue
		}
		for _, p := range ps.list {
			var b strings.Builder
			for _, q := range p.pos {
				b.WriteString(q.alts[len(q.alts)-1] + " ")
			}
			checkIndexed(t, b.String())
			checkIndexed(t, "bonjour je "+b.String()+" merci")
		}
	}
}

func FuzzIndexedMatcher(f *testing.F) {
	for _, s := range matcherSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkIndexed(t, s)
	})
}

// BenchmarkSituations measures the phrase matcher on typical visitor
// messages (the call made on every text turn).
func BenchmarkSituations(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := matcherSamples[i%len(matcherSamples)]
		_ = Situations(s)
		_ = Human(s)
		_ = DistressOf(s)
	}
}
