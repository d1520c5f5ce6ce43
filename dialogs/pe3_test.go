package dialogs_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Persona round pe3 (issue 13): every status, as people really type —
// SMS, dictation, emoji, capitals, « retour », « ok », mistyped ages.

// pe3Handicap reaches the disability question of a job seeker of 30 in
// Lyon.
const pe3Handicap = `
	> /start
	>> 1
	> jsuis au chomage a Lyon j ai 30 ans
	= handicap`

// « 4O » (a letter O for the zero, on a phone) answers the age question
// with 40, as the analysis already reads it in a sentence; read as 4, a
// job seeker of 40 was told the CEP is not yet for them and the next
// message ended the conversation. A single digit, or a digit and a word
// that is not an age unit, are read as before.
func TestPe3AgeLetterO(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want int
	}{
		{"4O", 40},
		{"4o", 40},
		{"2O ans", 20},
		{"j'ai 3O ans", 30},
		{"5Oans", 50},
		{"4Oa", 40},
		// near misses: unchanged
		{"4", 4},
		{"40", 40},
		{"14 ans", 14},
		{"4oct", 4},
	} {
		if got, ok := analysis.ParseAge(c.in, now); !ok || got != c.want {
			t.Errorf("ParseAge(%q) = %d, %v; want %d", c.in, got, ok, c.want)
		}
	}
	for _, c := range []struct{ name, script string }{
		{"4O at the age question", `
			> /start
			>> 1
			> je suis au chomage je veux une formation
			= age
			> 4O
			= handicap
			!~ Avant 16 ans`},
		{"2O ans at the age question: the Mission locale's age", `
			> /start
			>> 1
			> je cherche du travail a Lille
			= age
			> 2O ans
			= recapitulatif
			~ Âge : 20 ans`},
		{"near miss: 4 is still an impossible age", `
			> /start
			>> 1
			> je suis au chomage je veux une formation
			= age
			> 4
			= age
			~ Cet âge me paraît impossible.`},
		{"near miss: 14 ans is under 16", `
			> /start
			>> 1
			> je suis au chomage je veux une formation
			= age
			> 14 ans
			= moins_de_16`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}

// « ok », « d'accord », 👍 at the disability question acknowledge it:
// they are no yes to a recognised disability (a job seeker of 30 who
// typed « ok » was asked to share his RQTH and routed to Cap emploi).
// A yes in words, « ouais », a no, the buttons, and « ok » where a yes is
// asked for (sharing, the recap) are read as before.
func TestPe3HandicapAcknowledgement(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"ok", pe3Handicap + `
			> ok
			= handicap
			~ Pour bien noter, dites-moi si vous avez une reconnaissance de handicap.
			!~ Acceptez-vous`},
		{"bon d'accord", pe3Handicap + `
			> bon d'accord
			= handicap
			~ dites-moi si vous avez une reconnaissance de handicap`},
		{"thumbs up", pe3Handicap + `
			> 👍
			= handicap
			~ dites-moi si vous avez une reconnaissance de handicap`},
		{"ok then non: France Travail", pe3Handicap + `
			> ok
			> non
			= cadre
			>> 1
			= recapitulatif
			~ Handicap reconnu : non
			>> 1
			~ France Travail`},
		{"near miss: oui", pe3Handicap + `
			> oui
			= partage`},
		{"near miss: ouais", pe3Handicap + `
			> ouais
			= partage`},
		{"near miss: the Oui button", pe3Handicap + `
			>> 2
			= partage`},
		{"near miss: nan", pe3Handicap + `
			> nan
			= cadre`},
		{"near miss: ok where a yes is asked (sharing)", pe3Handicap + `
			> oui
			= partage
			> ok
			= recapitulatif
			~ Handicap reconnu : oui`},
		{"near miss: jsp is no answer given", pe3Handicap + `
			> jsp
			= cadre`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
	t.Run("ok twice: the example once", func(t *testing.T) {
		r := runLines(t, "pe3", pe3Handicap+`
			> ok
			> ok
			= handicap`)
		if n := strings.Count(r.transcript(), "Répondez « oui », « non »"); n != 1 {
			t.Errorf("the example %d times:\n%s", n, r.transcript())
		}
	})
}

// « retour », « annuler » typed again and again at one question got the
// same note and the same question each time: from the third, the note
// says a human can take over and « Parler à un conseiller » is offered.
// Once or twice, and before the consent, the note is as before.
func TestPe3RepeatedNavigation(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"retour three times", pe3Handicap + `
			> retour
			> retour
			!~ un conseiller peut reprendre
			> retour
			= handicap
			~ Je ne peux pas revenir à la question précédente.
			~ Si vous préférez, un conseiller peut reprendre la conversation avec vous
			~ 4. Parler à un conseiller`},
		{"retour, annuler, retour", pe3Handicap + `
			> retour
			> annuler
			> retour
			~ 4. Parler à un conseiller`},
		{"at the description", `
			> /start
			>> 1
			> retour
			> annuler
			> retour
			= demande
			~ un conseiller peut reprendre la conversation avec vous`},
		{"the offer taken", pe3Handicap + `
			> retour
			> retour
			> retour
			>> 4
			!~ Je ne peux pas revenir`},
		{"near miss: retour once", pe3Handicap + `
			> retour
			~ Je ne peux pas revenir à la question précédente.
			!~ un conseiller peut reprendre
			!~ Parler à un conseiller`},
		{"near miss: twice", pe3Handicap + `
			> annuler
			> retour
			!~ Parler à un conseiller`},
		{"near miss: before the consent", `
			> /start
			> retour
			> retour
			> retour
			~ C'est la première question
			!~ Parler à un conseiller`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}

// pe3Recap reaches the recap of a private employee of 50 in Lille.
const pe3Recap = `
	> /start
	>> 1
	> JE SUIS SALARIE JAI 50 ANS A LILLE JE VEUX FAIRE UN BILAN DE COMPETENCE
	>> 1
	>> 1
	= recapitulatif`

// An answer not understood that says the visitor is fed up (« ÇA FAIT 3
// FOIS QUE JE DIS… », « vous comprenez rien », capitals after a first
// answer not understood) gets an apology and « Parler à un conseiller »
// at once, not « Je n'ai pas compris votre réponse ». Capitals at the
// first answer (some always write so), « 3 fois par semaine », « la
// première fois que », and the steps already leading to a human are
// answered as before.
func TestPe3FedUp(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"ça fait 3 fois, in capitals, at the recap", pe3Recap + `
			> ÇA FAIT 3 FOIS QUE JE DIS QUE JE SUIS PAS CADRE
			= recapitulatif
			~ Excusez-moi de vous faire répéter. Si vous préférez, un conseiller peut prendre le relais.
			~ 3. Parler à un conseiller
			!~ Je n'ai pas compris`},
		{"vous comprenez rien", pe3Handicap + `
			> vous comprenez rien
			~ Excusez-moi de vous faire répéter.
			~ Répondez « oui », « non » ou « je préfère ne pas répondre ».
			~ 4. Parler à un conseiller`},
		{"la deuxième fois que je dis", pe3Handicap + `
			> c'est la 2eme fois que je le dis
			~ Excusez-moi de vous faire répéter.`},
		{"annoyance said again, after its acknowledgement", pe3Handicap + `
			> je vous l'ai déjà dit !!
			~ Je comprends votre agacement.
			!~ Excusez-moi
			> c'est nul votre truc
			~ Excusez-moi de vous faire répéter.
			!~ Je comprends votre agacement.
			~ 4. Parler à un conseiller`},
		{"capitals after an answer not understood", pe3Handicap + `
			> blabla blabla
			~ Je n'ai pas compris
			> MAIS ENFIN REPONDEZ MOI
			~ Excusez-moi de vous faire répéter.
			~ 4. Parler à un conseiller`},
		{"the offer taken", pe3Recap + `
			> ÇA FAIT 3 FOIS QUE JE DIS QUE JE SUIS PAS CADRE
			>> 3
			~ Comment préférez-vous être recontacté(e) ?`},
		{"near miss: capitals at the first answer", pe3Handicap + `
			> BLABLA BLABLA BLABLA
			~ Je n'ai pas compris votre réponse.
			!~ Excusez-moi
			!~ Parler à un conseiller`},
		{"near miss: 3 fois par semaine", pe3Handicap + `
			> je fais du sport 3 fois par semaine
			!~ Excusez-moi`},
		{"near miss: la première fois que", pe3Handicap + `
			> c'est la premiere fois que je contacte
			!~ Excusez-moi`},
		{"near miss: already on the way to a human", `
			> /start
			>> 1
			> je veux parler à un humain
			> vous comprenez rien
			!~ Excusez-moi de vous faire répéter`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}

// « ? » alone at the recap or at the sharing question said « Je n'ai pas
// compris » as to a wrong answer; it now says what the step is for, as at
// the other questions (WhyAsked), then the question; the third time still
// offers a human. A button, or a correction typed, are read as before.
func TestPe3QuestionMarkAtRecapAndShare(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"recap", pe3Recap + `
			> ?
			= recapitulatif
			~ Je vérifie avec vous ce que j'ai compris avant de vous orienter
			!~ Je n'ai pas compris`},
		{"recap, three times", pe3Recap + `
			> ?
			> ?
			> ?
			~ 3. Parler à un conseiller`},
		{"sharing", pe3Handicap + `
			> oui
			= partage
			> ?
			= partage
			~ Votre reconnaissance de handicap n'est transmise qu'avec votre accord.
			!~ Je n'ai pas compris`},
		{"near miss: the recap confirmed", pe3Recap + `
			>> 1
			= orientation`},
		{"near miss: a correction at the recap", pe3Recap + `
			> en fait j'ai 52 ans
			= recapitulatif
			~ Âge : 52 ans
			!~ Je vérifie avec vous`},
		{"near miss: a no at sharing", pe3Handicap + `
			> oui
			> non
			= recapitulatif
			!~ qu'avec votre accord`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}

// Questions asked after the description in one message (« je suis au
// chômage à Lyon, c'est payant ? ça prend combien de temps ? ») are read
// one by one: the whole message found no card (« Je ne sais pas
// répondre ») or a card of the situation (a public agent's « c'est
// payant ? » got the public agents' card, not « gratuit »). A message that
// is one question, a question opening with its condition (« si je
// démissionne, … ? ») and a description without a question are read as
// before.
func TestPe3QuestionsAfterDescription(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"two questions after a job seeker's description", `
			> /start
			>> 1
			> je suis au chomage a Lyon, c'est payant ? ca prend combien de temps ?
			~ Le CEP est entièrement gratuit
			!~ Je ne sais pas répondre
			= age`},
		{"a public agent's question", `
			> /start
			>> 1
			> je suis agent territorial a la mairie de Nantes et je veux changer de metier, c'est payant ?
			~ Le CEP est entièrement gratuit
			!~ Agents publics : le conseil par votre administration`},
		{"the CPF asked after the situation", `
			> /start
			>> 1
			> je suis au chomage a Lyon, est-ce que je peux utiliser mon CPF ?
			~ Le compte personnel de formation (CPF)`},
		{"near miss: one question only", `
			> /start
			>> 1
			> c'est payant ?
			~ Le CEP est entièrement gratuit
			= demande`},
		{"near miss: the question opens with its condition", `
			> /start
			>> 1
			> si je démissionne, j'ai droit au chômage ?
			= demande
			!~ France Travail (ex-Pôle emploi)`},
		{"near miss: no question", `
			> /start
			>> 1
			> je suis au chomage a Lyon et je veux utiliser mon CPF
			!~ Le compte personnel de formation (CPF)
			= age`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}

// pe3JobSeekerRecap reaches the recap of a job seeker of 30 in Lyon.
const pe3JobSeekerRecap = pe3Handicap + `
	>> 1
	>> 1
	= recapitulatif`

// A question beside a correction at the recap (« pourquoi Lyon ? j'habite
// à Lille », « pourquoi 30 ans ? j'en ai 31 ») is the correction: it got
// « Je ne sais pas répondre » and the recap unchanged. A question alone,
// the same place again, and a correction without a question are read as
// before.
func TestPe3RecapQuestionWithCorrection(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"the place", pe3JobSeekerRecap + `
			> pourquoi lyon ? j'habite a Lille
			= recapitulatif
			~ Lieu : Lille (Nord, 59)
			!~ Je ne sais pas répondre`},
		{"the age", pe3JobSeekerRecap + `
			> pourquoi 30 ans ? j'en ai 31
			= recapitulatif
			~ Âge : 31 ans
			!~ Je ne sais pas répondre`},
		{"near miss: a question alone", pe3JobSeekerRecap + `
			> c'est quoi le CEP ?
			~ Le conseil en évolution professionnelle (CEP)
			~ Lieu : Lyon (Rhône, 69)`},
		{"near miss: the same place", pe3JobSeekerRecap + `
			> pourquoi vous demandez ? j'habite a Lyon
			~ Lieu : Lyon (Rhône, 69)`},
		{"near miss: a correction without a question", pe3JobSeekerRecap + `
			> non j'habite a Lille
			~ Lieu : Lille (Nord, 59)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}

// A message not understood at the under-16 end (« quoi ? », a town) got
// « Écrivez /start » and the end at once: the two buttons are offered
// once more, then the end as before. An age typed, the buttons, and a
// second message not understood are read as before.
func TestPe3Under16OneMoreChance(t *testing.T) {
	const young = `
		> /start
		>> 1
		> jsuis au lycee jai 15 ans
		= moins_de_16`
	for _, c := range []struct{ name, script string }{
		{"quoi ?", young + `
			> quoi ?
			= moins_de_16
			~ Je n'ai pas compris votre réponse.
			~ 1. Je me suis trompé(e) d'âge
			!~ Écrivez /start`},
		{"then the age corrected", young + `
			> Marseil
			> j'ai 17 ans
			!~ Avant 16 ans
			!~ Écrivez /start`},
		{"near miss: twice not understood ends", young + `
			> quoi ?
			> bof
			= fin`},
		{"near miss: Terminer", young + `
			>> 2
			= fin`},
		{"near miss: the age typed at once", young + `
			> j'ai 17 ans
			!~ Écrivez /start`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe3", c.script) })
	}
}
