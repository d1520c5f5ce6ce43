package dialogs_test

import "testing"

// Persona round q27a (issue 13). Each case is a conversation (story
// lines, stories_test.go); the near-misses keep what was right.

// An age typed with « pourquoi ? » is kept, then why it is asked is said.
func TestQ27aAgeWithWhy(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"age and a bare why", `
			> /start
			>> 1
			> je voudrais faire un bilan, je suis salarié
			= age
			> 45 ans mais pourquoi ?
			= handicap
			~ L'âge décide de l'organisme compétent
			!~ Je ne sais pas répondre`},
		{"age and why you ask", `
			> /start
			>> 1
			> je voudrais faire un bilan, je suis salarié
			= age
			> 45 ans, pourquoi vous demandez ça ?
			= handicap
			~ L'âge décide de l'organisme compétent`},
		{"age and why in SMS style", `
			> /start
			>> 1
			> je voudrais faire un bilan, je suis salarié
			= age
			> 45 pk ?
			= handicap
			~ L'âge décide de l'organisme compétent`},
		// « mais pourquoi ? » alone is the same why (it was a card
		// search), and the age is asked again
		{"why alone", `
			> /start
			>> 1
			> je voudrais faire un bilan, je suis salarié
			= age
			> mais pourquoi ?
			= age
			~ L'âge décide de l'organisme compétent`},
		// near-miss: a why about something else gets its card
		{"why about a bilan", `
			> /start
			>> 1
			> je voudrais faire un bilan, je suis salarié
			= age
			> pourquoi faire un bilan ?
			= age
			!~ L'âge décide de l'organisme compétent`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q27a", c.script) })
	}
}

// A place outside the regions read in the first message is listed among
// the facts understood in the messages.
func TestQ27aOutsideUnderstood(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"Saint-Pierre-et-Miquelon", `
			> /start
			>> 1
			> je suis salarié, j'habite à Saint-Pierre-et-Miquelon, 45 ans, je veux me reconvertir
			> non
			>> 1
			= recapitulatif
			~ Compris dans vos messages : situation, âge et lieu.`},
		// near-miss: a département read is listed as before
		{"Lyon", `
			> /start
			>> 1
			> je suis salarié à Lyon, 45 ans, je veux me reconvertir
			> non
			>> 1
			= recapitulatif
			~ Compris dans vos messages : situation, âge et lieu.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q27a", c.script) })
	}
}

// A place outside the regions typed at a homonym choice, not one of the
// choices, replaces the place; one of the choices named still picks it.
func TestQ27aOtherPlaceAtHomonyms(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"Saint-Martin at the Saint-Pierre choice", `
			> /start
			>> 1
			> je suis salarié, 45 ans, je veux me reconvertir
			> non
			>> 1
			> Saint-Pierre
			= commune
			> Saint-Martin
			= recapitulatif
			~ n'est pas couvert
			~ Lieu : Saint-Martin (hors des régions couvertes par le CEP)
			!~ Plusieurs communes portent ce nom.`},
		// near-misses: the territory of a choice picks it, and a place in
		// the regions is the place as before
		{"Saint-Pierre-et-Miquelon at the Saint-Pierre choice", `
			> /start
			>> 1
			> je suis salarié, 45 ans, je veux me reconvertir
			> non
			>> 1
			> Saint-Pierre
			= commune
			> à Saint-Pierre-et-Miquelon
			= recapitulatif
			~ Lieu : Saint-Pierre (hors des régions couvertes par le CEP)`},
		{"Lyon at the Saint-Pierre choice", `
			> /start
			>> 1
			> je suis salarié, 45 ans, je veux me reconvertir
			> non
			>> 1
			> Saint-Pierre
			= commune
			> 69003
			= recapitulatif
			~ Lieu : Lyon`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "q27a", c.script) })
	}
}
