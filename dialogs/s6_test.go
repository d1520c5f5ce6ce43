package dialogs_test

import "testing"

// Session of 1 December 19:14 (issue 13): a fact told for the first time
// after the orientation is new, not corrected; one told again differently is
// corrected. Agents publics hear of Cap emploi with an RQTH while the
// disability is unknown.
func TestS6NewFactAfterOrientationIsUnderstood(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"RQTH said after the orientation of a territorial agent", `
			> /start
			>> 1
			> je suis secrétaire à la mairie de Tours, 45 ans, j'habite Tours
			= recapitulatif
			>> 1
			~ de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail.
			!~ Prendre rendez-vous avec Cap emploi
			> j'ai une RQTH
			>> 1
			= recapitulatif
			~ Compris dans vos messages : situation, âge, handicap et lieu.
			!~ Corrigé par vous`},
		// near-miss: an age said again, differently, is a correction
		{"age said again differently", `
			> /start
			>> 1
			> je suis secrétaire à la mairie de Tours, 45 ans, j'habite Tours
			= recapitulatif
			>> 1
			> en fait j'ai 47 ans
			= recapitulatif
			~ Corrigé par vous : âge.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s6", c.script) })
	}
}

// A move told after the booking: an appointment on site now far from home
// is said so, with how to move it, and moving it offers the nearest agency
// of the same organisation instead of the same advisor 50 km away. A move
// nearby is noted and keeps the appointment.
func TestS6MoveAfterBooking(t *testing.T) {
	booked := `
			> /start
			>> 1
			> Je suis au chômage depuis 3 mois, 48 ans, j'habite à Tours
			>> 1
			>> 1
			= recapitulatif
			>> 1
			>> 1
			>> 1
			= creneau
			>> 1
			>> 1
			>> 1
			~ Votre rendez-vous est confirmé
			~ France Travail Tours`
	for _, c := range []struct{ name, script string }{
		{"moved 50 km: said, then the nearer agency", booked + `
			> en fait j'ai déménagé à Blois
			~ Votre rendez-vous sur place est à Tours, à environ 50 km de chez vous.
			> /rdv
			>> 2
			~ Votre rendez-vous était à Tours, à environ 50 km de chez vous : je vous propose plutôt l'agence de Blois, plus proche.
			!~ conseiller précédent
			= creneau
			>> 1
			~ France Travail Blois`},
		// near-miss: a move next door keeps the agency and the advisor
		{"moved nearby: noted, same advisor", booked + `
			> en fait j'ai déménagé à Joué-lès-Tours
			~ C'est noté. Votre rendez-vous ne change pas
			> /rdv
			>> 2
			!~ plus proche
			~ Je vous propose d'abord votre conseiller précédent.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "s6", c.script) })
	}
}
