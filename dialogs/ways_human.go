package dialogs

// A person asked for in words, in any state (issue 14): routed by what is
// known, how to be contacted, the request recorded, the questionnaire paused.

import (
	"strings"

	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/contact"
	"github.com/cep-accueil/cepbot/dialogs/reach"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// contacts returns the contacts of the operator the visitor is sent to
// (kind "" for the general reception queue).
func (t *turn) contacts(kind string) reach.Contacts {
	var dir *directory.Directory
	if t.d.deps.Bookings != nil {
		dir = t.d.deps.Bookings.Directory()
	}
	f := t.facts()
	c := reach.Find(dir, kind, f.Departement, f.Region)
	if kind == directory.KindEmployeurPublic && dir != nil {
		// The nearest employeur_public agency may be another branch's
		// door (the PFRH of the State for a hospital nurse, a territorial
		// agent): only an agency of the visitor's branch is given, else
		// the door of their branch in words (cep-domain.md §1.5).
		c.Agency = nil
		if ags := t.agenciesFor(kind); len(ags) > 0 {
			c.Agency = ags[0]
		} else {
			c.Direct = t.employerDirect()
		}
	}
	switch {
	case c.Agency == nil && !c.Reception && t.x.OperatorNames[c.Kind] != "":
		c.Label = t.x.OperatorNames[c.Kind]
	case t.r.Lang == texts.English:
		c.Label = c.Name() // a French article does not read in English
	}
	return c
}

// employerDirect tells an agent public to contact their employer's door
// directly, named by branch.
func (t *turn) employerDirect() string {
	branch := t.facts().Branch
	if your, _ := t.proxy(); your != "" {
		name := t.x.ProxyEmployerNames[branch]
		if name == "" {
			name = t.x.ProxyEmployerName
		}
		return texts.Fill(t.x.ProxyEmployerDirect, your, name)
	}
	name := t.x.EmployerNames[branch]
	if name == "" {
		name = t.x.OperatorNames[directory.KindEmployeurPublic]
	}
	return texts.Fill(t.x.EmployerDirect, name)
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
		t.say(texts.Fill(t.x.HumanAlready, t.r.HumanRef))
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
	if t.needsPlace(kind) {
		t.r.Flags |= flagHumanPlaceAsked
		return t.goTo(EvHumanPlace)
	}
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
	case StateHumanStatus, StateHumanWay, StateHumanDetail, StateHumanPause, StateHumanPlace:
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
	opts := append(append([]option(nil), t.x.statusOptions...), option{Value: "?", Label: t.x.HumanUnsure, Words: withUnsure("autre")})
	return t.x.HumanFactAsk, opts
}

func handleHumanStatus(t *turn) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if o.Value != "?" {
			t.r.Facts.Status = o.Value
			t.factsChanged()
		}
	} else if t.text != "" {
		t.absorb(t.analyse())
	}
	kind, _ := reach.HumanRoute(t.facts(), true)
	t.r.HumanKind = kind
	if t.needsPlace(kind) {
		t.r.Flags |= flagHumanPlaceAsked
		return t.goTo(EvHumanPlace)
	}
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
	if t.in.Choice == "" && t.human(t.text) {
		if _, ok := match(t.options(), "", t.text); !ok {
			// Asked again while the request is being made: not a
			// failure, only how to be contacted is missing.
			t.say(t.x.HumanOnIt)
			return t.ask()
		}
	}
	if t.in.Choice == "" {
		if p, err := contact.FindPhone(t.text); err == nil {
			return t.recordHuman(p.E164)
		}
		if e, err := contact.FindEmail(t.text); err == nil {
			return t.recordHuman(e.Address)
		}
	}
	if t.in.Choice == "" {
		// « non merci » to the call back the bot offered (a sector
		// nobody could settle): the reception's contacts and the end,
		// not « je n'ai pas compris » with no way out.
		decline := option{Value: "non", Words: append(noWords[:len(noWords):len(noWords)], "pas maintenant", "plus tard", "pas besoin", "non pas besoin")}
		if _, ok := match([]option{decline}, "", t.text); ok {
			return t.laterExit()
		}
	}
	if t.in.Choice == "" && indifferent(t.text) && !strings.Contains(t.text, "?") {
		// « je sais pas », « peu importe »: the way that needs nothing
		// more, this conversation; before, « Je n'ai pas compris » until
		// a person was offered to the visitor already asking for one
		// (persona pe5)
		for _, o := range t.options() {
			if o.Value == "chat" {
				return t.recordHuman("chat")
			}
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
			return "", false, t.fail(t.x.MailInvalid, t.x.MailExample)
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
		return "", false, t.fail(reason, t.x.PhoneExample)
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
	t.say(texts.Fill(t.x.HumanDone, req.Ref))
	who := t.x.De(c.Title())
	switch {
	case c.Name() == "" || c.Direct != "":
		// The reception of the public employers' queue calls back, not
		// the visitor's own DRH: the adviser is not named after it.
		who = ""
	case t.r.Lang == texts.English:
		who = texts.Fill(t.x.HumanFrom, c.Title())
	}
	// Who, how; when is in the contacts below (opening hours).
	t.say(strings.Replace(texts.Fill(t.x.HumanWho, who, t.howLabel(how)), "  ", " ", -1))
	if c.Direct != "" {
		t.say(c.Direct) // no number to call: « appeler directement » would promise one
	} else {
		t.say(t.x.HumanCallThem + "\n" + c.Render(t.x.Reach))
	}
	return t.goTo(EvHumanPause)
}

// howLabel says how the visitor will be contacted.
func (t *turn) howLabel(how string) string {
	switch {
	case how == "chat" || how == "":
		return t.x.HumanByChat
	case strings.Contains(how, "@"):
		return texts.Fill(t.x.HumanByMail, how)
	}
	return texts.Fill(t.x.HumanByPhone, readBack(how))
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
		if relayed, err := t.pausedMessage(); err != nil || relayed {
			// Passed on to the request's advisor; the choice stays.
			if err != nil {
				return err
			}
		} else if t.text != "" && t.consented() {
			// Not an option: the request is recalled, the choice stays.
			t.say(texts.Fill(t.x.HumanAlready, t.r.HumanRef))
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
