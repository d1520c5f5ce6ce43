package dialogs

// Managing an appointment and the conversation: the follow-up after
// booking, /rdv (keep, move, cancel), /supprimer, the resume after a long
// silence and the end.

import (
	"fmt"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
)

// The states of managing.
const (
	StateFollow    State = "suivi"
	StateManage    State = "rendez_vous"
	StateCancelAsk State = "annulation"
	StateEraseAsk  State = "effacement"
	StateResume    State = "reprise"
	StateEnd       State = "fin"
)

// The events of managing (the global ones are in states.go).
const (
	EvMove      Event = "deplacer"
	EvAskCancel Event = "demander_annulation"
	EvCancelled Event = "annuler"
	EvKeep      Event = "garder"
	EvErased    Event = "effacer"
	EvFollowUp  Event = "retrouver_rdv"
)

var _ = declare(stateDef{State: StateFollow, Answer: handleFollow})

var _ = declare(stateDef{
	State: StateManage, Question: manageQuestion, Answer: handleManage,
	Moves: []move{{EvMove, StateSlot}, {EvAskCancel, StateCancelAsk}, {EvKeep, StateFollow}},
})

var _ = declare(stateDef{
	State: StateCancelAsk,
	Question: func(*turn) (string, []option) {
		return txtCancelAsk, []option{
			{Value: "oui", Label: txtCancelYes, Words: yesWords},
			{Value: "non", Label: txtCancelNo, Words: noWords},
		}
	},
	Answer: handleCancel,
	Moves:  []move{{EvCancelled, StateEnd}, {EvKeep, StateFollow}},
})

// Declining the erasure returns to the interrupted step: one event per
// state, derived (keepDataEvent), drawn as one edge.
var _ = declare(stateDef{
	State: StateEraseAsk,
	Question: func(*turn) (string, []option) {
		return txtEraseAsk, []option{
			{Value: "oui", Label: txtEraseYes, Words: yesWords},
			{Value: "non", Label: txtEraseNo, Words: noWords},
		}
	},
	Answer: handleErase,
	Moves:  []move{{EvErased, StateNew}},
})

// The resume continues by the Resume event of the state left, or restarts.
var _ = declare(stateDef{
	State: StateResume,
	Question: func(*turn) (string, []option) {
		return txtResumeAsk, []option{
			{Value: "reprendre", Label: txtResumeContinue, Words: append([]string{"continuer", "reprendre", "la suite"}, yesWords...)},
			{Value: "recommencer", Label: txtResumeRestart, Words: []string{"recommencer", "reset", "depuis le debut", "non"}},
		}
	},
	Answer:     handleResume,
	Collects:   true,
	GraphLabel: "reprendre",
})

var _ = declare(stateDef{State: StateEnd, Answer: handleEnd, Moves: []move{{EvFollowUp, StateFollow}}})

func handleFollow(t *turn) error {
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(txtEnded)
		return nil
	}
	if t.d.deps.Relay != nil && t.text != "" {
		if err := t.d.deps.Relay.ToAdvisor(t.ctx, b, t.text); err != nil {
			return err
		}
		t.say(txtRelayed)
		return nil
	}
	t.say(fmt.Sprintf(txtFollow, frDate(b.Start.In(bookingLocation(t, b)), t.now)))
	return nil
}

func bookingLocation(t *turn, b *bot.Booking) *time.Location {
	if a := t.d.deps.Bookings.Directory().Agency(b.AgencyID); a != nil {
		return agenda.Location(a)
	}
	return time.UTC
}

func manageQuestion(t *turn) (string, []option) {
	b, _ := t.activeBooking()
	if b == nil {
		return txtNoBooking, nil
	}
	line := t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start.In(bookingLocation(t, b)), b.End.In(bookingLocation(t, b)))
	return fmt.Sprintf(txtManageAsk, line+" (référence "+b.Ref+")"), []option{
		{Value: "garder", Label: txtManageKeep, Words: []string{"garder", "rien", "ok"}},
		{Value: "deplacer", Label: txtManageMove, Words: []string{"deplacer", "changer", "modifier", "decaler", "reporter"}},
		{Value: "annuler", Label: txtManageCancel, Words: []string{"annuler", "supprimer", "annulation"}},
	}
}

func handleManage(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(txtNoBooking)
		return t.goTo(EvStop)
	}
	switch o.Value {
	case "deplacer":
		t.s.Set(varMoving, "1")
		t.s.Set(varAgency, b.AgencyID)
		t.s.Set(varOperator, b.OperatorKind)
		t.s.Set(varModality, b.Modality)
		t.s.Set(varContact, b.Contact)
		t.s.Set(varPrevAdvsr, b.AdvisorID)
		return t.goTo(EvMove)
	case "annuler":
		return t.goTo(EvAskCancel)
	}
	t.say(txtKept)
	return t.goTo(EvKeep)
}

func handleCancel(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value != "oui" {
		t.say(txtKept)
		return t.goTo(EvKeep)
	}
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(txtNoBooking)
		return t.goTo(EvCancelled)
	}
	c, err := t.d.deps.Bookings.SetStatus(t.ctx, b.Ref, bot.StatusCancelled)
	if err != nil {
		return err
	}
	t.s.Set(varBooking, "")
	t.say(fmt.Sprintf(txtCancelled, c.Ref))
	t.attach(bot.Attachment{Name: txtICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(c)})
	return t.goTo(EvCancelled)
}

func handleErase(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value != "oui" {
		// Declining closes the confirmation and returns to the interrupted
		// question, like closing a dialog box (its entry action does not
		// run again).
		t.say(txtNotErased)
		prev := State(t.s.Get(varResume))
		t.s.Set(varResume, "")
		if registry[prev] == nil || prev == StateEraseAsk {
			prev = StateEnd
		}
		return t.goTo(keepDataEvent(prev))
	}
	// Future bookings are cancelled (the operator is told) and every
	// booking loses its personal data; the session keeps nothing.
	if t.d.deps.Bookings != nil {
		if _, err := t.d.deps.Bookings.Erase(t.ctx, t.visitor()); err != nil {
			return err
		}
	}
	t.s.Vars = nil
	t.s.Seen = t.s.Seen[:0]
	t.say(txtErased)
	return t.goTo(EvErased)
}

func handleResume(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "recommencer" {
		return t.command(cmdStart)
	}
	prev := State(t.s.Get(varResume))
	t.s.Set(varResume, "")
	if d := registry[prev]; d != nil && d.Resume != "" && t.can(d.Resume) {
		return t.goTo(d.Resume)
	}
	return t.next()
}

func handleEnd(t *turn) error {
	if b, err := t.activeBooking(); err == nil && b != nil {
		if err := t.fire(EvFollowUp); err != nil {
			return err
		}
		return handleFollow(t)
	}
	t.say(txtEnded)
	return nil
}
