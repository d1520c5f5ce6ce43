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
	if n := 0; len(text) > maxRunes {
		for i := range text {
			if n == maxRunes {
				text = text[:i]
				break
			}
			n++
		}
	}
	return strings.Fields(geo.Key(text))
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

// compile reads the pattern syntax: words separated by spaces, alternatives
// by "|", a trailing "?" makes a position optional. "parler a|avec un|une?
// conseiller|conseillere".
func compile(specs ...string) []phrase {
	out := make([]phrase, 0, len(specs))
	for _, s := range specs {
		var p phrase
		for _, f := range strings.Fields(s) {
			opt := strings.HasSuffix(f, "?")
			f = strings.TrimSuffix(f, "?")
			p.pos = append(p.pos, position{alts: strings.Split(f, "|"), opt: opt})
		}
		out = append(out, p)
	}
	return out
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

// find returns every match of any of ps in w.
func find(ps []phrase, w []string) []span {
	var out []span
	for i := range w {
		for _, p := range ps {
			if end := p.matchAt(w, i); end > i {
				out = append(out, span{i, end})
			}
		}
	}
	return out
}

// any reports whether one of ps matches somewhere in w.
func any(ps []phrase, w []string) bool {
	for i := range w {
		for _, p := range ps {
			if p.matchAt(w, i) > i {
				return true
			}
		}
	}
	return false
}

// covered reports whether the word range s lies inside a match of one of ps
// (used for negative phrases that contain the positive one).
func covered(ps []phrase, w []string, s span) bool {
	for _, n := range find(ps, w) {
		if n.start <= s.start && n.end >= s.end {
			return true
		}
	}
	return false
}

// anyOutside reports whether one of pos matches in w outside every match of
// neg.
func anyOutside(pos, neg []phrase, w []string) bool {
	for _, s := range find(pos, w) {
		if !covered(neg, w, s) {
			return true
		}
	}
	return false
}
