package dialogs_test

import "testing"

// Persona round p25b (issue 13): defects found by p25a, fixed. Each case
// is a conversation (story lines, stories_test.go); the near-misses keep
// what was right.
func TestP25bDiscreetAgentPublic(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		// « je ne veux pas que ma hiérarchie le sache »: the
		// confidential alternatives (row 1) lead, the employer comes
		// after, and France Travail is named once.
		{"discretion asked: the alternative first", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, j'ai 45 ans, je veux changer de métier mais je ne veux pas que ma hiérarchie le sache
			>> 1
			>> 1
			= orientation
			~ Vous ne souhaitez pas que votre employeur le sache : vous pouvez vous adresser, de façon confidentielle, à France Travail.
			~ Vous pouvez aussi passer par votre employeur public (service RH de votre collectivité ou centre de gestion).
			~ 1. Prendre rendez-vous avec France Travail
			~ Plutôt avec votre employeur public
			!~ Vous pouvez aussi choisir
			!~ Si vous préférez ne pas passer par votre employeur
			!~ Avenir Actifs`},
		{"discretion asked later, « je voudrais un rdv » books the alternative", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, j'ai 45 ans, je veux changer de métier
			= lieu
			> 69003
			= recapitulatif
			> mon chef ne doit pas etre au courant
			= recapitulatif
			>> 1
			= orientation
			~ 1. Prendre rendez-vous avec France Travail
			> je voudrais un rdv
			= modalite
			~ France Travail`},
		// near-misses: without the wish, the employer first and France
		// Travail named once (no « Vous pouvez aussi choisir » after the
		// reason that names it)
		{"no wish: the employer first, France Travail once", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, j'ai 45 ans, je veux changer de métier
			>> 1
			>> 1
			= orientation
			~ 1. Prendre rendez-vous avec votre employeur public
			~ Plutôt avec France Travail
			~ à Cap emploi (avec une RQTH) ou France Travail.
			!~ Vous pouvez aussi choisir : France Travail`},
		// an employee's worry does not change the private routing
		{"employee's wish keeps the regional operator", `
			> /start
			>> 1
			> je suis salarié dans le commerce à Lyon, 45 ans, je veux me reconvertir sans que mon patron le sache
			> non
			= cadre
			> non
			= recapitulatif
			>> 1
			= orientation
			~ 1. Prendre rendez-vous avec
			!~ Vous ne souhaitez pas que votre employeur le sache`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25b", c.script) })
	}
}

// A button's text typed whole is that button, as pressed: the words of the
// label are examples, not facts read by the analysis.
func TestP25bTypedLabel(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"payer label typed: the branch is asked as for the button", `
			> /start
			>> 1
			> infirmière 34 ans Nantes
			= secteur
			> je sais pas
			= secteur
			> Une administration, une mairie, un hôpital public
			= branche
			!~ fonction publique hospitalière`},
		{"label typed without accents nor commas", `
			> /start
			>> 1
			> infirmière 34 ans Nantes
			= secteur
			> je sais pas
			= secteur
			> une administration une mairie un hopital public
			= branche`},
		{"branch label typed keeps its branch only", `
			> /start
			>> 1
			> je suis fonctionnaire, 50 ans, j'habite Lille, je veux evoluer
			= branche
			> Territoriale (commune, département, région…)
			= recapitulatif
			~ fonction publique territoriale
			~ Lille (Nord, 59)`},
		// near-misses: the employer named in words still says the branch
		{"employer named with the payer answer", `
			> /start
			>> 1
			> infirmière 34 ans Nantes
			= secteur
			> je sais pas
			= secteur
			> c'est l'hôpital public qui me paie
			= recapitulatif
			~ fonction publique hospitalière`},
		{"« public, à l'hôpital » at the sector question", `
			> /start
			>> 1
			> infirmière 34 ans Nantes
			= secteur
			> public, à l'hôpital
			= recapitulatif
			~ fonction publique hospitalière`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25b", c.script) })
	}
}

// A question whose card was already shown in the conversation gets a
// pointer to the answer above, not the whole card again.
func TestP25bCardOnce(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"confidentiality asked twice", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, j'ai 45 ans, je veux changer de métier
			> 69003
			= recapitulatif
			> mon employeur sera au courant ?
			~ Le conseiller est tenu à la discrétion professionnelle.
			> mon employeur sera au courant ?
			= recapitulatif
			~ Je vous l'ai indiqué plus haut (« Le CEP est-il gratuit et confidentiel ? ») : relisez ma réponse ci-dessus
			!~ Le conseiller est tenu à la discrétion professionnelle.`},
		// near-misses: another question gets its own card in full, and
		// a card seen as a title only in the orientation is printed
		{"another question after it", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, j'ai 45 ans, je veux changer de métier
			> 69003
			= recapitulatif
			> mon employeur sera au courant ?
			> et le cpf c'est quoi ?
			~ Le CPF est un compte en euros
			!~ plus haut`},
		{"card listed in the orientation then asked", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, j'ai 45 ans, je veux changer de métier
			> 69003
			>> 1
			= orientation
			~ • Le compte personnel de formation (CPF)
			> c'est quoi le cpf ?
			~ Le CPF est un compte en euros
			!~ plus haut`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25b", c.script) })
	}
}
