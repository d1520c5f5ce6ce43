package texts

import "testing"

func TestFrenchIsComplete(t *testing.T) {
	if m := MissingIn(French); len(m) > 0 {
		t.Fatalf("French catalogue lacks %d texts: %v", len(m), m)
	}
}

func TestOtherLanguagesFallBackToFrench(t *testing.T) {
	fr := For(French)
	for _, l := range Langs() {
		c := For(l)
		var empty []string
		missing(reflectValue(c), "", &empty)
		if len(empty) > 0 {
			t.Errorf("%s: empty after fallback: %v", l, empty)
		}
	}
	if For("xx") != fr {
		t.Error("an unknown language should give French")
	}
}
