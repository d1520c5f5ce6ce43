package analysis

import (
	"slices"
	"testing"
)

// TestPairIndexSameHits checks that findHits, which narrows the long
// pattern lists by the next word (pairIndex), finds the same hits in the
// same order as a scan of every entry of the lists.
func TestPairIndexSameHits(t *testing.T) {
	texts := []string{
		"mon fils a 23 ans et il est au chômage depuis 6 mois",
		"ma fille est étudiante, mon mari est fonctionnaire à la mairie",
		"son employeur est une entreprise privée, sa mère est infirmière libérale",
		"je suis en CDI dans mon entreprise depuis dix ans, ma société ferme",
		"mon contrat se termine en juin, mon CDD n'est pas renouvelé",
		"mon", "ma", "son ex employeur", "je travaille pour mon compte",
		"mon service, ma collectivité, mon administration, mon établissement",
	}
	lx := lex()
	for _, text := range texts {
		sc := &scratch{}
		tokenize(sc, text)
		neutraliseDetention(sc.toks)
		findHits(sc)
		got := slices.Clone(sc.hits)
		findHitsPlain(sc)
		if !slices.Equal(got, sc.hits) {
			t.Errorf("%q: hits %v, the plain scan's %v", text, got, sc.hits)
		}
		// the narrowed lists keep each list's order
		for first, al := range lx.byPair.always {
			if !slices.IsSorted(al) {
				t.Fatalf("always list of word %d not in order", first)
			}
		}
	}
	for key, sp := range lx.byPair.pairs {
		pos := lx.byPair.pos[sp[0]:sp[1]]
		if !slices.IsSorted(pos) {
			t.Fatalf("pair %x: positions not in order", key)
		}
		first, second := wordID(key>>32), wordID(uint32(key))
		es := lx.byFirst[first]
		// every entry whose second element has the word is in the list
		for k, e := range es {
			if len(e.p.ids) > 1 && slices.Contains(e.p.ids[1], second) && !slices.Contains(pos, int32(k)) {
				t.Fatalf("pair %x: entry %d missing", key, k)
			}
		}
	}
}

// findHitsPlain is findHits as it was before pairIndex: every entry of the
// first word's list, filtered by its second word's bit.
func findHitsPlain(sc *scratch) {
	lx := lex()
	sc.hits = sc.hits[:0]
	blockEnd := 0
	toks := sc.toks
	lookUpWords(sc)
	for i := range toks {
		ps := lx.byFirst[sc.ids[i]]
		first := len(sc.hits)
		var next uint64
		if i+1 < len(toks) {
			next = wordBit(sc.ids[i+1])
		}
		for _, e := range ps {
			if e.second&next == 0 && e.len > 1 {
				continue
			}
			p := e.p
			n := p.match(sc.ids, i)
			if n == 0 || toks[i+n-1].clause != toks[i].clause || i < blockEnd && !p.k.marker() {
				continue
			}
			dup := false
			for h := first; h < len(sc.hits); h++ {
				if sc.hits[h].p.k == p.k {
					if n > sc.hits[h].end-i {
						sc.hits[h] = hit{p: p, start: i, end: i + n}
					}
					dup = true
					break
				}
			}
			if !dup {
				sc.hits = append(sc.hits, hit{p: p, start: i, end: i + n})
			}
		}
		for h := first; h < len(sc.hits); h++ {
			if sc.hits[h].p.k == kNone && sc.hits[h].end > blockEnd {
				blockEnd = sc.hits[h].end
			}
		}
		if blockEnd > i+1 {
			kept := first
			for h := first; h < len(sc.hits); h++ {
				if hh := sc.hits[h]; hh.p.k == kNone || hh.p.k.marker() || hh.end >= blockEnd {
					sc.hits[kept] = hh
					kept++
				}
			}
			sc.hits = sc.hits[:kept]
		}
	}
}
