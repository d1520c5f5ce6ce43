package dialogs

// Every visitor gets a way forward (issue 14): a human whenever asked, in
// words, in any state; the situations outside the status boxes (« Autre
// situation »); writing for a relative; under 16; the operator's contacts
// on every exit; a short acknowledgement of a hard moment; English.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
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
	flagStudentJob       // a student who holds a job (status_words.go)
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
	switch l, _ := t.langs(t.text); l {
	case intent.English:
		if t.r.Lang != texts.English {
			t.r.Lang = texts.English
			t.x = langOf(texts.English)
			t.langSwitched = true
		}
	case intent.French:
		if t.r.Lang != "" && t.r.Lang != texts.French {
			t.r.Lang = ""
			t.x = langOf(texts.French)
			t.langSwitched = true
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
	d := t.defOf(st)
	collects := d != nil && d.Collects
	if t.consented() && t.r.Proxy == "" && (st == StateRequest || st == StateStatus || st == StateAge) {
		t.noteProxy()
	}
	if t.consented() && t.r.Proxy == "" && inSet(d, setLateProxy, st) {
		if done, err := t.proxyAfterDescription(); done {
			return true, err
		}
	}
	// After the relative is known: the acknowledgement speaks of them.
	t.acknowledge()
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
		// The whole description is the writer's (« je suis fonctionnaire,
		// j'écris pour mon fils, il est au chômage »): what they say of
		// themselves before saying for whom is theirs, not the relative's.
		t.description = st == StateRequest
		if t.description {
			t.text = firstPersonDescription(t.text)
		} else {
			t.text = firstPerson(t.text)
		}
	}
	if t.consented() && (collects || inSet(d, setContactAhead, st)) && !t.human(t.original()) {
		if done, err := t.contactOutOfTurn(st); done || err != nil {
			return true, err
		}
	}
	if collects && (t.fold(t.text).YoungSeeker() || t.youngApprenticeWish()) && t.analyse().Status == "" {
		// « il a arrêté l'école et cherche un apprentissage »: a job
		// seeker for the routing (the Mission locale before 26).
		// A question of what to do (« Comment l'aider ? ») says no fact
		// and is left out: the sentence after « l'aider » was read as the
		// writer's, and the age said before it lost (persona pe1).
		t.text = withoutWhatToDo(t.text) + ". " + youngSeekerWords
	}
	if t.humanAfterOptions(st) {
		// The state's options did not match: a request for a person.
		return true, t.humanRequest()
	}
	if !inSet(d, setNoHumanIntent, st) && t.human(t.original()) {
		if t.consented() && collects {
			// « je suis au chômage à Lille, je veux un conseiller »: the
			// facts said with the request route it.
			if st == StateRequest {
				t.r.Request = capRequest(t.original())
			}
			t.absorb(t.analyse())
		}
		return true, t.humanRequest()
	}
	if st == StateStatus || st == StateRequest {
		if sit := t.otherStated(); sit != "" && !(st == StateStatus && string(sit) == t.r.Situation) {
			if f := t.analyse(); f.Status == "" || sit == intent.Retired {
				if st == StateRequest {
					t.r.Request = capRequest(t.original())
				}
				// At the status question too: the age and the town said
				// with the situation are not asked again.
				t.absorb(f)
				return true, t.otherSituation(sit)
			} else if sit != intent.DontKnow {
				// The status is said too (« salariée en arrêt maladie »):
				// the situation is kept to be named, the questionnaire
				// goes on.
				t.r.Situation = string(sit)
				if sit == intent.Detention && st == StateRequest {
					// « je sors de prison…, trouver un travail »: the SPIP
					// is named as when the status is not said (persona
					// pe1)
					t.say(t.byAge(t.x.DetentionNoted, t.x.DetentionNotedYoung, t.x.DetentionNotedAgeless))
				}
			}
		}
	}
	return false, nil
}

// youngApprenticeWish reports a visitor of 16 to 25 (said in the message or
// known) who wishes to do a course by apprenticeship (« jai 16a jveux faire
// un cap cuisine en apprentissage »): looking for an apprenticeship as
// « je cherche un apprentissage » is, so a young seeker for the routing
// (cep-domain.md §1.3 row 4, the Mission locale) instead of the status
// question. Older, the wish says nothing of the status (an employee may
// wish a BTS en alternance): it is asked. A status read in the message
// (« je suis en 3e », « vendeuse en CDD ») is kept by the caller.
func (t *turn) youngApprenticeWish() bool {
	// The wish first: it is a look-up in the folded text, where the age
	// needs the whole analysis, which most answers of a turn do not.
	if !t.fold(t.text).ApprenticeshipWish() {
		return false
	}
	age := t.analyse().Age
	if age == 0 {
		age = t.facts().Age
	}
	return age >= 16 && age <= 25
}

// youngSeekerWords restate, for the analysis, a young person out of school
// or looking for an apprenticeship as a job seeker.
const youngSeekerWords = "Je cherche un emploi."

// original is the message as the visitor wrote it (t.text may be restated
// for the analysis).
func (t *turn) original() string {
	if t.orig != "" {
		return t.orig
	}
	return t.text
}

func capRequest(s string) string {
	// Counted first: the rune slice (four bytes a rune) was made for every
	// description, long or not. RuneCountInString counts an invalid byte as
	// one rune, as the conversion does.
	if utf8.RuneCountInString(s) > maxRequestRunes {
		return string([]rune(s)[:maxRequestRunes])
	}
	return s
}

// acknowledge says, once per kind, a short human sentence when the message
// speaks of distress, loss, illness or the loss of a job.
func (t *turn) acknowledge() {
	var f flags
	var line string
	switch t.fold(t.text).Distress() {
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
	case intent.Exhausted:
		f, line = flagAckExhausted, t.x.AckExhausted
	case intent.Angry:
		f, line = flagAckAngry, t.x.AckAngry
	default:
		return
	}
	if your, _ := t.proxy(); your != "" {
		// About a relative: their illness, their job (« que votre mari
		// traverse », « peut l'aider »), not the writer's.
		switch f {
		case flagAckIllness:
			line = texts.Fill(t.x.ProxyAckIllness, your)
		case flagAckJobLoss:
			line = t.x.ProxyAckJobLoss
		}
	}
	if t.r.Flags&f == 0 || f == flagAckCrisis {
		t.r.Flags |= f
		t.say(line)
		t.acked = true
	}
}

// profile is what the information cards are chosen by.
func (t *turn) profile() knowledge.Profile {
	f := t.facts()
	sits := t.situations()
	if t.r.Flags&flagStudentJob != 0 {
		// a side job while studying: not the years of work some schemes
		// need (démission-reconversion: 5 years of salaried activity)
		sits = append(slices.Clone(sits), knowledge.StudentJob)
	}
	return knowledge.Profile{Status: f.Status, Age: f.Age, Situations: sits, Project: f.ProjectOrDefault()}
}

// date is a slot's date in the conversation's language: French through
// texts.Date (« mardi 1er décembre à 10 h 15 »), others with the
// catalogue's DateFormat (« Tuesday 1 December at 10:15 »).
// frenchDates: t.date and t.dateOpening are texts.Date and DateCapital.
func (t *turn) frenchDates() bool {
	return t.r.Lang == "" || t.r.Lang == texts.French || len(t.x.Months) != 12 || len(t.x.Days) != 7
}

func (t *turn) date(at time.Time) string {
	if t.frenchDates() {
		return texts.Date(at, t.now)
	}
	return fmt.Sprintf(t.x.DateFormat, t.x.Days[at.Weekday()], at.Day(), t.x.Months[at.Month()-1], clockOf(at, t.x.Reach))
}

// dateOpening is t.date for a date that opens a line (capital first
// letter).
func (t *turn) dateOpening(at time.Time) string {
	if t.r.Lang == "" || t.r.Lang == texts.French || len(t.x.Months) != 12 || len(t.x.Days) != 7 {
		return texts.DateCapital(at, t.now)
	}
	return texts.UpperFirst(t.date(at))
}

// slotLine is a slot's label, UpperFirst(Fill(SlotLine, dateOpening(at),
// name)): in French the date is put together in a stack buffer that Fill
// reads (Fill keeps none of its arguments), so the label is one
// allocation instead of two; the slot question builds its labels twice a
// turn.
func (t *turn) slotLine(at time.Time, name string) string {
	if t.frenchDates() {
		var buf [64]byte
		d := texts.AppendDateCapital(buf[:0], at, t.now)
		return texts.UpperFirst(texts.Fill(t.x.SlotLine, unsafe.String(unsafe.SliceData(d), len(d)), name))
	}
	return texts.UpperFirst(texts.Fill(t.x.SlotLine, t.dateOpening(at), name))
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
	if r := t.publicReasons(dec); r != "" {
		return r
	}
	if r := t.proxyReasons(dec); r != "" {
		return r
	}
	key := strconv.Itoa(dec.Rule)
	if sub := t.apecSub(dec); sub != "" && t.x.RuleReasons[key+sub] != "" {
		// « in fact I am a cadre »: the English reason says what was
		// said, as the routing's French one does (apecReason), not
		// « a manager (cadre) or a graduate » (persona q26a, issue 13)
		key += sub
	}
	r := t.x.RuleReasons[key]
	if strings.Contains(r, "%s") {
		name := t.statusBeing()
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

// apecSub is the key suffix of rows 3 and 6's reasons naming what was
// said: "c" for a cadre (the stronger fact when both are), else "g" for a
// bac+3 or more; "" for another row or when neither is stated (« est
// cadre », not « est cadre, ou diplômé d'un bac+3 »).
func (t *turn) apecSub(dec *routing.Decision) string {
	if dec.Rule != 3 && dec.Rule != 6 {
		return ""
	}
	switch f := t.facts(); {
	case f.Cadre != nil && *f.Cadre:
		return "c"
	case f.JeuneDiplome != nil && *f.JeuneDiplome:
		return "g"
	}
	return ""
}

// firstMessage reads the message that opens a conversation: a hard moment
// is acknowledged, a request for a person is remembered so that it is
// made once the visitor consents.
func (t *turn) firstMessage() {
	if t.in.Choice != "" || t.text == "" || strings.HasPrefix(t.text, "/") {
		return
	}
	if t.human(t.text) {
		t.r.Flags |= flagWantsHuman
	}
	// « je vous écris pour mon fils » before consenting: the description
	// asked next is his (nothing else of the message is kept; a refusal
	// clears it).
	t.noteProxy()
	t.acknowledge()
}

// lateProxySteps are the steps after the description where « c'est pas
// pour moi, c'est pour ma fille » says the facts read so far are not the
// relative's (the booking steps are left out: « je ne peux pas mardi, c'est
// pour mon fils » is about the slot).
var lateProxySteps = map[State]bool{StateHandicap: true, StateShare: true, StateCadre: true, StatePlace: true, StateCommune: true,
	StateProject: true, StateRecap: true, StateCorrect: true, StateOrient: true,
	// a retired writer asked « Cherchez-vous un emploi ? » (« non, c'est
	// pour ma fille »), or « Autre situation » answered for a relative
	StateRetired: true, StateOther: true}

// forRelativeCues say for whom the request is (normalised, between
// spaces): a relative named after the description must be named with
// them, not only as a subject (« ma fille habite là aussi »).
var forRelativeCues = []string{" pour mon ", " pour ma ", " pour notre ", " pour mes ", " pr mon ", " pr ma ", " pas pour moi ",
	// someone in the writer's charge (« c'est pour une personne que
	// j'accompagne », issue 13): intent.Proxy must then recognise them
	" pour un ", " pour une ", " pour la personne ", " pr un ", " pr une "}

// proxyAfterDescription takes up the request again for a relative named
// after the description (« c'est pas pour moi c'est pour ma fille » at the
// recap): the facts read so far were the writer's, so they are dropped and
// the relative's description is asked, or read in the same message
// (« … c'est pour ma fille, elle a 19 ans, elle est au chômage à Blois »).
func (t *turn) proxyAfterDescription() (bool, error) {
	if !containsAny(t.paddedNorm(), forRelativeCues) {
		return false, nil
	}
	rel, ok := t.fold(t.text).Proxy()
	if !ok {
		return false, nil
	}
	old := t.r
	t.r = record{Source: old.Source, PrevAdvisor: old.PrevAdvisor, Booking: old.Booking, Lang: old.Lang, Consent: old.Consent}
	g := "m:"
	if rel.Feminine {
		g = "f:"
	}
	t.r.Proxy = g + rel.Noun
	t.factsChanged()
	if err := t.fire(EvStart); err != nil {
		return true, err
	}
	if err := t.fire(EvAccept); err != nil {
		return true, err
	}
	t.description = true
	t.text = firstPersonDescription(t.text)
	if f := t.analyse(); f.Status == "" && f.Age == 0 && f.Departement == "" && len(f.Candidates) == 0 {
		t.description = false
		return true, t.ask()
	}
	return true, handleRequest(t)
}

// noteProxy keeps the relative the message says the visitor writes for.
func (t *turn) noteProxy() {
	if rel, ok := t.fold(t.text).Proxy(); ok {
		g := "m:"
		if rel.Feminine {
			g = "f:"
		}
		t.r.Proxy = g + rel.Noun
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

// statusBeing is the visitor's status as said after « Vous êtes » (« Vous
// êtes professionnel(le) libéral(e) », not « Vous êtes profession
// libérale »).
func (t *turn) statusBeing() string {
	st := t.facts().Status
	if n := t.x.StatusBeing[st]; n != "" {
		return n
	}
	return t.x.StatusNames[st]
}
