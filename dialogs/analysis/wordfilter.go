package analysis

// wordFilter is a cheap first test before a look-up in a set of words that
// runs for every token of every message: it knows, for each first byte,
// the lengths of the set's words (up to 31 bytes; longer ones share the
// last bit). A word it rejects is in none of the sets it was built from; a
// word it passes is looked up as before. Build it from the sets themselves
// (newWordFilter), so that a word added to a set is never filtered out.
type wordFilter [256]uint32

func newWordFilter[V any](sets ...map[string]V) *wordFilter {
	f := new(wordFilter)
	for _, set := range sets {
		for w := range set {
			if w == "" {
				for b := range f {
					f[b] = ^uint32(0) // "" has no first byte: let everything through
				}
				continue
			}
			f[w[0]] |= 1 << min(len(w), 31)
		}
	}
	return f
}

// may reports whether w may be in one of the filter's sets.
func (f *wordFilter) may(w string) bool {
	if len(w) == 0 {
		return f[0] == ^uint32(0)
	}
	return f[w[0]]&(1<<min(len(w), 31)) != 0
}

// The filters of the sets looked up at every token (profiled with
// callgrind on the 30 216 texts of the corpus). They are built by init,
// after the sets: the init functions of other files may add words to them
// (as lexicon_round13c.go adds to negFillers, now read through a token
// class, tokclass.go), and Go runs the init functions
// in the order of the file names, this one last. TestWordFilters checks
// that every word of the sets passes.
var (
	foreignFilterR21w, heldCuesFilter, helpForFilter, employsFilter, creoleFilterR21o,
	leaveVerbsFilterP25b, homeAdverbsFilter, homeCuesFilter, numberWordsFilter, belowCadreFilterR20i,
	nameCuesFilter *wordFilter
)

func init() {
	foreignFilterR21w = newWordFilter(foreignCopulaR21w, foreignWorkR21w)
	heldCuesFilter = newWordFilter(heldCues)
	helpForFilter = newWordFilter(helpFor)
	employsFilter = newWordFilter(employsWords)
	creoleFilterR21o = newWordFilter(creoleSubjectsR21o)
	leaveVerbsFilterP25b = newWordFilter(leaveVerbsP25b)
	homeAdverbsFilter = newWordFilter(homeAdverbs)
	homeCuesFilter = newWordFilter(homeCues)
	numberWordsFilter = newWordFilter(numberWords)
	belowCadreFilterR20i = newWordFilter(belowCadreR20i)
	nameCuesFilter = newWordFilter(nameCues)
}
