package dialogs

// Persona fixes of round fx1 (issue 13).

import (
	"regexp"
	"slices"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// byAge picks the note naming the organisation of the visitor's route by
// age (cep-domain.md §1.3): adult for 26 and more (France Travail), young
// for 16 to 25 (the Mission locale), ageless while the age is not known
// (both named, with the age that parts them).
func (t *turn) byAge(adult, young, ageless string) string {
	switch age := t.facts().Age; {
	case age == 0:
		return ageless
	case age >= 16 && age <= 25:
		return young
	default:
		return adult
	}
}

// capEmployNewAlternative reports a disability recognition told after a
// booking that makes Cap emploi one of the route's alternatives (row 1, an
// agent public), when it was not one before and was not booked.
func capEmployNewAlternative(before, after analysis.Facts, d routing.Decision, booked string) bool {
	if booked == routing.CapEmploi || after.Handicap == nil || !*after.Handicap || before.Handicap != nil && *before.Handicap {
		return false
	}
	return slices.Contains(d.Alternatives, routing.CapEmploi) && !slices.Contains(routing.Route(before).Alternatives, routing.CapEmploi)
}

// endChange takes a change of the booking asked in words once the
// conversation is over (state fin, after /stop): with a booking, the
// follow-up state reads it as after the booking (followChange); without
// one, /rdv's answer. false when the message asks no change.
func (t *turn) endChange() (bool, error) {
	if t.in.Choice != "" || t.text == "" || t.bookingChangeAsked() == changeNone {
		return false, nil
	}
	b, err := t.activeBooking()
	if err != nil {
		return true, err
	}
	if b == nil {
		t.say(t.x.NoBooking)
		return true, nil
	}
	return false, t.fire(EvFollowUp)
}

// pendingRequestTold: a request for a disability recognition told under
// way (normalised text): « j'ai fait une demande de RQTH », « dossier MDPH
// déposé », « RQTH en cours », « j'attends la réponse pour ma RQTH ».
var (
	recognitionWord = `(?:rqth|mdph|reconnaissance (?:de |du )?(?:la )?(?:qualite de )?(?:travailleur )?handicap\w*)`
	pendingRequest  = regexp.MustCompile(`(?:^| )(?:(?:demande|dossier|demarches?)(?: de| d| a la| aupres de la| pour la| pour une)? ` + recognitionWord +
		`|` + recognitionWord + `(?: est| a ete)? (?:en cours|en attente|demandee|deposee|pas encore)` +
		`|(?:attends|attend|attente)(?: \w+){0,5} (?:de la |de ma |pour la |pour ma |de |d )?` + recognitionWord + `)(?: |$)`)
	// a relative's request (« sa demande de RQTH », « pour lui »)
	othersRequest = regexp.MustCompile(`(?:^| )(?:sa|son|ses|leur|pour (?:lui|elle))(?: |$)`)
)

// pendingRecognitionInDescription takes a description that says a
// recognition is asked for and not granted yet: no recognition now (code
// du travail L5213-1), the disability question answered as at the
// question itself (HandicapPending), not asked again (persona fx1).
func (t *turn) pendingRecognitionInDescription() {
	if t.r.Proxy != "" || t.r.Asked&askedHandicap != 0 || t.facts().Handicap != nil {
		return
	}
	n := t.normText()
	if !pendingRequest.MatchString(n) || othersRequest.MatchString(n) {
		return
	}
	t.r.Asked |= askedHandicap
	t.r.Facts.Handicap = new(false)
	t.r.Facts.Why.Handicap = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.factsChanged()
	t.say(t.x.HandicapPending)
}
