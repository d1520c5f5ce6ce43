package dialogs_test

import "testing"

// Session of 2 December (persona defects of the session before): a way back
// from the correction menu, « non » to the one place button, a way to meet
// typed at the orientation, and a field corrected through the menu shown as
// corrected.
func TestS7WayBackFromCorrection(t *testing.T) {
	recap := `
			> /start
			>> 1
			> Je suis au chômage depuis 3 mois, j'ai 48 ans, j'habite à Tours, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			> 2
			= correction
			~ Rien, c'est exact`
	for _, c := range []struct{ name, script string }{
		{"nothing to correct, typed", recap + `
			> finalement c'est bon
			= recapitulatif
			~ D'accord, rien n'est changé.
			~ Lieu : Tours (Indre-et-Loire, 37)
			!~ Corrigé par vous`},
		{"nothing to correct, the button", recap + `
			> 7
			= recapitulatif
			~ Lieu : Tours (Indre-et-Loire, 37)`},
		{"the place chosen, then nothing", recap + `
			> 5
			= lieu
			> finalement c'est bon
			= recapitulatif
			~ D'accord, rien n'est changé.
			~ Lieu : Tours (Indre-et-Loire, 37)
			~ Compris dans vos messages : situation, âge et lieu.`},
		// near-miss: a place given is the correction, shown as such
		{"the place chosen, then another one", recap + `
			> 5
			> Blois
			= recapitulatif
			~ Lieu : Blois (Loir-et-Cher, 41)
			~ Corrigé par vous : lieu.
			!~ Précisé en réponse à mes questions : handicap et lieu`},
		{"the age chosen, then another one", recap + `
			> 2
			> 50
			= recapitulatif
			~ Âge : 50 ans
			~ Corrigé par vous : âge.
			!~ Précisé en réponse à mes questions : âge`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s7", c.script) })
	}
}

func TestS7NoToSameDepartement(t *testing.T) {
	start := `
			> /start
			>> 1
			> je suis fonctionnaire territoriale à Lyon, j'ai 45 ans, je voudrais changer de métier
			= lieu
			~ J'habite dans le même département`
	for _, c := range []struct{ name, script string }{
		{"non", start + `
			> non
			= lieu
			~ D'accord. Indiquez votre code postal ou le nom de la commune où vous habitez.
			!~ Je n'ai pas reconnu ce lieu
			> Bourg-en-Bresse
			= recapitulatif
			~ Lieu : Bourg-en-Bresse (Ain, 01)`},
		// near-miss: « oui » is the button
		{"oui", start + `
			> oui
			= recapitulatif
			~ Lieu : Rhône (69)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s7", c.script) })
	}
}

func TestS7WayToMeetAtOrientation(t *testing.T) {
	orient := `
			> /start
			>> 1
			> Je suis au chômage depuis 3 mois, j'ai 48 ans, j'habite à Tours, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			= orientation`
	for _, c := range []struct{ name, script string }{
		{"by phone", orient + `
			> plutôt par téléphone
			= creneau
			~ le rendez-vous se fera par téléphone`},
		{"by video", orient + `
			> en visio si possible
			= creneau
			~ le rendez-vous se fera en visio`},
		// near-misses: a negation, a question
		{"not by phone", orient + `
			> pas par téléphone
			= orientation`},
		{"a question about the phone", orient + `
			> c'est quoi votre numéro de téléphone ?
			!~ le rendez-vous se fera par téléphone`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s7", c.script) })
	}
}

// /stop during the questions, then « reprendre »: the same question, the
// facts kept; /start still starts again.
func TestS7ResumeAfterStop(t *testing.T) {
	stopped := `
			> /start
			>> 1
			> je suis au chômage à Tours, 40 ans
			= handicap
			> /stop
			~ Écrivez « reprendre » pour continuer où nous en étions`
	for _, c := range []struct{ name, script string }{
		{"reprendre", stopped + `
			> reprendre
			= handicap
			>> 1
			>> 1
			= recapitulatif
			~ Lieu : Tours (Indre-et-Loire, 37)`},
		{"on continue", stopped + `
			> on continue
			= handicap`},
		// near-misses: something else is not a resume; /start restarts
		{"another message", stopped + `
			> merci
			~ La conversation est terminée.
			!~ /rdv`}, // no appointment to see: said only without one
		{"/start", stopped + `
			> /start
			= consentement`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s7", c.script) })
	}
}

// « j'en peux plus » is heard as exhaustion, not as not knowing where to
// start; « je suis perdu » keeps its own words.
func TestS7Exhausted(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"j'en peux plus", `
			> /start
			>> 1
			> je suis aide-soignante à Lille, j'en peux plus, 42 ans
			~ Je suis désolé que ce soit si difficile en ce moment.
			!~ C'est normal de ne pas savoir par où commencer`},
		{"perdu", `
			> /start
			>> 1
			> je suis perdu, je sais plus quoi faire, 30 ans au chômage à Lyon
			~ C'est normal de ne pas savoir par où commencer
			!~ Je suis désolé que ce soit si difficile`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s7", c.script) })
	}
}
