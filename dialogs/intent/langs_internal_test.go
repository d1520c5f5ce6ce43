package intent

import "testing"

// langBefore and spanishBefore are Lang and Spanish as they were, each
// reading the words on its own.
func langBefore(t Text) Lang {
	w, wp := t.words()
	defer putWords(wp)
	en, fr, alone := 0, 0, 0
	for _, x := range w {
		b := langBitsOf(x)
		en += int(b & bitEn)
		fr += int(b&bitFr) >> 1
		alone += int(b&bitEnAlone) >> 2
	}
	switch {
	case en >= 2 && 3*fr <= en:
		return English
	case alone > 0 && fr == 0 && len(w) <= 3:
		return English
	case fr >= 2 && fr > en:
		return French
	case fr >= 1 && en == 0 && len(w) >= 1 && !neutral(w):
		return French
	}
	return Unknown
}

func spanishBefore(t Text) bool {
	w, wp := t.words()
	defer putWords(wp)
	es, fr := 0, 0
	for _, x := range w {
		b := langBitsOf(x)
		es += int(b&bitEs) >> 3
		fr += int(b&bitFr) >> 1
	}
	return es >= 2 && 3*fr <= es
}

func FuzzLangs(f *testing.F) {
	for _, s := range []string{"", "oui", "hello I need help", "hola busco trabajo", "je cherche un emploi", "hola je busco work please",
		"yes", "ok", "buenos dias tengo 30 anos y busco empleo", "I am looking for a job in Lyon", "soy desempleado pero je suis"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x := Fold(s)
		l, es := x.Langs()
		if l != langBefore(x) || es != spanishBefore(x) {
			t.Errorf("Langs(%q) = %v, %v; want %v, %v", s, l, es, langBefore(x), spanishBefore(x))
		}
		if x.Lang() != l || x.Spanish() != es {
			t.Errorf("Lang, Spanish (%q) differ from Langs", s)
		}
	})
}
