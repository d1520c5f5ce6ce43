package dialogs_test

import "testing"

// Persona round pa (issue 13): people whose employer's sector is not
// obvious. Each case is a conversation (story lines, stories_test.go); the
// near-misses keep what was right.

// An agent public who leaves with « Pas maintenant » or asks for a human
// is given the door of their own branch (cep-domain.md §1.5): never the
// PFRH of the State to a hospital nurse or a territorial agent; the
// directory's agency of their branch when there is one, their employer's
// door in words when there is none.
func TestPaPublicDoorByBranch(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"hospital nurse, no agency of her branch", `
			> /start
			>> 1
			> infirmière au CHU de Tours, 40 ans, je veux me reconvertir
			> j'habite à Tours
			>> 1
			> pas maintenant
			~ adressez-vous directement à votre employeur public (direction des ressources humaines de votre établissement)
			!~ PFRH`},
		{"hospital nurse asks for a human", `
			> /start
			>> 1
			> infirmière au CHU de Tours, 40 ans, je veux me reconvertir
			> j'habite à Tours
			>> 1
			> je veux parler à un conseiller
			>> 3
			~ direction des ressources humaines de votre établissement
			!~ PFRH`},
		{"territorial agent, the centre de gestion", `
			> /start
			>> 1
			> secrétaire, 45 ans, à Orléans, je veux changer de métier
			> c'est pour la communauté de communes
			>> 1
			> pas maintenant
			~ Pour joindre le Centre de gestion de la fonction publique territoriale — Loiret
			!~ PFRH`},
		// near-miss: a State agent keeps the PFRH of the région
		{"state agent, the PFRH", `
			> /start
			>> 1
			> je travaille à la préfecture du Loiret, 45 ans, j'habite Orléans, je veux changer de métier
			>> 1
			> pas maintenant
			~ Pour joindre la Plate-forme RH interministérielle (PFRH) Centre-Val de Loire`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// Asked « public ou privé ? », « une asso » or « c'est l'État » is an
// answer, not « je n'ai pas compris ».
func TestPaSectorShortAnswers(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"une asso", `
			> /start
			>> 1
			> bonjour je suis infirmière et je voudrais changer de métier
			= secteur
			> une asso
			= age`},
		{"l'État", `
			> /start
			>> 1
			> bonjour je suis infirmière et je voudrais changer de métier
			> c'est l'état
			!~ pas compris
			~ Où habitez-vous`},
		// near-miss: a doubt is still a doubt
		{"doubt", `
			> /start
			>> 1
			> bonjour je suis infirmière et je voudrais changer de métier
			> je sais pas
			~ qui vous verse votre salaire`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// « Comment savoir si c'est public ? » at the sector question is answered
// with where the pay slip shows it (a card on confidentiality answered the
// word « employeur »), and « je ne sais pas » gets the same hint with the
// question by who pays; another question keeps its card.
func TestPaSectorHowToKnow(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"how to know", `
			> /start
			>> 1
			> aide-soignante en EHPAD, 45 ans
			> comment savoir si mon employeur est public ?
			= secteur
			~ bulletin de paie
			!~ Le CEP est-il gratuit`},
		{"the difference", `
			> /start
			>> 1
			> aide-soignante en EHPAD, 45 ans
			> c'est quoi la différence ?
			~ bulletin de paie`},
		{"about a relative", `
			> /start
			>> 1
			> ma femme est aide-soignante dans un EHPAD, elle a 52 ans et veut changer de métier
			> je sais pas
			~ Le bulletin de paie de votre femme peut aider`},
		{"unsure", `
			> /start
			>> 1
			> aide-soignante en EHPAD, 45 ans
			>> 3
			~ Votre bulletin de paie peut vous aider`},
		// near-miss: another question keeps its card
		{"free?", `
			> /start
			>> 1
			> aide-soignante en EHPAD, 45 ans
			> c'est gratuit ?
			~ gratuit
			!~ bulletin de paie`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// Someone who works and does not know whether their employer is public or
// private, after the two sector questions and the status question, is not
// offered retirees' and ESAT situations: the reception offers to settle
// it, and « non merci » leaves with its contacts. A payer named at the
// second question still settles it; a doubt without the sector questions
// keeps the menu.
func TestPaSectorUnknownTwice(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"twice unsure", `
			> /start
			>> 1
			> aide-soignante à l'EHPAD depuis 12 ans, je veux changer
			> je sais pas, c'est un EHPAD
			> je sais pas
			= statut
			> je sais pas
			~ vérifiera avec vous si votre employeur est public ou privé
			!~ Quelle est votre situation professionnelle`},
		{"about a relative", `
			> /start
			>> 1
			> ma femme est aide-soignante dans un EHPAD, elle a 52 ans et veut changer de métier
			>> 3
			>> 3
			> je sais pas
			~ si l'employeur de votre femme est public ou privé`},
		{"call back declined", `
			> /start
			>> 1
			> aide-soignante à l'EHPAD depuis 12 ans, je veux changer
			>> 3
			>> 3
			> je sais pas
			> non merci
			~ Plateforme d'accueil du CEP
			!~ pas compris`},
		// near-miss: the payer named at the second question settles it
		{"payer named", `
			> /start
			>> 1
			> aide-soignante à l'EHPAD depuis 12 ans, je veux changer
			>> 3
			> c'est l'hôpital qui me paie
			!~ vérifiera avec vous
			!~ pas compris`},
		{"no sector asked", `
			> /start
			>> 1
			> bonjour
			> je sais pas
			!~ vérifiera avec vous`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// A correction of the employer that names it the way one answers « public
// ou privé ? » (« non c'est pas la mairie, c'est une association », « en
// fait c'est une asso qui m'emploie ») re-routes, at the recap and at a
// question before it; the first description and a sentence without a
// correction are read as before.
func TestPaSectorCorrection(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"at the recap", `
			> /start
			>> 1
			> ATSEM à la mairie, 40 ans, je veux changer
			> Lyon 3e
			= recapitulatif
			> non c'est pas la mairie, c'est une association
			= handicap
			>> 1
			>> 1
			~ Situation : salarié(e) du privé
			~ Corrigé par vous : situation`},
		{"at the place question", `
			> /start
			>> 1
			> ATSEM à la mairie, 40 ans, je veux changer
			= lieu
			> en fait c'est une asso qui m'emploie
			!~ Je n'ai pas reconnu ce lieu
			= handicap`},
		{"private to public", `
			> /start
			>> 1
			> infirmière dans une clinique, 40 ans, je veux changer
			= handicap
			> non en fait c'est l'hôpital public
			= lieu`},
		// near-misses: the description is no correction; a sentence
		// without a correction cue at the place question is a place
		{"first description", `
			> /start
			>> 1
			> ATSEM à la mairie, 40 ans, je veux changer
			> Lyon 3e
			~ Âge : 40 ans
			!~ Corrigé par vous`},
		{"no correction cue", `
			> /start
			>> 1
			> ATSEM à la mairie, 40 ans, je veux changer
			> c'est une asso
			!~ C'est noté
			= lieu`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// A workplace run by both sectors given as the answer to « public ou
// privé ? » (« la médiathèque », « un IME », « une crèche ») is asked again
// by who pays, with the pay slip hint, not « je n'ai pas compris »; « la
// BU » is no Bû (Eure-et-Loir) but a university; an answer that says
// nothing is still not understood.
func TestPaSectorAmbiguousWorkplace(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"médiathèque", `
			> /start
			>> 1
			> bibliothécaire, 40 ans, Rennes
			= secteur
			> la médiathèque
			= secteur
			~ qui vous verse votre salaire
			!~ pas compris`},
		{"IME", `
			> /start
			>> 1
			> bibliothécaire, 40 ans, Rennes
			> un IME
			~ bulletin de paie`},
		{"BU", `
			> /start
			>> 1
			> bibliothécaire, 40 ans, Rennes
			> la BU
			~ fonction publique de l'État
			~ Rennes`},
		// near-misses
		{"says nothing", `
			> /start
			>> 1
			> bibliothécaire, 40 ans, Rennes
			> bof
			~ pas compris`},
		{"municipal", `
			> /start
			>> 1
			> bibliothécaire, 40 ans, Rennes
			> la médiathèque municipale
			~ fonction publique territoriale`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// An agent public of France Travail itself is not told to go round their
// employer by going to France Travail; another agent public still is.
func TestPaFranceTravailStaff(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"France Travail adviser, public law", `
			> /start
			>> 1
			> je suis conseillère à France Travail depuis 10 ans, 45 ans, Rennes, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			= orientation
			!~ confidentielle, à France Travail
			!~ Plutôt avec France Travail`},
		{"Pôle emploi, older name", `
			> /start
			>> 1
			> je travaille chez Pôle emploi comme contractuelle, 45 ans, Rennes, je veux changer de métier
			>> 1
			>> 1
			~ L'organisme qui peut vous accompagner : votre employeur public
			!~ confidentielle, à France Travail`},
		// near-miss: a territorial agent keeps France Travail as the way round
		{"territorial agent", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Rennes, 45 ans, j'habite Rennes, je veux me reconvertir
			>> 1
			~ confidentielle, à Cap emploi (avec une RQTH) ou France Travail`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// « C'est quoi la différence ? » at the branch question: the employers of
// each branch, then the question again; an answer is still an answer.
func TestPaBranchHow(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"the difference", `
			> /start
			>> 1
			> je suis contractuelle, 40 ans, Rennes, je veux changer
			= branche
			> c'est quoi la différence ?
			= branche
			~ ATSEM
			!~ Je ne sais pas répondre`},
		// near-miss
		{"an answer", `
			> /start
			>> 1
			> je suis contractuelle, 40 ans, Rennes, je veux changer
			> la mairie
			~ fonction publique territoriale`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// An apprentice or a contrat aidé at a public employer, routed as a
// private employee, is told why (their contract is of private law); an
// apprentice in a company and a territorial agent are not.
func TestPaPrivateLawAtPublicEmployer(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"apprentice at the mairie", `
			> /start
			>> 1
			> apprentie à la mairie de Lyon, 28 ans, j'habite Lyon, je veux changer de voie
			>> 1
			>> 1
			>> 1
			= orientation
			~ un contrat d'apprentissage ou un contrat aidé (PEC) est un contrat de droit privé`},
		// near-misses
		{"apprentice in a garage", `
			> /start
			>> 1
			> apprenti dans un garage à Lyon, 28 ans, j'habite Lyon, je veux changer de voie
			>> 1
			>> 1
			>> 1
			= orientation
			!~ contrat de droit privé`},
		{"territorial agent", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Rennes, 45 ans, j'habite Rennes, je veux me reconvertir
			>> 1
			= orientation
			!~ contrat de droit privé`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// Someone read as a private employee from a body with staff of both laws
// (La Poste, the CAF) is told so and how to say they are a fonctionnaire,
// which re-routes; a private employee elsewhere is not.
func TestPaPrivateLawBodies(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"La Poste", `
			> /start
			>> 1
			> je travaille à La Poste depuis 25 ans, 50 ans, Rennes, je veux changer
			>> 1
			>> 1
			>> 1
			= orientation
			~ si vous êtes fonctionnaire, écrivez-le-moi
			> je suis fonctionnaire
			= branche`},
		// near-miss
		{"a bakery", `
			> /start
			>> 1
			> je suis salariée dans une boulangerie depuis 25 ans, 50 ans, Rennes, je veux changer
			>> 1
			>> 1
			>> 1
			= orientation
			!~ écrivez-le-moi`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// Written for a relative, the employer's door reads about them, in the
// middle of the sentence.
func TestPaProxyEmployerDirect(t *testing.T) {
	runLines(t, "pa", `
		> /start
		>> 1
		> c'est pour ma femme, elle est infirmière au CHU de Tours, 40 ans, elle habite Tours, elle veut se reconvertir
		>> 1
		> pas maintenant
		~ Pour le conseil en évolution professionnelle, votre femme peut s'adresser directement à son employeur public (direction des ressources humaines de son établissement).`)
}

// An agent public is booked with the door of their employer's
// département, not of their home: an ATSEM of Blois living in Orléans is
// not offered the centre de gestion of the Loiret; one of Orléans is.
func TestPaPublicDoorAtWorkplace(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"works in Blois, lives in Orléans", `
			> /start
			>> 1
			> je suis ATSEM à la mairie de Blois, 45 ans, je veux évoluer
			> j'habite à Orléans
			>> 1
			= orientation
			!~ Prendre rendez-vous avec votre employeur public
			> pas maintenant
			!~ Loiret`},
		// near-miss
		{"works and lives in Orléans", `
			> /start
			>> 1
			> je suis ATSEM à la mairie d'Orléans, 45 ans, je veux évoluer
			>> 1
			>> 1
			= orientation
			~ Prendre rendez-vous avec votre employeur public
			> pas maintenant
			~ Centre de gestion de la fonction publique territoriale — Loiret`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}

// A description that says the visitor does not know whether the employer
// is public or private gets the question by who pays, with the hint, at
// once — not « public ou privé ? » with a « Je ne sais pas » button; a
// description without that doubt gets the usual question.
func TestPaSectorUnknownInDescription(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"sms", `
			> /start
			>> 1
			> bjr jsuis aide soignante jsp si c public ou privé c un ehpad a limoges jai 39 ans
			= secteur
			~ qui vous verse votre salaire
			~ bulletin de paie
			!~ Votre employeur est-il public`},
		{"written out", `
			> /start
			>> 1
			> je suis infirmière à l'hôpital mais je ne sais pas si c'est public ou privé, 40 ans, Lyon
			~ qui vous verse votre salaire`},
		// near-miss
		{"no doubt said", `
			> /start
			>> 1
			> je suis aide soignante dans un ehpad à Limoges, 39 ans
			~ Votre employeur est-il public
			!~ bulletin de paie`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pa", c.script) })
	}
}
