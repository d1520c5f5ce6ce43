package dialogs

// Booking: the modality, the slot, the contact and the confirmation.

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/contact"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// The states of the booking.
const (
	StateModality      State = "modalite"
	StateSlot          State = "creneau"
	StateContact       State = "contact"
	StateContactDetail State = "coordonnees"
	StateConfirm       State = "confirmation"
)

// The events of the booking.
const (
	EvChooseMod   Event = "choisir_modalite"
	EvChooseSlot  Event = "choisir_creneau"
	EvAskDetail   Event = "demander_coordonnees"
	EvContactDone Event = "valider_contact"
	EvReslot      Event = "changer_creneau"
	EvBook        Event = "reserver"
)

var _ = declare(stateDef{
	State: StateModality, Question: modalityQuestion, Answer: handleModality,
	Resumable: true, Resume: EvChooseOp,
	Moves: []move{{EvChooseMod, StateSlot}, {EvBackOrient, StateOrient}},
})

var _ = declare(stateDef{
	State: StateSlot, Question: slotQuestion, Enter: enterSlot, Answer: handleSlot,
	Resumable: true, Resume: EvChooseMod,
	// A contact already given (a move, a slot taken meanwhile) is not asked twice.
	Moves: []move{{EvChooseSlot, StateContact}, {EvContactDone, StateConfirm}, {EvBackOrient, StateOrient}},
})

var _ = declare(stateDef{
	State: StateContact, Question: contactQuestion, Answer: handleContact,
	Resumable: true, Resume: EvChooseSlot,
	// « non plutôt l'après-midi » once a slot is chosen: other times.
	Moves: []move{{EvAskDetail, StateContactDetail}, {EvContactDone, StateConfirm}, {EvBackOrient, StateOrient}, {EvReslot, StateSlot}},
})

var _ = declare(stateDef{
	State: StateContactDetail, Question: detailQuestion, Answer: handleDetail,
	Resumable: true, Resume: EvAskDetail,
	Moves: []move{{EvContactDone, StateConfirm}, {EvBackOrient, StateOrient}},
})

var _ = declare(stateDef{
	State: StateConfirm, Question: confirmQuestion, Answer: handleConfirm,
	Resumable: true, Resume: EvContactDone,
	// The contact just given, corrected (« oups », « je me suis trompé »),
	// is asked again.
	Moves: []move{{EvReslot, StateSlot}, {EvBook, StateFollow}, {EvBackOrient, StateOrient}, {EvAskDetail, StateContactDetail}},
})

func (t *turn) agency() *directory.Agency {
	return t.d.deps.Bookings.Directory().Agency(t.r.Agency)
}

func modalityQuestion(t *turn) (string, []option) {
	a := t.agency()
	if a == nil {
		return "", nil
	}
	opts := make([]option, 0, len(a.Modalities))
	for _, m := range a.Modalities {
		name := t.x.ModalityNames[string(m)]
		label := name
		if m == directory.OnSite && a.Address != "" {
			label += " (" + a.Address + ")"
		}
		opts = append(opts, option{Value: string(m), Label: label, Words: modalityTyped(name, string(m)),
			Within: modalityWithin[m]})
	}
	if t.optionsOnly {
		// Only the options are wanted (to match an answer): no text built,
		// their order still the one asked.
		if far, reordered := t.distantAgency(a, opts); far != "" {
			opts = reordered
		}
		return "", opts
	}
	q := t.modalityAsk(a.Name)
	if far, reordered := t.distantAgency(a, opts); far != "" {
		q, opts = far+"\n"+q, reordered
	}
	return q, opts
}

func handleModality(t *turn) error {
	noted := t.keepWish() || t.keepClockWish()
	if !t.matchesOption() {
		if kind, ok := t.operatorInWords(); ok && kind != t.r.Operator {
			// « finalement je préfère France Travail »: the other
			// organisation's agency, the same question.
			if t.chooseOperator(kind) {
				t.say(t.x.Noted)
			}
			return t.ask()
		}
		if t.operatorNotForYou() {
			return t.ask()
		}
		if m, offered := t.typedModality(); m != "" && !offered {
			// « en visio » where the agency offers none: said, rather
			// than « je n'ai pas compris ».
			t.say(texts.Fill(t.x.ModalityUnoffered, strings.ToLower(t.x.ModalityNames[m])))
			return t.ask()
		}
		if opts := t.options(); t.in.Choice == "" && len(opts) > 0 && indifferent(t.text) && !strings.Contains(t.text, "?") {
			// « peu importe », « je sais pas »: the way offered first
			// (phone or video when the agency is far), said.
			t.r.Modality = opts[0].Value
			t.say(texts.Fill(t.x.ModalityNoted, strings.ToLower(t.x.ModalityNames[opts[0].Value])))
			return t.toSlotsTakingWish()
		}
		if noted && t.in.Choice == "" {
			// « plutôt jeudi matin »: kept for the slots, the way to
			// meet is still to choose.
			t.say(texts.Fill(t.x.WishNoted, t.wishText(t.r.Wish)))
			return t.ask()
		}
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	t.r.Modality = o.Value
	return t.toSlotsTakingWish()
}

func toSlotRefs(sl []agenda.Slot) []slotRef {
	out := make([]slotRef, len(sl))
	for i, x := range sl {
		out[i] = slotRef{Advisor: x.AdvisorID, Start: x.Start.Unix(), End: x.End.Unix()}
	}
	return out
}

// slot is an offered or chosen slot in the agency's time zone.
func (o slotRef) slot(a *directory.Agency) agenda.Slot {
	loc := agenda.Location(a)
	return agenda.Slot{AgencyID: a.ID, AdvisorID: o.Advisor, Start: time.Unix(o.Start, 0).In(loc), End: time.Unix(o.End, 0).In(loc)}
}

func (t *turn) offers() []agenda.Slot {
	a := t.agency()
	if a == nil {
		return nil
	}
	out := make([]agenda.Slot, len(t.r.Offers))
	for i, o := range t.r.Offers {
		out[i] = o.slot(a)
	}
	return out
}

// pick is the chosen slot, if any.
func (t *turn) pick() (agenda.Slot, bool) {
	a := t.agency()
	if a == nil || t.r.Pick == nil {
		return agenda.Slot{}, false
	}
	return t.r.Pick.slot(a), true
}

// pickPast reports a slot chosen that has begun or is over: it cannot be
// booked any more (a visitor back days later, at the contact or the
// confirmation).
func (t *turn) pickPast() bool {
	p, ok := t.pick()
	return ok && !p.Start.After(t.now)
}

const offersPerPage = 3

// enterSlot looks up the next free slots when the slot question is reached.
func enterSlot(t *turn) error {
	return t.offerSlots(time.Time{})
}

// offerSlots offers the next free slots after a time (zero: now); the
// ones on the day or part of the day wished, when there is a wish and
// they exist.
func (t *turn) offerSlots(after time.Time) error {
	a := t.agency()
	if a == nil {
		t.r.Offers = nil
		return nil
	}
	if t.r.Wish != 0 {
		t.closedWish(a)
		fit, err := t.wishedSlots(a, after)
		if err != nil {
			return err
		}
		if len(fit) > 0 && t.r.Wish.hasClock() && !atClock(fit[0], t.r.Wish) {
			// « jeudi à 10 h » taken: said, the day's other times offered
			t.say(texts.Fill(t.x.SlotWishNone, t.wishText(t.r.Wish)))
			t.r.Wish = t.r.Wish.withoutClock()
		}
		if len(fit) > 0 {
			t.r.Offers = toSlotRefs(fit)
			return nil
		}
		t.say(texts.Fill(t.x.SlotWishNone, t.wishText(t.r.Wish)))
		t.r.Wish = 0
	}
	sl, err := t.d.deps.Bookings.Offers(t.ctx, booking.OfferRequest{AgencyID: a.ID, After: after, N: offersPerPage,
		PreferAdvisor: t.r.PrevAdvisor, Visitor: t.visitor(), Round: uint32(t.s.Step)})
	if err != nil {
		return err
	}
	t.r.Offers = toSlotRefs(sl)
	return nil
}

var slotValues = [...]string{"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"}

// slotValue is the button value of the i-th slot offered.
func slotValue(i int) string {
	if i < len(slotValues) {
		return slotValues[i]
	}
	return "s" + strconv.Itoa(i)
}

func slotQuestion(t *turn) (string, []option) {
	// The offers are read one by one from the record (asked twice a turn,
	// to match the answer and to ask: a slice of slots each time was the
	// largest allocation of the slot question).
	a := t.agency()
	if a == nil || len(t.r.Offers) == 0 {
		return t.slotNoneQuestion()
	}
	offers := t.r.Offers
	dir := t.d.deps.Bookings.Directory()
	opts := make([]option, 0, len(offers)+1)
	text := t.x.SlotAsk
	if !t.optionsOnly { // only the options are wanted: no text built
		if t.r.Wish != 0 {
			text = texts.Fill(t.x.SlotWishFound, t.wishText(t.r.Wish))
		}
		if prev := t.r.PrevAdvisor; prev != "" && offers[0].Advisor == prev {
			text = t.x.SlotPrevious + "\n" + text
		}
		for _, o := range offers {
			if t.d.deps.Bookings.Unchecked(a.ID, o.Advisor) {
				text = t.x.SlotUnchecked + "\n" + text
				break
			}
		}
	}
	for i, o := range offers {
		name := o.Advisor
		if adv := dir.Advisor(o.Advisor); adv != nil {
			name = adv.Name
		}
		opts = append(opts, option{Value: slotValue(i), Label: t.slotLine(o.slot(a).Start, name)})
	}
	opts = append(opts, option{Value: "more", Label: t.x.SlotMore, Words: slotMoreWords, Within: slotMoreWithin})
	return text, opts
}

func handleSlot(t *turn) error {
	if len(t.r.Offers) > 0 && time.Unix(t.r.Offers[0].Start, 0).Before(t.now.Add(time.Minute)) {
		// Offered a while ago (a visitor back hours later): a time over
		// is never taken; the offers are renewed, said, and asked again.
		t.say(t.x.SlotsPast)
		t.r.Wish = 0
		if err := t.offerSlots(time.Time{}); err != nil {
			return err
		}
		t.s.Step++ // the earlier buttons are now stale
		return t.ask()
	}
	if t.in.Choice == "" && !t.matchesOption() {
		if m, ok := t.modalityInWords(); ok {
			// « finalement je préfère par téléphone »: the way to meet
			// changes, the slots offered stay.
			t.r.Modality = m
			t.say(texts.Fill(t.x.ModalityNoted, strings.ToLower(t.x.ModalityNames[m])))
			return t.ask()
		}
	}
	if t.in.Choice == "" && containsAny(t.paddedNorm(), nextWeekCues) {
		// « la semaine prochaine plutôt »: from next Monday, with the
		// day or part of the day said with it (« … le matin »), if any.
		t.r.Wish = 0
		t.keepWish()
		if err := t.offerSlots(t.nextWeek()); err != nil {
			return err
		}
		t.s.Step++ // the earlier buttons are now stale
		return t.ask()
	}
	if t.in.Choice == "" && !t.matchesOption() {
		if i, ok := t.slotTyped(); ok {
			// « celui de 13 h 30 », « mardi à 14 h 30 », « avec
			// Lucie », « le dernier »: that slot, as its button.
			t.in.Choice = slotValue(i)
		}
	}
	if t.in.Choice == "" && !t.matchesOption() {
		if from, ok := t.typedSlotDate(); ok {
			// « le 15 décembre »: the slots from that day; « le 15
			// décembre à 10 h 15 », that slot when free (persona pe5)
			if err := t.offerFromDate(from); err != nil {
				return err
			}
			i, ok := t.slotTyped()
			if !ok {
				t.sayFromDate(from)
				return t.ask()
			}
			t.in.Choice = slotValue(i)
		}
	}
	if o, ok := match(t.options(), t.in.Choice, t.text); (!ok || o.Value == "more" && t.wishWithRefusal()) && t.in.Choice == "" {
		if prev := t.r.Wish; t.keepWish() {
			if err := t.refineWish(prev); err != nil {
				return err
			}
			if err := t.offerSlots(time.Time{}); err != nil {
				return err
			}
			t.s.Step++ // the earlier buttons are now stale
			i, ok := t.slotTyped()
			if !ok {
				return t.ask()
			}
			// « jeudi à 10 h »: the day's slots, and that time among
			// them, chosen.
			t.in.Choice = slotValue(i)
		}
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	switch {
	case o.Value == slotNoneHuman:
		// The same path as /conseiller: how to be contacted, the request
		// recorded with the agency chosen, the questionnaire paused.
		return t.humanRequest()
	case o.Value == slotNoneLater:
		t.say(t.x.SlotNoneBye)
		return t.goTo(EvStop)
	case strings.HasPrefix(o.Value, slotNoneAgency):
		t.r.Agency, t.r.Wish = strings.TrimPrefix(o.Value, slotNoneAgency), 0
		if a := t.agency(); a != nil {
			where := a.Name
			if directory.Modality(t.r.Modality) == directory.OnSite && a.Address != "" {
				// the visit is now elsewhere: where, said at once
				where += " (" + a.Address + ")"
			}
			t.say(texts.Fill(t.x.SlotNoneMoved, where))
		}
		if err := t.offerSlots(time.Time{}); err != nil {
			return err
		}
		t.s.Step++ // the earlier buttons are now stale
		return t.ask()
	}
	offers := t.offers()
	if o.Value == "more" {
		after := time.Time{}
		if len(offers) > 0 {
			after = offers[len(offers)-1].Start
		}
		if err := t.offerSlots(after); err != nil {
			return err
		}
		t.s.Step++ // the earlier buttons are now stale
		return t.ask()
	}
	i, _ := strconv.Atoi(strings.TrimPrefix(o.Value, "s"))
	if i < 0 || i >= len(offers) {
		return t.ask()
	}
	// The chosen slot is held for the visitor until they confirm; when it
	// is taken, another advisor at the same time, without asking again.
	held, err := t.d.deps.Bookings.Hold(t.ctx, t.visitor(), offers[i], true)
	if errors.Is(err, bot.ErrSlotTaken) {
		t.say(t.x.SlotTaken)
		if err := t.offerSlots(time.Time{}); err != nil {
			return err
		}
		t.s.Step++ // the earlier buttons are now stale
		return t.ask()
	}
	if err != nil {
		return err
	}
	pick := toSlotRefs([]agenda.Slot{held})[0]
	t.r.Pick, t.r.Wish = &pick, 0
	t.r.HeldAt = t.now.Unix()
	if contactFits(t.r.Modality, t.r.Contact) {
		// Already given (a move, or a slot taken meanwhile) and fit for
		// the modality: not asked twice.
		return t.goTo(EvContactDone)
	}
	return t.goTo(EvChooseSlot)
}

// The buttons of the slot question when the agency has no free slot left.
const (
	slotNoneHuman  = "conseiller"
	slotNoneLater  = "plus_tard"
	slotNoneAgency = "agence:" // + the other agency's id
)

// Typed forms of those buttons (normalised; shared, never modified).
var (
	slotNoneHumanWords  = []string{"conseiller", "un conseiller", "etre recontacte", "etre recontactee", "recontacte", "recontactee", "etre rappele", "etre rappelee", "rappel", "rappelez moi", "oui", "contacted", "call me back"}
	slotNoneHumanWithin = []string{"etre rappele", "etre rappelee", "me rappeler", "rappelez moi", "recontacte", "recontactee", "me recontacter", "un conseiller", "call me back"}
	slotNoneLaterWords  = []string{"pas maintenant", "plus tard", "non", "non merci", "tant pis", "not now", "later", "no"}
	slotNoneLaterWithin = []string{"pas maintenant", "plus tard", "une autre fois", "tant pis", "not now"}
	slotNoneAgencyWords = []string{"autre agence", "l autre agence", "cette agence", "another agency", "other agency"}
)

// slotNoneQuestion is the slot question when the agency has no free slot
// in the weeks to come: no dead end, the visitor may be contacted, book
// at another agency of the operator nearby that has free slots, or leave.
func (t *turn) slotNoneQuestion() (string, []option) {
	text := t.x.SlotNone
	opts := make([]option, 0, 3)
	opts = append(opts, option{Value: slotNoneHuman, Label: t.x.UnsureCall, Words: slotNoneHumanWords, Within: slotNoneHumanWithin})
	if alt := t.altAgency(); alt != nil {
		text += "\n" + texts.Fill(t.x.SlotNoneOtherAsk, alt.Name)
		words := slotNoneAgencyWords
		if town := normalise(agencyTown(alt)); town != "" {
			words = append(append([]string(nil), words...), town)
		}
		opts = append(opts, option{Value: slotNoneAgency + alt.ID, Label: texts.Fill(t.x.SlotNoneOther, alt.Name), Words: words})
	}
	opts = append(opts, option{Value: slotNoneLater, Label: t.x.SlotNoneLater, Words: slotNoneLaterWords, Within: slotNoneLaterWithin})
	return text, opts
}

// altAgencyTries bounds the other agencies asked for a free slot: each
// costs a look at its agenda.
const altAgencyTries = 3

// altAgency is another agency of the operator chosen, near the visitor's
// home (within farKm, or seated in their département when their commune
// is unknown), that offers the way to meet chosen and has a free slot; nil
// when none. Remembered for the turn: the question is rendered twice.
func (t *turn) altAgency() *directory.Agency {
	if t.memo.altOK && t.memo.altFor == t.r.Agency {
		return t.memo.alt
	}
	t.memo.altOK, t.memo.altFor, t.memo.alt = true, t.r.Agency, nil
	if t.d.deps.Bookings == nil || t.r.Operator == "" {
		return nil
	}
	tries := 0
	for _, a := range t.agenciesFor(t.r.Operator) {
		if a.ID == t.r.Agency || (t.r.Modality != "" && !slices.Contains(a.Modalities, directory.Modality(t.r.Modality))) {
			continue
		}
		if km, ok := t.agencyKm(a); ok && km >= farKm || !ok && a.Seat() != t.r.Facts.Departement {
			continue
		}
		if tries++; tries > altAgencyTries {
			break
		}
		sl, err := t.d.deps.Bookings.Offers(t.ctx, booking.OfferRequest{AgencyID: a.ID, N: 1, Visitor: t.visitor()})
		if err == nil && len(sl) > 0 {
			t.memo.alt = a
			return a
		}
	}
	return nil
}

// wishWithRefusal: « jeudi ça ne me va pas, plutôt vendredi » refuses the
// slots shown (« Autres créneaux » in its words) and names the time wished,
// which counts.
func (t *turn) wishWithRefusal() bool {
	_, _, ok := slotWish(t.normText(), t.now)
	return ok
}

// nextWeekCues ask for the next week (normalised, between spaces).
var nextWeekCues = []string{" semaine prochaine ", " semaine d apres ", " next week "}

// nextWeek is the start of next week (Monday, 0 h) where the agency is,
// less a second: the slots offered after it are next week's.
func (t *turn) nextWeek() time.Time {
	loc := time.Local
	if a := t.agency(); a != nil {
		loc = agenda.Location(a)
	}
	now := t.now.In(loc)
	days := (8 - int(now.Weekday())) % 7
	if days == 0 {
		days = 7
	}
	y, m, d := now.AddDate(0, 0, days).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc).Add(-time.Second)
}

// modalityInWords is the agency's modality named in the visitor's words
// (« plutôt en visio », « je préfère par téléphone »), other than the one
// chosen.
func (t *turn) modalityInWords() (string, bool) {
	a := t.agency()
	if a == nil {
		return "", false
	}
	n := t.paddedNorm()
	for _, m := range a.Modalities {
		if string(m) == t.r.Modality {
			continue
		}
		for _, w := range modalityWords[m] {
			if containsPadded(n, w) {
				return string(m), true
			}
		}
	}
	return "", false
}

// typedModality is the way to meet a typed message names (« rdv en
// visio »), "" when none, and whether the agency chosen offers it.
func (t *turn) typedModality() (m string, offered bool) {
	if t.in.Choice != "" || t.text == "" {
		return "", false
	}
	n := t.paddedNorm()
	for _, mod := range []directory.Modality{directory.OnSite, directory.Phone, directory.Video} {
		for _, w := range modalityWords[mod] {
			if m == "" && containsPadded(n, w) {
				m = string(mod)
			}
		}
	}
	return m, m != "" && t.agencyOffers(directory.Modality(m))
}

// agencyOffers tells whether the agency chosen offers a way to meet.
func (t *turn) agencyOffers(m directory.Modality) bool {
	a := t.agency()
	return a != nil && slices.Contains(a.Modalities, m)
}

// modalityWithin answer the modality question inside a sentence (« vous
// pouvez m'appeler ? » is by phone, not a request for a person).
var modalityWithin = map[directory.Modality][]string{
	directory.OnSite: {"sur place", "en personne", "me deplacer", "a l agence", "presentiel", "in person"},
	directory.Phone:  {"m appeler", "appelez moi", "me rappeler", "par telephone", "au telephone", "by phone", "call me"},
	directory.Video:  {"visio", "en visio", "video", "visioconference", "video call"},
}

// indifferentWords: no preference between the options offered.
var indifferentWords = append([]string{"peu importe", "n importe", "comme vous voulez", "comme vous voudrez", "ca m est egal",
	"m est egal", "egal", "indifferent", "indifferente", "pas de preference", "aucune preference", "sans preference",
	"no preference", "whatever", "doesn t matter", "as you like"}, unsureWords...)

// indifferent: the message says no preference (« peu importe », « je sais
// pas », « comme vous voulez »).
func indifferent(text string) bool {
	p := " " + normalise(text) + " "
	for _, w := range indifferentWords {
		if containsPadded(p, w) {
			return true
		}
	}
	return false
}

var modalityWords = map[directory.Modality][]string{
	directory.OnSite: {"sur place", "en personne", "presentiel", "a l agence", "in person", "on site"},
	directory.Phone:  {"telephone", "tel", "par tel", "phone", "by phone"},
	directory.Video:  {"visio", "video", "visioconference", "video call"},
}

func contactQuestion(t *turn) (string, []option) {
	switch directory.Modality(t.r.Modality) {
	case directory.Phone:
		// The advisor calls: the number is required, asked at once.
		if your, _ := t.proxy(); your != "" && t.r.prep.Caller == "" {
			// the relative is called, at their number or the writer's
			// (persona pe1)
			return texts.Fill(t.x.ProxyPhoneNeeded, your), nil
		}
		return t.x.PhoneNeeded, nil
	case directory.Video:
		return t.x.VideoNeeded, t.x.videoWayOptions
	}
	if t.r.prep.Caller != "" {
		return callerContactQuestion(t)
	}
	return t.x.ContactAsk, t.x.contactOptions
}

func handleContact(t *turn) error {
	if _, ok := match(t.options(), t.in.Choice, t.text); !ok && t.in.Choice == "" && !t.hasContact() {
		if m, offered := t.typedModality(); offered && m != t.r.Modality {
			// « non finalement sur place »: the way to meet changes, and
			// with it the contact needed; the slot chosen stays.
			t.r.Modality = m
			t.say(texts.Fill(t.x.ModalityNoted, strings.ToLower(t.x.ModalityNames[m])))
			t.s.Step++ // the earlier buttons are now stale
			return t.ask()
		}
	}
	if t.in.Choice == "" {
		if p, err := contact.FindPhone(t.text); err == nil {
			t.r.Contact = p.E164
			return t.goTo(EvContactDone)
		}
		if e, err := contact.FindEmail(t.text); err == nil && t.r.Modality != string(directory.Phone) {
			t.r.Contact = e.Address
			if e.Suggestion != "" {
				// « gmial.com »: asked before it is used.
				t.r.DetailKind = fixPrefix + e.Suggestion
				return t.goTo(EvAskDetail)
			}
			return t.goTo(EvContactDone)
		}
	}
	if done, err := t.reslotWished(); done {
		return err
	}
	if t.r.Modality == string(directory.Phone) {
		c, ok, err := t.readDetail("tel")
		if !ok {
			return err
		}
		t.r.Contact = c
		return t.goTo(EvContactDone)
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "chat" {
		t.r.Contact = "chat"
		return t.goTo(EvContactDone)
	}
	t.r.DetailKind = o.Value
	return t.goTo(EvAskDetail)
}

func detailQuestion(t *turn) (string, []option) {
	if fix, ok := strings.CutPrefix(t.r.DetailKind, fixPrefix); ok {
		return texts.Fill(t.x.MailSuggest, fix), []option{
			{Value: "fix", Label: t.x.Yes, Words: yesWords},
			{Value: "keep", Label: texts.Fill(t.x.MailKeep, t.r.Contact), Words: noWords},
		}
	}
	if t.r.DetailKind == "mail" {
		return t.x.MailAsk, nil
	}
	return t.x.PhoneAsk, nil
}

// fixPrefix marks DetailKind while a misspelt mail domain is asked about:
// "fix:" + the suggested address (the typed one is in Contact).
const fixPrefix = "fix:"

func handleDetail(t *turn) error {
	if fix, ok := strings.CutPrefix(t.r.DetailKind, fixPrefix); ok {
		o, matched := match(t.options(), t.in.Choice, t.text)
		if !matched {
			if e, err := contact.FindEmail(t.text); err == nil {
				t.r.Contact, t.r.DetailKind = e.Address, ""
				return t.goTo(EvContactDone)
			}
			return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.Choose)
		}
		if o.Value == "fix" {
			t.r.Contact = fix
		}
		t.r.DetailKind = ""
		return t.goTo(EvContactDone)
	}
	if kind := typedContactKind(t.normText()); kind != "" && kind != t.r.DetailKind && !t.hasContact() &&
		(kind == "tel" || t.r.Modality != string(directory.Phone)) {
		// « non, par téléphone plutôt » at the e-mail question: the
		// other detail is asked.
		t.r.DetailKind = kind
		return t.ask()
	}
	if t.r.DetailKind == "mail" {
		if e, err := contact.FindEmail(t.text); err == nil && e.Suggestion != "" {
			t.r.Contact, t.r.DetailKind = e.Address, fixPrefix+e.Suggestion
			return t.ask()
		}
	}
	c, ok, err := t.readDetail(t.r.DetailKind)
	if !ok {
		return err
	}
	t.r.Contact = c
	t.r.DetailKind = ""
	return t.goTo(EvContactDone)
}

// typedContactKind is the kind of contact a message names instead of
// giving it (« par téléphone plutôt », « par mail »): "tel", "mail" or "".
func typedContactKind(norm string) string {
	n := " " + norm + " "
	switch {
	case containsAny(n, []string{" telephone ", " tel ", " sms ", " portable ", " phone "}):
		return "tel"
	case containsAny(n, []string{" mail ", " e mail ", " email ", " courriel "}):
		return "mail"
	}
	return ""
}

// appointmentLine describes a slot: when, where, how, with whom.
func (t *turn) appointmentLine(agencyID, advisorID, modality string, start, end time.Time) string {
	// Put together on the stack and copied once at its size (a Builder
	// grew four times for a line).
	var arr [256]byte
	return string(t.appendAppointment(arr[:0], agencyID, advisorID, modality, start, end))
}

// appointmentOpening is UpperFirst(appointmentLine(…)) for a line that
// opens a paragraph: the capital is set in the stack buffer when the line
// starts with an ASCII letter (a French or English date always does), so
// the line is one allocation, not three (the date, the line, its
// capitalised copy).
func (t *turn) appointmentOpening(agencyID, advisorID, modality string, start, end time.Time) string {
	var arr [256]byte
	b := t.appendAppointment(arr[:0], agencyID, advisorID, modality, start, end)
	if len(b) > 0 && 'a' <= b[0] && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
		return string(b)
	}
	return texts.UpperFirst(string(b))
}

func (t *turn) appendAppointment(b []byte, agencyID, advisorID, modality string, start, end time.Time) []byte {
	dir := t.d.deps.Bookings.Directory()
	if t.frenchDates() {
		b = texts.AppendDate(b, start, t.now) // t.date without its string
	} else {
		b = append(b, t.date(start)...)
	}
	b = fmt.Appendf(b, t.x.ApptDuration, int(end.Sub(start).Minutes()))
	if a := dir.Agency(agencyID); a != nil {
		// The agency's name says the operator as people say it (« Mission
		// locale de Marseille et environs », not the network's plural
		// « Missions locales »); on site it comes with the address.
		if directory.Modality(modality) != directory.OnSite {
			b = append(append(b, ", "...), a.Name...)
		}
		switch directory.Modality(modality) {
		case directory.OnSite:
			b = fmt.Appendf(b, t.x.ApptOnSite, a.Name, a.Address)
		case directory.Phone:
			b = append(b, t.x.ApptPhone...)
		case directory.Video:
			b = append(b, t.x.ApptVideo...)
		}
	}
	if adv := dir.Advisor(advisorID); adv != nil {
		b = fmt.Appendf(b, t.x.ApptWith, adv.Name)
	}
	return b
}

func confirmQuestion(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", t.x.confirmOptions
	}
	p, ok := t.pick()
	if !ok {
		return t.x.SlotNone, nil
	}
	text := t.x.ConfirmIntro + "\n" + t.appointmentOpening(p.AgencyID, p.AdvisorID, t.r.Modality, p.Start, p.End) +
		"\n" + t.contactConfirm() + "\n" + t.x.ConfirmAsk
	return text, t.x.confirmOptions
}

func handleConfirm(t *turn) error {
	if done, err := t.contactAgain(); done {
		return err
	}
	if done, err := t.reslotWished(); done {
		return err
	}
	if _, ok := match(t.options(), t.in.Choice, t.text); !ok && t.in.Choice == "" && containsAny(t.paddedNorm(), byeCues) {
		// « merci au revoir » before confirming: nothing is booked yet,
		// said before the visitor leaves.
		t.say(t.x.NotBookedYet)
		return t.ask()
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "autre" {
		if err := t.releaseHold(); err != nil {
			return err
		}
		return t.goTo(EvReslot)
	}
	pick, ok := t.pick()
	if !ok {
		return t.goTo(EvReslot)
	}
	if t.pickPast() {
		t.say(t.x.SlotPast)
		if err := t.releaseHold(); err != nil {
			return err
		}
		return t.goTo(EvReslot)
	}
	req := t.request(t.r.Operator)
	req.Slot = pick
	req.Ref = booking.Reference(t.visitor(), t.s.Created.String(), stepToken(t.s))
	// The session knows the visitor's active booking on this channel (set
	// when booking, cleared when cancelled or erased): no store lookup.
	req.Previous, req.PreviousKnown = t.r.Booking, true
	if t.r.HeldAt != 0 {
		req.HeldAt = time.Unix(t.r.HeldAt, 0)
	}
	b, err := t.d.deps.Bookings.Book(t.ctx, req)
	t.r.HeldAt = 0
	if errors.Is(err, bot.ErrSlotTaken) {
		t.say(t.x.SlotTaken)
		return t.goTo(EvReslot)
	}
	if err != nil {
		return err
	}
	if b.Handoff.Previous != "" {
		t.say(texts.Fill(t.x.MovedOld, b.Handoff.Previous))
	}
	t.r.Moving, t.r.PrevAdvisor, t.r.Booking = false, b.AdvisorID, b.Ref
	appt := t.appointmentOpening(b.AgencyID, b.AdvisorID, b.Modality, b.Start, b.End)
	if directory.Modality(b.Modality) != directory.OnSite && contactFits(b.Modality, t.r.Contact) {
		// The number called or where the link goes, read back once more.
		appt += "\n" + t.contactConfirm()
	}
	booked := texts.Fill(t.x.Booked, b.Ref, appt)
	if b.Start.Add(-24 * time.Hour).After(t.now) {
		booked = strings.Replace(booked, t.x.BookedHandoff, t.x.BookedHandoff+" "+t.x.BookedReminder, 1)
	}
	t.say(t.bookedText(booked))
	t.attach(bot.Attachment{Name: t.x.ICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(b)})
	return t.goTo(EvBook)
}

// contactAgain reads a contact typed at the confirmation: the one just
// given corrected without cue words (« oups 06 12 34 56 79 », « non
// c'est 07… », « pardon : camille.dupond@… ») replaces it and the
// confirmation is asked again; a slip without the new contact (« oups »,
// « je me suis trompé de numéro ») asks for it. It reports whether the
// message was handled.
func (t *turn) contactAgain() (bool, error) {
	if t.in.Choice != "" || t.text == "" {
		return false, nil
	}
	if p, err := contact.FindPhone(t.text); err == nil && t.r.Modality != "" {
		t.r.Contact = p.E164
		t.say(t.x.Noted)
		return true, t.ask()
	}
	if e, err := contact.FindEmail(t.text); err == nil && t.r.Modality != string(directory.Phone) {
		t.r.Contact = e.Address
		if e.Suggestion != "" {
			t.r.DetailKind = fixPrefix + e.Suggestion
			return true, t.goTo(EvAskDetail)
		}
		t.say(t.x.Noted)
		return true, t.ask()
	}
	if o, ok := match(t.options(), "", t.text); ok && o.Value == "oui" {
		return false, nil // « je confirme, envoyez-moi un mail de rappel » confirms
	}
	if m, offered := t.typedModality(); offered && m != t.r.Modality {
		// « non, plutôt en visio »: the way to meet changes, the slot
		// stays; a contact that does not fit it is asked.
		t.r.Modality = m
		t.say(texts.Fill(t.x.ModalityNoted, strings.ToLower(t.x.ModalityNames[m])))
		if !contactFits(m, t.r.Contact) {
			t.r.DetailKind = "tel"
			if m == string(directory.Video) {
				t.r.DetailKind = "mail"
			}
			return true, t.goTo(EvAskDetail)
		}
		return true, t.ask()
	}
	if kind := typedContactKind(t.normText()); kind != "" && (kind == "tel" || t.r.Modality != string(directory.Phone)) {
		// « en fait par mail »: that detail is asked.
		t.r.DetailKind = kind
		return true, t.goTo(EvAskDetail)
	}
	n := t.paddedNorm()
	if !containsAny(n, slipCues) || strings.Contains(t.text, "?") || t.r.Contact == "" || t.r.Contact == "chat" {
		return false, nil
	}
	t.r.DetailKind = "tel"
	if strings.Contains(t.r.Contact, "@") {
		t.r.DetailKind = "mail"
	}
	return true, t.goTo(EvAskDetail)
}

// byeCues take leave (normalised, between spaces).
var byeCues = []string{" au revoir ", " bonne journee ", " bonne soiree ", " a bientot ", " merci beaucoup ", " merci ", " bye ", " goodbye ", " thanks "}

// slipCues say the visitor typed something wrong (normalised, between
// spaces).
var slipCues = []string{" oups ", " oops ", " pardon ", " je me suis trompe ", " je me suis trompee ", " erreur ", " je voulais dire ",
	" mauvais numero ", " faux numero ", " pas le bon ", " faute de frappe ", " sorry ", " i meant ", " wrong number ", " typo "}

// releaseHold frees the chosen slot for others (another choice wanted).
// A store error fails the turn like any other: it is retried, and the
// visitor is not told a slot was let go when it was not.
func (t *turn) releaseHold() error {
	t.r.HeldAt = 0
	if t.r.Agency == "" {
		return nil
	}
	return t.d.deps.Bookings.Release(t.ctx, t.r.Agency, t.visitor())
}

// Typed forms of the contact and slot buttons (normalised; shared, never
// modified).
var (
	contactChatWords  = []string{"conversation", "ici", "chat", "message", "messages"}
	contactPhoneWords = []string{"telephone", "tel", "portable", "appel"}
	contactMailWords  = []string{"email", "e mail", "mail", "courriel"}
	slotMoreWords     = []string{"autres", "autre", "plus tard", "autres creneaux", "aucun"}
	slotMoreWithin    = []string{"plus tard", "autre jour", "autres jours", "semaine prochaine", "autre creneau", "autres creneaux", "autres horaires",
		"autre horaire", "pas dispo", "pas disponible", "aucun ne", "later", "another day", "other times",
		// « rien ne me convient », « ces horaires ne me vont pas », « vous
		// avez autre chose ? » (persona pe2)
		"rien ne", "ne me vont pas", "ne me va pas", "ne me conviennent pas", "ne me convient pas", "ne me conviennent",
		"vous avez autre chose", "avez vous autre chose", "autre chose de dispo", "d autres dispo", "d autres disponibilites",
		"none of them", "none of these", "don t suit"}
)

// modalityTyped are the typed forms of a modality button: its name in the
// catalogue and its code, normalised once (shared, never modified).
func modalityTyped(name, code string) []string {
	key := [2]string{name, code}
	modalityWordLists.RLock()
	w, ok := modalityWordLists.m[key]
	modalityWordLists.RUnlock()
	if ok {
		return w
	}
	// The short forms a phone writer types (« par tel », « au tel »,
	// « tel », « en personne ») answer the button as its label does: they
	// were only read to change a way already chosen, so « par tel » at the
	// question itself got « je n'ai pas compris » (persona p24a, issue 13).
	w = append([]string{normalise(name), normalise(code)}, modalityWords[directory.Modality(code)]...)
	modalityWordLists.Lock()
	if modalityWordLists.m == nil {
		modalityWordLists.m = map[[2]string][]string{}
	}
	modalityWordLists.m[key] = w
	modalityWordLists.Unlock()
	return w
}

// modalityWordLists: a map with a lock rather than a sync.Map, whose
// interface keys cost an allocation per lookup.
var modalityWordLists struct {
	sync.RWMutex
	m map[[2]string][]string
}

// A part of the day wished at the slot question.
const (
	anyTime = iota
	morning
	afternoon
)

// wishDays are the weekdays typed (normalised), French and English.
var wishDays = map[string]time.Weekday{"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
	"jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday, "monday": time.Monday,
	"tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday, "dimanche": time.Sunday, "sunday": time.Sunday}

// slotWish reads a day or a part of the day typed at the slot question
// (« plutôt jeudi », « le matin c'est possible ? », « mardi après-midi »,
// « demain »): day is -1 when none is named.
func slotWish(norm string, now time.Time) (day time.Weekday, part int, ok bool) {
	day = -1
	// the words go into a stack array (a typed answer is short): the
	// slice of strings.Fields was allocated up to three times a turn
	var buf [32]string
	w := buf[:0]
	for x := range strings.FieldsSeq(norm) {
		w = append(w, x)
	}
	for i, x := range w {
		if d, found := wishDays[x]; found {
			day, ok = d, true
		}
		switch {
		case x == "demain" && (i == 0 || w[i-1] != "apres"), x == "tomorrow":
			// the day of the week of tomorrow: its nearest free times
			// are tomorrow's
			day, ok = now.AddDate(0, 0, 1).Weekday(), true
		case x == "demain":
			day, ok = now.AddDate(0, 0, 2).Weekday(), true
		}
		switch {
		case x == "matin" || x == "matinee" || x == "morning":
			part, ok = morning, true
		case x == "aprem" || x == "apresmidi" || x == "afternoon" || x == "apres" && i+1 < len(w) && w[i+1] == "midi":
			part, ok = afternoon, true
		}
	}
	return day, part, ok
}

// wish is a day or a part of the day the visitor wished for the
// appointment, kept from the message that says it until a slot is chosen:
// (weekday+1)<<2 | part of the day, and the time of day wished with them
// (clock, in 5 minutes from midnight +1) above; 0 is none.
type wish uint16

func newWish(day time.Weekday, part int) wish { return wish(day+1)<<2 | wish(part) }

// day is the weekday wished, -1 when none.
func (w wish) day() time.Weekday { return time.Weekday(w>>2&7) - 1 }

func (w wish) part() int { return int(w & 3) }

// keepWish keeps the day or part of the day the typed message wishes;
// false when it names none.
func (t *turn) keepWish() bool {
	if t.in.Choice != "" || t.text == "" {
		return false
	}
	day, part, ok := slotWish(t.normText(), t.now)
	if ok {
		t.r.Wish = newWish(day, part)
		t.keepClock()
	}
	return ok
}

// refineWish completes the wish just typed with the one it follows: « plutôt
// l'après-midi » after « jeudi » is Thursday afternoon, « et jeudi ? »
// after « l'après-midi » too (the slots shown were already narrowed by
// the first). When no slot fits both, or the message says the rest does
// not matter (« jeudi, peu importe l'heure »), the words typed alone count.
func (t *turn) refineWish(prev wish) error {
	cur := t.r.Wish
	if prev == 0 || cur == prev || containsAny(t.paddedNorm(), wishWidenCues) {
		return nil
	}
	day, part := cur.day(), cur.part()
	if day < 0 {
		day = prev.day()
	}
	if part == anyTime {
		part = prev.part()
	}
	both := newWish(day, part)
	if both == cur {
		return nil
	}
	a := t.agency()
	if a == nil {
		return nil
	}
	t.r.Wish = both
	fit, err := t.wishedSlots(a, time.Time{})
	if err != nil {
		return err
	}
	if len(fit) == 0 {
		t.r.Wish = cur
	}
	return nil
}

// wishWidenCues say that the rest of the time does not matter
// (normalised, between spaces).
var wishWidenCues = []string{" importe ", " toute la journee ", " any time ", " anytime ", " whenever "}

// reslotWished takes « non plutôt l'après-midi », « jeudi plutôt » typed
// once a slot is chosen (contact, confirmation): the slot held is released
// and the times wished are offered, instead of « Je n'ai pas compris ». A
// contact typed (« appelez-moi le matin au 06… ») is read before, and
// « appelez-moi plutôt le matin » says when to call, not another slot.
func (t *turn) reslotWished() (bool, error) {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok && (o.Value != "autre" || t.in.Choice != "") || containsAny(" "+t.normText(), callCues) || !t.keepWish() {
		// « non plutôt jeudi » at the confirmation: its « non » is
		// « Choisir un autre créneau », and the day said counts.
		return false, nil
	}
	if err := t.releaseHold(); err != nil {
		return true, err
	}
	return true, t.goTo(EvReslot)
}

// callCues say how or when to be reached (normalised, after a space).
var callCues = []string{" appel", " rappel", " joindre", " contacte", " telephon", " tel ", " sms", " mail", " message"}

// wishText says a wish as the slot texts need it (« le jeudi matin »).
func (t *turn) wishText(w wish) string {
	if text, ok := t.clockWishText(w); ok {
		return text
	}
	name := ""
	if day := w.day(); day >= 0 {
		name = texts.Weekday(day)
		if t.r.Lang != "" && t.r.Lang != texts.French && len(t.x.Days) == 7 {
			name = t.x.Days[day]
		}
	}
	switch part := w.part(); {
	case name != "" && part == morning:
		return texts.Fill(t.x.SlotWishDayMorning, name)
	case name != "" && part == afternoon:
		return texts.Fill(t.x.SlotWishDayAfter, name)
	case name != "":
		return texts.Fill(t.x.SlotWishDay, name)
	case part == morning:
		return t.x.SlotWishMorning
	default:
		return t.x.SlotWishAfternoon
	}
}

// wishedSlots are the nearest free slots after a time on the day or part
// of the day wished, read among the next weeks' offers.
func (t *turn) wishedSlots(a *directory.Agency, after time.Time) ([]agenda.Slot, error) {
	// A page wide enough to hold the wished times of the next weeks.
	sl, err := t.d.deps.Bookings.Offers(t.ctx, booking.OfferRequest{AgencyID: a.ID, After: after, N: 60,
		PreferAdvisor: t.r.PrevAdvisor, Visitor: t.visitor()})
	if err != nil {
		return nil, fmt.Errorf("wished slots: %w", err)
	}
	day, part := t.r.Wish.day(), t.r.Wish.part()
	var fit []agenda.Slot
	for _, s := range sl {
		if day >= 0 && s.Start.Weekday() != day || part == morning && s.Start.Hour() >= 12 || part == afternoon && s.Start.Hour() < 12 {
			continue
		}
		if fit = append(fit, s); len(fit) == offersPerPage && !t.r.Wish.hasClock() {
			break
		}
	}
	return clockFirst(fit, t.r.Wish), nil
}

// bookingSteps where a visitor may give the booking up in words, before it
// is confirmed.
var dropSteps = map[State]bool{StateModality: true, StateSlot: true, StateContact: true, StateContactDetail: true, StateConfirm: true}

// dropCues give the booking up (normalised, between spaces).
var dropCues = []string{" finalement non ", " finalement pas ", " annulez ", " annuler ", " annule ", " laissez tomber ",
	" laisse tomber ", " je ne veux plus ", " je veux plus ", " plus besoin ", " pas de rendez vous ", " pas de rdv ",
	" je ne souhaite plus ", " je souhaite plus ", " never mind ", " cancel ", " forget it "}

// dropsBooking reports a message that gives up the booking under way
// (« finalement non, annulez », « laissez tomber ») at a step before it is
// confirmed, when it answers none of the question's buttons. A new slot
// or another way to meet is not giving up.
func (t *turn) dropsBooking(st State) bool {
	if !inSet(t.defOf(st), setDropStep, st) || t.in.Choice != "" {
		return false
	}
	n := t.paddedNorm()
	if !containsAny(n, dropCues) || strings.Contains(n, " creneau") || strings.Contains(n, " autre ") || strings.Contains(n, " horaire") || t.hasContact() {
		return false // another time, or a contact (« annule.dupont@… ») is not giving up
	}
	// « finalement non, annulez », « non finalement annulez »: the « non »
	// that opens them is no « Choisir un autre créneau ».
	rest := withoutFillers(strings.TrimPrefix(withoutFillers(t.normText()), "non "))
	_, ok := match(t.options(), "", rest)
	return !ok
}
