package dialogs_test

import "testing"

// Persona round q26a (issue 13): defects found by a persona test, fixed.
// Each case is a conversation (story lines, stories_test.go); the
// near-misses keep what was right.
func TestQ26aPlaces(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		// 1. a postal code serving one commune names it in the recap,
		// at the place question as in the first message
		{"59000 at the place question is Lille", `
			> /start
			>> 1
			> je suis salarié, j'ai 40 ans et je veux me reconvertir
			>> 1
			>> 1
			= lieu
			> 59000
			= recapitulatif
			~ • Lieu : Lille (Nord, 59)`},
		{"69100 at the place question is Villeurbanne", `
			> /start
			>> 1
			> je suis salarié, j'ai 40 ans et je veux me reconvertir
			>> 1
			>> 1
			= lieu
			> 69100
			= recapitulatif
			~ • Lieu : Villeurbanne (Rhône, 69)`},
		{"69100 in the first message is Villeurbanne", `
			> /start
			>> 1
			> je suis salarié 69100, j'ai 40 ans et je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			~ • Lieu : Villeurbanne (Rhône, 69)`},
		// near-miss: a code of two communes names none
		{"01000 names no commune", `
			> /start
			>> 1
			> je suis salarié, j'ai 40 ans et je veux me reconvertir
			>> 1
			>> 1
			= lieu
			> 01000
			= recapitulatif
			~ • Lieu : Ain (01)`},
		// near-miss: a postal code naming its commune still picks the
		// homonym at the commune question
		{"93200 at the Saint-Denis homonyms", `
			> /start
			>> 1
			> Je suis au chômage, j'ai 41 ans et j'habite à Saint-Denis
			= commune
			> 93200
			= handicap
			>> 1
			>> 1
			= recapitulatif
			~ • Lieu : Saint-Denis (Seine-Saint-Denis, 93)`},
		// 2. Saint-Pierre-et-Miquelon named by name is named back
		{"Saint-Pierre-et-Miquelon named", `
			> /start
			>> 1
			> je suis salarié à Saint-Pierre-et-Miquelon, j'ai 40 ans et je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			~ • Lieu : Saint-Pierre-et-Miquelon (hors des régions couvertes par le CEP)`},
		{"Saint-Martin still named", `
			> /start
			>> 1
			> je suis salarié à Saint-Martin, j'ai 40 ans et je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			~ • Lieu : Saint-Martin (hors des régions couvertes par le CEP)`},
		// 3. lower-case names: « guadeloupe » alone, « saint martin » at
		// the status question
		{"guadeloupe alone in the first message", `
			> /start
			>> 1
			> guadeloupe
			= statut
			> salarié
			> 40
			>> 1
			>> 1
			= recapitulatif
			~ • Lieu : Guadeloupe (971)`},
		{"saint martin at the status question", `
			> /start
			>> 1
			> je voudrais changer de métier
			= statut
			> saint martin
			= statut
			~ C'est noté.
			!~ Je n'ai pas compris`},
		// near-miss: a word at the status question is still not understood
		{"a word at the status question", `
			> /start
			>> 1
			> je voudrais changer de métier
			= statut
			> bof
			= statut
			~ Je n'ai pas compris`},
		// 4. a home to come in France, from abroad, offered to book near
		{"from Canada to Bordeaux: the future home offered", `
			> /start
			>> 1
			> je vis au Canada, je reviens m'installer à Bordeaux en mars. salariée 38 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			>> 1
			= orientation
			~ Vous m'avez dit que vous allez vous installer en France (Gironde, 33)
			~ 1. Près de mon futur domicile (Gironde, 33)
			>> 1
			= orientation
			~ Avenir Actifs Nouvelle-Aquitaine`},
		// near-miss: abroad without a move, the contacts for abroad only
		{"abroad without a move", `
			> /start
			>> 1
			> je vis au Canada, salariée 38 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			>> 1
			= orientation
			~ n'est pas couvert
			!~ futur domicile`},
		// 5. « salarie 93 200 »: the place is not asked
		{"salarie 93 200", `
			> /start
			>> 1
			> salarie 93 200
			= age
			> 40
			>> 1
			>> 1
			= recapitulatif
			~ • Lieu : Saint-Denis (Seine-Saint-Denis, 93)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q26a", c.script) })
	}
}
