package dialogs

// Orientation and information sessions: the operator that can accompany
// the visitor, its alternatives, and the collective sessions.

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
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

// opValue is the button value that books with an operator kind; the
// kinds of the directory get a constant (no concatenation per turn).
func opValue(kind string) string {
	switch kind {
	case "france_travail":
		return "op:france_travail"
	case "mission_locale":
		return "op:mission_locale"
	case "cap_emploi":
		return "op:cap_emploi"
	case "apec":
		return "op:apec"
	case "operateur_regional":
		return "op:operateur_regional"
	case "employeur_public":
		return "op:employeur_public"
	}
	return "op:" + kind
}

func orientQuestion(t *turn) (string, []option) {
	f := t.facts()
	dec := t.route()
	switch {
	case dec.OutOfScope == "etudiant":
		return t.studentText(), []option{
			{Value: "fix", Label: t.x.RecapFix, Words: []string{"corriger", "modifier"}},
			{Value: "later", Label: t.x.Finish, Words: []string{"terminer", "fin", "merci"}},
		}
	case dec.OutOfScope == "hors_regions" || f.Outside:
		opts := []option{
			{Value: "fix", Label: t.x.RecapFix, Words: []string{"corriger", "modifier"}},
			{Value: cmdPrefix + cmdHuman, Label: t.x.HumanOffer},
		}
		outside := t.x.Outside
		if t.r.Flags&flagOutsideSaid != 0 {
			// Said already at the place question or the homonym choice:
			// « C'est exact » repeated it under new buttons. Once is
			// enough; what the visitor can do now is whom to reach, as
			// the other ends of the flow give it (persona q28a).
			outside = t.contacts("").Render(t.x.Reach)
		}
		if f.MoveTo != "" && geo.RegionOf(f.MoveTo) != "" {
			// « je vis au Canada, je reviens m'installer à Bordeaux en
			// mars »: the home to come in France is offered to book near,
			// as the place question offers it for a move within France
			// (issue 13, persona q26a); before, only the contacts for
			// abroad
			name := geo.DepartementName(f.MoveTo) + ", " + f.MoveTo
			move := option{Value: "dep:" + f.MoveTo, Label: texts.Fill(t.x.HomeMovingTo, name), Words: []string{"futur domicile", "la bas", "future home"}}
			return outside + "\n" + texts.Fill(t.x.OutsideMoving, name), append([]option{move}, opts...)
		}
		return outside, opts
	case dec.Operator == "":
		return t.x.StatusExample, []option{
			{Value: "fix", Label: t.x.RecapFix, Words: []string{"corriger"}},
			{Value: cmdPrefix + cmdHuman, Label: t.x.HumanOffer},
		}
	}
	label := t.operatorName(dec.Operator, false)
	if dec.Operator == "operateur_regional" && t.d.deps.Bookings != nil && !t.optionsOnly {
		// Name it: « Avenir Actifs Bretagne » says more than a category.
		if ops := t.d.deps.Bookings.Directory().OperatorsOfKind(dec.Operator, f.Region); len(ops) > 0 {
			label = texts.Fill(t.x.OrientNamed, label, ops[0].Name)
		}
	}
	// Sized for the usual case (the booking, the sessions, two
	// alternatives, later): the options are built twice per turn, to match
	// the answer and to ask.
	var lineBuf [6]string
	lines := lineBuf[:0]
	discreet := t.discreetAlternatives(dec)
	switch {
	case t.optionsOnly:
	case len(discreet) > 0:
		lines = append(lines, t.discreetLines(label, discreet)...)
	default:
		lines = append(lines, t.orientIntro(label))
		if len(dec.Reasons) > 0 {
			lines = append(lines, texts.Fill(t.x.OrientWhy, t.reasons(dec)))
		}
		if f.Status == "salarie_prive" && privateLawAtPublicEmployer(t.r.Request) {
			// « apprentie à la mairie » read « Vous êtes salarié(e) du
			// privé » with no word on the mairie (cep-domain.md §1.3
			// row 8: private-law contracts of public employers)
			lines = append(lines, t.x.PrivateLawAtPublic)
		} else if f.Status == "salarie_prive" && f.Why.Status.How != analysis.HowQuestion && f.Why.Status.How != analysis.HowCorrection &&
			t.r.Proxy == "" && containsAny(" "+normalise(t.r.Request)+" ", privateLawPublicBodies) {
			// « je travaille à La Poste »: private law mostly, fonctionnaires
			// too; the way to say so is given (a correction re-routes)
			lines = append(lines, t.x.PrivateLawBodies)
		}
	}
	opts := make([]option, 1, 3+len(dec.Alternatives))
	opts[0] = option{Value: opValue(dec.Operator), Label: texts.Fill(t.x.OrientBook, t.operatorName(dec.Operator, true)), Words: bookWords}
	if len(discreet) > 0 {
		// The visitor asked that the employer not know: the confidential
		// alternatives come first, booked by « oui » or « un rdv », the
		// employer after them.
		opts = opts[:0]
		for i, a := range discreet {
			o := option{Value: opValue(a), Label: texts.Fill(t.x.OrientAltBook, t.x.OperatorShort[a])}
			if i == 0 {
				o.Label, o.Words = texts.Fill(t.x.OrientBook, t.x.OperatorShort[a]), bookWords
			}
			opts = append(opts, o)
		}
		if t.canBookWith(dec.Operator) {
			opts = append(opts, option{Value: opValue(dec.Operator), Label: texts.Fill(t.x.OrientAltBook, t.operatorName(dec.Operator, true))})
		}
		if t.can(EvSessions) && t.d.deps.Bookings != nil && len(t.d.deps.Bookings.Directory().SessionsFor(discreet[0], f.Departement)) > 0 {
			opts = slices.Insert(opts, 1, option{Value: "sessions", Label: t.x.OrientSessions, Words: sessionsWords})
		}
		return t.orientEnd(lines, opts)
	}
	if mv, ok := t.movingOption(); ok {
		// « j'habite à Tours, je vais déménager à Lyon en janvier »: the
		// organisation above is the one of the home today; the one near
		// the home to come can be chosen instead.
		if !t.optionsOnly {
			lines = append(lines, texts.Fill(t.x.OrientMoving, geo.DepartementName(f.MoveTo)+", "+f.MoveTo))
		}
		opts = append(opts, mv)
	}
	altBook := t.x.OrientAltBook
	noFirst := !t.canBookWith(dec.Operator)
	if noFirst {
		if !t.optionsOnly {
			lines = append(lines, t.noPublicAgency())
		}
		opts = opts[:0]
		// no first choice to prefer to: « Plutôt avec » would say one
		altBook = t.x.OrientBook
	}
	var alts []string
	for _, a := range dec.Alternatives {
		if a == dec.Operator || t.x.OperatorShort[a] == "" {
			continue
		}
		alts = append(alts, t.x.OperatorShort[a])
		opts = append(opts, option{Value: opValue(a), Label: texts.Fill(altBook, t.x.OperatorShort[a])})
	}
	// With no first choice, NoPublicAgency has already pointed to the
	// organisations below: « Vous pouvez aussi choisir » would offer them
	// « also » after nothing. Row 1's reasons name them already (« Si
	// vous préférez ne pas passer par votre employeur, … à France
	// Travail »): not a second time.
	namedInReasons := dec.Rule == 1 && dec.Operator == routing.EmployeurPublic && len(dec.Reasons) > 1
	if len(alts) > 0 && !t.optionsOnly && !noFirst && !namedInReasons {
		if your, _ := t.proxy(); your != "" {
			// for a relative the choice is theirs to make with the visitor
			lines = append(lines, texts.Fill(t.x.ProxyOrientAlt, t.x.ListOr(alts...), your))
		} else {
			lines = append(lines, texts.Fill(t.x.OrientAlt, t.x.ListOr(alts...)))
		}
	}
	if t.can(EvSessions) && len(opts) > 0 && t.d.deps.Bookings != nil && len(t.d.deps.Bookings.Directory().SessionsFor(dec.Operator, f.Departement)) > 0 {
		opts = slices.Insert(opts, 1, option{Value: "sessions", Label: t.x.OrientSessions, Words: sessionsWords})
	}
	return t.orientEnd(lines, opts)
}

// movingOption is the button for the home to come, in another
// département of the regions than the home today.
func (t *turn) movingOption() (option, bool) {
	f := t.facts()
	if f.MoveTo == "" || f.MoveTo == f.Departement || f.Outside || geo.RegionOf(f.MoveTo) == "" {
		return option{}, false
	}
	name := geo.DepartementName(f.MoveTo) + ", " + f.MoveTo
	return option{Value: "dep:" + f.MoveTo, Label: texts.Fill(t.x.HomeMovingTo, name),
		Words: []string{"futur domicile", "pres de mon futur domicile", "pres du futur domicile", "la bas", "future home", normalise(geo.DepartementName(f.MoveTo))}}, true
}

// orientEnd adds to the orientation's lines the cards of the profile and
// to its options « Pas maintenant ».
func (t *turn) orientEnd(lines []string, opts []option) (string, []option) {
	// The options alone (to match an answer) need no cards: the profile
	// (the request's situations) is read only for the text.
	if !t.optionsOnly && !t.short {
		if cs := knowledge.ForProfile(t.profile()); len(cs) > 0 {
			cards := t.orientCards()
			n := len(cards) + len("\n") + len(t.x.OrientAsk)
			for _, c := range cs {
				n += len("\n• ") + len(c.Title)
			}
			var b strings.Builder
			b.Grow(n) // one allocation, not one per doubling
			b.WriteString(cards)
			for _, c := range cs {
				b.WriteString("\n• ")
				b.WriteString(c.Title)
			}
			b.WriteString("\n")
			b.WriteString(t.x.OrientAsk)
			lines = append(lines, b.String())
		}
	}
	opts = append(opts, option{Value: "later", Label: t.x.OrientLater, Words: laterWords})
	if t.short {
		// A question was just answered: the orientation is not printed
		// again, only what can be done now.
		return t.x.QuestionNext, opts
	}
	return strings.Join(lines, "\n"), opts
}

// bookWords take the operator proposed first: yes, or asking for the
// appointment or the way to meet (« en visio », « par téléphone »), which
// is asked next.
var bookWords = append([]string{"rendez vous", "prendre rendez vous", "un rendez vous", "rdv", "prendre rdv", "visio", "en visio",
	"telephone", "par telephone", "au telephone", "sur place", "appointment", "book", "by phone", "phone", "video", "in person"}, yesWords...)

// operatorWords name each operator in a visitor's words (normalised).
var operatorWords = map[string][]string{
	"cap_emploi": {"cap emploi"}, "france_travail": {"france travail", "pole emploi"}, "mission_locale": {"mission locale"},
	"apec": {"apec"}, "operateur_regional": {"operateur regional", "avenir actifs"}, "employeur_public": {"employeur", "mon administration"},
}

// operatorInWords is the operator of the route (proposed or alternative)
// that the visitor names (« plutôt France Travail », « finalement je
// préfère Cap emploi »).
func (t *turn) operatorInWords() (string, bool) {
	if t.in.Choice != "" || t.text == "" {
		return "", false
	}
	dec := t.route()
	n := t.paddedNorm()
	if strings.Contains(n, " pas ") || strings.Contains(n, " non ") || strings.Contains(n, " jamais ") || strings.Contains(n, " not ") {
		return "", false // « pas France Travail »
	}
	for _, kind := range append([]string{dec.Operator}, dec.Alternatives...) {
		for _, w := range operatorWords[kind] {
			if containsPadded(n, w) && t.canBookWith(kind) {
				return kind, true
			}
		}
	}
	return "", false
}

// keepAppointmentWishes keeps what a description says of the appointment
// wished (« je préfère un rendez-vous en visio le mardi matin »): the way
// to meet and the day, used when the booking starts. Only a sentence that
// speaks of the appointment is read: « je travaille le matin » is no wish.
func (t *turn) keepAppointmentWishes() {
	// Read as written: an English description is restated in French for
	// the analysis, and « an appointment by video » would be lost.
	restated := t.text
	t.text = t.original()
	defer func() { t.text = restated }()
	if !t.asksBooking() {
		return
	}
	t.keepWish()
	if m, _ := t.typedModality(); m != "" {
		t.r.WishedWay = m
	}
}

// bookingCues ask for an appointment inside a sentence (« je voudrais un
// rdv par téléphone »), normalised, between spaces.
var bookingCues = []string{" rdv ", " rendez vous ", " rendezvous ", " appointment ", " rencontrer un conseiller ",
	" voir un conseiller ", " parler a un conseiller "}

// asksBooking: a typed sentence asks for an appointment, not negated
// (« pas de rdv pour l'instant » is not).
func (t *turn) asksBooking() bool {
	if t.in.Choice != "" || t.text == "" {
		return false
	}
	// The whole message first: normalise makes the clause breaks below
	// spaces, so a clause holds a cue only if the whole message does (most
	// messages hold none, and each clause was normalised again).
	if !containsAny(t.paddedNorm(), bookingCues) {
		return false
	}
	// Read clause by clause: « je n'ai pas de RQTH, je voudrais un rdv »
	// asks for one.
	for _, c := range strings.FieldsFunc(t.text, func(r rune) bool { return strings.ContainsRune(",.;!?\n", r) }) {
		n := " " + normalise(c) + " "
		if containsAny(n, bookingCues) && !containsAny(n, []string{" pas ", " non ", " jamais ", " not ", " no ", " plus tard "}) {
			return true
		}
	}
	return false
}

// operatorNotForYou answers a visitor who names an organisation the route
// does not offer them (« je préfère France Travail » for an employee):
// it says who can accompany them instead, and the question is asked again
// without reprinting the orientation. It reports whether it answered.
func (t *turn) operatorNotForYou() bool {
	if t.in.Choice != "" || t.text == "" {
		return false
	}
	dec := t.route()
	if dec.Operator == "" {
		return false
	}
	n := t.paddedNorm()
	if containsAny(n, []string{" pas ", " non ", " jamais ", " not "}) {
		return false
	}
	for _, kind := range []string{"france_travail", "mission_locale", "cap_emploi", "apec", "operateur_regional"} {
		if kind == dec.Operator || slices.Contains(dec.Alternatives, kind) {
			continue
		}
		for _, w := range operatorWords[kind] {
			if !containsPadded(n, w) {
				continue
			}
			named, ours := texts.UpperFirst(t.x.OperatorShort[kind]), t.operatorName(dec.Operator, true)
			if your, _ := t.proxy(); your != "" {
				t.say(texts.Fill(t.x.ProxyOperatorNotFor, named, your, ours))
			} else {
				t.say(texts.Fill(t.x.OperatorNotFor, named, ours))
			}
			t.short = true
			return true
		}
	}
	return false
}

// onlyBookable is the operator of the one booking button of the
// orientation, if there is exactly one.
func (t *turn) onlyBookable() (string, bool) {
	kind, n := "", 0
	for _, o := range t.options() {
		if k, ok := strings.CutPrefix(o.Value, "op:"); ok {
			kind, n = k, n+1
		}
	}
	return kind, n == 1
}

// chooseOperator books with kind at its nearest agency; false when the
// directory has none (it is said, and the question asked again).
func (t *turn) chooseOperator(kind string) bool {
	ags := t.agenciesFor(kind)
	if len(ags) == 0 {
		t.say(texts.Fill(t.x.NoAgency, t.x.De(t.x.OperatorShort[kind])))
		return false
	}
	t.r.Operator, t.r.Agency = kind, t.nearestAgency(ags).ID
	return true
}

// modalityAlone reports a short answer that only says how to meet
// (« plutôt par téléphone », « en visio si possible »): at the orientation it
// asks for the appointment, in that way; it was « Je n'ai pas compris ». A
// question (« votre numéro de téléphone ? ») or a negation (« pas par
// téléphone ») is not one.
func (t *turn) modalityAlone() bool {
	if t.in.Choice != "" || wordCount(t.text) > 6 || strings.Contains(t.text, "?") {
		return false
	}
	n := " " + t.normText() + " "
	if strings.Contains(n, " pas ") || strings.Contains(n, " sans ") || strings.Contains(n, " not ") {
		return false
	}
	m, _ := t.typedModality()
	return m != ""
}

func handleOrient(t *turn) error {
	// Asked again (not understood, no agency), the orientation read just
	// before is not printed again: only what can be done now.
	t.short = true
	if done, err := t.studentWorksAtEnd(); done {
		return err
	}
	if !t.matchesOption() {
		kind, ok := t.operatorInWords()
		if !ok && (t.asksBooking() || t.wishesTime() || t.modalityAlone()) {
			if d := t.discreetAlternatives(t.route()); len(d) > 0 {
				// the confidential alternative offered first
				kind, ok = d[0], true
			} else if op := t.route().Operator; t.canBookWith(op) {
				kind, ok = op, true
			} else {
				// The organisation competent cannot be booked here (an
				// employer): « je voudrais un rdv » means the one offered.
				kind, ok = t.onlyBookable()
			}
		}
		if ok {
			if !t.chooseOperator(kind) {
				return t.ask()
			}
			return t.bookChosen()
		}
		if t.operatorNotForYou() {
			return t.ask()
		}
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	switch {
	case o.Value == "later":
		return t.laterExit()
	case o.Value == "fix":
		return t.goTo(EvCorrect)
	case o.Value == "sessions":
		return t.goTo(EvSessions)
	case strings.HasPrefix(o.Value, "dep:"):
		// the home to come in France, chosen from outside the regions or
		// from the home today: the orientation is given again for that
		// département, and the choices made for the former one go
		d := strings.TrimPrefix(o.Value, "dep:")
		t.r.Operator, t.r.Agency, t.r.Modality, t.r.Offers, t.r.Pick = "", "", "", nil, nil
		t.r.Facts.Commune = ""
		p := analysis.Facts{Departement: d, Region: geo.RegionOf(d)}
		p.Why.Place = askedOrigin
		t.absorb(p)
		t.short = false
		return t.ask()
	case strings.HasPrefix(o.Value, "op:"):
		if !t.chooseOperator(strings.TrimPrefix(o.Value, "op:")) {
			return t.ask()
		}
		return t.bookChosen()
	}
	return t.ask()
}

// wishesTime reports a day or a time of day typed at the orientation
// question (« jeudi matin si possible », « vers 10h »): it answers when to
// meet, so it asks for an appointment; before, « je n'ai pas compris » and
// the time was lost (persona pe4). A question (« vous êtes ouverts le
// samedi ? ») asks something else. The wish is kept.
func (t *turn) wishesTime() bool {
	if t.in.Choice != "" || strings.Contains(t.text, "?") {
		return false
	}
	return t.keepWish() || t.keepClockWish()
}

// bookChosen goes on to the booking with the operator chosen. What the
// message already says of the appointment is not asked again: the way to
// meet (« rdv en visio ») leads straight to the slots, a day or part of
// the day (« rdv jeudi matin ») chooses them.
func (t *turn) bookChosen() error {
	t.keepWish()
	m, offered := t.typedModality()
	if m == "" && t.r.WishedWay != "" {
		// asked for in the description (« je préfère un rendez-vous en
		// visio le mardi matin »)
		m = t.r.WishedWay
		offered = t.agencyOffers(directory.Modality(m))
	}
	t.r.WishedWay = ""
	if m == "" || !offered {
		if err := t.fire(EvChooseOp); err != nil {
			return err
		}
		if m != "" {
			t.say(texts.Fill(t.x.ModalityUnoffered, strings.ToLower(t.x.ModalityNames[m])))
		} else if t.r.Wish != 0 && t.in.Choice == "" {
			// the day or time typed is said back, as at the way to meet
			t.say(texts.Fill(t.x.WishNoted, t.wishText(t.r.Wish)))
		}
		return t.ask()
	}
	if err := t.fire(EvChooseOp); err != nil {
		return err
	}
	t.r.Modality = m
	t.say(texts.Fill(t.x.ModalityNoted, strings.ToLower(t.x.ModalityNames[m])))
	return t.goTo(EvChooseMod)
}

func enterSessions(t *turn) error {
	offers, err := t.d.deps.Bookings.NextSessions(t.ctx, t.route().Operator, t.r.Facts.Departement, 3)
	if err != nil {
		return err
	}
	t.r.Sessions = t.r.Sessions[:0]
	for _, o := range offers {
		t.r.Sessions = append(t.r.Sessions, sessionRef{ID: o.ID(), Left: o.Left()})
	}
	return nil
}

func sessionsQuestion(t *turn) (string, []option) {
	var opts []option
	for i, p := range t.r.Sessions {
		occ, found := t.d.deps.Bookings.Occurrence(p.ID)
		if !found {
			continue
		}
		n := p.Left
		where := t.x.SessionOnline
		if occ.Session.Visio == "" {
			if a := t.d.deps.Bookings.Directory().Agency(occ.Session.AgencyID); a != nil {
				where = a.Address
			}
		}
		label := texts.UpperFirst(fmt.Sprintf(t.x.SessionTitled, fmt.Sprintf(t.x.SessionLine, t.date(occ.Start), where, n), occ.Session.Title))
		opts = append(opts, option{Value: "r" + strconv.Itoa(i), Label: label})
	}
	back := option{Value: "back", Label: t.x.SessionsBack, Words: []string{"retour", "non", "annuler"}}
	if len(opts) == 0 {
		return t.x.SessionsNone, []option{back}
	}
	return t.x.SessionsAsk, append(opts, back)
}

func handleSessions(t *turn) error {
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "back" {
		return t.goTo(EvBackOrient)
	}
	i, _ := strconv.Atoi(strings.TrimPrefix(o.Value, "r"))
	if i < 0 || i >= len(t.r.Sessions) {
		return t.ask()
	}
	occ, found := t.d.deps.Bookings.Occurrence(t.r.Sessions[i].ID)
	if !found {
		return t.ask()
	}
	req := t.request(t.route().Operator)
	req.Ref = booking.Reference(t.visitor(), occ.ID())
	b, err := t.d.deps.Bookings.Register(t.ctx, occ, req)
	if errors.Is(err, booking.ErrFull) {
		t.say(t.x.SessionFull)
		if err := enterSessions(t); err != nil {
			return err
		}
		t.s.Step++
		return t.ask()
	}
	if err != nil {
		return err
	}
	where := texts.Fill(t.x.SessionVisio, occ.Session.Visio)
	if occ.Session.Visio == "" {
		if a := t.d.deps.Bookings.Directory().Agency(occ.Session.AgencyID); a != nil {
			where = texts.Fill(t.x.SessionAt, t.x.A(a.Name), a.Address)
		}
	}
	t.say(texts.Fill(t.x.Registered, occ.Session.Title, t.date(occ.Start)+", "+where, b.Ref))
	t.attach(bot.Attachment{Name: t.x.ICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(b)})
	t.say(t.x.AlsoBook)
	// The orientation was read just before: only what can be done now.
	t.short = true
	return t.goTo(EvBackOrient)
}

// Typed forms of two orientation buttons (normalised; shared, never
// modified).
var (
	sessionsWords = []string{"reunion", "reunions", "reunion d information", "information collective"}
	laterWords    = []string{"non", "plus tard", "pas maintenant", "non merci", "not now", "later"}
)

// privateLawAtPublicEmployer tells whether a description names a
// private-law contract (apprenticeship, contrat aidé) with a public
// employer (« apprentie à la mairie », « en PEC dans une école »).
func privateLawAtPublicEmployer(request string) bool {
	n := " " + normalise(request) + " "
	return containsAny(n, privateLawContracts) && containsAny(n, publicEmployerWords)
}

var (
	privateLawContracts = []string{" apprenti ", " apprentie ", " apprentissage ", " alternance ", " alternant ", " alternante ",
		" pec ", " contrat aide ", " cui ", " cae ", " parcours emploi competences ", " emploi aide "}
	// privateLawPublicBodies employ mostly private-law staff
	// (cep-domain.md §1.3 row 8), some fonctionnaires too.
	privateLawPublicBodies = []string{" caf ", " cpam ", " urssaf ", " carsat ", " msa ", " la poste ", " sncf ", " ratp ",
		" securite sociale ", " secu "}
	publicEmployerWords = []string{" mairie ", " commune ", " collectivite ", " conseil departemental ", " conseil regional ",
		" departement ", " region ", " communaute de communes ", " agglo ", " agglomeration ", " metropole ", " hopital ", " chu ",
		" centre hospitalier ", " ecole ", " college ", " lycee ", " prefecture ", " ministere ", " universite ", " rectorat ",
		" fonction publique ", " ccas ", " service public "}
)
