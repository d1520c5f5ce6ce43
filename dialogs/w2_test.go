package dialogs_test

import "testing"

// Persona round w2 (issue 13): visitors outside the five status boxes,
// second wave. Each case is a conversation (story lines, stories_test.go);
// the near-misses keep what was right.

// A writer who no longer works and wants to work again is a job seeker
// (row 7): the status question is not asked; a retiree or someone who
// only stopped is still asked.
func TestW2ReturnToWork(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"caregiver who wants to work again", `
			> /start
			>> 1
			> je suis aidant de mon père malade, je ne travaille plus depuis 2 ans, 55 ans, Dijon, je voudrais reprendre
			!~ Quelle est votre situation professionnelle
			= handicap`},
		{"stopped to raise children, wants to work again", `
			> /start
			>> 1
			> j'ai arrêté de travailler pour m'occuper de mes enfants, je voudrais retravailler, 44 ans
			!~ Quelle est votre situation professionnelle`},
		{"a retiree who wants to work again: still the retiree question", `
			> /start
			>> 1
			> je suis retraité, je ne travaille plus, je voudrais reprendre
			~ Cherchez-vous un emploi ?`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}

// The relative named after the writer's introduction is the person the
// questions are about; a caregiver's own request stays the writer's.
func TestW2RelativeAfterIntroduction(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"retiree for a son who left school", `
			> /start
			>> 1
			> retraité, mon fils de 19 ans a arrêté le lycée, que peut-il faire
			~ votre fils
			!~ Cherchez-vous un emploi ?`},
		{"retired couple, the husband wants to work again", `
			> /start
			>> 1
			> je suis retraité, mon mari aussi est retraité, il voudrait retravailler
			~ Quel âge a votre mari ?
			!~ Quel âge avez-vous ?`},
		{"the writer's introduction is not the relative's situation", `
			> /start
			>> 1
			> je suis retraitée, ma fille de 24 ans cherche du travail, elle habite Nantes
			= recapitulatif
			~ pour votre fille
			~ Situation : demandeur d'emploi`},
		{"who the writer is, said with for whom: left to the analysis", `
			> /start
			>> 1
			> je suis fonctionnaire, j'écris pour mon fils, il est au chômage, il a 30 ans, il habite Nantes
			= handicap
			>> 1
			>> 1
			~ pour votre fils
			~ Situation : demandeur d'emploi
			!~ agent public`},
		{"helping a sick mother: the writer's request", `
			> /start
			>> 1
			> je voudrais aider ma mère qui est malade
			!~ votre mère
			= statut`},
		{"helping a daughter find her way: for the daughter", `
			> /start
			>> 1
			> je voudrais aider ma fille à trouver sa voie
			~ votre fille`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}

// Insertion and doctoral words at the status question or « Autre
// situation », volunteering at the retiree question: understood, never
// « Je n'ai pas compris ».
func TestW2InsertionDoctoralVolunteer(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"en insertion: the two buttons named", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 40 ans, Lyon
			> je suis en insertion
			~ Avec un contrat dans une structure d'insertion
			!~ Je n'ai pas compris
			= statut`},
		{"en insertion at Autre situation", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 40 ans, Lyon
			>> 6
			> je suis en insertion
			~ Avec un contrat dans une structure d'insertion
			!~ Je n'ai pas compris
			= statut`},
		{"CDDI: an employee (read by the analysis)", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 40 ans, Lyon
			> j'ai un CDDI
			= handicap`},
		{"insertion path without a contract: a job seeker", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 40 ans, Lyon
			> en parcours d'insertion
			= handicap`},
		{"doctoral student: a student", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 27 ans, Lyon
			> je suis doctorant
			!~ Je n'ai pas compris
			~ Situation : étudiant(e)`},
		{"doctoral contract: an agent public", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 27 ans, Lyon
			> doctorante avec un contrat doctoral
			~ agent contractuel de votre établissement
			~ Dans quelle fonction publique travaillez-vous ?`},
		{"retiree who wants to volunteer", `
			> /start
			>> 1
			> je suis retraitée, 66 ans, Lyon
			> j'aimerais faire du bénévolat
			!~ Je n'ai pas compris
			~ jeveuxaider.gouv.fr`},
		{"retiree who says no: no word of volunteering", `
			> /start
			>> 1
			> je suis retraitée, 66 ans, Lyon
			>> 2
			!~ jeveuxaider.gouv.fr`},
		{"something else still not understood", `
			> /start
			>> 1
			> je voudrais faire le point sur ma carrière, 40 ans, Lyon
			> bof
			~ Je n'ai pas compris`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}

// The recap says the situation as the visitor would: a volunteer is not
// told « demandeur d'emploi »; the route is unchanged; another situation
// keeps its status beside it.
func TestW2RecapSituation(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"service civique alone", `
			> /start
			>> 1
			> je veux faire le point
			> volontaire en service civique
			> 22
			> Dieppe
			~ Situation : volontaire en service civique
			!~ demandeur d'emploi, volontaire
			>> 1
			~ la Mission locale`},
		{"sick leave keeps its status", `
			> /start
			>> 1
			> je veux faire le point, 40 ans, Dieppe
			>> 6
			>> 3
			>> 2
			>> 1
			>> 1
			~ salarié(e) du privé, en arrêt maladie`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}

// A young worker or job seeker who speaks of university studies is asked
// the cadre/degree question (row 3 before row 4); a younger one, or one
// without such studies, is not; a student's side job does not bring the
// démission-reconversion card.
func TestW2YoungGraduateAsked(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"working student in a master: asked, the Apec with a bac+3", `
			> /start
			>> 1
			> je suis étudiant en master et je travaille à côté dans un supermarché, 23 ans, Lyon, je voudrais me réorienter
			>> 5
			= cadre
			>> 3
			>> 1
			~ l'Apec
			!~ démission-reconversion`},
		{"working student in a master without the degree: the Mission locale", `
			> /start
			>> 1
			> je suis étudiant en master et je travaille à côté dans un supermarché, 23 ans, Lyon, je voudrais me réorienter
			>> 5
			>> 1
			>> 1
			~ la Mission locale
			!~ démission-reconversion`},
		{"young job seeker after a M1: asked", `
			> /start
			>> 1
			> je suis au chômage, 22 ans, après un M1 de droit, Lille
			= cadre`},
		{"working student in a BTS at 19: not asked", `
			> /start
			>> 1
			> je suis étudiant en BTS et je travaille à côté dans un supermarché, 19 ans, Lyon, je voudrais me réorienter
			>> 5
			!~ Êtes-vous cadre`},
		{"young job seeker without studies named: not asked", `
			> /start
			>> 1
			> je suis au chômage, 22 ans, Lille
			!~ Êtes-vous cadre`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}

// An insertion path said in the description is a job seeker's: the status
// is not asked; a professional of insertion is not one.
func TestW2InsertionInDescription(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"insertion path", `
			> /start
			>> 1
			> jsui en parcours d'insertion avec une asso, 38 ans, Roubaix
			!~ Quelle est votre situation professionnelle
			= handicap`},
		{"a sister's insertion path", `
			> /start
			>> 1
			> Bonjour, ma soeur a 30 ans, elle est en parcours d'insertion, elle habite Lens
			!~ Quelle est la situation professionnelle
			= handicap`},
		{"an insertion adviser: her status is asked, not read", `
			> /start
			>> 1
			> je suis conseillère en insertion, 38 ans, Roubaix, je voudrais évoluer
			= statut`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}

// A season over and a service civique typed fast, said in the
// description: the status is read; a season still running is asked.
func TestW2SeasonAndCivicInDescription(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"season over", `
			> /start
			>> 1
			> je suis saisonnier, là c'est fini, 31 ans, Annecy, je voudrais travailler dans le ski toute l'année
			= handicap`},
		{"season not over: asked", `
			> /start
			>> 1
			> je suis saisonnier, la saison n'est pas finie, 31 ans, Annecy
			= statut`},
		{"service civique typed fast", `
			> /start
			>> 1
			> jsui en service civik a marseille 21 an
			~ Situation : volontaire en service civique`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "w2", c.script) })
	}
}
