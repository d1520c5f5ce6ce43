package dialogs

// Exits with the operator's contacts, contact details that fit the
// appointment, /mesdonnees in words (issue 14).

import (
	"fmt"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/contact"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/reach"
)

// dataSummary is /mesdonnees in words: what the record holds, the
// appointments, and the note that the attached file has every detail.
func (t *turn) dataSummary(bookings []*bot.Booking) string {
	r := &t.r
	f := r.Facts
	lines := []string{t.x.DataSummary}
	add := func(field, value string) {
		if value != "" {
			lines = append(lines, texts.Fill(t.x.RecapLine, field, value))
		}
	}
	if r.Request != "" {
		lines = append(lines, "• "+texts.Fill(t.x.DataRequest, r.Request))
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
		lines = append(lines, "• "+texts.Fill(t.x.DataContact, readBack(r.Contact)))
	}
	for _, b := range bookings {
		if b.Status == bot.StatusBooked && !b.Start.IsZero() && t.d.deps.Bookings != nil {
			lines = append(lines, "• "+texts.Fill(t.x.DataBooking, t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start, b.End)+texts.Fill(t.x.ApptRef, b.Ref)))
		}
	}
	if !r.Consent.IsZero() {
		lines = append(lines, "• "+texts.Fill(t.x.DataConsent, t.dayYear(r.Consent.In(t.now.Location()))))
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
		if your, pronoun := t.proxy(); your != "" {
			t.say(texts.Fill(t.x.ProxyStudentEnd, your, pronoun))
		} else {
			t.say(t.x.StudentEnd)
		}
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
	if mayBeQuestion(t.text) && t.isQuestion() {
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
		// « les Missions locales peut » was said: a network named in
		// the plural takes a plural verb (persona p24a, issue 13).
		line := t.x.RefusedRoute
		if texts.PluralName(c.Title()) {
			line = t.x.RefusedRoutePlural
		}
		t.say(texts.Fill(line, c.Title()))
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
		return texts.Fill(t.x.ConfirmContact, lowerFirst(t.x.ContactChat))
	case t.r.Modality == string(directory.Phone):
		if your, _ := t.proxy(); your != "" && t.r.prep.Caller == "" {
			return texts.Fill(t.x.ProxyConfirmCall, readBack(c))
		}
		return texts.Fill(t.x.ConfirmCallYou, readBack(c))
	case t.r.Modality == string(directory.Video):
		return texts.Fill(t.x.ConfirmLink, readBack(c))
	case strings.Contains(c, "@"):
		return texts.Fill(t.x.ConfirmWrite, c)
	}
	return texts.Fill(t.x.ConfirmReach, readBack(c))
}

// lowerFirst writes a button label inside a sentence: « Contact : par cette
// conversation », not « Contact : Par cette conversation ».
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
