package dialogs_test

import "testing"

// Wave 2, w1 (issue 13): public and private sector visitors. Each case is
// a conversation (story lines, stories_test.go); the near-misses keep what
// was right.

// The confidentiality card names only the alternatives open to this
// public agent (row 1: never the regional operator, the Mission locale
// under 26, Cap emploi with an RQTH, the Apec for a cadre).
func TestW1ConfidentialityAlternatives(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"agent of 45, no RQTH", `
			> /start
			>> 1
			> je suis secrétaire à la mairie de Tours, 45 ans, je veux me reconvertir
			> mon employeur ne doit pas savoir
			~ adressez-vous à Cap emploi (avec une RQTH) ou à France Travail.
			!~ Mission locale
			!~ Apec`},
		{"agent of 23", `
			> /start
			>> 1
			> je suis adjoint technique à la mairie de Tours, 23 ans
			> c'est confidentiel ?
			~ à la Mission locale ou
			!~ moins de 26 ans
			!~ Apec`},
		{"agent whose age is not known yet", `
			> /start
			>> 1
			> je suis secrétaire à la mairie de Tours, je veux me reconvertir
			> c'est confidentiel ?
			~ à la Mission locale (moins de 26 ans)
			!~ Apec`},
		{"France Travail's own agent", `
			> /start
			>> 1
			> je suis conseillère à France Travail, fonctionnaire, 45 ans, Lille
			> c'est confidentiel ?
			~ adressez-vous à Cap emploi (avec une RQTH).
			!~ à France Travail`},
		// near-miss: a private employee reads the private line
		{"private employee", `
			> /start
			>> 1
			> je suis vendeuse en CDI à Tours, 45 ans
			> c'est confidentiel ?
			~ votre employeur n'en est pas informé
			!~ Mission locale`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w1", c.script) })
	}
}

// An agent territorial who works in one département and lives in another
// is offered the workplace's centre de gestion; with the same département
// for both nothing changes.
func TestW1WorkplaceDoorWithHome(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"Orléans town hall, home in Blois", `
			> /start
			>> 1
			> secrétaire à la mairie d'Orléans, j'habite à Blois, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			~ Loiret`},
		{"Orléans town hall, home in Orléans", `
			> /start
			>> 1
			> secrétaire à la mairie d'Orléans, j'habite à Orléans, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			~ Loiret
			!~ hors de votre département`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w1", c.script) })
	}
}

// A workplace named at the recap (« en fait je travaille à la mairie de
// Nantes ») is a correction applied, not « je n'ai pas compris »: the
// employer's door follows it. A sentence that changes nothing is still
// not understood as a correction.
func TestW1WorkplaceCorrectedAtRecap(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"workplace named", `
			> /start
			>> 1
			> je suis fonctionnaire territoriale, 50 ans, Angers
			= recapitulatif
			> en fait je travaille à la mairie de Nantes
			~ C'est noté.
			!~ Je n'ai pas compris
			>> 1
			~ Prendre rendez-vous avec votre employeur public`},
		{"nothing new", `
			> /start
			>> 1
			> je suis fonctionnaire territoriale, 50 ans, Angers
			= recapitulatif
			> en fait je travaille à la mairie
			!~ C'est noté.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w1", c.script) })
	}
}

// An English visitor: a non-profit is a private employer and keeps the
// dialogue in English; a nurse is asked whether the employer is public or
// private.
func TestW1EnglishSector(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"non-profit at the status question", `
			> /start
			>> 1
			> Hello, I want to change careers
			> a non-profit
			~ How old are you
			!~ Quelle est votre situation`},
		{"nurse", `
			> /start
			>> 1
			> Hi, I'm a nurse, I want to retrain
			~ Public`},
		// near-miss: a French answer still switches back to French
		{"French answer", `
			> /start
			>> 1
			> Hello, I want to change careers
			> je suis salariée dans une association
			~ Quel âge avez-vous`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w1", c.script) })
	}
}
