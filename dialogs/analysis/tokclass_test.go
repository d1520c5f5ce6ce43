package analysis

import "testing"

// TestTokenClasses checks that a word's class bits answer as its sets: a
// word of a set has the set's bit, any other word of the traits has not
// (a word missing from the traits has no bit, so it must be in no set).
func TestTokenClasses(t *testing.T) {
	lx := lex()
	for b, set := range wordClassSets {
		for w, in := range *set {
			if got := lx.traits[w].cls&(1<<b) != 0; got != in {
				t.Errorf("class %d, %q: bit %v, set %v", b, w, got, in)
			}
		}
		for w, tr := range lx.traits {
			if tr.cls&(1<<b) != 0 && !(*set)[w] {
				t.Errorf("class %d, %q: bit set, not in the set", b, w)
			}
		}
	}
	// a message's tokens, read through is and msgHas
	sc := &scratch{}
	tokenize(sc, "Je suis prof dans un lycée privé, j'ai démissionné de l'école.")
	neutraliseDetention(sc.toks)
	a := analyser{sc: sc, toks: sc.toks}
	for i, tk := range a.toks {
		if got, want := a.is(i, clsTeacherWords), teacherWords[tk.s]; got != want {
			t.Errorf("%q: is teacher %v, want %v", tk.s, got, want)
		}
		if got, want := a.is(i, clsLeavingVerbs|clsSchoolWords), leavingVerbs[tk.s] || schoolWords[tk.s]; got != want {
			t.Errorf("%q: is leaving or school %v, want %v", tk.s, got, want)
		}
	}
	if !a.msgHas(clsTeacherWords) || !a.msgHas(clsPrivateWords10) || a.msgHas(clsCourtesyR18r) {
		t.Errorf("msgHas: %b", sc.msgCls)
	}
	tokenize(sc, "")
	a = analyser{sc: sc, toks: sc.toks}
	if a.msgHas(clsTeacherWords) {
		t.Error("an empty message has a teacher word")
	}
}
