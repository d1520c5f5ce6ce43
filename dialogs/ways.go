package dialogs

// Every visitor gets a way forward (issue 14): a human whenever asked, in
// words, in any state; the situations outside the status boxes (« Autre
// situation »); writing for a relative; under 16; the operator's contacts
// on every exit; a short acknowledgement of a hard moment; English.

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/contact"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/reach"
	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// The states of the ways forward.
const (
	StateHumanStatus State = "conseiller_situation"   // the one fact that decides who calls back
	StateHumanWay    State = "conseiller_contact"     // how to be contacted
	StateHumanDetail State = "conseiller_coordonnees" // the number or address
	StateHumanPause  State = "conseiller_pause"       // request recorded, questionnaire paused
	StateOther       State = "autre_situation"        // « Autre situation »
	StateRetired     State = "retraite"               // retired: looking for work or not
	StateUnder16     State = "moins_de_16"            // under 16: who helps, and an end
)

// Their events. All but EvHumanDetail lead there from any state
// (globalMoves).
const (
	EvHumanStatus Event = "conseiller_demander_situation"
	EvHumanWay    Event = "conseiller_demander_contact"
	EvHumanPause  Event = "conseiller_enregistrer"
	EvOther       Event = "preciser_situation"
	EvUnder16     Event = "moins_de_16_ans"
	EvHumanDetail Event = "conseiller_demander_coordonnees"
	EvRetired     Event = "retraite"
	evResumeP           = "reprendre_questionnaire:" // + state: back from the pause
)

// resumeEvent goes back from the pause to the questionnaire's state st.
func resumeEvent(st State) Event { return Event(evResumeP + string(st)) }

// flags are things said or asked once per conversation.
type flags uint16

const (
	flagAckCrisis flags = 1 << iota
	flagAckLoss
	flagAckIllness
	flagAckJobLoss
	flagAckLost
	flagHumanStatusAsked // the status was asked for a contact request
	flagProxyNoted       // « vous écrivez pour votre fils » said
	flagWantsHuman       // a person was asked for before consent
)

var _ = declare(stateDef{
	State:    StateHumanStatus,
	Question: humanStatusQuestion,
	Answer:   handleHumanStatus,
	Moves:    []move{{EvHumanDetail, StateHumanDetail}},
})

var _ = declare(stateDef{
	State:    StateHumanWay,
	Question: humanWayQuestion,
	Answer:   handleHumanWay,
	Moves:    []move{{EvHumanDetail, StateHumanDetail}},
})

var _ = declare(stateDef{
	State:    StateHumanDetail,
	Question: humanDetailQuestion,
	Answer:   handleHumanDetail,
})

var _ = declare(stateDef{
	State:    StateHumanPause,
	Question: pauseQuestion,
	Answer:   handlePause,
})

var _ = declare(stateDef{
	State:    StateOther,
	Question: otherQuestion,
	Answer:   handleOther,
	Collects: true, Fills: []string{"status"},
})

var _ = declare(stateDef{
	State:    StateRetired,
	Question: retiredQuestion,
	Answer:   handleRetired,
	Collects: true, Fills: []string{"status"},
})

var _ = declare(stateDef{
	State:    StateUnder16,
	Question: under16Question,
	Answer:   handleUnder16,
	Collects: true, Fills: []string{"age"},
})

// detectLang switches the conversation's language when a message is
// clearly written in the other one (intent.DetectLang: a one-word answer,
// a number or a place never switches it).
func (t *turn) detectLang() {
	if t.in.Choice != "" || t.text == "" || strings.HasPrefix(t.text, "/") {
		return
	}
	switch intent.DetectLang(t.text) {
	case intent.English:
		if t.r.Lang != texts.English {
			t.r.Lang = texts.English
			t.x = langOf(texts.English)
		}
	case intent.French:
		if t.r.Lang != "" && t.r.Lang != texts.French {
			t.r.Lang = ""
			t.x = langOf(texts.French)
		}
	}
}

// noHumanIntent are the states where words about a phone call or an
// advisor answer the question itself (« par téléphone », « appelez-moi au
// 06… ») or where messages already go to a person.
var noHumanIntent = map[State]bool{
	StateModality: true, StateContact: true, StateContactDetail: true, StateHumanWay: true,
	StateHumanDetail: true, StateHumanStatus: true, StateFollow: true, StateHumanPause: true,
}

// intents runs before the state's own handler: a short acknowledgement of
// a hard moment, a request for a human, a relative. It returns true when
// it answered the turn.
func (t *turn) intents(st State) (bool, error) {
	if t.in.Choice != "" || t.text == "" || strings.HasPrefix(t.text, "/") {
		return false, nil
	}
	if t.orig == "" {
		t.orig = t.text
	}
	collects := registry[st] != nil && registry[st].Collects
	t.acknowledge()
	if t.consented() && t.r.Proxy == "" && (st == StateRequest || st == StateStatus || st == StateAge) {
		if rel, ok := intent.Proxy(t.text); ok {
			g := "m:"
			if rel.Feminine {
				g = "f:"
			}
			t.r.Proxy = g + rel.Noun
		}
	}
	if t.r.Lang == texts.English && (collects || st == StateHumanStatus) {
		// The analysis reads French: the facts of an English message are
		// restated in French for it (the request is kept as written).
		if fr := intent.ToFrench(t.text); fr != "" {
			t.text = fr
		}
	}
	if t.r.Proxy != "" && collects {
		// Facts about the relative are told in the third person; the
		// analysis reads the first (« il a 17 ans » is « j'ai 17 ans »).
		t.text = firstPerson(t.text)
	}
	if !noHumanIntent[st] && intent.Human(t.original()) {
		if t.consented() && collects {
			// « je suis au chômage à Lille, je veux un conseiller »: the
			// facts said with the request route it.
			if st == StateRequest {
				t.r.Request = capRequest(t.original())
			}
			t.absorb(analysis.Analyse(t.text, t.now))
		}
		return true, t.humanRequest()
	}
	if st == StateStatus || st == StateRequest {
		if sit := intent.Other(t.text); sit != "" && !(st == StateStatus && string(sit) == t.r.Situation) {
			if f := analysis.Analyse(t.text, t.now); f.Status == "" || sit == intent.Retired {
				if st == StateRequest {
					t.r.Request = capRequest(t.original())
					t.absorb(f)
				}
				return true, t.otherSituation(sit)
			} else if sit != intent.DontKnow {
				// The status is said too (« salariée en arrêt maladie »):
				// the situation is kept to be named, the questionnaire
				// goes on.
				t.r.Situation = string(sit)
			}
		}
	}
	return false, nil
}

// original is the message as the visitor wrote it (t.text may be restated
// for the analysis).
func (t *turn) original() string {
	if t.orig != "" {
		return t.orig
	}
	return t.text
}

func capRequest(s string) string {
	if r := []rune(s); len(r) > maxRequestRunes {
		return string(r[:maxRequestRunes])
	}
	return s
}

// acknowledge says, once per kind, a short human sentence when the message
// speaks of distress, loss, illness or the loss of a job.
func (t *turn) acknowledge() {
	var f flags
	var line string
	switch intent.DistressOf(t.text) {
	case intent.Crisis:
		f, line = flagAckCrisis, t.x.AckCrisis
	case intent.Loss:
		f, line = flagAckLoss, t.x.AckLoss
	case intent.Illness:
		f, line = flagAckIllness, t.x.AckIllness
	case intent.JobLoss:
		f, line = flagAckJobLoss, t.x.AckJobLoss
	case intent.Lost:
		f, line = flagAckLost, t.x.AckLost
	default:
		return
	}
	if t.r.Flags&f == 0 || f == flagAckCrisis {
		t.r.Flags |= f
		t.say(line)
	}
}

// contacts returns the contacts of the operator the visitor is sent to
// (kind "" for the general reception queue).
func (t *turn) contacts(kind string) reach.Contacts {
	var dir *directory.Directory
	if t.d.deps.Bookings != nil {
		dir = t.d.deps.Bookings.Directory()
	}
	f := t.facts()
	c := reach.Find(dir, kind, f.Departement, f.Region)
	switch {
	case c.Agency == nil && !c.Reception && t.x.OperatorNames[c.Kind] != "":
		c.Label = t.x.OperatorNames[c.Kind]
	case t.r.Lang == texts.English:
		c.Label = c.Name() // a French article does not read in English
	}
	return c
}

// sayContacts adds the contacts block of an operator.
func (t *turn) sayContacts(kind string) {
	t.say(t.contacts(kind).Render(t.x.Reach))
}

// humanRequest starts a contact request from any state: route it by what
// is known, ask the one fact that decides when it is missing, ask how to
// be contacted, then record it and pause the questionnaire.
func (t *turn) humanRequest() error {
	st := t.state()
	if !t.consented() || t.d.deps.Bookings == nil {
		if st == StateConsent || st == StateInfoOnly {
			// Asked for before consenting: the request is made as soon
			// as the visitor accepts.
			t.r.Flags |= flagWantsHuman
		}
		kind, _ := reach.HumanRoute(t.facts(), true)
		t.say(t.x.HumanNoConsent)
		t.sayContacts(kindOrReception(kind))
		return t.ask()
	}
	if t.r.HumanRef != "" {
		t.say(fmt.Sprintf(t.x.HumanAlready, t.r.HumanRef))
		t.sayContacts(kindOrReception(t.r.HumanKind))
		return t.ask()
	}
	if !humanState(st) {
		t.r.Resume = st
	}
	kind := t.r.Operator
	if kind == "" {
		var ask bool
		kind, ask = reach.HumanRoute(t.facts(), t.r.Flags&flagHumanStatusAsked != 0)
		if ask {
			t.r.Flags |= flagHumanStatusAsked
			return t.goTo(EvHumanStatus)
		}
	}
	t.r.HumanKind = kind
	return t.humanContact()
}

func kindOrReception(kind string) string {
	if kind == directory.KindAccueil {
		return ""
	}
	return kind
}

func humanState(st State) bool {
	switch st {
	case StateHumanStatus, StateHumanWay, StateHumanDetail, StateHumanPause:
		return true
	}
	return false
}

// humanContact records the request when a way to reach the visitor is
// known (the booking's contact or a number or address in the message),
// else asks for one.
func (t *turn) humanContact() error {
	if c := t.r.Contact; c != "" {
		// Given for the appointment (the chat included: the advisor
		// already writes there): not asked again.
		return t.recordHuman(c)
	}
	if p, err := contact.FindPhone(t.text); err == nil {
		return t.recordHuman(p.E164)
	}
	if e, err := contact.FindEmail(t.text); err == nil {
		return t.recordHuman(e.Address)
	}
	return t.goTo(EvHumanWay)
}

func humanStatusQuestion(t *turn) (string, []option) {
	opts := append(append([]option(nil), t.x.statusOptions...), option{Value: "?", Label: t.x.HumanUnsure, Words: []string{"je ne sais pas", "sais pas", "aucune idee", "autre", "i don t know"}})
	return t.x.HumanFactAsk, opts
}

func handleHumanStatus(t *turn) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if o.Value != "?" {
			t.r.Facts.Status = o.Value
			t.factsChanged()
		}
	} else if t.text != "" {
		t.absorb(analysis.Analyse(t.text, t.now))
	}
	kind, _ := reach.HumanRoute(t.facts(), true)
	t.r.HumanKind = kind
	return t.humanContact()
}

func humanWayQuestion(t *turn) (string, []option) {
	return t.x.HumanWayAsk, []option{
		{Value: "tel", Label: t.x.HumanWayPhone, Words: []string{"telephone", "tel", "portable", "appel", "phone", "by phone"}},
		{Value: "mail", Label: t.x.HumanWayMail, Words: []string{"email", "e mail", "mail", "courriel"}},
		{Value: "chat", Label: t.x.HumanWayChat, Words: []string{"ici", "conversation", "chat", "message", "messages", "here"}},
	}
}

func handleHumanWay(t *turn) error {
	if t.in.Choice == "" {
		if p, err := contact.FindPhone(t.text); err == nil {
			return t.recordHuman(p.E164)
		}
		if e, err := contact.FindEmail(t.text); err == nil {
			return t.recordHuman(e.Address)
		}
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "chat" {
		return t.recordHuman("chat")
	}
	t.r.DetailKind = o.Value
	return t.goTo(EvHumanDetail)
}

func humanDetailQuestion(t *turn) (string, []option) {
	if t.r.DetailKind == "mail" {
		return t.x.MailAsk, nil
	}
	return t.x.PhoneAsk, nil
}

func handleHumanDetail(t *turn) error {
	c, ok, err := t.readDetail(t.r.DetailKind)
	if !ok {
		return err
	}
	t.r.DetailKind = ""
	return t.recordHuman(c)
}

// readDetail reads a phone number or an e-mail address typed as the
// answer; on a bad one it says why (missing digits, a misspelt domain…).
func (t *turn) readDetail(kind string) (string, bool, error) {
	if kind == "mail" {
		e, err := contact.FindEmail(t.text)
		if err != nil {
			if p, perr := contact.FindPhone(t.text); perr == nil {
				return p.E164, true, nil
			}
			return "", false, t.fail(t.x.MailInvalid, t.x.MailAsk)
		}
		return e.Address, true, nil
	}
	p, err := contact.FindPhone(t.text)
	if err == contact.ErrNoDigits && strings.ContainsAny(t.text, "0123456789") {
		// Too few digits to be looked for as a number: say what is wrong.
		_, err = contact.ParsePhone(t.text)
	}
	if err != nil {
		if e, merr := contact.FindEmail(t.text); merr == nil && kind == "any" {
			return e.Address, true, nil
		}
		reason := t.x.PhoneInvalid
		switch err {
		case contact.ErrPhoneTooShort:
			reason = t.x.PhoneShort
		case contact.ErrPhoneTooLong:
			reason = t.x.PhoneLong
		case contact.ErrNoDigits:
			reason = t.x.PhoneNotNumber
		}
		return "", false, t.fail(reason, t.x.PhoneAsk)
	}
	return p.E164, true, nil
}

// recordHuman records the contact request (handoff.urgent) with what is
// known, tells the visitor who will contact them, how and when, with the
// operator's contacts, and pauses the questionnaire.
func (t *turn) recordHuman(how string) error {
	kind := t.r.HumanKind
	if kind == "" {
		kind, _ = reach.HumanRoute(t.facts(), true)
	}
	c := t.contacts(kindOrReception(kind))
	if t.r.Agency != "" && kind == t.r.Operator && t.d.deps.Bookings != nil {
		// The agency already chosen for the appointment.
		if ag := t.d.deps.Bookings.Directory().Agency(t.r.Agency); ag != nil {
			c.Agency, c.Label = ag, ""
			if t.r.Lang == texts.English {
				c.Label = ag.Name
			}
		}
	}
	req := t.request(c.Kind)
	req.Ref = booking.Reference(t.visitor(), "urgent", t.s.Created.String(), stepToken(t.s))
	req.Contact = how
	if c.Agency != nil {
		req.Slot.AgencyID = c.Agency.ID
	}
	if _, err := t.d.deps.Bookings.Urgent(t.ctx, req); err != nil {
		return err
	}
	t.r.HumanRef, t.r.HumanKind = req.Ref, c.Kind
	if t.r.Contact == "" && how != "chat" {
		t.r.Contact = how
	}
	t.say(fmt.Sprintf(t.x.HumanDone, req.Ref))
	who := texts.De(c.Title())
	switch {
	case c.Name() == "":
		who = ""
	case t.r.Lang == texts.English:
		who = fmt.Sprintf(t.x.HumanFrom, c.Title())
	}
	// Who, how; when is in the contacts below (opening hours).
	t.say(strings.Replace(fmt.Sprintf(t.x.HumanWho, who, t.howLabel(how)), "  ", " ", -1))
	t.say(t.x.HumanCallThem + "\n" + c.Render(t.x.Reach))
	return t.goTo(EvHumanPause)
}

// howLabel says how the visitor will be contacted.
func (t *turn) howLabel(how string) string {
	switch {
	case how == "chat" || how == "":
		return t.x.HumanByChat
	case strings.Contains(how, "@"):
		return fmt.Sprintf(t.x.HumanByMail, how)
	}
	return fmt.Sprintf(t.x.HumanByPhone, readBack(how))
}

// readBack is a stored contact as the visitor reads it: a number in pairs
// (« 06 12 34 56 78 »), an address as is.
func readBack(c string) string {
	if p, err := contact.ParsePhone(c); err == nil {
		return p.National
	}
	return c
}

func pauseQuestion(t *turn) (string, []option) {
	opts := []option{{Value: "fin", Label: t.x.HumanFinish, Words: []string{"terminer", "fin", "merci", "non", "au revoir", "finish", "thanks"}}}
	if d := registry[t.r.Resume]; d != nil && d.Resumable && t.can(resumeEvent(t.r.Resume)) {
		opts = append([]option{{Value: "reprendre", Label: t.x.HumanResume, Words: []string{"reprendre", "continuer", "questionnaire", "oui", "resume", "continue", "back"}}}, opts...)
		return t.x.HumanPaused, opts
	}
	return "", opts
}

func handlePause(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		if t.text != "" && t.consented() {
			// Not an option: the request is recalled, the choice stays.
			t.say(fmt.Sprintf(t.x.HumanAlready, t.r.HumanRef))
		}
		return t.ask()
	}
	if o.Value == "reprendre" {
		st := t.r.Resume
		t.r.Resume = ""
		return t.goTo(resumeEvent(st))
	}
	t.say(t.x.Stop)
	return t.goTo(EvStop)
}

// otherSituation handles a situation outside the status boxes, chosen from
// « Autre situation » or typed.
func (t *turn) otherSituation(sit intent.Situation) error {
	t.r.Situation = string(sit)
	t.r.Asked |= askedStatus
	switch sit {
	case intent.Retired:
		return t.goTo(EvRetired)
	case intent.ESAT:
		t.r.Facts.Handicap = new(true)
		t.factsChanged()
		t.say(t.x.ESATNoted)
	case intent.SickLeave, intent.ParentalLeave:
		// The contract goes on: the status decides, asked with a note.
		t.say(t.x.LeaveNoted)
		t.r.Asked &^= askedStatus
		if t.r.Facts.Status == "" {
			return t.goTo(EvAskStatus)
		}
	case intent.Military:
		t.r.Facts.Status = "agent_public"
		t.factsChanged()
		t.say(t.x.MilitaryNoted)
	case intent.AtHome:
		t.r.Facts.Status = "demandeur_emploi"
		t.factsChanged()
		t.say(t.x.AtHomeNoted)
	case intent.DontKnow:
		t.r.Situation = ""
		t.say(t.x.UnsureInfo)
		return t.goTo(EvOther)
	}
	return t.next()
}

func otherQuestion(t *turn) (string, []option) {
	return t.x.OtherAsk, []option{
		{Value: string(intent.Retired), Label: t.x.OtherRetired, Words: []string{"retraite", "retraitee", "retired"}},
		{Value: string(intent.ESAT), Label: t.x.OtherESAT, Words: []string{"esat"}},
		{Value: string(intent.SickLeave), Label: t.x.OtherSickLeave, Words: []string{"arret maladie", "arret", "malade", "sick leave"}},
		{Value: string(intent.Military), Label: t.x.OtherMilitary, Words: []string{"militaire", "armee", "military"}},
		{Value: string(intent.ParentalLeave), Label: t.x.OtherParental, Words: []string{"conge parental", "conge maternite", "parental leave"}},
		{Value: string(intent.AtHome), Label: t.x.OtherAtHome, Words: []string{"au foyer", "mere au foyer", "pere au foyer"}},
		{Value: "conseiller", Label: t.x.UnsureCall, Words: []string{"je ne sais pas", "je sais pas", "sais pas", "jsp", "chais pas", "aucune idee", "conseiller", "etre recontacte", "i don t know"}},
	}
}

func handleOther(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok && intent.Other(t.text) == intent.DontKnow {
		o, ok = option{Value: "conseiller"}, true
	}
	if !ok {
		if t.text != "" {
			if sit := intent.Other(t.text); sit != "" && sit != intent.DontKnow {
				return t.otherSituation(sit)
			}
			if f := analysis.Analyse(t.text, t.now); f.Status != "" {
				t.absorb(f)
				return t.next()
			}
		}
		return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.StatusExample)
	}
	if o.Value == "conseiller" {
		t.r.Flags |= flagHumanStatusAsked
		return t.humanRequest()
	}
	return t.otherSituation(intent.Situation(o.Value))
}

func retiredQuestion(t *turn) (string, []option) {
	return t.x.RetiredInfo, []option{
		{Value: "oui", Label: t.x.RetiredSeek, Words: append([]string{"je cherche", "chercher", "travailler", "emploi"}, yesWords...)},
		{Value: "non", Label: t.x.RetiredNot, Words: noWords},
	}
}

func handleRetired(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		if f := analysis.Analyse(t.text, t.now); f.Status == "demandeur_emploi" {
			o, ok = option{Value: "oui"}, true
		}
	}
	if !ok {
		return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.RetiredInfo)
	}
	if o.Value == "oui" {
		t.r.Facts.Status = "demandeur_emploi"
		t.factsChanged()
		return t.next()
	}
	// Outside the CEP: who may still help, then an end.
	t.say(t.x.Later)
	t.sayContacts("")
	return t.goTo(EvStop)
}

// under16 ends the questionnaire for a visitor under 16 with the right
// contacts: the school's guidance, the CIO, the Mission locale from 16; an
// apprentice is an employee. It offers to correct the age once, never a
// loop.
func (t *turn) under16() error {
	return t.goTo(EvUnder16)
}

func under16Question(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", under16Options(t)
	}
	text := t.x.Under16End
	if t.r.Situation == string(intent.Apprentice) || intent.Has(intent.Situations(t.r.Request), intent.Apprentice) {
		text = t.x.ApprenticeYoung + "\n" + t.contacts(directory.KindMissionLocale).Render(t.x.Reach)
	}
	return text, under16Options(t)
}

func under16Options(t *turn) []option {
	return []option{
		{Value: "age", Label: t.x.Under16Mistake, Words: []string{"erreur", "trompe", "je me suis trompe", "mauvais age", "wrong age"}},
		{Value: "fin", Label: t.x.Finish, Words: []string{"terminer", "fin", "merci", "ok", "d accord", "finish", "thanks"}},
	}
}

func handleUnder16(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		// An age typed again: taken as the correction.
		if age, aok := analysis.ParseAge(t.text, t.now); aok && age >= 16 && age < 100 {
			t.r.Facts.Age = age
			t.factsChanged()
			return t.next()
		}
		t.say(t.x.ExitEnd)
		return t.goTo(EvStop)
	}
	if o.Value == "age" {
		return t.goTo(EvAskAge)
	}
	t.say(t.x.ExitEnd)
	return t.goTo(EvStop)
}

// proxy returns the relative the visitor writes for: « votre fils » and
// the pronoun, or "" when they write for themselves.
func (t *turn) proxy() (your, pronoun string) {
	g, noun, ok := strings.Cut(t.r.Proxy, ":")
	if !ok || noun == "" {
		return "", ""
	}
	your = fmt.Sprintf(t.x.ProxyYour, noun)
	pronoun = t.x.PronounHe
	if g == "f" {
		pronoun = t.x.PronounShe
	}
	return your, pronoun
}

// proxyQuestion is the question of a collecting state asked about the
// relative, in the third person; "" when the state has no such form.
func (t *turn) proxyQuestion(st State) string {
	your, pronoun := t.proxy()
	if your == "" {
		return ""
	}
	switch st {
	case StateStatus:
		return fmt.Sprintf(t.x.ProxyStatusAsk, your)
	case StateAge:
		return fmt.Sprintf(t.x.ProxyAgeAsk, your)
	case StatePlace:
		return fmt.Sprintf(t.x.ProxyPlaceAsk, your)
	case StateHandicap:
		return fmt.Sprintf(t.x.ProxyHandicap, texts.UpperFirst(your), pronoun)
	case StateCadre:
		return fmt.Sprintf(t.x.ProxyCadre, texts.UpperFirst(your), pronoun)
	}
	return ""
}

// situations are the visitor's situations: the one chosen or stated, and
// those their request says (apprentice, CDD, sick leave…).
func (t *turn) situations() []string {
	var out []string
	if t.r.Situation != "" {
		out = append(out, t.r.Situation)
	}
	for _, s := range intent.Situations(t.r.Request) {
		if string(s) != t.r.Situation {
			out = append(out, string(s))
		}
	}
	return out
}

// profile is what the information cards are chosen by.
func (t *turn) profile() knowledge.Profile {
	f := t.facts()
	return knowledge.Profile{Status: f.Status, Age: f.Age, Situations: t.situations(), Project: f.ProjectOrDefault()}
}

// statusLabel names the visitor's situation for the recap: the status, and
// the situation outside the boxes when there is one (« salarié(e) du privé,
// en arrêt maladie », « travailleur en ESAT »).
func (t *turn) statusLabel() string {
	st := t.x.StatusNames[t.facts().Status]
	sit := t.x.SituationNames[t.r.Situation]
	switch {
	case sit == "":
		return st
	case st == "":
		return sit
	}
	return st + ", " + sit
}

// dataSummary is /mesdonnees in words: what the record holds, the
// appointments, and the note that the attached file has every detail.
func (t *turn) dataSummary(bookings []*bot.Booking) string {
	r := &t.r
	f := r.Facts
	lines := []string{t.x.DataSummary}
	add := func(field, value string) {
		if value != "" {
			lines = append(lines, fmt.Sprintf(t.x.RecapLine, field, value))
		}
	}
	if r.Request != "" {
		lines = append(lines, "• "+fmt.Sprintf(t.x.DataRequest, r.Request))
	}
	add(t.x.FieldStatus, t.statusLabel())
	if f.Age > 0 {
		add(t.x.FieldAge, fmt.Sprintf(t.x.RecapAge, f.Age))
	}
	if f.Handicap != nil {
		add(t.x.RecapHandicap, map[bool]string{true: t.x.WordYes, false: t.x.WordNo}[*f.Handicap])
	}
	add(t.x.FieldPlace, placeLabel(f.Commune, f.Departement))
	add(t.x.FieldProject, t.x.ProjectNames[f.Project])
	if r.Contact != "" && r.Contact != "chat" {
		lines = append(lines, "• "+fmt.Sprintf(t.x.DataContact, readBack(r.Contact)))
	}
	for _, b := range bookings {
		if b.Status == bot.StatusBooked && !b.Start.IsZero() && t.d.deps.Bookings != nil {
			lines = append(lines, "• "+fmt.Sprintf(t.x.DataBooking, t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start, b.End)+fmt.Sprintf(t.x.ApptRef, b.Ref)))
		}
	}
	if !r.Consent.IsZero() {
		lines = append(lines, "• "+fmt.Sprintf(t.x.DataConsent, texts.DayYear(r.Consent.In(t.now.Location()))))
	}
	return strings.Join(lines, "\n") + "\n" + t.x.DataFileNote
}

// laterExit is « Pas maintenant » (and « Terminer » when outside the CEP):
// the operator's contacts, so the visitor leaves with somewhere to go.
func (t *turn) laterExit() error {
	dec := t.route()
	kind := dec.Operator
	if dec.OutOfScope == "etudiant" {
		// Who helps a student who decides to work.
		kind = directory.KindFranceTravail
		if f := t.facts(); f.Age == 0 || f.Age < 26 {
			kind = directory.KindMissionLocale
		}
		t.say(t.x.StudentEnd)
	} else {
		t.say(t.x.LaterContacts)
	}
	if dec.OutOfScope == "hors_regions" {
		kind = ""
	}
	t.sayContacts(kind)
	t.say(t.x.ExitEnd)
	return t.goTo(EvStop)
}

// refusedAnswer answers a message written after consent was refused:
// nothing is kept; a question gets its card, and the message's situation
// the contacts of its operator (or of the reception queue).
func (t *turn) refusedAnswer() error {
	if t.text == "" {
		return t.ask()
	}
	answered := false
	if mayBeQuestion(t.text) && knowledge.IsQuestion(t.text) {
		if m := knowledge.Answer(t.text, ""); len(m) > 0 {
			t.say(t.renderCards(m))
			answered = true
		}
	}
	var dir *directory.Directory
	if t.d.deps.Bookings != nil {
		dir = t.d.deps.Bookings.Directory()
	}
	c, named := reach.ForMessage(dir, t.text, t.now)
	switch {
	case named:
		t.say(fmt.Sprintf(t.x.RefusedRoute, c.Title()))
	case answered:
		t.say(t.x.RefusedAnswered)
	default:
		t.say(t.x.HumanNoConsent)
	}
	t.say(c.Render(t.x.Reach))
	return t.ask()
}

// contactFits tells whether a contact already given serves the modality:
// a phone appointment needs a number, a video one a number or an address
// for the link; on site, any (the chat included).
func contactFits(modality, c string) bool {
	switch directory.Modality(modality) {
	case directory.Phone:
		_, err := contact.ParsePhone(c)
		return err == nil
	case directory.Video:
		return c != "" && c != "chat"
	}
	return c != ""
}

// contactConfirm reads the contact back in the confirmation: « Le
// conseiller vous appellera au 06 12 34 56 78. », « Le lien de la visio
// vous sera envoyé à … », else the contact line.
func (t *turn) contactConfirm() string {
	c := t.r.Contact
	switch {
	case c == "" || c == "chat":
		return fmt.Sprintf(t.x.ConfirmContact, t.x.ContactChat)
	case t.r.Modality == string(directory.Phone):
		return fmt.Sprintf(t.x.ConfirmCallYou, readBack(c))
	case t.r.Modality == string(directory.Video):
		return fmt.Sprintf(t.x.ConfirmLink, readBack(c))
	case strings.Contains(c, "@"):
		return fmt.Sprintf(t.x.ConfirmWrite, c)
	}
	return fmt.Sprintf(t.x.ConfirmReach, readBack(c))
}

// thirdToFirst turns the usual third-person forms into the first person.
var thirdToFirst = func() *strings.Replacer {
	pairs := []string{
		"il a", "j'ai", "elle a", "j'ai", "il est", "je suis", "elle est", "je suis",
		"il n'a", "je n'ai", "elle n'a", "je n'ai", "il n'est", "je ne suis", "elle n'est", "je ne suis",
		"il habite", "j'habite", "elle habite", "j'habite", "il vit", "je vis", "elle vit", "je vis",
		"il cherche", "je cherche", "elle cherche", "je cherche", "il travaille", "je travaille", "elle travaille", "je travaille",
		"il veut", "je veux", "elle veut", "je veux", "il voudrait", "je voudrais", "elle voudrait", "je voudrais",
		"il ne", "je ne", "elle ne", "je ne", "il fait", "je fais", "elle fait", "je fais",
		"et cherche", "et je cherche", "et veut", "et je veux", "et voudrait", "et je voudrais",
		"il", "je", "elle", "je",
	}
	var args []string
	for i := 0; i < len(pairs); i += 2 {
		from, to := pairs[i], pairs[i+1]
		args = append(args, " "+from+" ", " "+to+" ", " "+texts.UpperFirst(from)+" ", " "+texts.UpperFirst(to)+" ")
	}
	return strings.NewReplacer(args...)
}()

// firstPerson rewrites a message about a relative in the first person for
// the analysis (« il a arrêté l'école et cherche un emploi » → « j'ai
// arrêté l'école et je cherche un emploi »); names keep their capitals.
func firstPerson(s string) string {
	return strings.TrimSpace(thirdToFirst.Replace(" " + s + " "))
}

// date is a slot's date in the conversation's language: French through
// texts.Date (« mardi 1er décembre à 10 h 15 »), others with the
// catalogue's DateFormat (« Tuesday 1 December at 10:15 »).
func (t *turn) date(at time.Time) string {
	if t.r.Lang == "" || t.r.Lang == texts.French || len(t.x.Months) != 12 || len(t.x.Days) != 7 {
		return texts.Date(at, t.now)
	}
	return fmt.Sprintf(t.x.DateFormat, t.x.Days[at.Weekday()], at.Day(), t.x.Months[at.Month()-1], clockOf(at, t.x.Reach))
}

func clockOf(at time.Time, w texts.Reach) string {
	if at.Minute() == 0 {
		return fmt.Sprintf(w.ClockHour, at.Hour())
	}
	return fmt.Sprintf(w.ClockMinutes, at.Hour(), at.Minute())
}

// reasons are the routing's reasons as the visitor reads them, naming
// their status (« Vous êtes auto-entrepreneur : … »), in the
// conversation's language; the routing's own when the catalogue has none
// for the row or the status to name is unknown.
func (t *turn) reasons(dec *routing.Decision) string {
	r := t.x.RuleReasons[strconv.Itoa(dec.Rule)]
	if strings.Contains(r, "%s") {
		name := t.x.StatusNames[t.facts().Status]
		if name == "" {
			r = ""
		} else {
			r = fmt.Sprintf(r, name)
		}
	}
	if r == "" {
		return strings.Join(dec.Reasons, " ")
	}
	if t.r.Lang == "" || t.r.Lang == texts.French {
		// Further reasons (a place outside the regions…) as the routing
		// gives them.
		for _, x := range dec.Reasons[min(1, len(dec.Reasons)):] {
			r += " " + x
		}
	}
	return r
}

// firstMessage reads the message that opens a conversation: a hard moment
// is acknowledged, a request for a person is remembered so that it is
// made once the visitor consents.
func (t *turn) firstMessage() {
	if t.in.Choice != "" || t.text == "" || strings.HasPrefix(t.text, "/") {
		return
	}
	t.acknowledge()
	if intent.Human(t.text) {
		t.r.Flags |= flagWantsHuman
	}
}

// afterConsent goes on after the visitor consented: to the request asked
// for before, if any, else to the description of their situation.
func (t *turn) afterConsent() error {
	if t.r.Flags&flagWantsHuman == 0 {
		return t.goTo(EvAccept)
	}
	t.r.Flags &^= flagWantsHuman
	if err := t.fire(EvAccept); err != nil {
		return err
	}
	return t.humanRequest()
}
