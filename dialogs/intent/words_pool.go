package intent

import (
	"strings"
	"sync"
	"unsafe"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// wordLists recycles the word lists of the recognisers: each of them folds
// the message again (one turn asks several), and the list never outlives
// the call that asked for it.
var wordLists = sync.Pool{New: func() interface{} { w := make([]string, 0, 64); return &w }}

// maxPooledWords: longer lists (rare, long messages) are left to the GC.
const maxPooledWords = 1024

// foldWords is words(text) in a recycled list; the caller gives it back
// with putWords and keeps none of the slice (the strings themselves stay
// valid).
func foldWords(text string) ([]string, *[]string) { return Fold(text).words() }

// Text is a message folded once — lower case, without accents or
// punctuation — for the recognisers: a turn asks several of them about the
// same message, and folding it was most of their cost.
type Text struct {
	key string
	// ws are key's words when split holds (FoldWordsInto): the recognisers
	// a turn asks (Lang, Spanish, Human, Distress, Proxy, Situations…)
	// split the same message again each, through a sync.Pool.
	ws    []string
	split bool
}

// Fold folds text for the recognisers (its first maxRunes runes).
func Fold(text string) Text { return Text{key: geo.Key(truncate(text))} }

// FoldInto is Fold with the folded text appended to buf[:0], returned
// grown: the Text reads buf's bytes, so it is valid only until buf is
// written again (the turn keeps one buffer per text it folds and reuses
// it on the next turn, instead of a fresh string per message). Nothing a
// recogniser returns points into the folded text.
func FoldInto(buf []byte, text string) (Text, []byte) {
	buf = geo.AppendKey(buf[:0], truncate(text))
	return Text{key: unsafe.String(unsafe.SliceData(buf), len(buf))}, buf
}

// Key is the folded text (for tests and logs).
func (t Text) Key() string { return t.key }

// Words is a copy of the folded text's words.
func (t Text) Words() []string {
	w, p := t.words()
	defer putWords(p)
	return append([]string(nil), w...)
}

// FoldWordsInto is FoldInto with the folded words also split, into
// ws[:0] (returned grown): the words are read by every recogniser asked
// about the Text, and are valid as long as buf is.
func FoldWordsInto(buf []byte, ws []string, text string) (Text, []byte, []string) {
	t, buf := FoldInto(buf, text)
	ws = appendFields(ws[:0], t.key)
	t.ws, t.split = ws, true
	return t, buf, ws
}

// words is the folded message's words: those split with the Text, or
// else in a recycled list p (see foldWords) that the caller gives back with
// putWords (nil: nothing to give back). The caller writes nothing in w.
func (t Text) words() (w []string, p *[]string) {
	if t.split {
		return t.ws, nil
	}
	p = wordLists.Get().(*[]string)
	*p = appendFields((*p)[:0], t.key)
	return *p, p
}

func putWords(p *[]string) {
	if p == nil || cap(*p) > maxPooledWords {
		return
	}
	clear((*p)[:cap(*p)]) // drop the references to the message
	*p = (*p)[:0]
	wordLists.Put(p)
}

// appendFields appends the space-separated words of a folded key (as
// strings.Fields would split it) to w.
func appendFields(w []string, key string) []string {
	for key != "" {
		i := strings.IndexByte(key, ' ')
		if i < 0 {
			return append(w, key)
		}
		if i > 0 {
			w = append(w, key[:i])
		}
		key = key[i+1:]
	}
	return w
}
