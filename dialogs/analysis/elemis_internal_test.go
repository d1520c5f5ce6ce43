package analysis

import "testing"

// Rules read a hit's pattern words through elemIs: the lexicon's patterns
// lose their words once numbered (lexicon.number), the rules' own keep
// them. Reading p.elems of a numbered pattern panicked or silently failed
// (round 27A after the merge with issue 20's pointer-free lexicon).
func TestElemIsNumberedAndOwnPatterns(t *testing.T) {
	var found *pattern
	for _, ps := range lex().patterns {
		for _, p := range ps {
			if p.k == kStatus && p.ids != nil && p.elemIs(-1, "dehors") {
				found = p
			}
		}
	}
	if found == nil {
		t.Fatal("no numbered status pattern ends with « dehors » (round 27A's « mis dehors »)")
	}
	if found.elems != nil {
		t.Error("numbered pattern kept its words")
	}
	if found.elemIs(-1, "porte") || found.elemIs(found.elemCount(), "dehors") || found.elemIs(-found.elemCount()-1, "dehors") {
		t.Error("elemIs matched a wrong word or an index out of range")
	}
	if !closedPatR27a.elemIs(0, "ferme") || closedPatR27a.elemIs(1, "ferme") || closedPatR27a.elemCount() != 1 {
		t.Error("a rule's own pattern is read by its words")
	}
	if found.elemIs(-1, "motquinexistepas") {
		t.Error("a word outside the lexicon matched")
	}
}
