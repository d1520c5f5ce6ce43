// Package intent recognises what a visitor's message asks for beyond the
// facts of the reception questionnaire: a request for a human, a situation
// outside the usual status boxes (retraité, ESAT, arrêt maladie…), a message
// written for someone else, distress or loss that calls for a short human
// acknowledgement, and the language of the message (French or English).
//
// Recognition is by phrases over accent-folded words, with explicit
// negative phrases (« devenir conseiller » is a project, not a request for
// an advisor). It is deterministic, does no I/O and never panics.
package intent

import (
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// maxRunes bounds the text read: intents are stated early in a message.
const maxRunes = 1200

// words folds text into lower-case words without accents; apostrophes and
// hyphens separate words (« quelqu'un » -> "quelqu un", « burn-out » ->
// "burn out").
func words(text string) []string {
	return strings.Fields(geo.Key(truncate(text)))
}

// truncate cuts text after maxRunes runes.
func truncate(text string) string {
	if n := 0; len(text) > maxRunes {
		for i := range text {
			if n == maxRunes {
				return text[:i]
			}
			n++
		}
	}
	return text
}

// phrase is a sequence of positions; each position accepts one of several
// words, or may be skipped when optional.
type phrase struct {
	pos []position
}

type position struct {
	alts []string
	opt  bool
}

// phrases is a compiled phrase list indexed by the words that can start a
// match, so that a message's words look up their candidates instead of
// trying every phrase at every position. A nil *phrases matches nothing.
type phrases struct {
	list []phrase
	// first maps a word to the indexes (ascending) of the phrases whose
	// match can begin with it: the alternatives of the first position and,
	// while positions are optional, of the following ones.
	first map[string][]int32
	// keys holds the first bytes and lengths of first's words: most words
	// of a message start no phrase, and the filter turns most of their map
	// look-ups away in a few instructions.
	keys keyFilter
}

// keyFilter is a necessary condition for a word to be a key of a map: its
// first byte and its length (lengths of 63 bytes or more share a bit) are
// those of some key. A word that fails it is no key; one that passes may
// be.
type keyFilter struct {
	first [4]uint64
	lens  uint64
}

func (f *keyFilter) add(w string) {
	if w == "" {
		f.lens |= 1 // the empty key: every empty word passes
		return
	}
	f.first[w[0]>>6] |= 1 << (w[0] & 63)
	f.lens |= 1 << min(len(w), 63)
}

// may reports whether w may be a key (false: it is none).
func (f *keyFilter) may(w string) bool {
	if w == "" {
		return f.lens&1 != 0
	}
	return f.first[w[0]>>6]&(1<<(w[0]&63)) != 0 && f.lens&(1<<min(len(w), 63)) != 0
}

// compile reads the pattern syntax: words separated by spaces, alternatives
// by "|", a trailing "?" makes a position optional. "parler a|avec un|une?
// conseiller|conseillere".
func compile(specs ...string) *phrases {
	ps := &phrases{list: make([]phrase, 0, len(specs)), first: map[string][]int32{}}
	for _, s := range specs {
		var p phrase
		for _, f := range strings.Fields(s) {
			opt := strings.HasSuffix(f, "?")
			f = strings.TrimSuffix(f, "?")
			p.pos = append(p.pos, position{alts: strings.Split(f, "|"), opt: opt})
		}
		idx := int32(len(ps.list))
		ps.list = append(ps.list, p)
		for _, q := range p.pos {
			for _, a := range q.alts {
				if l := ps.first[a]; len(l) == 0 || l[len(l)-1] != idx {
					ps.first[a] = append(l, idx)
				}
				ps.keys.add(a)
			}
			if !q.opt {
				break
			}
		}
	}
	return ps
}

// candidates returns the phrases that may match starting at word w, in
// their compiled order.
func (ps *phrases) candidates(w string) []int32 {
	if ps == nil || !ps.keys.may(w) {
		return nil
	}
	return ps.first[w]
}

// matchAt returns the end of the match of p starting at w[i], or -1.
func (p phrase) matchAt(w []string, i int) int {
	return matchPos(p.pos, w, i)
}

func matchPos(pos []position, w []string, i int) int {
	if len(pos) == 0 {
		return i
	}
	ps := pos[0]
	if i < len(w) {
		for _, a := range ps.alts {
			if w[i] == a {
				if end := matchPos(pos[1:], w, i+1); end >= 0 {
					return end
				}
				break
			}
		}
	}
	if ps.opt {
		return matchPos(pos[1:], w, i)
	}
	return -1
}

// span is a matched phrase: words w[start:end].
type span struct{ start, end int }

// find returns every match of any of ps in w, by start then phrase order.
func find(ps *phrases, w []string) []span {
	var out []span
	for i := range w {
		for _, k := range ps.candidates(w[i]) {
			if end := ps.list[k].matchAt(w, i); end > i {
				out = append(out, span{i, end})
			}
		}
	}
	return out
}

// any reports whether one of ps matches somewhere in w.
func any(ps *phrases, w []string) bool {
	for i := range w {
		for _, k := range ps.candidates(w[i]) {
			if ps.list[k].matchAt(w, i) > i {
				return true
			}
		}
	}
	return false
}

// covered reports whether the word range s lies inside a match of one of ps
// (used for negative phrases that contain the positive one). Only matches
// starting at or before s.start can cover it.
func covered(ps *phrases, w []string, s span) bool {
	for i := 0; i <= s.start && i < len(w); i++ {
		for _, k := range ps.candidates(w[i]) {
			if end := ps.list[k].matchAt(w, i); end > i && end >= s.end {
				return true
			}
		}
	}
	return false
}

// anyOutside reports whether one of pos matches in w outside every match of
// neg.
func anyOutside(pos, neg *phrases, w []string) bool {
	for i := range w {
		for _, k := range pos.candidates(w[i]) {
			if end := pos.list[k].matchAt(w, i); end > i && !covered(neg, w, span{i, end}) {
				return true
			}
		}
	}
	return false
}

// specIndex finds, for a list of (positive, negative) phrase pairs, which
// pairs match outside their negatives, with one index lookup per word of
// the message instead of one per word and pair.
type specIndex struct {
	pos, neg []*phrases
	first    map[string][]specCand
	keys     keyFilter // of first's words (see phrases.keys)
}

type specCand struct{ spec, phrase int32 }

func newSpecIndex(pos, neg []*phrases) *specIndex {
	if len(pos) > 64 {
		panic("intent: more than 64 specs in one index")
	}
	x := &specIndex{pos: pos, neg: neg, first: map[string][]specCand{}}
	for s, ps := range pos {
		for word, ks := range ps.first {
			for _, k := range ks {
				x.first[word] = append(x.first[word], specCand{int32(s), k})
				x.keys.add(word)
			}
		}
	}
	return x
}

// matched returns the set of specs (bit i for spec i) having a positive
// match in w outside every match of the spec's negatives.
func (x *specIndex) matched(w []string) uint64 {
	var found uint64
	for i := range w {
		if !x.keys.may(w[i]) {
			continue
		}
		for _, c := range x.first[w[i]] {
			if found&(1<<c.spec) != 0 {
				continue
			}
			ps := x.pos[c.spec]
			if end := ps.list[c.phrase].matchAt(w, i); end > i && !covered(x.neg[c.spec], w, span{i, end}) {
				found |= 1 << c.spec
			}
		}
	}
	return found
}
