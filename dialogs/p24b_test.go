package dialogs_test

import "testing"

// Persona round p24b (issue 13): agents publics and employees, their
// branch, corrections and doubts. Each case is a conversation (story lines,
// stories_test.go); the near-misses keep what was right.
func TestP24bAgentsPublics(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		// The orientation names the door of the branch known
		// (cep-domain.md §1.5), not « conseiller mobilité-carrière » to a
		// soldier whose reason then says Défense mobilité.
		{"soldier's door", `
			> /start
			>> 1
			> Bonjour, j'écris pour mon mari, il est militaire et son contrat se termine en juin, il a 31 ans, on habite Toulon
			>> 1
			= orientation
			~ accompagner votre mari : son employeur public (Défense mobilité).
			!~ conseiller mobilité-carrière)`},
		{"territorial agent's door", `
			> /start
			>> 1
			> je suis agent territorial a la mairie de Rennes, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			= orientation
			~ votre employeur public (service RH de votre collectivité ou centre de gestion).`},
		{"nurse's door", `
			> /start
			>> 1
			> je suis infirmière au CHU de Nantes, 40 ans, je veux me reconvertir
			>> 1
			>> 1
			= orientation
			~ votre employeur public (direction des ressources humaines de votre établissement).`},
		// near-miss: no branch known, the generic name stays
		{"branch unknown keeps the generic door", `
			> /start
			>> 1
			> je suis fonctionnaire, 50 ans, j'habite Lille, je veux evoluer
			>> 6
			>> 1
			= orientation
			~ votre employeur public (service RH ou conseiller mobilité-carrière).`},

		// « je suis fonctionnaire » then « la poste » at the branch
		// question: an employer of both laws does not turn the agent
		// public into a private employee (keepToldStatus).
		{"fonctionnaire then la poste", `
			> /start
			>> 1
			> je suis fonctionnaire, 50 ans, j'habite Lille, je veux evoluer
			= branche
			> la poste
			= recapitulatif
			~ Situation : agent public
			!~ salarié(e) du privé`},
		{"corrected at the recap then la sncf", `
			> /start
			>> 1
			> je travaille a mi temps a la poste, 56 ans, Amiens, je veux evoluer
			>> 1
			>> 1
			= recapitulatif
			> non je suis fonctionnaire
			= branche
			> la sncf
			= recapitulatif
			~ Situation : agent public`},
		// near-misses: a correction in plain words still changes it, and
		// a firm status word too
		{"correction at the branch question", `
			> /start
			>> 1
			> je suis fonctionnaire, 50 ans, j'habite Lille, je veux evoluer
			= branche
			> non en fait je suis salarié de la poste
			!~ Dans quelle fonction publique
			~ reconnaissance de handicap`},
		{"private word at the branch question", `
			> /start
			>> 1
			> je suis fonctionnaire, 50 ans, j'habite Lille, je veux evoluer
			= branche
			> je suis dans le privé
			~ reconnaissance de handicap`},

		// An adverb of insistence inside « je ne sais pas » is still the
		// doubt, not « je n'ai pas compris ».
		{"je ne sais toujours pas", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> je ne sais toujours pas
			= statut`},
		{"je sais vraiment pas", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			> je sais vraiment pas
			~ qui vous verse votre salaire`},
		// near-misses: « pas vraiment » is no doubt; a plain answer is read
		{"pas vraiment is not a doubt", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> pas vraiment
			~ Je n'ai pas compris`},
		{"franchement privé", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			> franchement privé
			~ reconnaissance de handicap`},

		// Asked who pays the salary, the payer named inside a sentence
		// answers; the branch it names is kept; a doubt between both
		// payers is no answer.
		{"payée par l'État", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> je suis payée par l'état
			= recapitulatif
			~ fonction publique de l'État`},
		{"ma paie vient de la mairie", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> ma paie vient de la mairie
			= recapitulatif
			~ fonction publique territoriale`},
		{"la mairie je crois", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> la mairie je crois
			= recapitulatif
			~ fonction publique territoriale`},
		{"doubt between the State and a company", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> je ne sais pas si c'est l'etat ou une entreprise
			= statut`},
		// near-misses: a doubt with one payer still settles it; the
		// button still asks the branch
		{"doubt with one payer", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> je sais pas, c'est une entreprise je pense
			~ reconnaissance de handicap`},
		{"public button asks the branch", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			>> 1
			= branche`},
		{"c'est mon patron qui me paie", `
			> /start
			>> 1
			> je suis aide soignante en ehpad, 52 ans, a Lyon, je veux changer de metier
			>> 3
			> c'est mon patron qui me paie
			~ reconnaissance de handicap`},

		// « c pour mon fils il est… » typed without a comma: the son's
		// facts are his, not the writer's set aside.
		{"for my son without a comma", `
			> /start
			>> 1
			> c pour mon fils il est contractuel a la mairie de Bordeaux il a 24 ans
			~ où travaille votre fils (Gironde, 33)
			!~ situation professionnelle de votre fils`},
		{"for my daughter without a comma", `
			> /start
			>> 1
			> je me renseigne pour ma fille elle est au chomage depuis 3 mois elle a 40 ans et habite a Tours
			= handicap
			>> 1
			= cadre
			>> 1
			= recapitulatif
			~ Situation : demandeur d'emploi
			~ Âge : 40 ans
			~ Tours`},
		// near-misses: the writer's own facts before « pour ma fille »
		// stay theirs; with the comma nothing changes
		{"writer's own status stays theirs", `
			> /start
			>> 1
			> je suis fonctionnaire et j'ecris pour ma fille elle est au chomage a Lille
			!~ Dans quelle fonction publique`},
		{"for my son with a comma", `
			> /start
			>> 1
			> c pour mon fils, il est contractuel a la mairie de Bordeaux, il a 24 ans
			~ où travaille votre fils (Gironde, 33)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p24b", c.script) })
	}
}
