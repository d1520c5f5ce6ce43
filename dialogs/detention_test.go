package dialogs_test

import "testing"

// A person held in prison or just out of it had no way through « Autre
// situation »: « je suis en prison » got « Je n'ai pas compris » and the
// same list again. The way back to work is France Travail's, with the SPIP
// (code pénitentiaire L412-10: a detainee's work is no employment
// contract). Prison staff keep their own status.
func TestDetentionSituation(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"typed at « Autre situation »", `
			> /start
			>> 1
			> bonjour, 35 ans, Créteil
			= statut
			> 6
			= autre_situation
			> je suis en prison
			~ service pénitentiaire d'insertion et de probation (SPIP)
			= handicap`},
		{"its button", `
			> /start
			>> 1
			> bonjour, 35 ans, Créteil
			> 6
			> 7
			~ France Travail
			= handicap`},
		{"said in the first message", `
			> /start
			>> 1
			> je sors de prison le mois prochain, 28 ans, j'habite à Rennes, je veux un travail
			!~ Je n'ai pas compris`},
		// near-misses: staff of a prison, a relative's visit
		{"a prison officer", `
			> /start
			>> 1
			> je suis surveillant pénitentiaire à Fresnes, 35 ans, je veux me reconvertir
			!~ SPIP`},
		{"the button to be called stays", `
			> /start
			>> 1
			> bonjour, 35 ans, Créteil
			> 6
			> 8
			!~ SPIP`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "detention", c.script) })
	}
}
