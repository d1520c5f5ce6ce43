package dialogs_test

import "testing"

// Persona round q27b (issue 13). A retiree who wishes to work again part
// time (« je voudrais retravailler à mi-temps ») was told « Vous travaillez
// encore » and never asked whether they look for a job: « à mi-temps »
// alone read as a job held. With a wish it is the job wanted; the
// near-misses keep a retiree who does work part time. Since q28a the
// stated wish answers « Cherchez-vous un emploi ? » (« oui »): not asked.
func TestQ27bRetireeWishPartTime(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"wish to work again part time", `
			> /start
			>> 1
			> je suis retraitée depuis 2 ans, 64 ans, je voudrais retravailler a mi temps
			= handicap
			!~ Cherchez-vous un emploi
			!~ Vous travaillez encore`},
		{"answer: looking for a part-time job", `
			> /start
			>> 1
			> je suis retraité, 66 ans
			= retraite
			> oui je cherche un travail a temps partiel
			!~ Vous travaillez encore
			= handicap`},
		// near-misses: a retiree who works part time is still working
		{"retired and working part time", `
			> /start
			>> 1
			> je suis retraité et je travaille a mi temps, 67 ans
			~ Vous travaillez encore
			= statut`},
		{"retired, part time, no wish", `
			> /start
			>> 1
			> retraité, 66 ans, à mi-temps dans une boulangerie
			~ Vous travaillez encore`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q27b", c.script) })
	}
}
