package analysis

import (
	"cmp"
	"hash/maphash"
	"slices"

	"github.com/cep-accueil/cepbot/bot/editdist"
)

// Typo tolerance: a word that is not in the lexicon is compared with the
// canonical keywords by Damerau-Levenshtein distance (≤ 1 for words of 5–8
// letters, ≤ 2 from 9 letters). Candidates come from a deletion index
// (SymSpell): the keywords' 1- and 2-deletions are precomputed once, the
// message word only generates its 1-deletions, so a lookup costs a few map
// probes and never scans the vocabulary.

const minFuzzyLen = 5

func maxDist(n int) int {
	if n >= 9 {
		return 2
	}
	return 1
}

func (lx *lexicon) buildFuzzy(vocab map[string]bool) {
	// (variant hash, word) pairs, sorted then grouped: no map of slices
	// while building either, whose ≈ 10⁵ small slices the collector
	// scanned during a process's first turns
	type pair struct {
		h  uint64
		id uint32
	}
	pairs := make([]pair, 0, 1<<18)
	for w := range vocab {
		if len(w) < minFuzzyLen || !isAlpha(w) {
			continue
		}
		id := uint32(len(lx.dels.words))
		lx.dels.words = append(lx.dels.words, w)
		add := func(k string) { pairs = append(pairs, pair{maphash.String(fuzzySeed, k), id}) }
		add(w)
		for i := 0; i < len(w); i++ {
			d1 := w[:i] + w[i+1:]
			add(d1)
			if maxDist(len(w)) >= 2 {
				for j := 0; j < len(d1); j++ {
					add(d1[:j] + d1[j+1:])
				}
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.h != b.h {
			return cmp.Compare(a.h, b.h)
		}
		return cmp.Compare(a.id, b.id)
	})
	lx.dels.spans = make(map[uint64]delSpan, len(pairs)/4)
	lx.dels.post = make([]uint32, 0, len(pairs))
	for i := 0; i < len(pairs); {
		j, off := i, uint32(len(lx.dels.post))
		for ; j < len(pairs) && pairs[j].h == pairs[i].h; j++ {
			if j == i || pairs[j].id != pairs[j-1].id { // a word reaches a variant once
				lx.dels.post = append(lx.dels.post, pairs[j].id)
			}
		}
		lx.dels.spans[pairs[i].h] = delSpan{off: off, n: uint32(len(lx.dels.post)) - off}
		i = j
	}
	lx.dels.post = slices.Clone(lx.dels.post) // the exact size: the pairs over-counted duplicates
}

// delIndex is the deletion index laid out for the collector: its map holds
// no pointer (a key's hash → a span of word ids in post), so the hundreds of
// thousands of deletion variants are not scanned at every cycle, as the
// strings and slices of a map[string][]string were (≈ 16 MB of the ≈ 30 MB
// that live in a warm process). Two variants with the same 64-bit hash
// would share their candidates: every candidate is checked against the
// message word by its edit distance, or compared whole, so a collision
// could add a check, never an answer.
type delIndex struct {
	spans map[uint64]delSpan
	post  []uint32
	words []string
}

type delSpan struct{ off, n uint32 }

var fuzzySeed = maphash.MakeSeed()

// candidates returns the words of which key is a deletion variant (or the
// word itself), in no particular order.
func (d *delIndex) candidates(key []byte) []uint32 {
	sp, ok := d.spans[maphash.Bytes(fuzzySeed, key)]
	if !ok {
		return nil
	}
	return d.post[sp.off : sp.off+sp.n]
}

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// correct returns the keyword w is a typo of, or "" when there is none or
// the choice is ambiguous.
func (lx *lexicon) correct(w string) string {
	if len(w) < minFuzzyLen || len(w) > 24 || !isAlpha(w) {
		return ""
	}
	best, bestD, tie := "", 3, false
	try := func(key []byte) {
		for _, id := range lx.dels.candidates(key) {
			c := lx.dels.words[id]
			if c[0] != w[0] { // typos rarely hit the first letter; derived words often do ("enseignement")
				continue
			}
			if suffixOnly(w, c) {
				continue
			}
			d := editdist.Distance(w, c, 2)
			if d > maxDist(len(c)) || d > maxDist(len(w)) {
				continue
			}
			switch {
			case d < bestD:
				best, bestD, tie = c, d, false
			case d == bestD && c != best:
				tie = true
			}
		}
	}
	var buf [24]byte
	try(append(buf[:0], w...))
	for i := 0; i < len(w); i++ {
		k := append(append(buf[:0], w[:i]...), w[i+1:]...)
		try(k)
	}
	if tie || bestD == 0 {
		return ""
	}
	return best
}

// suffixOnly reports whether w and c differ only in their last two letters:
// that is usually another word of the same family ("boulangerie" /
// "boulangère", "pharmacien" / "pharmacie"), not a typo.
func suffixOnly(w, c string) bool {
	n := min(len(w), len(c))
	i := 0
	for i < n && w[i] == c[i] {
		i++
	}
	return i >= n-2
}

// hasRun3 reports three identical letters in a row, which no French word
// has once folded except « -éée » forms (« créée »).
func hasRun3(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// unstretch reads a word typed with letters held down (« chomaaaage »,
// « licenciéééé », « cdiiii »): runs of three or more letters become one,
// then two, and the first form that is a known word, or a typo of one,
// wins. It allocates only for such words, which are rare.
func (lx *lexicon) unstretch(w string) string {
	if len(w) > 40 {
		return ""
	}
	for _, keep := range [2]int{1, 2} {
		var buf [40]byte
		b := buf[:0]
		for i := 0; i < len(w); i++ {
			if i >= keep && w[i] == w[i-1] && (keep == 1 || w[i] == w[i-2]) {
				continue
			}
			b = append(b, w[i])
		}
		if _, ok := lx.words[string(b)]; ok {
			return string(b)
		}
		if c := lx.correct(string(b)); c != "" {
			return c
		}
	}
	return ""
}

// correctPhonetic tries correct, then the word with the common phonetic
// misspellings undone ("chaumage" -> "chomage", "fonctionère" ->
// "fonctionnaire" is already within edit distance).
func (lx *lexicon) correctPhonetic(w string) string {
	if c := lx.correct(w); c != "" {
		return c
	}
	var buf [32]byte
	if len(w) > len(buf) {
		return ""
	}
	b := buf[:0]
	changed := false
	for i := 0; i < len(w); i++ {
		switch {
		case i+1 < len(w) && w[i] == 'a' && w[i+1] == 'u':
			b = append(b, 'o')
			i++
			changed = true
		case i+1 < len(w) && w[i] == 'p' && w[i+1] == 'h':
			b = append(b, 'f')
			i++
			changed = true
		default:
			b = append(b, w[i])
		}
	}
	if !changed {
		return ""
	}
	if _, ok := lx.known[string(b)]; ok {
		for _, id := range lx.dels.candidates(b) {
			if c := lx.dels.words[id]; c == string(b) {
				return c
			}
		}
	}
	return lx.correct(string(b))
}
