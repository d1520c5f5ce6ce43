package analysis

import (
	"slices"
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// kind is what a phrase pattern tells about the visitor.
type kind uint8

const (
	kNone     kind = iota // blocks shorter patterns inside it ("dans le cadre de")
	kStatus               // v = status
	kCadre                // v = "1" / "0"
	kHandicap             // v = "1" / "0"
	kDiplome              // bac+3 or more held; v = "1" / "0"
	kWants                // a student/school leaver who wants to work
	kProject              // v = project, w = tier (lower wins)
	kPast                 // marks the clause as past ("j'étais", "ancien")
	kFuture               // what follows in the clause is a wish, not a fact
	kPresent              // "maintenant", "actuellement": cancels kPast
	kFormer               // "ancien", "ex": the next words describe a former job
	kEnds                 // "se termine", "prend fin": with a contract, a job seeker soon
	kSector               // an employer or workplace; v = public, prive, ? (either) or "" (neutral)
	kBranch               // the public-service branch an employer belongs to; v = branch
)

// pattern is one phrase of the lexicon. Elements are separated by spaces;
// "a|b" is an alternative, a trailing "?" makes an element optional and
// "_" matches any word.
type pattern struct {
	elems [][]string // its words, until they are numbered (lexicon.number drops them)
	ids   [][]wordID // elems numbered (lexicon.number)
	// masks: per element of ids, the wordBit of every alternative, the
	// first test of match (lexicon.number)
	masks []uint64
	k     kind
	v     string
	w     int8 // strength (status) or tier (project)
	event bool // a status event ("licencié") still true in a past clause or after a wish
}

type patSpec struct {
	p     string
	k     kind
	v     string
	w     int8
	event bool
}

// compile expands optional elements so that every variant starts with a
// fixed word and can be indexed by it.
func compilePatterns(specs []patSpec) map[string][]*pattern {
	idx := map[string][]*pattern{}
	for _, sp := range specs {
		var elems [][]string
		var opt []bool
		for _, e := range strings.Fields(sp.p) {
			o := strings.HasSuffix(e, "?")
			elems = append(elems, strings.Split(strings.TrimSuffix(e, "?"), "|"))
			opt = append(opt, o)
		}
		for _, variant := range expand(elems, opt) {
			p := &pattern{elems: variant, k: sp.k, v: sp.v, w: sp.w, event: sp.event}
			for _, first := range variant[0] {
				idx[first] = append(idx[first], p)
			}
		}
	}
	return idx
}

func expand(elems [][]string, opt []bool) [][][]string {
	out := [][][]string{nil}
	for i, e := range elems {
		var next [][][]string
		for _, v := range out {
			next = append(next, append(append([][]string(nil), v...), e))
			if opt[i] {
				next = append(next, v)
			}
		}
		out = next
	}
	return out
}

// wordID numbers the words of the patterns (lexicon.number), so that a
// pattern compares numbers, not strings: 0 is a word of no pattern, and
// anyWord stands for "_".
type wordID = int32

const anyWord wordID = -1

// match reports how many tokens p matches at toks[i:], or 0; ids are the
// tokens' word numbers. Its only caller found p under toks[i] in the index,
// by an alternative of its first element: the comparisons start at the
// second.
func (p *pattern) match(ids []wordID, i int) int {
	if i+len(p.ids) > len(ids) {
		return 0
	}
	for j := 1; j < len(p.ids); j++ {
		w := ids[i+j]
		if p.masks[j]&wordBit(w) == 0 {
			return 0 // no alternative has w's bit: none is w (nor "_", which has them all)
		}
		ok := false
		for _, a := range p.ids[j] {
			if a == w || a == anyWord {
				ok = true
				break
			}
		}
		if !ok {
			return 0
		}
	}
	return len(p.ids)
}

// patEntry is a pattern in the index by first word, with a filter on its
// second word, tried before the pattern itself: most patterns fail there.
type patEntry struct {
	p      *pattern
	second uint64 // wordBit of every alternative of the second element
	len    int
}

// wordBit is the bit of a word in a patEntry filter; anyWord has them all.
func wordBit(id wordID) uint64 {
	if id == anyWord {
		return ^uint64(0)
	}
	return 1 << (uint32(id) & 63)
}

// number gives every word of the patterns its wordID, indexes the
// patterns by the number of their first word and gathers the traits of
// words (lookUpWords).
func (lx *lexicon) number() {
	ids := map[string]wordID{}
	id := func(w string) wordID {
		if w == "_" {
			return anyWord
		}
		n, ok := ids[w]
		if !ok {
			n = wordID(len(ids) + 1)
			ids[w] = n
		}
		return n
	}
	// The numbers of all patterns are carved from a few large chunks, not
	// one small slice per element: they live as long as the process, and
	// ≈ 10⁵ small objects were a quarter of what the collector marked at
	// every cycle in a warm process.
	// count first (a pattern listed under several first words is counted
	// once: counted marks it with a non-nil, empty ids)
	nRows, nIDs := 0, 0
	counted := make([][]wordID, 0)
	for _, ps := range lx.patterns {
		for _, p := range ps {
			if p.ids != nil {
				continue
			}
			p.ids = counted
			nRows += len(p.elems)
			for _, alts := range p.elems {
				nIDs += len(alts)
			}
		}
	}
	rowArena, idArena := make([][]wordID, 0, nRows), make([]wordID, 0, nIDs)
	maskArena := make([]uint64, 0, nRows)
	for first, ps := range lx.patterns {
		id(first)
		for _, p := range ps {
			if len(p.ids) != 0 {
				continue // numbered under another first word
			}
			n := len(rowArena)
			rowArena = rowArena[:n+len(p.elems)]
			p.ids = rowArena[n : n+len(p.elems) : n+len(p.elems)]
			for j, alts := range p.elems {
				m := len(idArena)
				for _, a := range alts {
					idArena = append(idArena, id(a))
				}
				p.ids[j] = idArena[m:len(idArena):len(idArena)]
			}
			m := len(maskArena)
			for _, alts := range p.ids {
				var mask uint64
				for _, a := range alts {
					mask |= wordBit(a)
				}
				maskArena = append(maskArena, mask)
			}
			p.masks = maskArena[m:len(maskArena):len(maskArena)]
		}
	}
	// the words are numbered: matching reads only the numbers, and the
	// patterns' words (≈ 1 MB of slices and strings, every word of them a
	// pointer) would be marked at every cycle for nothing
	for _, ps := range lx.patterns {
		for _, p := range ps {
			p.elems = nil
		}
	}
	lx.byFirst = make([][]patEntry, len(ids)+1)
	for first, ps := range lx.patterns {
		if first == "_" {
			continue // (no token is "_": such a pattern never matched)
		}
		es := make([]patEntry, len(ps))
		for k, p := range ps {
			es[k] = patEntry{p: p, len: len(p.ids), second: ^uint64(0)}
			if len(p.ids) > 1 {
				es[k].second = 0
				for _, a := range p.ids[1] {
					es[k].second |= wordBit(a)
				}
			}
		}
		lx.byFirst[ids[first]] = es
	}
	lx.byPair = buildPairIndex(lx.byFirst)
	traits := make(map[string]wordTraits, len(ids)+len(lx.known)+20000)
	for w, n := range ids {
		traits[w] = wordTraits{id: n}
	}
	for w := range lx.known {
		t := traits[w]
		t.known = true
		traits[w] = t
	}
	place := func(w string, n int) {
		t := traits[w]
		t.placeMax = max(t.placeMax, uint8(n))
		traits[w] = t
	}
	geo.FirstWords(place)
	geo.NameFirstWords(place)
	for w, n := range lx.placeFirst {
		place(w, int(n))
	}
	addWordClasses(traits)
	lx.traits = traits
	lx.tokWords = make(map[string]tokWord, len(traits)+len(lx.sms))
	for w, t := range traits {
		lx.tokWords[w] = tokWord{tr: t}
	}
	for w, info := range lx.words {
		e := lx.tokWords[w]
		e.exp, e.in = info.exp, true
		lx.tokWords[w] = e
	}
}

// wordTraits is what findHits and place ask of a token's word, looked up
// once per message (lookUpWords).
type wordTraits struct {
	id       wordID    // its number in the patterns, 0 for none
	known    bool      // a word of the lexicon (lexicon.known)
	placeMax uint8     // the most words of a place name starting with it: commune, département, region, alias (place)
	cls      wordClass // the token classes of tokclass.go it belongs to
}

// lookUpWords reads the traits of every token's word into sc.traits,
// once the words are final (after neutraliseDetention); tokenize empties it.
func lookUpWords(sc *scratch) {
	if len(sc.traits) == len(sc.toks) {
		return
	}
	lx := lex()
	n := len(sc.toks)
	if cap(sc.traits) < n {
		sc.traits = make([]wordTraits, n)
	}
	if cap(sc.ids) < n {
		sc.ids = make([]wordID, n)
	}
	traits, ids, pre := sc.traits[:n], sc.ids[:n], sc.pre
	var cls wordClass
	for i := range sc.toks {
		var t wordTraits
		// the traits tokenize found for the token's word, while it keeps
		// it (a later step may have changed, added or merged tokens: the
		// word is compared, and traits are a function of the word)
		if s := sc.toks[i].s; i < len(pre) && pre[i].ok && pre[i].s == s {
			t = pre[i].tr
		} else {
			t = lx.traits[s]
		}
		traits[i], ids[i] = t, t.id
		cls |= t.cls
	}
	sc.traits, sc.ids = traits, ids
	sc.msgCls = cls
}

// hit is one pattern found in a message.
type hit struct {
	p          *pattern
	start, end int
}

// marker kinds only qualify other facts; they are never hidden by kNone
// (employer words included: « dans le cadre de la mairie »).
func (k kind) marker() bool {
	return k == kPast || k == kPresent || k == kFuture || k == kFormer || k == kEnds || k == kSector || k == kBranch
}

// pairMin is the length from which a byFirst list is narrowed by the next
// word (pairIndex): a shorter one is scanned with its entries' filter.
const pairMin = 24

// pairIndex narrows the patterns of a frequent first word (« mon »: 639
// entries, « ma », « son ») to those whose second element can be the next
// word, so that findHits does not filter every entry of the list. A
// narrowed list keeps the entries' order (findHits keeps the first of
// equally long patterns), and holds positions in the byFirst list: no
// pointer for the collector to mark.
type pairIndex struct {
	// per first word: the positions of the entries any next word may
	// match (a one-word pattern, a second element "_"); nil when the list
	// is short (pairMin) and scanned instead
	always [][]int32
	// first<<32 | second: the span of pos holding the positions of the
	// entries whose second element has that word, merged with always
	pairs map[uint64][2]int32
	pos   []int32
}

func pairKey(first, second wordID) uint64 { return uint64(uint32(first))<<32 | uint64(uint32(second)) }

func buildPairIndex(byFirst [][]patEntry) pairIndex {
	px := pairIndex{always: make([][]int32, len(byFirst)), pairs: map[uint64][2]int32{}}
	for first, es := range byFirst {
		if len(es) < pairMin {
			continue
		}
		always := []int32{}
		var seconds []wordID
		bySecond := map[wordID][]int32{}
		for k, e := range es {
			p := e.p
			if len(p.ids) < 2 || slices.Contains(p.ids[1], anyWord) {
				always = append(always, int32(k))
				continue
			}
			for _, a := range p.ids[1] {
				l := bySecond[a]
				if len(l) > 0 && l[len(l)-1] == int32(k) {
					continue // the same word twice among the alternatives
				}
				if len(l) == 0 {
					seconds = append(seconds, a)
				}
				bySecond[a] = append(l, int32(k))
			}
		}
		px.always[first] = always
		for _, sec := range seconds {
			start := int32(len(px.pos))
			px.pos = append(px.pos, always...)
			px.pos = append(px.pos, bySecond[sec]...)
			slices.Sort(px.pos[start:])
			px.pairs[pairKey(wordID(first), sec)] = [2]int32{start, int32(len(px.pos))}
		}
	}
	return px
}

// elemIs reports whether the i-th element of p (negative i counts from the
// end) has word as its first alternative. Patterns of the lexicon are read
// by their numbers (lexicon.number drops their words to spare the
// collector); the few patterns built by rules for their own hits keep
// their words and no numbers. Rules that ask which word a hit's pattern
// ends or starts with must go through here, never through p.elems.
func (p *pattern) elemIs(i int, word string) bool {
	if p.ids != nil {
		if i < 0 {
			i += len(p.ids)
		}
		if i < 0 || i >= len(p.ids) || len(p.ids[i]) == 0 {
			return false
		}
		t, ok := lex().traits[word]
		return ok && t.id != 0 && p.ids[i][0] == t.id
	}
	if i < 0 {
		i += len(p.elems)
	}
	return i >= 0 && i < len(p.elems) && len(p.elems[i]) > 0 && p.elems[i][0] == word
}

// elemCount is the number of elements of p, numbered or not.
func (p *pattern) elemCount() int {
	if p.ids != nil {
		return len(p.ids)
	}
	return len(p.elems)
}
