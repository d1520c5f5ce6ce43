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
