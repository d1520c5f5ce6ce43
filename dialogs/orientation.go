package dialogs

// Orientation and information sessions: the operator that can accompany
// the visitor, its alternatives, and the collective sessions.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// The states of the orientation.
const (
	StateOrient   State = "orientation"
	StateSessions State = "reunions"
)

// The events of the orientation.
const (
	EvChooseOp   Event = "choisir_operateur"
	EvSessions   Event = "voir_reunions"
	EvBackOrient Event = "revenir_orientation"
)

var _ = declare(stateDef{
	State:     StateOrient,
	Question:  orientQuestion,
	Answer:    handleOrient,
	Resumable: true, Resume: EvConfirmFacts,
	Moves: []move{{EvChooseOp, StateModality}, {EvSessions, StateSessions}, {EvCorrect, StateCorrect}},
})

var _ = declare(stateDef{
	State:     StateSessions,
	Question:  sessionsQuestion,
	Enter:     enterSessions,
	Answer:    handleSessions,
	Resumable: true,
	// The offers are stale after a day: back to the orientation.
	Resume: EvConfirmFacts,
	Moves:  []move{{EvBackOrient, StateOrient}},
})

func orientQuestion(t *turn) (string, []option) {
	f := factsOf(t.s)
	dec := routing.Route(f)
	switch {
	case dec.OutOfScope == "etudiant":
		return txtStudent, []option{
			{Value: "fix", Label: txtRecapFix, Words: []string{"corriger", "modifier"}},
			{Value: "later", Label: txtFinish, Words: []string{"terminer", "fin", "merci"}},
		}
	case dec.OutOfScope == "hors_regions" || f.Outside:
		return txtOutside, []option{
			{Value: "fix", Label: txtRecapFix, Words: []string{"corriger", "modifier"}},
			{Value: cmdPrefix + cmdHuman, Label: txtHumanOffer},
		}
	case dec.Operator == "":
		return txtStatusExample, []option{{Value: "fix", Label: txtRecapFix, Words: []string{"corriger"}}}
	}
	label := operatorLabels[dec.Operator]
	if dec.Operator == "operateur_regional" && t.d.deps.Bookings != nil && !t.optionsOnly {
		// Name it: « Avenir Actifs Bretagne » says more than a category.
		if ops := t.d.deps.Bookings.Directory().OperatorsOfKind(dec.Operator, f.Region); len(ops) > 0 {
			label += " (" + ops[0].Name + ")"
		}
	}
	lines := []string{fmt.Sprintf(txtOrientIntro, label)}
	if len(dec.Reasons) > 0 {
		lines = append(lines, fmt.Sprintf(txtOrientWhy, strings.Join(dec.Reasons, " ")))
	}
	opts := []option{{Value: "op:" + dec.Operator, Label: fmt.Sprintf(txtOrientBook, operatorShort[dec.Operator]), Words: yesWords}}
	var alts []string
	for _, a := range dec.Alternatives {
		if a == dec.Operator || operatorShort[a] == "" {
			continue
		}
		alts = append(alts, operatorShort[a])
		opts = append(opts, option{Value: "op:" + a, Label: fmt.Sprintf(txtOrientAltBook, operatorShort[a])})
	}
	if len(alts) > 0 {
		lines = append(lines, fmt.Sprintf(txtOrientAlt, strings.Join(alts, ", ")))
	}
	if cs := knowledge.ForOrientation(f.ProjectOrDefault(), f.Status); len(cs) > 0 && !t.optionsOnly {
		var titles []string
		for _, c := range cs {
			titles = append(titles, "• "+c.Title)
		}
		lines = append(lines, txtOrientCards+"\n"+strings.Join(titles, "\n")+"\n"+txtOrientAsk)
	}
	if t.can(EvSessions) && t.d.deps.Bookings != nil && len(t.d.deps.Bookings.Directory().SessionsFor(dec.Operator, f.Departement)) > 0 {
		opts = append(opts[:1], append([]option{{Value: "sessions", Label: txtOrientSessions, Words: []string{"reunion", "reunions", "reunion d information", "information collective"}}}, opts[1:]...)...)
	}
	opts = append(opts, option{Value: "later", Label: txtOrientLater, Words: []string{"non", "plus tard", "pas maintenant", "non merci"}})
	return strings.Join(lines, "\n"), opts
}

func handleOrient(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	switch {
	case o.Value == "later":
		t.say(txtLater)
		return t.goTo(EvStop)
	case o.Value == "fix":
		return t.goTo(EvCorrect)
	case o.Value == "sessions":
		return t.goTo(EvSessions)
	case strings.HasPrefix(o.Value, "op:"):
		kind := strings.TrimPrefix(o.Value, "op:")
		ags := t.d.deps.Bookings.Directory().AgenciesFor(kind, t.s.Get(varDep))
		if len(ags) == 0 {
			t.say(fmt.Sprintf(txtNoAgency, operatorShort[kind]))
			return t.ask()
		}
		t.s.Set(varOperator, kind)
		t.s.Set(varAgency, ags[0].ID)
		return t.goTo(EvChooseOp)
	}
	return t.ask()
}

const varSessions = "ses" // offered session occurrences: "id|seats left;…"

func enterSessions(t *turn) error {
	f := factsOf(t.s)
	kind := routing.Route(f).Operator
	offers, err := t.d.deps.Bookings.NextSessions(t.ctx, kind, f.Departement, 3)
	if err != nil {
		return err
	}
	parts := make([]string, len(offers))
	for i, o := range offers {
		parts[i] = o.ID() + "|" + strconv.Itoa(o.Left())
	}
	t.s.Set(varSessions, strings.Join(parts, ";"))
	return nil
}

func sessionsQuestion(t *turn) (string, []option) {
	var opts []option
	for i, p := range strings.Split(t.s.Get(varSessions), ";") {
		id, left, ok := strings.Cut(p, "|")
		occ, found := t.d.deps.Bookings.Occurrence(id)
		if !ok || !found {
			continue
		}
		n, _ := strconv.Atoi(left)
		where := txtSessionOnline
		if occ.Session.Visio == "" {
			if a := t.d.deps.Bookings.Directory().Agency(occ.Session.AgencyID); a != nil {
				where = a.Address
			}
		}
		label := upperFirst(fmt.Sprintf(txtSessionLine, frDate(occ.Start, t.now), where, n)) + " : " + occ.Session.Title
		opts = append(opts, option{Value: "r" + strconv.Itoa(i), Label: label})
	}
	back := option{Value: "back", Label: txtSessionsBack, Words: []string{"retour", "non", "annuler"}}
	if len(opts) == 0 {
		return txtSessionsNone, []option{back}
	}
	return txtSessionsAsk, append(opts, back)
}

func handleSessions(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "back" {
		return t.goTo(EvBackOrient)
	}
	i, _ := strconv.Atoi(strings.TrimPrefix(o.Value, "r"))
	parts := strings.Split(t.s.Get(varSessions), ";")
	if i < 0 || i >= len(parts) {
		return t.ask()
	}
	id, _, _ := strings.Cut(parts[i], "|")
	occ, found := t.d.deps.Bookings.Occurrence(id)
	if !found {
		return t.ask()
	}
	req := t.request(routing.Route(factsOf(t.s)).Operator)
	req.Ref = booking.Reference(t.visitor(), occ.ID())
	b, err := t.d.deps.Bookings.Register(t.ctx, occ, req)
	if errors.Is(err, booking.ErrFull) {
		t.say(txtSessionFull)
		if err := enterSessions(t); err != nil {
			return err
		}
		t.s.Step++
		return t.ask()
	}
	if err != nil {
		return err
	}
	where := txtSessionOnline + " (" + occ.Session.Visio + ")"
	if occ.Session.Visio == "" {
		if a := t.d.deps.Bookings.Directory().Agency(occ.Session.AgencyID); a != nil {
			where = "à " + a.Name + ", " + a.Address
		}
	}
	t.say(fmt.Sprintf(txtRegistered, occ.Session.Title, frDate(occ.Start, t.now)+", "+where, b.Ref))
	t.attach(bot.Attachment{Name: txtICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(b)})
	t.say(txtAlsoBook)
	return t.goTo(EvBackOrient)
}
