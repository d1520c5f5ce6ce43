package dialogs_test

import "testing"

// Persona round p25a (issue 13): facts typed ahead of their question, the
// overseas short names, apprenticeship seekers, the appointment's length
// and the recap's origins. Each case is a conversation (story lines,
// stories_test.go); the near-misses keep what was right.
func TestP25aTypedAhead(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		// A bare plausible age at the status question is the age typed
		// ahead (keepBareAge): kept, said back, the status asked again,
		// and the age not asked later.
		{"bare age at the status question", `
			> /start
			>> 1
			> bonjour je voudrais faire le point sur ma carriere
			= statut
			> 18
			~ C'est noté : vous avez 18 ans.
			!~ Ce numéro ne correspond à aucune réponse
			= statut
			>> 1
			= lieu`},
		// written for a relative: the age is theirs, not « vous avez »
		{"bare age of a relative at the status question", `
			> /start
			>> 1
			> bonjour j'ecris pour mon fils
			= statut
			> 19
			~ C'est noté.
			!~ vous avez 19 ans
			= statut
			>> 1
			= lieu`},
		// near-misses: a number under 16 or over 99 stays a mistyped
		// button; a button number is the button; a known age is not
		// changed by a bare number
		{"15 stays a mistyped button", `
			> /start
			>> 1
			> bonjour je voudrais faire le point sur ma carriere
			> 15
			~ Ce numéro ne correspond à aucune réponse
			= statut`},
		{"100 stays a mistyped button", `
			> /start
			>> 1
			> bonjour je voudrais faire le point sur ma carriere
			> 100
			~ Ce numéro ne correspond à aucune réponse
			= statut`},
		{"a button number is the button", `
			> /start
			>> 1
			> bonjour je voudrais faire le point sur ma carriere
			> 1
			= age`},
		{"a known age is not changed by a bare number", `
			> /start
			>> 1
			> j'ai 45 ans et je voudrais faire le point
			= statut
			> 30
			~ Ce numéro ne correspond à aucune réponse
			!~ vous avez 30 ans`},
		// A town with homonyms typed at the status question is kept as a
		// place doubt and the homonyms asked, as « lyon » there is kept
		// (newHomonyms); then the status is asked again.
		{"homonym town at the status question", `
			> /start
			>> 1
			> bonjour je voudrais faire le point sur ma carriere
			= statut
			> saint denis
			!~ Je n'ai pas compris
			= commune
			~ Saint-Denis (Seine-Saint-Denis, 93)
			>> 2
			= statut`},
		// near-miss: a word read as a town only through a spelling
		// mistake is not a place here
		{"a word near a town name is not a place", `
			> /start
			>> 1
			> bonjour je voudrais faire le point sur ma carriere
			> montagne
			~ Je n'ai pas compris
			= statut`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25a", c.script) })
	}
}

// The overseas short names at the place question (lexicon_round25a.go).
func TestP25aOverseasNames(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"la reu at the place question", `
			> /start
			>> 1
			> je suis au chomage j'ai 30 ans
			>> 1
			>> 1
			= lieu
			> la reu
			!~ Je n'ai pas reconnu ce lieu
			= recapitulatif
			~ (974)`},
		{"gwada in the description", `
			> /start
			>> 1
			> je suis au chomage j'ai 30 ans, je vis en gwada
			>> 1
			>> 1
			= recapitulatif
			~ (971)`},
		// near-miss: a meeting is no island
		{"la reu d'equipe is a meeting", `
			> /start
			>> 1
			> salariée, 40 ans, depuis la réu d'équipe de lundi je veux partir
			!~ (974)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25a", c.script) })
	}
}

// A young visitor who wishes to do a course by apprenticeship is a young
// seeker, as « je cherche un apprentissage » is (youngApprenticeWish).
func TestP25aApprenticeshipWish(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"16, a CAP by apprenticeship", `
			> /start
			>> 1
			> jai 16a jveux faire un cap cuisine en apprentissage
			= lieu
			> lyon
			= recapitulatif
			~ Situation : demandeur d'emploi`},
		{"age known before the wish", `
			> /start
			>> 1
			> bonjour
			> 19
			= statut
			> je voudrais faire un bac pro en alternance
			!~ Quelle est votre situation professionnelle
			= lieu`},
		// near-misses: older, a status said, a refusal: the status is
		// asked or kept
		{"35, the status is asked", `
			> /start
			>> 1
			> j'ai 35 ans je voudrais faire un BTS en alternance
			= statut`},
		{"a pupil stays a pupil", `
			> /start
			>> 1
			> slt jsuis en 3e jveux faire un cap en apprentissage 16a nimes
			~ Situation : étudiant(e)`},
		{"an employee stays an employee", `
			> /start
			>> 1
			> j'ai 22 ans, je suis vendeuse en CDD a Metz, je veux faire un BTS en alternance
			= recapitulatif
			~ Situation : salarié(e) du privé`},
		{"a refusal", `
			> /start
			>> 1
			> jai 17 ans je veux pas faire d'apprentissage
			= statut`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25a", c.script) })
	}
}

// « ça dure combien de temps le rdv ? » before an agency is chosen: the
// length of the appointments, as once an agency is (howLongBeforeAgency).
func TestP25aHowLongBeforeAgency(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"at the handicap question, place known", `
			> /start
			>> 1
			> je suis au chomage j'ai 30 ans a Lyon
			= handicap
			> ça dure combien de temps le rdv ?
			~ Le rendez-vous dure
			~ minutes.
			!~ Je ne sais pas répondre
			= handicap`},
		{"at the status question, nothing known", `
			> /start
			>> 1
			> bonjour
			= statut
			> le rendez-vous dure combien de temps ?
			~ rendez-vous dure
			!~ Je ne sais pas répondre
			= statut`},
		// near-misses: the length of something else is the knowledge
		// cards' question, « ça dure combien de temps ? » alone says not
		// what
		{"a bilan's length is not the appointment's", `
			> /start
			>> 1
			> je suis au chomage j'ai 30 ans a Lyon
			> combien de temps dure un bilan de compétences ?
			!~ minutes.`},
		{"how long alone", `
			> /start
			>> 1
			> je suis au chomage j'ai 30 ans a Lyon
			> ça dure combien de temps ?
			!~ minutes.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25a", c.script) })
	}
}

// The recap's origins tell the truth (markOrigins): a fact changed at
// another question is « corrigé », a new one typed there « compris », a
// bac+3 of the first message « compris ».
func TestP25aRecapOrigins(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"age corrected at the handicap question", `
			> /start
			>> 1
			> je suis au chomage, j'ai 45 ans a Lyon
			= handicap
			> en fait j'ai 47 ans
			= handicap
			>> 1
			>> 1
			= recapitulatif
			~ Compris dans vos messages : situation et lieu.
			~ Précisé en réponse à mes questions : handicap.
			~ Corrigé par vous : âge.`},
		{"bac+3 in the first message", `
			> /start
			>> 1
			> je suis au chomage, j'ai 25 ans, j'ai une licence (bac+3), j'habite a Lyon
			= recapitulatif
			~ Compris dans vos messages : situation, âge, diplômé(e) bac+3 ou plus et lieu.`},
		{"a place typed at the status question", `
			> /start
			>> 1
			> bonjour
			= statut
			> j'habite a lyon
			>> 1
			> 34
			>> 1
			>> 1
			= recapitulatif
			~ Compris dans vos messages : lieu.
			~ Précisé en réponse à mes questions : situation, âge et handicap.`},
		// near-misses: answers to their own question stay « précisé »,
		// a sentence at the age question too
		{"answers stay asked", `
			> /start
			>> 1
			> bonjour
			>> 1
			> j'ai 34 ans
			>> 1
			>> 1
			> Lyon
			= recapitulatif
			~ Précisé en réponse à mes questions : situation, âge, handicap et lieu.
			!~ Compris dans vos messages
			!~ Corrigé par vous`},
		{"a fact said again keeps its origin", `
			> /start
			>> 1
			> je suis au chomage, j'ai 45 ans a Lyon
			= handicap
			> non, et j'ai toujours 45 ans
			>> 1
			= recapitulatif
			~ Compris dans vos messages : situation, âge et lieu.
			!~ Corrigé par vous`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "p25a", c.script) })
	}
}
