// Package dialogs is what cepbot says and understands: the reception
// dialogue of the CEP (a finite-state machine, its transition table derived
// from the declared states), the French text catalogue, and, in
// sub-packages, the request analysis and the routing table.
package dialogs

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Bookings is what the dialogue needs from the booking service.
type Bookings interface {
	Directory() *directory.Directory
	Offers(ctx context.Context, r booking.OfferRequest) ([]agenda.Slot, error)
	Hold(ctx context.Context, visitor string, sl agenda.Slot, anyAdvisor bool) (agenda.Slot, error)
	Release(ctx context.Context, agencyID, visitor string) error
	Unchecked(agencyID, advisorID string) bool
	Book(ctx context.Context, r booking.Request) (*bot.Booking, error)
	Active(ctx context.Context, visitor string) (*bot.Booking, error)
	SetStatus(ctx context.Context, ref, status string) (*bot.Booking, error)
	Urgent(ctx context.Context, r booking.Request) (*bot.Booking, error)
	Calendar(b *bot.Booking) []byte
	VisitorBookings(ctx context.Context, visitor string) ([]*bot.Booking, error)
	NextSessions(ctx context.Context, kind, departement string, n int) ([]booking.SessionOffer, error)
	Occurrence(id string) (directory.Occurrence, bool)
	Register(ctx context.Context, occ directory.Occurrence, r booking.Request) (*bot.Booking, error)
	Erase(ctx context.Context, visitor string) (int, error)
}

// Relay forwards a visitor's message to the advisor of their booking (the
// Slack thread of the handoff). Optional.
type Relay interface {
	ToAdvisor(ctx context.Context, b *bot.Booking, text string) error
}

// A Suggester is a Relay that can also show the advisor, and only them, an
// answer of the knowledge base to the visitor's question (stage_relay.go).
type Suggester interface {
	SuggestToAdvisor(ctx context.Context, b *bot.Booking, answer string) error
}

// Deps are the services the dialogue uses.
type Deps struct {
	Bookings  Bookings
	Relay     Relay               // nil: visitor messages after booking are not relayed
	Visitor   func(string) string // pseudonymous visitor id from "channel:user" (default: identity)
	IdleAfter time.Duration       // silence after which "continue or restart?" is asked (default 24 h)
	Now       func() time.Time    // the service's clock, for what happens outside a turn (default time.Now)
}

// Dialog is the reception dialogue. It implements bot.Dialog.
type Dialog struct {
	deps Deps
}

var _ bot.Dialog = (*Dialog)(nil)

// New returns the reception dialogue.
func New(deps Deps) *Dialog {
	if deps.Visitor == nil {
		deps.Visitor = func(s string) string { return s }
	}
	if deps.IdleAfter == 0 {
		deps.IdleAfter = 24 * time.Hour
	}
	if deps.Now == nil {
		deps.Now = time.Now
	}
	return &Dialog{deps: deps}
}

// Texts returns the engine's own sentences in French.
func Texts() bot.EngineTexts {
	fr := texts.FR()
	return bot.EngineTexts{Internal: fr.Internal, Unavailable: fr.Unavailable}
}

// sessionLang is the conversation's language (French unless set).
func sessionLang(r *record) *lang {
	if r.prep.Caller != "" {
		return callerLangOf(r.Lang)
	}
	return langOf(r.Lang)
}

// maxRunes is the longest message analysed (SPEC §3).
const maxRunes = 4096

// turn is the work of one Step.
type turn struct {
	ctx context.Context
	d   *Dialog
	s   *bot.Session
	x   *lang  // the texts in the session's language
	r   record // the reception record, read at the start of the turn
	dec *routing.Decision
	// decBuf holds the turn's first routing decision (route).
	decBuf    routing.Decision
	decInTurn bool
	in        bot.Inbound
	text      string
	now       time.Time
	lines     []string
	out       []bot.Reply
	// lineBuf backs lines for the usual few lines of a turn (joined into
	// the reply before the turn ends).
	lineBuf [4]string
	// withHumanOffer adds "talk to an advisor" to the question (3 failures).
	withHumanOffer bool
	// optionsOnly tells question renderers that only the options are
	// wanted (to match an answer): they may skip building the text.
	optionsOnly bool
	// langSwitched: this message changed the conversation's language.
	langSwitched bool
	// acked: a hard moment or annoyance was acknowledged this turn; an
	// answer not understood then gets the question again, not a
	// « Je n'ai pas compris » on top of it.
	acked bool
	// short asks for the question without its long preamble (after a
	// question was answered: the orientation is not printed again).
	short bool
	// orig is the message as written when text was restated for the
	// analysis (English, third person).
	orig string
	// description: text is the visitor's description written for a
	// relative, read by analysis.AnalyseDescription (the writer's own
	// words set aside).
	description bool
	// memo keeps the turn's intent results (turn_memo.go).
	memo turnMemo
	// defCur is the definition of the state defFor (def, states.go).
	defCur *stateDef
	defFor string
	defOK  bool
}

// Step implements bot.Dialog.
func (d *Dialog) Step(ctx context.Context, s *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
	// A pooled turn is zero but for its kept fold buffers (new, or
	// cleared at the end of Step): only the turn's own fields are set,
	// the 2.4 KB structure is not cleared a second time, and the record
	// is decoded in place.
	t := turns.Get().(*turn)
	if err := loadRecordInto(&t.r, s); err != nil {
		t.r = record{} // back to the pool as it came
		turns.Put(t)
		return nil, err
	}
	t.ctx, t.d, t.s, t.x, t.in, t.now, t.text = ctx, d, s, sessionLang(&t.r), in, in.Time, strings.TrimSpace(in.Text)
	t.lines = t.lineBuf[:0]
	if t.now.IsZero() {
		t.now = d.deps.Now()
	}
	if utf8.RuneCountInString(t.text) > maxRunes {
		t.text = string([]rune(t.text)[:maxRunes])
		t.say(t.x.TooLong)
	}
	if !utf8.ValidString(t.text) {
		t.text = strings.ToValidUTF8(t.text, "")
	}
	before, recapped := t.r.Facts, t.r.prep.Recapped
	// Before the turn, so that the answer it gives reads the wish; after
	// it too, for a consent given with the request.
	t.noteDiscreet()
	if err := t.run(); err != nil {
		return nil, err
	}
	t.noteDiscreet()
	t.notePrepared(before, recapped)
	saveRecord(s, &t.r)
	t.flush()
	out := t.out
	// Nothing keeps the turn after Step (no goroutine, no callback
	// outlives it): it goes back to the pool cleared, so it holds no
	// session or reply; its fold buffers are kept (bytes only, rewritten
	// before they are read again).
	foldBufs := t.memo.keptFoldBufs()
	*t = turn{}
	t.memo.keepFoldBufs(foldBufs)
	turns.Put(t)
	return out, nil
}

// turns recycles the turn structures (a turn with its record is about
// 1 KB, allocated on every message).
var turns = sync.Pool{New: func() any { return new(turn) }}

func (t *turn) state() State { return State(t.s.State) }

func (t *turn) run() error {
	s := t.s
	t.detectLang()
	if in := t.in; in.Choice != "" && in.Step != "" && in.Step != stepToken(s) {
		t.say(t.x.Stale)
		return t.ask()
	}
	if done, err := t.callerTurn(); done {
		return err
	}
	if cmd := commandOf(t.in.Choice, t.text); cmd != "" && !t.bookingWordsAnswer(cmd) {
		return t.command(cmd)
	}
	if t.typedHumanOffer() {
		return t.command(cmdHuman)
	}
	st := t.state()
	if st == "" {
		st = StateNew
	}
	if name, ok := unknownCommand(t.in.Choice, t.text); ok && st != StateNew {
		t.say(fmt.Sprintf(t.x.UnknownCommand, name))
		t.say(t.x.Help)
		return t.ask()
	}
	d := t.defOf(st)
	if d == nil || st == StateNew {
		// A state no longer declared (a session stored by an older
		// version) starts over, as a new conversation does. A first
		// message asking for a person is remembered for after consent.
		t.firstMessage()
		t.say(t.x.Welcome)
		if t.inSpanish() {
			t.say(t.x.OtherLanguage)
		}
		return t.goTo(EvStart)
	}
	if st != StateFollow && st != StateHumanPause && t.inSpanish() {
		// The analysis reads French (English through intent.ToFrench):
		// a Spanish message is no answer, and its facts would be lost in
		// silence. Said so, then the question, not counted a failure.
		// Relayed to a person (after booking, a human asked for), it is
		// theirs to read.
		t.say(t.x.OtherLanguage)
		t.short = true
		if t.keepReadableFacts(st) && st != StateRequest {
			// « tengo 34 años » at the age question: the age read, the
			// next question (persona fx1)
			return t.next()
		}
		return t.ask()
	}
	if handled, err := t.intents(st); handled {
		return err
	}
	// After booking, with a relay, every message goes to the advisor, questions
	// included (handleFollow): the knowledge base only suggests an answer to them.
	if st == StateEnd {
		// « décaler mon rdv » after /stop: what /rdv does, not a pointer
		// to it (persona fx1).
		if done, err := t.endChange(); done || err != nil {
			return err
		}
		st = t.state()
	}
	relayed := st == StateFollow && t.d.deps.Relay != nil
	if st == StateFollow {
		if done, err := t.followChange(); done {
			return err
		}
	}
	if !s.Updated.IsZero() && t.now.Sub(s.Updated) > t.d.deps.IdleAfter && d.Resumable {
		// Back after a long silence: continue or restart, before
		// anything else (« on en était où ? » was read as a question,
		// answered by a card, and the old question came again with its
		// slots long over).
		t.r.Resume = st
		return t.goTo(EvIdle)
	}
	if t.agencyWhere(st) {
		t.countFailure()
		t.short = true
		return t.ask()
	}
	if t.asksIfBot() {
		// « vous êtes un robot ? »: yes, and who takes over; then the
		// question again, counted like any question.
		t.countFailure()
		t.short = true
		return t.ask()
	}
	if t.asksSectorHow(st) {
		// « comment savoir si c'est public ? »: where the pay slip shows
		// it, then the question again; a card on confidentiality answered
		// the word « employeur » before.
		t.countFailure()
		t.short = true
		return t.ask()
	}
	if t.whyAsked(st) {
		if t.factWithin(st) || t.shortAgeWithWhy(st) {
			// « 45 ans mais pourquoi ? »: the age is the answer and
			// the why a question; what the answer decides is said,
			// then the message read as the answer — the age was lost
			// and the question asked again (persona q27a, issue 13).
			return d.Answer(t)
		}
		// « pourquoi vous demandez ça ? »: what the answer decides, then
		// the question again; counted like any question.
		t.countFailure()
		t.short = true
		return t.ask()
	}
	if t.in.Choice == "" && st != StateRequest && st != StateInfoOnly && !relayed && mayBeQuestion(t.text) && t.isQuestion() &&
		!t.answersWithin() && t.factWithin(st) {
		// « 69003, mon chef ne doit pas être au courant » at the place
		// question: the code is the answer and the worry a question. Both
		// are taken: the question's answer, then the message read as the
		// answer (its facts kept) — it was the card alone, and the code
		// lost (persona q26a, issue 13).
		if st == StateRecap {
			// « pourquoi Lyon ? j'habite à Lille »: the correction is
			// the answer; « Je ne sais pas répondre » is not said.
			return d.Answer(t)
		}
		t.answerQuestion()
		return d.Answer(t)
	}
	if t.in.Choice == "" && st != StateRequest && st != StateInfoOnly && !relayed && mayBeQuestion(t.text) && t.isQuestion() &&
		!t.answersWithin() && t.answerQuestion() {
		// A question at any point gets its answer, then the current
		// question again, once, without reprinting a long block. It
		// counts towards the escape to a human like an answer not
		// understood: three of them, whatever they were, offer one.
		t.countFailure()
		t.short = true
		return t.ask()
	}
	if done, err := t.reviseInWords(st); done || err != nil {
		return err
	}
	if t.sectorCorrectedBefore(st) {
		return t.next()
	}
	if t.dropsBooking(st) {
		// « finalement non, annulez » before the booking is confirmed:
		// nothing is booked, the hold is released, back to the choices.
		if err := t.releaseHold(); err != nil {
			return err
		}
		if t.r.Moving {
			// « je veux annuler mon rendez-vous » while moving it: the
			// booked one is meant, not the new time; /rdv's choices
			// (keep, move, cancel) rather than « je ne prends pas de
			// rendez-vous » with the booking silently kept.
			if b, err := t.activeBooking(); err != nil || b != nil {
				if err != nil {
					return err
				}
				t.r.Moving, t.r.Wish = false, 0
				return t.goTo(EvManage)
			}
		}
		t.say(t.x.BookingDropped)
		return t.goTo(EvBackOrient)
	}
	return d.Answer(t)
}

// say queues a line; lines are sent with the next question, in one message.
func (t *turn) say(line string) { t.lines = append(t.lines, line) }

func (t *turn) flush() {
	if len(t.lines) > 0 {
		t.out = append(t.out, bot.Reply{Text: strings.Join(t.lines, "\n\n")})
		t.lines = t.lines[:0] // joined: the list is reused
	}
}

func (t *turn) attach(a bot.Attachment) {
	t.flush()
	t.out = append(t.out, bot.Reply{Attachments: []bot.Attachment{a}})
}

func stepToken(s *bot.Session) string { return strconv.FormatUint(uint64(s.Step), 10) }

// ask renders the current state's question with its options.
func (t *turn) ask() error {
	d := t.def()
	if d == nil || d.Question == nil {
		return nil
	}
	text, opts := d.Question(t)
	opts = t.proxyOptions(t.state(), opts)
	if q := t.proxyQuestion(t.state()); q != "" {
		text = q
	}
	if text != "" {
		t.say(text)
	}
	r := bot.Reply{Text: strings.Join(t.lines, "\n\n"), Step: stepToken(t.s)}
	t.lines = t.lines[:0]
	if t.withHumanOffer {
		opts = append(opts, option{Value: cmdPrefix + "conseiller", Label: t.x.HumanOffer})
	}
	if len(opts) > 0 {
		r.Choices = make([]bot.Choice, 0, len(opts))
	}
	for _, o := range opts {
		r.Choices = append(r.Choices, bot.Choice{Label: o.Label, Value: o.Value})
	}
	if r.Text != "" || len(r.Choices) > 0 {
		t.out = append(t.out, r)
	}
	return nil
}

// options returns the current question's options (to match an answer).
func (t *turn) options() []option {
	d := t.def()
	if d == nil || d.Question == nil {
		return nil
	}
	t.optionsOnly = true
	_, opts := d.Question(t)
	t.optionsOnly = false
	return t.proxyOptions(t.state(), opts)
}

// fail answers an answer that was not understood. The second failure adds an
// example; from the third, the example and the offer of a human advisor.
func (t *turn) fail(reason, example string) error {
	if t.greeting() {
		// « bonjour » where an answer was expected: not a failure.
		return t.ask()
	}
	if t.acked && t.s.Fails == 0 {
		return t.ask()
	}
	if t.langSwitched {
		// « en fait je préfère le français »: the question again, in
		// the language now used, not a failure.
		return t.ask()
	}
	if t.navigation() {
		t.repeatedNavigation()
		return t.ask()
	}
	if t.in.Choice == "" && t.wordCount() >= 2 && t.state() != StateRequest &&
		(t.isQuestion() || knowledge.MentionsScheme(t.text)) {
		// Not an answer, but maybe a question without a question mark
		// ("jpeu utiliser mon cpf pendant le chomage"): a card that
		// matches well is answered, and the question is asked again. A
		// description (« il a arrêté l'école ») is not taken for one.
		if m := t.answerCards(); len(m) > 0 {
			t.sayCards(m)
			t.countFailure()
			return t.ask()
		}
	}
	t.s.Fails++
	if reason == t.x.NotUnderstood+" "+t.x.Choose {
		reason = t.outOfRange(reason)
	}
	if !humanState(t.state()) && !t.acked && t.fedUp() {
		// « ÇA FAIT 3 FOIS QUE JE DIS… », « vous comprenez rien »: an
		// apology and a human at once, not « Je n'ai pas compris ».
		reason = t.x.SorryRepeat + "\n" + example
		t.withHumanOffer = t.consented()
	}
	switch {
	case t.s.Fails > 3 && t.consented() && !humanState(t.state()):
		// The offer of a human was not taken and the answers are still
		// not understood: the escape is taken for the visitor rather
		// than asking the same question a fifth time.
		t.say(reason)
		return t.humanRequest()
	case t.s.Fails > 3 && t.consented() && t.d.deps.Bookings != nil:
		// Already asking how to be contacted: the request is recorded
		// with this conversation as the way back, not asked a fifth time.
		t.say(reason)
		return t.recordHuman("chat")
	case t.s.Fails >= 3:
		t.say(strings.Replace(t.x.ThirdFailure, "%s", example, 1))
		t.withHumanOffer = true
	case t.s.Fails == 2 && !strings.Contains(reason, example):
		t.say(reason + "\n" + example)
	default:
		t.say(reason)
	}
	return t.ask()
}

// outOfRange says which numbers answer when the visitor typed one that no
// button has (« 5 » for three buttons); otherwise the reason as is.
func (t *turn) outOfRange(reason string) string {
	if t.in.Choice != "" {
		return reason
	}
	n, err := strconv.Atoi(strings.TrimSpace(t.text))
	opts := t.options()
	if err != nil || len(opts) < 2 || n >= 1 && n <= len(opts) {
		return reason
	}
	return texts.Fill(t.x.ChooseRange, strconv.Itoa(len(opts)))
}

// choose matches the answer against the current options; on no match it
// counts a failure.
func (t *turn) choose(example string) (option, bool, error) {
	if m := t.memo.matched; m.ok && m.state == t.state() && m.step == t.s.Step && m.text == t.text && t.in.Choice == "" {
		t.memo.matched = matchedOption{} // matched just before, for the same question
		return m.opt, true, nil
	}
	opts := t.options()
	if o, ok := match(opts, t.in.Choice, t.text); ok {
		return o, true, nil
	}
	return option{}, false, t.fail(t.x.NotUnderstood+" "+t.x.Choose, example)
}

// matchesOption tells whether the message answers one of the current
// question's options: the option newFactInstead matched just before for
// the same question (kept for choose, which takes it), or else a match on
// the options built again (≈ 1 500 instructions at the slot choice).
func (t *turn) matchesOption() bool {
	if m := t.memo.matched; m.ok && m.state == t.state() && m.step == t.s.Step && m.text == t.text && t.in.Choice == "" {
		return true
	}
	_, ok := match(t.options(), t.in.Choice, t.text)
	return ok
}

// visitor is the pseudonymous id under which bookings are kept.
func (t *turn) visitor() string {
	if t.r.prep.Caller != "" {
		return t.callerVisitor()
	}
	return t.d.deps.Visitor(t.s.Channel + ":" + t.s.User)
}

// inSpanish tells whether the visitor typed a message in Spanish.
func (t *turn) inSpanish() bool {
	return t.in.Choice == "" && t.text != "" && !strings.HasPrefix(t.text, "/") && t.spanish()
}

func (t *turn) spanish() bool {
	_, es := t.langs(t.text)
	return es
}

func (t *turn) consented() bool { return !t.r.Consent.IsZero() }

// activeBooking returns the visitor's booking, or nil.
func (t *turn) activeBooking() (*bot.Booking, error) {
	if t.d.deps.Bookings == nil {
		return nil, nil
	}
	b, err := t.d.deps.Bookings.Active(t.ctx, t.visitor())
	if errors.Is(err, bot.ErrNotFound) {
		return nil, nil
	}
	return b, err
}

// Funnel tells which stage of the reception funnel a turn reached, if any:
// "started", "consented", "routed" or "booked", with the operator kind once
// routed. Used by metrics.
func Funnel(from string, s *bot.Session) (stage, operator string) {
	if s == nil || s.State == from {
		return "", ""
	}
	// The operators are copied: the record's strings point into the
	// session's record buffer, which a later turn reuses (saveRecord), and
	// a metric keeps its labels.
	switch State(s.State) {
	case StateConsent:
		return "started", ""
	case StateRequest:
		if State(from) == StateConsent || State(from) == StateInfoOnly {
			return "consented", ""
		}
	case StateOrient:
		return "routed", strings.Clone(routing.Route(readRecord(s).Facts).Operator)
	case StateFollow:
		if State(from) == StateConfirm {
			return "booked", strings.Clone(readRecord(s).Operator)
		}
	}
	return "", ""
}

// answerQuestion answers a visitor's question with the knowledge cards,
// adapted to their status, or says honestly that it does not know. A
// "question" of fewer than two words ("???", "bonjour ?") with no card is
// left to the current question's handler: it returns false.
func (t *turn) answerQuestion() bool {
	if t.answerWhatToDo() {
		return true
	}
	m := t.answerCards()
	if len(m) == 0 {
		if t.wordCount() < 2 {
			return false
		}
		t.noteQuestion(nil)
		t.say(t.x.DontKnow)
		return true
	}
	t.sayCards(m)
	return true
}

// sayCards answers with cards m. Cards already shown in this conversation
// are not printed again (the confidentiality card is seven lines): a
// question asked again gets a pointer to the answer above, with the
// titles; a card not shown yet is printed in full.
func (t *turn) sayCards(m []knowledge.Match) {
	shown := knowledge.Shown(m)
	again := len(shown) > 0
	titles := make([]string, 0, len(shown))
	for _, x := range shown {
		again = again && t.r.prep.cardSeen(x.Card.ID)
		titles = append(titles, "« "+x.Card.Title+" »")
	}
	t.noteQuestion(m)
	if again {
		t.say(texts.Fill(t.x.CardAgain, t.x.List(titles...)))
		return
	}
	t.say(t.renderCards(m))
}

// navigation answers « retour » or « annuler » typed as the whole message
// where it is no answer: what can be done instead, not « Je n'ai pas
// compris », and not a failure. Steps where the word is an option (the
// booking, the sessions) match it before.
func (t *turn) navigation() bool {
	if t.in.Choice != "" {
		return false
	}
	switch n := t.normText(); {
	case backWords[n] && t.consented():
		// No going back, but a correction in words is kept.
		t.say(t.x.NoGoingBack)
	case backWords[n]:
		// Before the consent nothing was answered to correct.
		t.say(t.x.NoPreviousQuestion)
	case cancelWords[n]:
		t.say(t.x.NothingToCancel)
	default:
		return false
	}
	return true
}

// fedUp tells whether an answer not understood says the visitor is fed
// up: written in capitals (three words or more) after an answer already
// not understood, or a complaint of repeating oneself, of not being
// understood or of the service (intent.Angry). Not said when the turn
// already acknowledged it (AckAngry, said once a conversation).
func (t *turn) fedUp() bool {
	if t.in.Choice != "" {
		return false
	}
	upper, letters := 0, 0
	for _, r := range t.text {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if t.s.Fails >= 2 && letters >= 12 && upper*10 >= letters*9 && len(strings.Fields(t.text)) >= 3 {
		// capitals after an answer already not understood: a visitor
		// who always types in capitals is not fed up at the first
		return true
	}
	n := t.paddedNorm()
	if timesOver.MatchString(n) || t.fold(t.text).Distress() == intent.Angry {
		// the annoyance acknowledged once (AckAngry), said again
		return true
	}
	for _, c := range fedUpCues {
		if strings.Contains(n, c) {
			return true
		}
	}
	return false
}

// timesOver is « ça fait 3 fois que je dis », « la deuxième fois que
// j'écris », « plusieurs fois je vous ai dit » (normalised); not « 3 fois
// par semaine ».
var timesOver = regexp.MustCompile(` (?:\d+(?:e|eme|ieme)?|deux|trois|quatre|cinq|dix|plusieurs|cent|mille|\w+iemes?) fois (?:que|qu|deja|je|j) `)

// fedUpCues are the complaints of repeating oneself or of not being
// understood (normalised, padded with spaces).
var fedUpCues = []string{" je l ai deja dit ", " je vous l ai deja dit ", " je te l ai deja dit ",
	" je vous ai deja dit ", " j ai deja dit ", " j ai deja repondu ", " deja repondu ", " je l ai dit ", " je repete ",
	" vous comprenez rien ", " vous ne comprenez rien ", " vous comprenez pas ", " tu comprends rien ", " tu comprends pas ",
	" comprend rien ", " comprends rien "}

// repeatedNavigation counts « retour », « annuler » typed instead of an
// answer towards the offer of a human: the same note and question three
// times in a row was a loop; from the third, the note says a human can
// take over and the question comes with « Parler à un conseiller ».
func (t *turn) repeatedNavigation() {
	if !t.consented() {
		return
	}
	t.countFailure()
	if t.s.Fails >= 3 {
		t.say(t.x.StuckHuman)
	}
}

// cancelWords ask to cancel (normalised, the whole message).
var cancelWords = map[string]bool{"annuler": true, "annule": true, "annulez": true, "annulation": true,
	"j annule": true, "je veux annuler": true, "cancel": true}

// backWords ask for the previous question (normalised, the whole message).
var backWords = map[string]bool{"retour": true, "revenir": true, "precedent": true, "question precedente": true,
	"revenir en arriere": true, "retour en arriere": true, "en arriere": true, "back": true, "go back": true}

// wordCount counts words of three letters or more.
func wordCount(s string) int { return longWords(normalise(s)) }

// wordCount is t.wordCount(), read on the turn's normalised text
// (normText, kept for the turn): a turn asked it up to five times, each a
// normalise and a strings.Fields of the same message.
func (t *turn) wordCount() int { return longWords(t.normText()) }

// longWords counts the words of three bytes or more of a normalised text,
// as strings.Fields would split it, without the slice of words.
func longWords(norm string) int {
	n := 0
	for w := range strings.FieldsSeq(norm) {
		if len(w) >= 3 {
			n++
		}
	}
	return n
}

// mayBeQuestion is a cheap filter before IsQuestion: typed option numbers,
// ages and postal codes are most answers, and never questions.
func mayBeQuestion(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if letters++; letters >= 3 {
				return true
			}
		}
	}
	return false
}

// Reprompt implements bot.Reprompter: the current question, as asked.
func (d *Dialog) Reprompt(s *bot.Session) []bot.Reply {
	// Offers (slots, sessions) are in the session: asking renders them
	// without a store call.
	r, err := loadRecord(s)
	if err != nil {
		return nil
	}
	t := &turn{ctx: context.Background(), d: d, s: s, r: r, x: sessionLang(&r), now: d.deps.Now()}
	if err := t.ask(); err != nil {
		return nil
	}
	return t.out
}

// answerCards are the cards answering the visitor's message, those that
// fit their profile first (status, age, situations).
func (t *turn) answerCards() []knowledge.Match {
	if qs := questionClauses(t.text); len(qs) > 0 {
		// « je suis au chômage à Lyon, c'est payant ? ça prend combien de
		// temps ? »: each question read alone; the whole message answered
		// the situation (« Se former quand on est demandeur d'emploi »)
		// or nothing, never « gratuit ».
		var out []knowledge.Match
		for _, q := range qs {
			for _, m := range knowledge.AnswerFor(q, t.profile()) {
				if !slices.ContainsFunc(out, func(o knowledge.Match) bool { return o.Card.ID == m.Card.ID }) {
					out = append(out, m)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return knowledge.AnswerFor(t.text, t.profile())
}

// subordinateOpenings open a sentence whose comma ends a condition of the
// question, not a description (« si je démissionne, j'ai droit au
// chômage ? »); normalised, followed by a space.
var subordinateOpenings = []string{"si ", "s il ", "s ils ", "quand ", "lorsque ", "lorsqu ", "pour ", "avec ", "sans ", "en tant qu",
	"comme ", "apres ", "avant ", "pendant ", "est ce que ", "est ce qu ", "dans ", "en cas ", "a partir ", "une fois "}

// subordinateOpening tells whether a sentence opens with a subordinate
// clause or a complement (normalised).
func subordinateOpening(s string) bool {
	n := normalise(s)
	for _, o := range subordinateOpenings {
		if strings.HasPrefix(n, o) {
			return true
		}
	}
	return false
}

// questionClauses are the questions asked after a description in one
// message: each part ending with « ? », from its sentence's start, or
// from its last comma when the sentence opens with the description (« je
// suis agent à la mairie, c'est payant ? » gives « c'est payant »; « si
// je démissionne, j'ai droit au chômage ? » is kept whole); none when the
// message is one question only.
func questionClauses(text string) []string {
	if strings.Count(text, "?") == 0 {
		return nil
	}
	var out []string
	rest := text
	for {
		i := strings.IndexByte(rest, '?')
		if i < 0 {
			break
		}
		part := rest[:i]
		rest = rest[i+1:]
		if j := strings.LastIndexAny(part, ".;:!\n"); j >= 0 {
			part = part[j+1:]
		}
		if j := strings.LastIndexByte(part, ','); j >= 0 && !subordinateOpening(part) {
			part = part[j+1:]
		}
		if part = strings.TrimSpace(part); wordCount(part) >= 2 {
			out = append(out, part)
		}
	}
	if len(out) == 1 && strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text), "?")) == out[0] {
		return nil // the whole message is the question
	}
	return out
}

// renderCards writes cards; in English, with one line saying they are in
// French.
func (t *turn) renderCards(m []knowledge.Match) string {
	out := knowledge.RenderWith(m, t.r.Facts.Status, t.cardAlternatives())
	if your, _ := t.proxy(); your != "" {
		// « il ne veut pas que sa hiérarchie soit au courant »: the
		// cards say « vous », meant for the relative.
		out = texts.Fill(t.x.ProxyCardsNote, your) + "\n" + out
	}
	if t.r.Lang == texts.English {
		out = t.x.KnowledgeNoteEN + "\n" + out
	}
	return out
}

// cardAlternatives are the organisations a public agent may turn to
// instead of the employer, as the confidentiality card names them (« à
// France Travail ou à Cap emploi (avec une RQTH) »): row 1's alternatives
// for this visitor (cep-domain.md §1.3: Cap emploi with an RQTH, the other
// L6111-6 organisations their age and status open, never the regional
// operator). "" when the status is not agent public: the card's full list
// is shown; NoAlternatives when none is open (France Travail's own agent).
func (t *turn) cardAlternatives() string {
	if t.r.Facts.Status != "agent_public" {
		return ""
	}
	dec := t.route()
	var alts []string
	for _, a := range dec.Alternatives {
		if a != routing.OperateurRegional && a != dec.Operator {
			alts = append(alts, a)
		}
	}
	if t.r.Facts.Age == 0 && dec.Operator != routing.MissionLocale && !slices.Contains(alts, routing.MissionLocale) {
		// the age not given yet: routing reads it as 26 or more, but a
		// young agent may be asking, and the name says « moins de 26 ans »
		alts = append(alts, routing.MissionLocale)
	}
	names := routing.PublicAlternativeNames(texts.FR().Understanding, routing.NamedPublicAlternatives(t.r.Facts, alts), t.r.Facts.Age > 0)
	if len(names) == 0 {
		return knowledge.NoAlternatives
	}
	for i, n := range names {
		names[i] = texts.A(n)
	}
	return texts.ListOr(names...)
}

// answersWithin tells whether a question is also an answer to the current
// one (« vous avez plus tard dans la semaine ? » at the slot choice).
func (t *turn) answersWithin() bool {
	if t.state() == StateConsent && t.consentWithRequest() {
		// « oui, je suis prof …, je ne veux pas que le principal le
		// sache »: the consent and the request, whose worry the request's
		// reading answers; not a question to answer before the consent
		return true
	}
	if st := t.state(); st == StateSlot || st == StateModality {
		// « demain matin c'est possible ? » asks for other times
		if _, _, ok := slotWish(t.normText(), t.now); ok {
			return true
		}
	}
	if t.state() == StateRetired && (retiredWorkAnswer(t.normText()) || retiredRefusal(t.normText())) {
		// « pourquoi pas » answers « Cherchez-vous un emploi ? »: it is
		// no question to say « Je ne sais pas répondre » to
		return true
	}
	for _, o := range t.options() {
		if len(o.Within) > 0 {
			_, ok := match(t.options(), "", t.text)
			return ok
		}
	}
	return false
}

// factWithin tells whether a message read as a question also carries the
// fact the current free-text question asks (an age, a place the analysis
// reads for certain), so that its handler keeps it. Questions with buttons
// are answersWithin's.
func (t *turn) factWithin(st State) bool {
	switch st {
	case StateAge:
		age, ok := analysis.ParseAge(t.text, t.now)
		return ok && age >= 16 && age <= 99 && t.analyse().Age == age
	case StatePlace:
		// The place parser alone reads « au courant » as Courant
		// (Charente-Maritime): the whole analysis must read the same
		// département, as a place and not a word of the question.
		d := t.analyse().Departement
		return d != "" && analysis.ParsePlace(t.text).Departement == d
	case StateRecap:
		// a question beside a correction of the place or the age shown
		// (« pourquoi Lyon ? j'habite à Lille »): the correction was lost
		f, cur := t.analyse(), t.facts()
		if f.Departement != "" && f.Departement != cur.Departement && analysis.ParsePlace(t.text).Departement == f.Departement {
			return true
		}
		return f.Age >= 16 && f.Age <= 99 && cur.Age != 0 && f.Age != cur.Age
	}
	return false
}

// shortAgeWithWhy tells whether a short message at the age question
// that asks why (« 45 pk ? », « 45 ans pourquoi ? ») carries the age: the
// whole analysis does not read a number beside « pk » as an age, the age
// question's handler does (handleAge).
func (t *turn) shortAgeWithWhy(st State) bool {
	if st != StateAge || len(strings.Fields(t.text)) > 3 {
		return false
	}
	age, ok := analysis.ParseAge(t.text, t.now)
	return ok && age >= 16 && age <= 99
}

// typedHumanOffer tells whether the visitor typed the number of the
// « Parler à un conseiller » button added after three failures (« 1 » at
// the place question, « 3 » at the recap): it is that button.
func (t *turn) typedHumanOffer() bool {
	if t.in.Choice != "" || t.s.Fails < 3 || !t.consented() || humanState(t.state()) || len(t.text) > 12 {
		return false
	}
	n, err := strconv.Atoi(numberAfter(t.normText()))
	return err == nil && n == len(t.options())+1
}

// countFailure counts a turn that did not answer the question (a question
// of the visitor's own, answered) towards the offer of a human: from the
// third, the question comes with « Parler à un conseiller ».
func (t *turn) countFailure() {
	t.s.Fails++
	if t.s.Fails >= 3 {
		t.withHumanOffer = true
	}
}

// bookingWordsAnswer: « rdv », « rendez-vous » typed where an option is to
// book (the orientation, the recap) choose it; they are the /rdv command
// (manage one's appointment) elsewhere — at the orientation it answered
// « Vous n'avez pas de rendez-vous en cours ».
func (t *turn) bookingWordsAnswer(cmd string) bool {
	if cmd != cmdBooking || t.in.Choice != "" || strings.HasPrefix(t.text, "/") || t.state() == "" || t.state() == StateNew {
		return false
	}
	_, ok := match(t.options(), "", t.text)
	return ok
}
