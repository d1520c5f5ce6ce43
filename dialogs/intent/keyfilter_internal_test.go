package intent

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The key filters turn look-ups away only for words that are no key: every
// key passes its filter, and the recognisers read the stories' messages as
// the plain look-ups did.
func TestKeyFiltersKeepEveryKey(t *testing.T) {
	var all []*phrases
	for _, sp := range situationSpecs {
		all = append(all, sp.pos, sp.neg)
	}
	for _, sp := range distressSpecs {
		all = append(all, sp.pos, sp.neg)
	}
	all = append(all, humanAlone, humanPhrases, advisorWants, humanNeg)
	for _, ps := range all {
		if ps == nil {
			continue
		}
		for w := range ps.first {
			if !ps.keys.may(w) {
				t.Errorf("phrases filter drops key %q", w)
			}
		}
	}
	for _, x := range []*specIndex{situationIndex, distressIndex} {
		for w := range x.first {
			if !x.keys.may(w) {
				t.Errorf("spec index filter drops key %q", w)
			}
		}
	}
	for w := range langBits {
		if !langKeys.may(w) {
			t.Errorf("langKeys drops %q", w)
		}
	}
	var f keyFilter
	if f.may("") || f.may("a") {
		t.Error("an empty filter lets words through")
	}
	f.add("abc")
	if !f.may("abc") || f.may("abcd") || f.may("bbc") || f.may("") {
		t.Error("filter of abc")
	}
}

func TestKeyFiltersReadAsPlainLookUps(t *testing.T) {
	stories, _ := filepath.Glob("../testdata/stories/*.story")
	if len(stories) == 0 {
		t.Fatal("no stories")
	}
	var texts []string
	for _, p := range stories {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if s, ok := strings.CutPrefix(l, "> "); ok {
				texts = append(texts, s, "je veux un conseiller "+s, s+" parler a un humain")
			}
		}
	}
	texts = append(texts, "conseiller", "un humain", "humain svp", "1", "oui", "")
	for _, s := range texts {
		ft := Fold(s)
		w := ft.Words()
		for _, x := range w {
			if got, want := langBitsOf(x), langBits[x]; got != want {
				t.Errorf("langBitsOf(%q) = %d, want %d", x, got, want)
			}
			for _, ps := range []*phrases{humanAlone, humanPhrases, advisorWants, humanNeg} {
				if got, want := ps.candidates(x), ps.first[x]; len(got) != len(want) {
					t.Errorf("candidates(%q) = %v, want %v", x, got, want)
				}
			}
		}
		if got, want := ft.Human(), humanPlain(w); got != want {
			t.Errorf("Human(%q) = %v, plain %v", s, got, want)
		}
	}
}

// humanPlain is Human with the whole-message phrases all tried.
func humanPlain(w []string) bool {
	if len(w) == 0 {
		return false
	}
	if len(w) <= 6 {
		for _, p := range humanAlone.list {
			if p.matchAt(w, 0) == len(w) {
				return true
			}
		}
	}
	for _, s := range find(humanPhrases, w) {
		if covered(humanNeg, w, s) || jobNear(w, s, false) {
			continue
		}
		return true
	}
	for _, s := range find(advisorWants, w) {
		if jobNear(w, s, true) || covered(humanNeg, w, s) {
			continue
		}
		return true
	}
	return false
}
