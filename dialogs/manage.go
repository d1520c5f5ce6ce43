package dialogs

// Managing an appointment and the conversation: the follow-up after
// booking, /rdv (keep, move, cancel), /supprimer, the resume after a long
// silence and the end.

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
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

var _ = declare(stateDef{State: StateFollow, Answer: handleFollow,
	// « je voudrais décaler mon rdv à lundi », « annulez mon rendez-vous »
	// typed after the booking: /rdv's move and cancel, in words.
	Moves: []move{{EvMove, StateSlot}, {EvAskCancel, StateCancelAsk}}})

var _ = declare(stateDef{
	State: StateManage, Question: manageQuestion, Answer: handleManage,
	Moves: []move{{EvMove, StateSlot}, {EvAskCancel, StateCancelAsk}, {EvKeep, StateFollow}},
})

var _ = declare(stateDef{
	State: StateCancelAsk,
	Question: func(t *turn) (string, []option) {
		return t.x.CancelAsk, []option{
			{Value: "oui", Label: t.x.CancelYes, Words: yesWords},
			{Value: "non", Label: t.x.CancelNo, Words: noWords},
		}
	},
	Answer: handleCancel,
	Moves:  []move{{EvCancelled, StateEnd}, {EvKeep, StateFollow}},
})

// Declining the erasure returns to the interrupted step: one event per
// state, derived (keepDataEvent), drawn as one edge.
var _ = declare(stateDef{
	State: StateEraseAsk,
	Question: func(t *turn) (string, []option) {
		return t.x.EraseAsk, []option{
			{Value: "oui", Label: t.x.EraseYes, Words: yesWords},
			{Value: "non", Label: t.x.EraseNo, Words: noWords},
		}
	},
	Answer: handleErase,
	Moves:  []move{{EvErased, StateNew}},
})

// The resume continues by the Resume event of the state left, or restarts.
var _ = declare(stateDef{
	State: StateResume,
	Question: func(t *turn) (string, []option) {
		return t.x.ResumeAsk, []option{
			{Value: "reprendre", Label: t.x.ResumeContinue, Words: append([]string{"continuer", "reprendre", "la suite"}, yesWords...)},
			{Value: "recommencer", Label: t.x.ResumeRestart, Words: []string{"recommencer", "reset", "depuis le debut", "non"}},
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
		t.say(t.x.Ended)
		return nil
	}
	if t.d.deps.Relay != nil && t.text != "" {
		if err := t.d.deps.Relay.ToAdvisor(t.ctx, b, t.text); err != nil {
			return err
		}
		t.suggestToAdvisor(b)
		t.say(t.x.Relayed)
		return nil
	}
	if t.in.Choice == "" && t.text != "" && t.r.prep.Caller == "" {
		// « en fait j'ai 54 ans » after the booking: kept, and the
		// visitor told whether the booked organisation still fits.
		before := t.facts()
		if f := t.analyse(); len(f.Candidates) > 0 && f.Departement == "" && !f.Outside {
			// « j'ai déménagé à Saint-Denis »: which one decides whether
			// the booking still fits; the place known is kept meanwhile
			// (merged, the homonyms emptied it and the route with it).
			t.say(texts.Fill(t.x.FollowWhichCommune, t.x.ListOr(f.Candidates...)))
			return nil
		}
		after := before.Merge(t.analyse())
		if after.Status != before.Status || after.Age != before.Age || after.Departement != before.Departement ||
			after.Commune != before.Commune && after.Commune != "" ||
			!same(after.Handicap, before.Handicap) || !same(after.Cadre, before.Cadre) {
			t.absorb(t.analyse())
			f := t.facts()
			d := routing.Route(f)
			if d.Operator != "" && d.Operator != b.OperatorKind && !slices.Contains(d.Alternatives, b.OperatorKind) {
				t.say(texts.Fill(t.x.FollowReroute, t.operatorName(d.Operator, false)))
				return nil
			}
			if name := t.otherRegionOperator(b, f); name != "" {
				// « j'ai déménagé à Lyon » after a booking with the
				// regional operator of Centre-Val de Loire: the kind is
				// the same but that operator serves its own region only.
				t.say(texts.Fill(t.x.FollowReroute, name))
				return nil
			}
			if d.Operator != "" && d.Operator != b.OperatorKind && d.Operator != routing.Route(before).Operator {
				// « ah et j'ai une RQTH » after a booking with the
				// regional operator: the booking still fits, and Cap
				// emploi, now first, is said too. A first choice that
				// has not changed (an agent public who chose France
				// Travail, then « en fait j'ai 54 ans ») was already
				// offered and declined: not said again.
				t.say(texts.Fill(t.x.FollowAlso, t.operatorName(d.Operator, false)))
				return nil
			}
			if capEmployNewAlternative(before, f, d, b.OperatorKind) {
				// An agent public's RQTH after the booking: Cap emploi is
				// one of their confidential alternatives now, said as it
				// is to a private employee (persona fx1).
				t.say(texts.Fill(t.x.FollowAlso, t.operatorName(routing.CapEmploi, false)))
				return nil
			}
			if msg := t.farBookingAfterMove(b, before); msg != "" {
				t.say(msg)
				return nil
			}
			t.say(t.x.FollowNoted)
		} else if statusEnded(t.normText()) {
			t.say(t.x.FollowStatusEnded)
			return nil
		}
	}
	t.say(texts.Fill(t.x.Follow, t.date(b.Start.In(bookingLocation(t, b)))))
	return nil
}

// otherRegionOperator names the operator of the booked kind that serves
// the visitor's region when the booked operator covers other regions only
// (a move after the booking), else "".
func (t *turn) otherRegionOperator(b *bot.Booking, f analysis.Facts) string {
	region := geo.RegionOf(f.Departement)
	if region == "" || t.d.deps.Bookings == nil {
		return ""
	}
	dir := t.d.deps.Bookings.Directory()
	a := dir.Agency(b.AgencyID)
	if a == nil {
		return ""
	}
	op := dir.Operator(a.OperatorID)
	if op == nil || len(op.Regions) == 0 || slices.Contains(op.Regions, region) {
		return ""
	}
	name := t.x.OperatorNames[op.Kind]
	if ops := dir.OperatorsOfKind(op.Kind, region); len(ops) > 0 {
		name = texts.Fill(t.x.OrientNamed, name, ops[0].Name)
	}
	return name
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
		return t.x.NoBooking, nil
	}
	line := t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start.In(bookingLocation(t, b)), b.End.In(bookingLocation(t, b)))
	return texts.Fill(t.x.ManageAsk, line+texts.Fill(t.x.ApptRef, b.Ref)), []option{
		{Value: "garder", Label: t.x.ManageKeep, Words: []string{"garder", "rien", "ok"}},
		{Value: "deplacer", Label: t.x.ManageMove, Words: []string{"deplacer", "changer", "modifier", "decaler", "reporter"}},
		{Value: "annuler", Label: t.x.ManageCancel, Words: []string{"annuler", "supprimer", "annulation"}},
	}
}

func handleManage(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(t.x.NoBooking)
		return t.goTo(EvStop)
	}
	switch o.Value {
	case "deplacer":
		t.startMove(b)
		return t.goTo(EvMove)
	case "annuler":
		return t.goTo(EvAskCancel)
	}
	t.say(t.x.Kept)
	return t.goTo(EvKeep)
}

func handleCancel(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value != "oui" {
		t.say(t.x.Kept)
		return t.goTo(EvKeep)
	}
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(t.x.NoBooking)
		return t.goTo(EvCancelled)
	}
	c, err := t.d.deps.Bookings.SetStatus(t.ctx, b.Ref, bot.StatusCancelled)
	if err != nil {
		return err
	}
	t.r.Booking = ""
	t.say(texts.Fill(t.x.Cancelled, c.Ref))
	t.attach(bot.Attachment{Name: t.x.ICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(c)})
	return t.goTo(EvCancelled)
}

func handleErase(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value != "oui" {
		// Declining closes the confirmation and returns to the interrupted
		// question, like closing a dialog box (its entry action does not
		// run again).
		t.say(t.x.NotErased)
		prev := t.r.Resume
		t.r.Resume = ""
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
	t.r = record{Lang: t.r.Lang}
	t.factsChanged()
	t.s.Seen = t.s.Seen[:0]
	t.say(t.x.Erased)
	return t.goTo(EvErased)
}

func handleResume(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "recommencer" {
		return t.command(cmdStart)
	}
	prev := t.r.Resume
	t.r.Resume = ""
	if (prev == StateContact || prev == StateContactDetail || prev == StateConfirm) && t.pickPast() {
		// Back days later: the time chosen is over, other times are offered.
		t.say(t.x.SlotPast)
		if err := t.releaseHold(); err != nil {
			return err
		}
		prev = StateSlot
	}
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
	if prev := t.r.Resume; prev != "" && t.in.Choice == "" && slices.Contains(resumeWords, withoutFillers(normalise(t.text))) {
		// after /stop, « reprendre »: the question left, facts kept
		t.r.Resume = ""
		if d := registry[prev]; d != nil && d.Resume != "" && t.can(d.Resume) {
			return t.goTo(d.Resume)
		}
	}
	t.say(t.x.Ended)
	return nil
}

// resumeWords continue after /stop.
var resumeWords = []string{"reprendre", "je reprends", "on reprend", "reprenons", "reprise", "continuer", "je continue", "on continue",
	"continuons", "la suite", "resume", "continue", "go on"}

// followChange takes a message after the booking that asks to move or
// cancel it (bookingChangeAsked), before it is read as a question or
// relayed to the advisor: /rdv's move or cancel, in words.
func (t *turn) followChange() (bool, error) {
	change := t.bookingChangeAsked()
	if change == changeNone {
		return false, nil
	}
	b, err := t.activeBooking()
	if err != nil || b == nil {
		return err != nil, err
	}
	switch change {
	case changeMove:
		// The day or part of the day said with it (« à lundi
		// après-midi ») narrows the slots offered.
		if t.keepWish() && t.r.Wish.part() == anyTime && t.r.Wish.day() == b.Start.In(bookingLocation(t, b)).Weekday() {
			// « décaler mon rdv de vendredi »: the day named is the
			// booked one, no wish.
			t.r.Wish = 0
		}
		t.startMove(b)
		return true, t.goTo(EvMove)
	case changeCancel:
		return true, t.goTo(EvAskCancel)
	}
	return true, t.goTo(EvManage)
}

// startMove prepares the move of a booking: same agency, organisation, way
// to meet and contact, the same advisor offered first — unless the visitor
// has moved house since (nearerAgencyAfterMove).
func (t *turn) startMove(b *bot.Booking) {
	t.r.Moving, t.r.Agency, t.r.Operator, t.r.Modality = true, b.AgencyID, b.OperatorKind, b.Modality
	t.r.Contact, t.r.PrevAdvisor = b.Contact, b.AdvisorID
	t.nearerAgencyAfterMove(b)
}

// farBookingAfterMove says, after a move told once the booking is made,
// that the appointment on site is now far from home and how to move it to
// a nearer agency (/rdv: nearerAgencyAfterMove), or "" when the place did
// not change or the appointment is near, by phone or by video.
func (t *turn) farBookingAfterMove(b *bot.Booking, before analysis.Facts) string {
	f := t.facts()
	if b.Modality != string(directory.OnSite) || f.Departement == before.Departement && f.Commune == before.Commune {
		return ""
	}
	a := t.d.deps.Bookings.Directory().Agency(b.AgencyID)
	if a == nil {
		return ""
	}
	km, ok := t.agencyKm(a)
	if !ok || km < farKm {
		return ""
	}
	return fmt.Sprintf(t.x.FollowFar, t.x.A(agencyTown(a)), roundKm(km))
}

// nearerAgencyAfterMove: a visitor who told a move after the booking
// (« j'ai déménagé à Blois ») and moves an appointment on site that is now
// far from home (farKm) is offered the nearest agency of the same
// organisation that meets on site, said so, instead of the same advisor
// 60 km away. An appointment by phone or video keeps its agency.
func (t *turn) nearerAgencyAfterMove(b *bot.Booking) {
	a := t.agency()
	if a == nil || b.Modality != string(directory.OnSite) {
		return
	}
	km, ok := t.agencyKm(a)
	if !ok || km < farKm {
		return
	}
	var onSite []*directory.Agency
	for _, c := range t.agenciesFor(b.OperatorKind) {
		if slices.Contains(c.Modalities, directory.OnSite) {
			onSite = append(onSite, c)
		}
	}
	if len(onSite) == 0 {
		return
	}
	n := t.nearestAgency(onSite)
	if nk, ok := t.agencyKm(n); n.ID == a.ID || !ok || nk >= km {
		return
	}
	t.r.Agency, t.r.PrevAdvisor = n.ID, ""
	t.say(fmt.Sprintf(t.x.SlotNearerAgency, t.x.A(agencyTown(a)), roundKm(km), t.x.De(agencyTown(n))))
}

// What a message typed after the booking asks of it.
const (
	changeNone   = iota
	changeMove   // « je voudrais décaler mon rdv », « un autre créneau »
	changeCancel // « annulez mon rendez-vous »
	changeEither // « je ne pourrai pas venir »: move or cancel, asked
)

// Cues of a change of the booking (normalised, between spaces; stems
// after a space).
var (
	apptNouns   = []string{" rdv ", " rendez vous ", " rendezvous ", " creneau", " date ", " heure ", " horaire", " jour ", " entretien "}
	moveVerbs   = []string{" decal", " deplac", " report", " avancer ", " avance ", " changer ", " change ", " modifier ", " bouger "}
	cancelVerbs = []string{" annul", " supprimer mon rdv ", " supprimer mon rendez vous ", " supprimer le rdv ", " supprimer le rendez vous "}
	cantCome    = []string{" pourrai pas venir ", " pourrais pas venir ", " peux pas venir ", " peux plus venir ", " pourrai pas etre la ",
		" pourrai pas etre present", " pourrai pas y aller ", " pourrai pas m y rendre ", " serai pas la ", " serai pas disponible ",
		" serai pas dispo ", " un empechement ", " empechee ", " empeche "}
	// keepCues deny a change (« je ne veux pas l'annuler », « je le garde »).
	keepCues = []string{" pas annul", " pas l annul", " pas decal", " pas le decal", " pas deplac", " pas le deplac", " pas report",
		" pas le report", " pas change", " pas modifi", " le garde", " le garder ", " le maintenir ", " maintenu"}
)

// bookingChangeAsked reads a typed message after the booking that asks to
// move or cancel it, as /rdv would: a verb of moving or cancelling with the
// appointment named (a verb alone, « changer de métier », is something
// else), or « je ne pourrai pas venir ». A denial keeps it.
func (t *turn) bookingChangeAsked() int {
	if t.in.Choice != "" || t.text == "" || strings.HasPrefix(t.text, "/") {
		return changeNone
	}
	n := t.paddedNorm()
	if containsAny(n, keepCues) {
		return changeNone
	}
	noun := containsAny(n, apptNouns)
	switch {
	case containsAny(n, cancelVerbs) && (noun || t.wordCount() <= 3):
		return changeCancel
	case containsAny(n, moveVerbs) && noun:
		return changeMove
	case containsAny(n, cantCome):
		return changeEither
	}
	return changeNone
}
