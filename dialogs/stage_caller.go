package dialogs

// The caller mode (issue 15 §8): in a Slack DM, a member of staff books
// for someone who called them. « Prendre un rendez-vous pour un appelant »
// (a button, /appelant or the phrase typed) starts the reception dialogue
// again on behalf of the person: the questions speak of « la personne »,
// the consent asked is the person's, the contact collected is the
// person's phone or e-mail (not the DM), and the booking is kept under a
// visitor id of its own (the staff member's own booking is not moved) and
// marked as entered by staff for a caller. /start goes back to the staff
// member's own use.

import (
	"strconv"
	"strings"
	"sync"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// CallerCommand is the button value that starts the caller mode.
const CallerCommand = cmdPrefix + "appelant"

// callerChannel is the only channel where the caller mode exists: staff
// work in Slack.
const callerChannel = "slack"

// callerWords are the typed forms of the command (whole message, normalised).
var callerWords = map[string]bool{
	"prendre un rendez vous pour un appelant": true, "prendre rendez vous pour un appelant": true,
	"rendez vous pour un appelant": true, "rdv pour un appelant": true, "pour un appelant": true,
	"appelant": true, "un appelant": true, "nouvel appelant": true, "rendez vous appelant": true, "rdv appelant": true,
}

// IsCallerCommand tells whether a message or button starts the caller mode.
func IsCallerCommand(choice, text string) bool {
	if choice != "" {
		return choice == CallerCommand
	}
	text = strings.TrimSpace(text)
	if w, ok := strings.CutPrefix(text, "/"); ok {
		w, _, _ = strings.Cut(w, " ")
		w, _, _ = strings.Cut(w, "@")
		return strings.EqualFold(w, "appelant")
	}
	return len(text) <= 60 && callerWords[normalise(text)]
}

// callerTurn starts the caller mode, before the global commands: it
// reports whether it handled the turn.
func (t *turn) callerTurn() (bool, error) {
	if t.s.Channel != callerChannel {
		return false, nil
	}
	if IsCallerCommand(t.in.Choice, t.text) {
		tok := strconv.FormatUint(uint64(t.s.Step), 36) + "." + strconv.FormatInt(t.now.Unix(), 36)
		t.r = record{Lang: t.r.Lang, prep: prepared{Caller: tok}}
		t.x = sessionLang(&t.r)
		t.factsChanged()
		t.say(t.x.CallerIntro)
		return true, t.goTo(EvStart)
	}
	return false, nil
}

// leaveCaller ends the caller mode (/start): back to the staff member's
// own use, where their own booking, if any, is the one a new booking
// would move.
func (t *turn) leaveCaller() error {
	if t.r.prep.Caller == "" {
		return nil
	}
	t.r = record{Lang: t.r.Lang, Source: t.r.Source}
	t.x = sessionLang(&t.r)
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b != nil {
		t.r.Booking, t.r.PrevAdvisor = b.Ref, b.AdvisorID
	}
	t.say(t.x.CallerBack)
	return nil
}

// callerVisitor is the id a caller's bookings are kept under: the staff
// member's conversation and the caller's token.
func (t *turn) callerVisitor() string {
	return t.d.deps.Visitor(t.s.Channel + ":" + t.s.User + "#" + t.r.prep.Caller)
}

// callerContactQuestion asks the person's phone or e-mail: the
// conversation is the staff member's, not a way to reach the person.
func callerContactQuestion(t *turn) (string, []option) {
	return t.x.ContactAsk, []option{
		{Value: "tel", Label: t.x.ContactPhone, Words: []string{"telephone", "tel", "portable", "appel"}},
		{Value: "mail", Label: t.x.ContactMail, Words: []string{"email", "e mail", "mail", "courriel"}},
	}
}

var callerLangs sync.Map // texts.Lang → *lang

// callerLangOf is a language's texts with the dialogue's sentences
// replaced by their caller-mode forms.
func callerLangOf(l texts.Lang) *lang {
	base := langOf(l)
	if x, ok := callerLangs.Load(l); ok && x.(*lang).gen == base.gen {
		return x.(*lang)
	}
	c := *base.Catalog
	d, k, rc := &c.Dialogue, &c.Caller, &c.Reach
	for _, p := range []struct {
		dst *string
		src string
	}{
		{&d.ConsentAsk, k.CallerDlgConsentAsk}, {&d.ConsentMore, k.CallerDlgConsentMore},
		{&d.ConsentYes, k.CallerDlgConsentYes}, {&d.ConsentNo, k.CallerDlgConsentNo},
		{&d.Refused, k.CallerDlgRefused}, {&d.ChangeMind, k.CallerDlgConsentYes},
		{&d.RequestAsk, k.CallerDlgRequestAsk}, {&d.RequestEmpty, k.CallerDlgRequestEmpty},
		{&d.StatusAsk, k.CallerDlgStatusAsk}, {&d.StatusJobSeeker, k.CallerDlgStatusJobSeeker},
		{&d.AgeAsk, k.CallerDlgAgeAsk}, {&d.AgeExample, k.CallerDlgAgeExample},
		{&d.HandicapAsk, k.CallerDlgHandicapAsk}, {&d.Skip, k.CallerDlgSkip},
		{&d.ShareAsk, k.CallerDlgShareAsk}, {&d.ShareYes, k.CallerDlgShareYes}, {&d.ShareNo, k.CallerDlgShareNo},
		{&d.CadreAsk, k.CallerDlgCadreAsk}, {&d.PlaceAsk, k.CallerDlgPlaceAsk}, {&d.CommuneAsk, k.CallerDlgCommuneAsk},
		{&d.CorrectAsk, k.CallerDlgCorrectAsk}, {&d.ProjectAsk, k.CallerDlgProjectAsk},
		{&d.ProjectTrain, k.CallerDlgProjectTrain}, {&d.ProjectEvolve, k.CallerDlgProjectEvolve},
		{&d.ProjectVAE, k.CallerDlgProjectVAE}, {&d.ProjectUnsure, k.CallerDlgProjectUnsure},
		{&d.ModalityAsk, k.CallerDlgModalityAsk}, {&d.ContactAsk, k.CallerDlgContactAsk},
		{&d.PhoneAsk, k.CallerDlgPhoneAsk}, {&d.MailAsk, k.CallerDlgMailAsk},
		{&d.ConfirmIntro, k.CallerDlgConfirmIntro}, {&d.ConfirmAsk, k.CallerDlgConfirmAsk},
		{&d.Booked, k.CallerDlgBooked}, {&d.BookedHandoff, k.CallerDlgBookedHandoff},
		{&d.BookedReminder, k.CallerDlgBookedReminder}, {&d.Follow, k.CallerDlgFollow},
		{&d.HumanNoCons, k.CallerDlgHumanNoCons},
		{&d.OrientIntro, k.CallerDlgOrientIntro}, {&d.OrientAlt, k.CallerDlgOrientAlt},
		{&d.OrientCards, k.CallerDlgOrientCards}, {&d.OrientSessions, k.CallerDlgOrientSessions},
		{&d.Reminder, k.CallerDlgReminder},
		{&rc.PhoneNeeded, k.CallerDlgPhoneNeeded}, {&rc.VideoNeeded, k.CallerDlgVideoNeeded},
		{&rc.ConfirmCallYou, k.CallerDlgConfirmCallYou}, {&rc.ConfirmLink, k.CallerDlgConfirmLink},
		{&rc.ConfirmWrite, k.CallerDlgConfirmWrite}, {&rc.ConfirmReach, k.CallerDlgConfirmReach},
		{&d.ConfirmYes, k.CallerDlgConfirmYes}, {&rc.OtherAsk, k.CallerDlgOtherAsk},
	} {
		if p.src != "" {
			*p.dst = p.src
		}
	}
	x := newLang(&c)
	x.gen = base.gen
	callerLangs.Store(l, x)
	return x
}
