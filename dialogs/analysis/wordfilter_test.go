package analysis

import "testing"

// TestWordFilters checks that every word of the filtered sets passes its
// filter (a word added to a set after the filter was built would be lost),
// and that the filters reject words of other lengths or first letters.
func TestWordFilters(t *testing.T) {
	cases := []struct {
		name string
		f    *wordFilter
		sets []map[string]bool
	}{
		{"foreign", foreignFilterR21w, []map[string]bool{foreignCopulaR21w, foreignWorkR21w}},
		{"heldCues", heldCuesFilter, []map[string]bool{heldCues}},
		{"helpFor", helpForFilter, []map[string]bool{helpFor}},
		{"employs", employsFilter, []map[string]bool{employsWords}},
		{"creole", creoleFilterR21o, []map[string]bool{creoleSubjectsR21o}},
		{"leaveVerbs", leaveVerbsFilterP25b, []map[string]bool{leaveVerbsP25b}},
		{"homeAdverbs", homeAdverbsFilter, []map[string]bool{homeAdverbs}},
		{"homeCues", homeCuesFilter, []map[string]bool{homeCues}},
		{"belowCadre", belowCadreFilterR20i, []map[string]bool{belowCadreR20i}},
		{"nameCues", nameCuesFilter, []map[string]bool{nameCues}},
	}
	for _, c := range cases {
		for _, set := range c.sets {
			for w := range set {
				if !c.f.may(w) {
					t.Errorf("%s: %q is filtered out", c.name, w)
				}
			}
		}
	}
	for w := range numberWords {
		if !numberWordsFilter.may(w) {
			t.Errorf("numberWords: %q is filtered out", w)
		}
	}
	// the first words of the cadre titles: a token class (titleAtR20i)
	lex()
	for w := range cadreTitleIndexR20i() {
		if !cadreTitleFirstsR20i[w] {
			t.Errorf("cadre titles: %q has no class", w)
		}
	}
	if len(cadreTitleFirstsR20i) != len(cadreTitleIndexR20i()) {
		t.Errorf("cadre titles: %d first words, %d in the index", len(cadreTitleFirstsR20i), len(cadreTitleIndexR20i()))
	}
	f := newWordFilter(map[string]bool{"pas": true, "plus": true})
	for _, tc := range []struct {
		w    string
		want bool
	}{{"pas", true}, {"plus", true}, {"pis", true}, {"pa", false}, {"passe", false}, {"las", false}, {"", false}} {
		if got := f.may(tc.w); got != tc.want {
			t.Errorf("may(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	if !newWordFilter(map[string]bool{"": true}).may("") {
		t.Error(`a set holding "" must let "" through`)
	}
}
