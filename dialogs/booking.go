package dialogs

// Booking: the modality, the slot, the contact and the confirmation.

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
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
	Moves: []move{{EvChooseMod, StateSlot}},
})

var _ = declare(stateDef{
	State: StateSlot, Question: slotQuestion, Enter: enterSlot, Answer: handleSlot,
	Resumable: true, Resume: EvChooseMod,
	// A contact already given (a move, a slot taken meanwhile) is not asked twice.
	Moves: []move{{EvChooseSlot, StateContact}, {EvContactDone, StateConfirm}},
})

var _ = declare(stateDef{
	State: StateContact, Question: contactQuestion, Answer: handleContact,
	Resumable: true, Resume: EvChooseSlot,
	Moves: []move{{EvAskDetail, StateContactDetail}, {EvContactDone, StateConfirm}},
})

var _ = declare(stateDef{
	State: StateContactDetail, Question: detailQuestion, Answer: handleDetail,
	Resumable: true, Resume: EvAskDetail,
	Moves: []move{{EvContactDone, StateConfirm}},
})

var _ = declare(stateDef{
	State: StateConfirm, Question: confirmQuestion, Answer: handleConfirm,
	Resumable: true, Resume: EvContactDone,
	Moves: []move{{EvReslot, StateSlot}, {EvBook, StateFollow}},
})

func (t *turn) agency() *directory.Agency {
	return t.d.deps.Bookings.Directory().Agency(t.s.Get(varAgency))
}

func modalityQuestion(t *turn) (string, []option) {
	a := t.agency()
	if a == nil {
		return "", nil
	}
	var opts []option
	for _, m := range a.Modalities {
		label := t.x.ModalityNames[string(m)]
		if m == directory.OnSite && a.Address != "" {
			label += " (" + a.Address + ")"
		}
		opts = append(opts, option{Value: string(m), Label: label, Words: []string{normalise(t.x.ModalityNames[string(m)]), normalise(string(m))}})
	}
	return fmt.Sprintf(t.x.ModalityAsk, a.Name), opts
}

func handleModality(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	t.s.Set(varModality, o.Value)
	return t.goTo(EvChooseMod)
}

// offers are stored as "advisor|unix start|unix end" joined by ";".
func encodeOffers(sl []agenda.Slot) string {
	parts := make([]string, len(sl))
	for i, x := range sl {
		parts[i] = fmt.Sprintf("%s|%d|%d", x.AdvisorID, x.Start.Unix(), x.End.Unix())
	}
	return strings.Join(parts, ";")
}

func decodeOffers(s string, a *directory.Agency) []agenda.Slot {
	if s == "" || a == nil {
		return nil
	}
	loc := agenda.Location(a)
	var out []agenda.Slot
	for _, p := range strings.Split(s, ";") {
		f := strings.Split(p, "|")
		if len(f) != 3 {
			continue
		}
		st, err1 := strconv.ParseInt(f[1], 10, 64)
		en, err2 := strconv.ParseInt(f[2], 10, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, agenda.Slot{AgencyID: a.ID, AdvisorID: f[0], Start: time.Unix(st, 0).In(loc), End: time.Unix(en, 0).In(loc)})
	}
	return out
}

const offersPerPage = 3

// enterSlot looks up the next free slots when the slot question is reached.
func enterSlot(t *turn) error {
	return t.offerSlots(time.Time{})
}

func (t *turn) offerSlots(after time.Time) error {
	a := t.agency()
	if a == nil {
		t.s.Set(varOffers, "")
		return nil
	}
	sl, err := t.d.deps.Bookings.FreeSlots(t.ctx, a.ID, after, offersPerPage, t.s.Get(varPrevAdvsr))
	if err != nil {
		return err
	}
	t.s.Set(varOffers, encodeOffers(sl))
	return nil
}

func slotQuestion(t *turn) (string, []option) {
	a := t.agency()
	offers := decodeOffers(t.s.Get(varOffers), a)
	if len(offers) == 0 {
		return t.x.SlotNone, nil
	}
	dir := t.d.deps.Bookings.Directory()
	var opts []option
	text := t.x.SlotAsk
	if prev := t.s.Get(varPrevAdvsr); prev != "" && offers[0].AdvisorID == prev {
		text = t.x.SlotPrevious + "\n" + text
	}
	for i, o := range offers {
		name := o.AdvisorID
		if adv := dir.Advisor(o.AdvisorID); adv != nil {
			name = adv.Name
		}
		opts = append(opts, option{Value: "s" + strconv.Itoa(i), Label: texts.UpperFirst(fmt.Sprintf(t.x.SlotLine, texts.Date(o.Start, t.now), name))})
	}
	opts = append(opts, option{Value: "more", Label: t.x.SlotMore, Words: []string{"autres", "autre", "plus tard", "autres creneaux", "aucun"}})
	return text, opts
}

func handleSlot(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	offers := decodeOffers(t.s.Get(varOffers), t.agency())
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
	t.s.Set(varPick, encodeOffers(offers[i:i+1]))
	if t.s.Get(varContact) != "" {
		// Already given (a move, or a slot taken meanwhile): not asked twice.
		return t.goTo(EvContactDone)
	}
	return t.goTo(EvChooseSlot)
}

func contactQuestion(t *turn) (string, []option) {
	return t.x.ContactAsk, []option{
		{Value: "chat", Label: t.x.ContactChat, Words: []string{"conversation", "ici", "chat", "message", "messages"}},
		{Value: "tel", Label: t.x.ContactPhone, Words: []string{"telephone", "tel", "portable", "appel"}},
		{Value: "mail", Label: t.x.ContactMail, Words: []string{"email", "e mail", "mail", "courriel"}},
	}
}

var (
	phoneRe = regexp.MustCompile(`^(?:\+33|0033|0)[1-9](?:\d{8})$`)
	mailRe  = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$`)
)

func handleContact(t *turn) error {
	text := strings.TrimSpace(t.text)
	if t.in.Choice == "" {
		if p := compactPhone(text); phoneRe.MatchString(p) {
			t.s.Set(varContact, p)
			return t.goTo(EvContactDone)
		}
		if mailRe.MatchString(text) {
			t.s.Set(varContact, text)
			return t.goTo(EvContactDone)
		}
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "chat" {
		t.s.Set(varContact, "chat")
		return t.goTo(EvContactDone)
	}
	t.s.Set(varDetail, o.Value)
	return t.goTo(EvAskDetail)
}

func compactPhone(s string) string {
	return strings.NewReplacer(" ", "", ".", "", "-", "", "\u00a0", "").Replace(s)
}

func detailQuestion(t *turn) (string, []option) {
	if t.s.Get(varDetail) == "mail" {
		return t.x.MailAsk, nil
	}
	return t.x.PhoneAsk, nil
}

func handleDetail(t *turn) error {
	text := strings.TrimSpace(t.text)
	if t.s.Get(varDetail) == "mail" {
		if !mailRe.MatchString(text) {
			return t.fail(t.x.MailInvalid, t.x.MailAsk)
		}
		t.s.Set(varContact, text)
	} else {
		p := compactPhone(text)
		if !phoneRe.MatchString(p) {
			return t.fail(t.x.PhoneInvalid, t.x.PhoneAsk)
		}
		t.s.Set(varContact, p)
	}
	t.s.Set(varDetail, "")
	return t.goTo(EvContactDone)
}

// appointmentLine describes a slot: when, where, how, with whom.
func (t *turn) appointmentLine(agencyID, advisorID, modality string, start, end time.Time) string {
	dir := t.d.deps.Bookings.Directory()
	var b strings.Builder
	b.WriteString(texts.Date(start, t.now))
	fmt.Fprintf(&b, t.x.ApptDuration, int(end.Sub(start).Minutes()))
	if a := dir.Agency(agencyID); a != nil {
		if op := dir.Operator(a.OperatorID); op != nil {
			b.WriteString(", " + op.Name)
		}
		switch directory.Modality(modality) {
		case directory.OnSite:
			fmt.Fprintf(&b, t.x.ApptOnSite, a.Name, a.Address)
		case directory.Phone:
			b.WriteString(t.x.ApptPhone)
		case directory.Video:
			b.WriteString(t.x.ApptVideo)
		}
	}
	if adv := dir.Advisor(advisorID); adv != nil {
		fmt.Fprintf(&b, t.x.ApptWith, adv.Name)
	}
	return b.String()
}

func (t *turn) contactLabel(c string) string {
	if c == "chat" || c == "" {
		return t.x.ContactChat
	}
	if len(c) == 10 && c[0] == '0' && strings.IndexFunc(c, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		return c[0:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:8] + " " + c[8:10]
	}
	return c
}

func confirmQuestion(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", t.x.confirmOptions
	}
	picks := decodeOffers(t.s.Get(varPick), t.agency())
	if len(picks) == 0 {
		return t.x.SlotNone, nil
	}
	p := picks[0]
	text := t.x.ConfirmIntro + "\n" + texts.UpperFirst(t.appointmentLine(p.AgencyID, p.AdvisorID, t.s.Get(varModality), p.Start, p.End)) +
		"\n" + fmt.Sprintf(t.x.ConfirmContact, t.contactLabel(t.s.Get(varContact))) + "\n" + t.x.ConfirmAsk
	return text, t.x.confirmOptions
}

func handleConfirm(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "autre" {
		return t.goTo(EvReslot)
	}
	picks := decodeOffers(t.s.Get(varPick), t.agency())
	if len(picks) == 0 {
		return t.goTo(EvReslot)
	}
	req := t.request(t.s.Get(varOperator))
	req.Slot = picks[0]
	req.Ref = booking.Reference(t.visitor(), t.s.Created.String(), stepToken(t.s))
	// The session knows the visitor's active booking on this channel (set
	// when booking, cleared when cancelled or erased): no store lookup.
	req.Previous, req.PreviousKnown = t.s.Get(varBooking), true
	b, err := t.d.deps.Bookings.Book(t.ctx, req)
	if errors.Is(err, bot.ErrSlotTaken) {
		t.say(t.x.SlotTaken)
		return t.goTo(EvReslot)
	}
	if err != nil {
		return err
	}
	if b.Handoff.Previous != "" {
		t.say(fmt.Sprintf(t.x.MovedOld, b.Handoff.Previous))
	}
	t.s.Set(varMoving, "")
	t.s.Set(varPrevAdvsr, b.AdvisorID)
	t.s.Set(varBooking, b.Ref)
	booked := fmt.Sprintf(t.x.Booked, b.Ref, texts.UpperFirst(t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start, b.End)))
	if b.Start.Add(-24 * time.Hour).After(t.now) {
		booked = strings.Replace(booked, t.x.BookedHandoff, t.x.BookedHandoff+" "+t.x.BookedReminder, 1)
	}
	t.say(booked)
	t.attach(bot.Attachment{Name: t.x.ICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(b)})
	return t.goTo(EvBook)
}
