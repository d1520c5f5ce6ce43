package dialogs_test

import "testing"

// Persona round q28a (issue 13). Each case is a conversation (story
// lines, stories_test.go); the near-misses keep what was right.

// A retiree who wrote a wish to work is not asked whether they look for a
// job: the wish answers « oui ».
func TestQ28aRetireeWishToWork(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"french wish, part time", `
			> /start
			>> 1
			> retraitée, 64 ans, je voudrais retravailler à mi-temps
			= handicap
			!~ Cherchez-vous un emploi`},
		{"english wish, part-time job", `
			> /start
			>> 1
			> I'm retired, I would like to find a part-time job
			= age
			!~ Are you looking for a job`},
		{"sms style wish", `
			> /start
			>> 1
			> retraite 66 ans jvoudrais trouver un petit boulot
			= handicap`},
		// near-misses: a negated wish, a wish for something else, a job
		// held are not a wish to work
		{"negated wish", `
			> /start
			>> 1
			> retraité, je ne veux plus travailler
			= retraite`},
		{"wish for information", `
			> /start
			>> 1
			> retraitée, je voudrais des informations
			= retraite`},
		{"job held part time", `
			> /start
			>> 1
			> retraité, je travaille à mi-temps
			~ Vous travaillez encore`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q28a", c.script) })
	}
}

// An ESAT worker's wish to work in an ordinary company is their project in
// the recap; a worker who states none keeps « non précisé ».
func TestQ28aESATProject(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"ordinary company wished", `
			> /start
			>> 1
			> je travaille en ESAT, je voudrais aller en milieu ordinaire, 30 ans, Lyon
			>> 1
			~ Projet : évolution ou mobilité`},
		{"no project stated", `
			> /start
			>> 1
			> je travaille en ESAT, 30 ans, Lyon
			>> 1
			~ Projet : non précisé`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q28a", c.script) })
	}
}

// A place outside the regions said « not covered » once: « C'est exact »
// then goes on to the contacts, not the same message again; read only in
// the first message, it is said once at the orientation.
func TestQ28aOutsideSaidOnce(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"said at the homonym choice", `
			> /start
			>> 1
			> salariée 40 ans reconversion, pas de handicap, pas cadre
			> Saint-Pierre
			> Saint-Martin
			~ n'est pas couvert
			>> 1
			!~ n'est pas couvert
			~ Pour joindre
			~ mon-cep.org`},
		// near-miss: never said before the recap, said there
		{"read in the first message", `
			> /start
			>> 1
			> je suis salariée à Bruxelles, 40 ans, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			~ n'est pas couvert`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q28a", c.script) })
	}
}
