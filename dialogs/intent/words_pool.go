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
func foldWords(text string) *[]string { return Fold(text).words() }

// Text is a message folded once — lower case, without accents or
// punctuation — for the recognisers: a turn asks several of them about the
// same message, and folding it was most of their cost.
type Text struct{ key string }

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

// words is the folded message's words in a recycled list (see foldWords).
func (t Text) words() *[]string {
	p := wordLists.Get().(*[]string)
	*p = appendFields((*p)[:0], t.key)
	return p
}

func putWords(p *[]string) {
	if cap(*p) > maxPooledWords {
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
