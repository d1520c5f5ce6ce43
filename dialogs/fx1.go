package dialogs

// Persona fixes of round fx1 (issue 13).

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"

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

// mayNameRecognition: every branch of pendingRequest holds recognitionWord,
// which holds « rqth », « mdph » or « handicap »; without them the regexp,
// ≈ 50 000 instructions on a description, cannot match.
func mayNameRecognition(n string) bool {
	return strings.Contains(n, "rqth") || strings.Contains(n, "mdph") || strings.Contains(n, "handicap")
}

// pendingRecognitionInDescription takes a description that says a
// recognition is asked for and not granted yet: no recognition now (code
// du travail L5213-1), the disability question answered as at the
// question itself (HandicapPending), not asked again (persona fx1).
func (t *turn) pendingRecognitionInDescription() {
	if t.r.Proxy != "" || t.r.Asked&askedHandicap != 0 || t.facts().Handicap != nil {
		return
	}
	n := t.normText()
	if !mayNameRecognition(n) || !pendingRequest.MatchString(n) || othersRequest.MatchString(n) {
		return
	}
	t.r.Asked |= askedHandicap
	t.r.Facts.Handicap = new(false)
	t.r.Facts.Why.Handicap = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.factsChanged()
	t.say(t.x.HandicapPending)
}

// closedWish: the day (or part of the day) wished is one the agency is
// closed on (« demain matin » typed on a Friday, « samedi »): said, and the
// wish moved to the next day open at that part of the day, rather than
// « no free time on Saturday morning in the coming weeks » and the first
// slots of any day (persona fx1).
func (t *turn) closedWish(a *directory.Agency) {
	day, part := t.r.Wish.day(), t.r.Wish.part()
	if day < 0 || openAt(a.Hours[day], part) {
		return
	}
	for k := 1; k < 7; k++ {
		next := (day + time.Weekday(k)) % 7
		if openAt(a.Hours[next], part) {
			t.say(texts.Fill(t.x.SlotAgencyClosed, t.wishText(t.r.Wish)))
			t.r.Wish = newWish(next, part) | t.r.Wish&^31
			return
		}
	}
}

// openAt reports opening ranges of a day in the part of the day wished
// (minutes from midnight; noon parts the morning from the afternoon).
func openAt(ranges []directory.TimeRange, part int) bool {
	for _, r := range ranges {
		switch {
		case part == morning && r.Start < 12*60, part == afternoon && r.End > 12*60, part == anyTime:
			return true
		}
	}
	return false
}

// The time of day wished with a day or a part of the day (« en visio
// jeudi à 10h » at the way to meet or the contact step): it was lost, the
// day kept alone (persona fx1). Kept in the wish above its day and part,
// in 5 minutes from midnight +1.
func (w wish) hasClock() bool { return w>>5 != 0 }

func (w wish) clock() (hour, minute int) {
	m := int(w>>5-1) * 5
	return m / 60, m % 60
}

func (w wish) withoutClock() wish { return w & 31 }

// keepClock adds to the wish just read the time typed with it (« jeudi à
// 10h », « demain 14h30 »), unless it is a limit (« avant 11 h », « pas
// 14 h »); the part of the day follows the time.
func (t *turn) keepClock() {
	n := t.paddedNorm()
	if containsAny(n, slotTimeNotChosen) {
		return
	}
	hour, minute := -1, 0
	if m := typedHour.FindStringSubmatch(strings.TrimSpace(n)); m != nil {
		hour, _ = strconv.Atoi(m[1])
		minute, _ = strconv.Atoi(m[2])
	} else if m := typedColon.FindStringSubmatch(t.text); m != nil {
		hour, _ = strconv.Atoi(m[1])
		minute, _ = strconv.Atoi(m[2])
	}
	if hour < 0 {
		return
	}
	part := morning
	if hour >= 12 {
		part = afternoon
	}
	t.r.Wish = newWish(t.r.Wish.day(), part) | wish((hour*60+minute)/5+1)<<5
}

// keepClockWish keeps a time of day typed without a day (« vers 10h »,
// « 14h30 si possible ») where the way to meet or the orientation is
// asked: before the slots are offered, it was « je n'ai pas compris » and
// the time lost (persona pe4). A limit (« après 17 h », « avant 11 h »)
// keeps its part of the day. Only office hours (7 h to 19 h) count: « 2
// heures » is a length of time. False when no time is typed.
func (t *turn) keepClockWish() bool {
	if t.in.Choice != "" || t.text == "" {
		return false
	}
	hour := -1
	if m := typedHour.FindStringSubmatch(t.normText()); m != nil {
		hour, _ = strconv.Atoi(m[1])
	} else if m := typedColon.FindStringSubmatch(t.text); m != nil {
		hour, _ = strconv.Atoi(m[1])
	}
	if hour < 7 || hour > 19 {
		return false
	}
	n := t.paddedNorm()
	if !containsAny(n, slotTimeNotChosen) {
		t.r.Wish = newWish(-1, anyTime)
		t.keepClock()
		return t.r.Wish.hasClock()
	}
	switch {
	case hour >= 12 && containsAny(n, clockFromCues):
		t.r.Wish = newWish(-1, afternoon)
	case hour <= 12 && containsAny(n, clockUntilCues):
		t.r.Wish = newWish(-1, morning)
	default:
		return false
	}
	return true
}

// A time typed after these words is the earliest or the latest wished
// (normalised, between spaces).
var (
	clockFromCues  = []string{" apres ", " partir ", " after "}
	clockUntilCues = []string{" avant ", " jusqu", " before ", " until "}
)

// atClock reports a slot that starts at the time wished.
func atClock(s agenda.Slot, w wish) bool {
	h, m := w.clock()
	return s.Start.Hour() == h && s.Start.Minute() == m
}

// clockFirst puts the first slot at the time wished first, the others
// after in their order (the same day's other times next to it), a page at
// most; one slot at that time only, so that « jeudi à 10 h » typed again
// names one.
func clockFirst(fit []agenda.Slot, w wish) []agenda.Slot {
	if w.hasClock() {
		if i := slices.IndexFunc(fit, func(s agenda.Slot) bool { return atClock(s, w) }); i > 0 {
			first := fit[i]
			copy(fit[1:i+1], fit[:i])
			fit[0] = first
		}
	}
	return fit[:min(len(fit), offersPerPage)]
}

// clockWishText says a wish with its time (« le jeudi à 10 h », « à
// 10 h »); false without one.
func (t *turn) clockWishText(w wish) (string, bool) {
	if !w.hasClock() {
		return "", false
	}
	h, m := w.clock()
	at := clockOf(time.Date(2000, 1, 1, h, m, 0, 0, time.UTC), t.x.Reach)
	if day := w.day(); day >= 0 {
		name := texts.Weekday(day)
		if t.r.Lang != "" && t.r.Lang != texts.French && len(t.x.Days) == 7 {
			name = t.x.Days[day]
		}
		return texts.Fill(t.x.SlotWishDayClock, name, at), true
	}
	return texts.Fill(t.x.SlotWishClock, at), true
}

// spanishAge reads an age in a Spanish message (normalised): « tengo 34
// años », « 34 anos ».
var spanishAge = regexp.MustCompile(`(?:^| )(1[6-9]|[2-9]\d) anos?(?: |$)`)

// keepReadableFacts keeps, from a message in a language the analysis does
// not read (Spanish), the facts that read the same in any language: the
// age written with « años » and a French place (« vivo en Lyon », a postal
// code); the status and the project, read in words, are not taken. They
// were dropped with the notice and asked again. Only where facts are
// collected; true when one was kept.
func (t *turn) keepReadableFacts(st State) bool {
	if d := t.defOf(st); d == nil || !d.Collects && st != StateRequest {
		return false
	}
	f := t.analyse()
	g := analysis.Facts{Departement: f.Departement, Region: f.Region, Commune: f.Commune, Outside: f.Outside,
		Candidates: f.Candidates}
	g.Why.Place = f.Why.Place
	if m := spanishAge.FindStringSubmatch(t.normText()); m != nil {
		g.Age, _ = strconv.Atoi(m[1])
		g.Why.Age = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	}
	if g.Age == 0 && g.Departement == "" && !g.Outside && len(g.Candidates) == 0 {
		return false
	}
	before := t.facts()
	t.absorb(g) // silently: the notice was said, in both languages
	after := t.facts()
	return after.Age != before.Age || after.Departement != before.Departement || after.Outside != before.Outside ||
		len(t.r.Candidates) > 0
}
