package dialogs_test

import "testing"

// A place outside the regions given again at the place question, after
// « not covered », is where the visitor lives: kept, with the recap and the
// contacts, instead of the same question again and again. Given once, the
// visitor is still invited to give a French place.
func TestOutsidePlaceSaidAgain(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"said twice", `
			> /start
			>> 1
			> au chômage, 40 ans
			> non
			> non
			= lieu
			> Genève
			= lieu
			~ n'est pas couvert
			> je vis à Genève
			= recapitulatif
			~ hors des régions couvertes par le CEP`},
		// near-misses: once, or a French place after it
		{"said once", `
			> /start
			>> 1
			> au chômage, 40 ans
			> non
			> non
			> Genève
			= lieu`},
		{"a French place after it", `
			> /start
			>> 1
			> au chômage, 40 ans
			> non
			> non
			> Genève
			> 74100
			= recapitulatif
			~ Haute-Savoie`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "outside", c.script) })
	}
}
