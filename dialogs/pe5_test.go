package dialogs_test

import "testing"

// Persona round pe5 (issue 13): the reception dialogue as visitors hold
// it — corrections at a question, wishes told beside the situation, places
// and dates typed ahead, many populations.

// pe5Cadre reaches the cadre question of a private employee of 45 with no
// place said.
const pe5Cadre = `
	> /start
	>> 1
	> je suis en CDI dans le privé et je veux changer de métier, j'ai 45 ans
	= handicap
	>> 1
	= cadre`

// A « non » that denies the age known, followed by « j'ai » and the age,
// is a correction: the facts change and the pending question is asked
// again; before, the « non » answered the cadre question, never asked.
func TestPe5NoThenAgeWithWords(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"non j'ai 54 ans pas 45 and a move at the cadre question", pe5Cadre + `
			> non j'ai 54 ans pas 45, et j'ai déménagé à Blois
			= cadre
			>> 2
			= recapitulatif
			~ Âge : 54 ans
			~ Lieu : Blois (Loir-et-Cher, 41)
			~ Cadre : oui`},
		{"non en fait 54 at the cadre question", pe5Cadre + `
			> non en fait 54
			= cadre`},
		// near misses: the age said again is no correction; a plain no
		{"non j'ai 45 ans: the age known, « non » answers", pe5Cadre + `
			> non j'ai 45 ans
			= lieu`},
		{"non at the cadre question", pe5Cadre + `
			> non
			= lieu`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe5", c.script) })
	}
}

// A situation outside the boxes that stands for a status (a retiree who
// looks for work) is said in the recap with where it came from; before,
// the recap showed it and left it out of both origin lines.
func TestPe5RetireeStatusOrigin(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"wish in the description", `
			> /start
			>> 1
			> je suis retraité, 63 ans, à Lyon, je voudrais reprendre une activité
			>> 1
			>> 1
			= recapitulatif
			~ Situation : demandeur d'emploi, retraité(e)
			~ Compris dans vos messages : situation, âge et lieu.`},
		{"yes to the retiree's question", `
			> /start
			>> 1
			> je suis retraitée, j'ai 64 ans, j'habite à Dijon et je voudrais faire le point
			= retraite
			>> 1
			>> 1
			>> 1
			= recapitulatif
			~ Compris dans vos messages : âge et lieu.
			~ Précisé en réponse à mes questions : situation et handicap.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe5", c.script) })
	}
}
