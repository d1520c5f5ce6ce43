package dialogs_test

import "testing"

// Persona round pc (issue 13): visitors outside the five status boxes.
// Each case is a conversation (story lines, stories_test.go); the
// near-misses keep what was right.

// The status question answered in the visitor's own words: a situation
// that settles the status goes on, one that does not is answered with the
// buttons that fit, never « Je n'ai pas compris ».
func TestPcStatusInOwnWords(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"service civique", `
			> /start
			>> 1
			> je veux faire le point sur ma carrière
			= statut
			> en service civique
			~ la Mission locale accompagne les jeunes jusqu'à 25 ans
			= age
			> 22
			!~ Je n'ai pas compris`},
		{"service civique, recap and Mission locale", `
			> /start
			>> 1
			> je veux faire le point
			> volontaire en service civique
			> 22
			> Dieppe
			~ volontaire en service civique
			>> 1
			~ la Mission locale`},
		{"seasonal, then between seasons", `
			> /start
			>> 1
			> je voudrais me former
			> je suis saisonnière
			~ Entre deux saisons : choisissez « Je cherche un emploi »
			!~ Je n'ai pas compris
			= statut
			> entre deux saisons
			= age`},
		{"seasonal four times: a person takes over", `
			> /start
			>> 1
			> je voudrais me former
			> saisonnier
			> saisonnier
			> saisonnier
			!~ Pour que la bonne personne vous rappelle
			> saisonnier
			~ Pour que la bonne personne vous rappelle`},
		{"seasonal, in season", `
			> /start
			>> 1
			> je voudrais me former
			> saisonnier
			> en saison
			= age`},
		{"refugee", `
			> /start
			>> 1
			> je veux travailler
			> réfugié
			~ c'est la situation en France qui compte
			!~ Je n'ai pas compris
			= statut`},
		{"caregiver", `
			> /start
			>> 1
			> je veux faire le point
			> aidante familiale
			~ à côté de l'aide à un proche
			= statut`},
		{"two jobs", `
			> /start
			>> 1
			> je veux faire le point
			> j'ai deux boulots
			~ Avec deux activités
			= age`},
		{"no activity", `
			> /start
			>> 1
			> je veux faire le point
			> rien
			~ Sinon, choisissez « Autre situation »
			!~ Je n'ai pas compris
			= statut`},
		{"just out of prison, typed at the status question", `
			> /start
			>> 1
			> je veux faire le point sur ma carrière
			> je viens de sortir de prison
			~ SPIP
			= age`},
		{"invalidity: kept, and the buttons that fit", `
			> /start
			>> 1
			> je veux changer de travail
			> je suis en invalidité
			~ Cap emploi accompagne les personnes
			!~ Je n'ai pas compris
			!~ C'est noté
			= statut
			>> 1
			= partage`},
		{"no job", `
			> /start
			>> 1
			> je veux faire le point
			> je ne travaille pas
			~ Pour chercher un travail, choisissez « Je cherche un emploi »
			= statut`},
		{"CSP in full", `
			> /start
			>> 1
			> je veux faire le point
			> contrat de sécurisation professionnelle
			= age`},
		{"on leave, said short", `
			> /start
			>> 1
			> je veux faire le point
			> en arrêt
			~ votre contrat continue
			= statut
			> en arrêt
			~ Je n'ai pas compris`},
		{"intern", `
			> /start
			>> 1
			> je veux faire le point
			> je suis stagiaire
			~ Pour un stage pendant les études
			!~ Je n'ai pas compris
			= statut`},
		{"volunteer of an association", `
			> /start
			>> 1
			> je veux faire le point
			> je suis bénévole dans une asso
			~ Pour chercher un travail, choisissez « Je cherche un emploi »
			= statut`},
		{"trainee of vocational training: its old way", `
			> /start
			>> 1
			> je veux faire le point
			> stagiaire de la formation professionnelle
			!~ Pour un stage pendant
			= age`},
		{"two buttons typed: salaried and self-employed", `
			> /start
			>> 1
			> Bonjour je suis aide-soignante et j'ai aussi une micro-entreprise de couture, 45 ans, Brest
			= statut
			> 2 et 4
			~ Avec deux activités
			= handicap`},
		{"two buttons typed: public agent first", `
			> /start
			>> 1
			> Bonjour je suis aide-soignante et j'ai aussi une micro-entreprise de couture, 45 ans, Brest
			> 3+4
			= branche`},
		{"both", `
			> /start
			>> 1
			> Bonjour je suis aide-soignante et j'ai aussi une micro-entreprise de couture, 45 ans, Brest
			> les deux
			~ tapez les deux numéros
			!~ Je n'ai pas compris
			= statut`},
		{"one button typed: its old way", `
			> /start
			>> 1
			> Bonjour je suis aide-soignante et j'ai aussi une micro-entreprise de couture, 45 ans, Brest
			> 24
			~ Ce numéro ne correspond à aucune réponse`},
		// near-misses: a box named, the unsure answer, a word of nothing
		// still go their old way
		{"employee", `
			> /start
			>> 1
			> je veux faire le point
			> je suis salarié
			!~ Avec deux activités
			= age`},
		{"unsure", `
			> /start
			>> 1
			> je veux faire le point
			> je sais pas
			= autre_situation`},
		{"gibberish", `
			> /start
			>> 1
			> je veux faire le point
			> bof
			~ Je n'ai pas compris`},
		{"out of hospital is not prison", `
			> /start
			>> 1
			> je veux faire le point
			> je viens de sortir de l'hôpital
			!~ SPIP`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// A student who says a job held is an employee for the route (the
// corpus's convention; the CEP is open to students who work), not sent to
// the university's service as a student neither working nor seeking work.
func TestPcWorkingStudent(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"job in the description, student button", `
			> /start
			>> 1
			> je suis étudiant en L2 et je bosse au mcdo le week-end, je veux changer de voie
			= statut
			>> 5
			~ Un emploi pendant les études
			= age`},
		{"job typed at the status question", `
			> /start
			>> 1
			> je veux changer de voie
			> étudiant mais je travaille à côté
			~ Un emploi pendant les études
			= age`},
		{"job said at the student's end", `
			> /start
			>> 1
			> je suis étudiante en master, je veux me réorienter
			> Bordeaux
			>> 1
			~ corrigez votre situation
			> mais je travaille le week-end
			~ Un emploi pendant les études
			!~ Je n'ai pas compris
			= age`},
		{"job looked for at the student's end: the old way", `
			> /start
			>> 1
			> je suis étudiante en master, je veux me réorienter
			> Bordeaux
			>> 1
			> je cherche du travail en fait
			!~ Un emploi pendant les études
			= age`},
		{"job in the description, no status question", `
			> /start
			>> 1
			> je suis étudiant et j'ai un petit job
			~ Un emploi pendant les études
			= age`},
		{"a father's job is not the student's", `
			> /start
			>> 1
			> je suis étudiant en master, mon père travaille à la mairie, je veux me réorienter
			!~ Un emploi pendant les études
			= lieu`},
		// near-misses: no job, a job looked for, the button alone
		{"no job", `
			> /start
			>> 1
			> je veux changer de voie
			> étudiant, je bosse pas
			!~ Un emploi pendant les études
			= lieu`},
		{"job looked for", `
			> /start
			>> 1
			> je veux changer de voie
			> je suis étudiant et je cherche un petit job
			!~ Un emploi pendant les études`},
		{"student button alone", `
			> /start
			>> 1
			> je veux changer de voie
			>> 5
			!~ Un emploi pendant les études
			= lieu`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// A relative's wish to work, told in the third person, answers « Cherchez-
// vous un emploi ? » as the retiree's own would.
func TestPcRetireeRelativeWish(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"husband wishes a small job", `
			> /start
			>> 1
			> bonjour c'est pour mon mari qui est retraité, il voudrait faire un petit boulot
			!~ Cherchez-vous un emploi
			= age`},
		{"mother no longer wishes to work", `
			> /start
			>> 1
			> c'est pour ma mère qui est retraitée, elle ne veut plus travailler
			= retraite`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// « Autre situation » in the visitor's own words: the same situations as
// at the status question, and « none of these » is the advisor's call.
func TestPcOtherInOwnWords(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"service civique", `
			> /start
			>> 1
			> je veux faire le point
			>> 6
			> service civique
			~ la Mission locale accompagne les jeunes jusqu'à 25 ans
			= age`},
		{"caregiver: the status buttons with the hint", `
			> /start
			>> 1
			> je veux faire le point
			>> 6
			> aidante
			~ à côté de l'aide à un proche
			= statut
			>> 1
			= age`},
		{"none of these", `
			> /start
			>> 1
			> je veux faire le point
			>> 6
			> rien de tout ça
			!~ Je n'ai pas compris
			= conseiller_contact`},
		// near-misses: a listed situation and its button keep their way
		{"retired typed", `
			> /start
			>> 1
			> je veux faire le point
			>> 6
			> retraité
			= retraite`},
		{"gibberish", `
			> /start
			>> 1
			> je veux faire le point
			>> 6
			> bof
			~ Je n'ai pas compris
			= autre_situation`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// A service civique under way said in the description settles the status
// (the status question has no button for a volunteer); a wished one does
// not.
func TestPcCivicDescription(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"volunteer now", `
			> /start
			>> 1
			> je suis en service civique à la mairie de Pau, 24 ans, j'habite Pau
			~ la Mission locale accompagne les jeunes jusqu'à 25 ans
			!~ Quelle est votre situation professionnelle
			~ volontaire en service civique`},
		// near-miss: a wish is no situation
		{"service civique wished", `
			> /start
			>> 1
			> je voudrais faire un service civique, j'ai 19 ans
			!~ Pour préparer la suite d'un service civique`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// A retiree written for by a relative: the retiree's question is asked
// about them, and a writer's own retirement told before the relative's
// situation (« je suis à la retraite. Mon petit-fils… ») is not taken for
// the relative's.
func TestPcRetireeForRelative(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"mother retired: asked about her", `
			> /start
			>> 1
			> ma mère est retraitée, elle s'ennuie
			= retraite
			~ Votre mère cherche-t-elle un emploi ?
			~ Oui, elle cherche un emploi
			!~ Cherchez-vous un emploi
			>> 3
			~ Votre mère travaille encore : le conseil en évolution professionnelle lui est ouvert.`},
		{"mother's wish to work, a small job", `
			> /start
			>> 1
			> ma mère est retraitée et veut reprendre un petit travail
			= age`},
		{"writer retired, grandson's situation", `
			> /start
			>> 1
			> Bonjour, je suis à la retraite. Mon petit-fils de 20 ans ne trouve pas de travail à Angers.
			!~ Cherchez-vous un emploi
			= recapitulatif
			~ pour votre petit-fils
			~ Situation : demandeur d'emploi`},
		// near-misses: the writer's own retirement keeps its question;
		// a retired relative said after « pour » too
		{"own retirement", `
			> /start
			>> 1
			> je suis retraitée, je m'ennuie
			= retraite
			~ Cherchez-vous un emploi ?`},
		{"for my father, retired", `
			> /start
			>> 1
			> c'est pour mon père, il est à la retraite
			= retraite
			~ Votre père cherche-t-il un emploi ?`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// A writer who wishes to help a relative (« je suis retraitée, je voudrais
// aider ma fille ») writes for them: the questions are about the
// relative, not « Cherchez-vous un emploi ? » to the retired writer.
func TestPcHelpRelative(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"retired writer helps her daughter", `
			> /start
			>> 1
			> je suis retraitée, je voudrais aider ma fille
			!~ Cherchez-vous un emploi
			~ votre fille`},
		{"help my son find his way", `
			> /start
			>> 1
			> je veux aider mon fils à trouver sa voie, il a 17 ans
			~ votre fils`},
		// near-miss: a caregiver's own situation
		{"caregiver's own wish", `
			> /start
			>> 1
			> je m'occupe de ma mère, je voudrais reprendre un travail
			!~ votre mère
			= age`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// « I look for a job », « I search a job », as non-native English writes
// it, is a job seeker's status as « I am looking for a job » is.
func TestPcEnglishLookForJob(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"refugee who looks for a job", `
			> /start
			>> 1
			> Hello, I am a refugee from Sudan, I live in Lyon and I look for a job, 31 years old
			!~ What is your work situation today?
			= handicap`},
		{"search a job", `
			> /start
			>> 1
			> I search a job in Paris
			= age`},
		// near-miss: the negated search keeps the retiree's question
		{"retired, not looking", `
			> /start
			>> 1
			> I am retired and I don't look for a job, just information
			= retraite`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// An ESAT worker holds no work contract (CASF L344-2): the schemes of
// employees (période de reconversion, PTP) are not pushed to them; an
// employee on a CDI keeps them.
func TestPcESATCards(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"ESAT worker towards a company", `
			> /start
			>> 1
			> mon fils travaille en ESAT à Nîmes, il a 30 ans, il voudrait aller en entreprise
			>> 1
			>> 1
			~ Cap emploi
			!~ La période de reconversion
			!~ Le projet de transition professionnelle`},
		{"employee on a CDI", `
			> /start
			>> 1
			> je suis salarié en CDI dans une usine, 40 ans, j'habite Lyon, je veux me reconvertir par une formation
			>> 1
			>> 1
			>> 1
			~ La période de reconversion`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// « Cherchez-vous un emploi ? » asked a retiree, answered in their words:
// a work wished or a hesitant yes is « oui », a work refused is « non »,
// and « c'est pour ma fille » takes the request up again for her.
func TestPcRetiredAnswers(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"a small job, hesitant", `
			> /start
			>> 1
			> je suis retraité
			= retraite
			> je sais pas trop, peut-être un petit boulot
			= age`},
		{"why not", `
			> /start
			>> 1
			> je suis retraité
			> pourquoi pas
			!~ Je ne sais pas répondre
			= age`},
		{"work refused", `
			> /start
			>> 1
			> je suis retraité
			> je ne veux plus travailler
			~ Très bien. Vous pouvez revenir quand vous voulez`},
		{"for my daughter", `
			> /start
			>> 1
			> je suis retraité
			> non je veux juste me renseigner pour ma fille
			~ vous écrivez pour votre fille`},
		// near-misses: a question keeps its answer, a plain no its end,
		// a word of nothing is not understood
		{"a question", `
			> /start
			>> 1
			> je suis retraité
			> c'est payant ?
			~ gratuit
			= retraite`},
		{"no", `
			> /start
			>> 1
			> je suis retraité
			> non
			~ Très bien. Vous pouvez revenir quand vous voulez`},
		{"gibberish", `
			> /start
			>> 1
			> je suis retraité
			> bof
			~ Je n'ai pas compris`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// The hints and notes of the status question read right when the visitor
// writes for a relative: no « si vous êtes sous contrat » about the son,
// and the job seeker's button named as it is shown.
func TestPcOwnWordsForRelative(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"son seasonal", `
			> /start
			>> 1
			> c'est pour mon fils, il a 20 ans
			= statut
			> il est saisonnier
			~ Entre deux saisons : choisissez « En recherche d'emploi »
			!~ Si vous êtes`},
		{"son in civic service", `
			> /start
			>> 1
			> c'est pour mon fils, il a 20 ans
			> il est en service civique
			~ la suite d'un service civique
			!~ votre service civique`},
		// near-miss: the visitor's own words keep the first-person button
		{"own seasonal", `
			> /start
			>> 1
			> je veux me former
			> je suis saisonnier
			~ choisissez « Je cherche un emploi »`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}

// A wish to work said in the description answers the retiree's question
// when the retirement is said at the status question.
func TestPcRetireeWishInDescription(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"wish, then retired", `
			> /start
			>> 1
			> je voudrais retravailler un peu
			= statut
			> retraitée
			!~ Cherchez-vous un emploi
			= age`},
		// near-miss: a wish for information is no wish to work
		{"information, then retired", `
			> /start
			>> 1
			> je voudrais des informations
			> retraité
			= retraite`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pc", c.script) })
	}
}
