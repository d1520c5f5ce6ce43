package dialogs

// Ways forward, round 2 (issue 14): the gaps a visitor still hit.
//   - A person asked for where a phone call or an advisor answers the
//     question (modality, contact, contact details): the state's own
//     options first, then the request for a person.
//   - A greeting where an answer was expected is not a failure.
//   - A phone number or an e-mail address is never a place or an age:
//     kept as the contact when the dialogue has a use for it.
//   - A request for a person whose operator depends on the place, with no
//     place known: the place is asked once before the reception queue.
//   - Messages written while the questionnaire is paused after a request
//     go to the request's advisor.

import (
	"fmt"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"regexp"
	"strings"
	"unicode"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/contact"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/reach"
)

// StateHumanPlace asks, once, where the visitor lives so that the nearest
// agency calls back.
const StateHumanPlace State = "conseiller_lieu"

// EvHumanPlace leads there from any state (globalMoves).
const EvHumanPlace Event = "conseiller_demander_lieu"

// flagHumanPlaceAsked: the place was asked for a contact request.
const flagHumanPlaceAsked = flagWantsHuman << 1

// flagAckAngry: the visitor's annoyance was acknowledged once.
const flagAckAngry = flagHumanPlaceAsked << 1

var _ = declare(stateDef{
	State:    StateHumanPlace,
	Question: func(t *turn) (string, []option) { return t.x.HumanPlaceAsk, nil },
	Answer:   handleHumanPlace,
})

// optionsFirst are the states where words about a call or an advisor may
// answer the question itself (« par téléphone », « appelez-moi au 06… »):
// a request for a person is taken only when the answer is none of the
// state's own.
var optionsFirst = map[State]bool{StateModality: true, StateContact: true, StateContactDetail: true}

// humanAfterOptions tells whether a message in an options-first state is a
// request for a person rather than an answer.
func (t *turn) humanAfterOptions(st State) bool {
	if !inSet(t.defOf(st), setOptionsFirst, st) || !t.human(t.original()) {
		return false
	}
	if _, ok := match(t.options(), "", t.text); ok {
		return false
	}
	if _, err := contact.FindPhone(t.text); err == nil {
		return false
	}
	if _, err := contact.FindEmail(t.text); err == nil {
		return false
	}
	return true
}

// greeting answers a greeting typed where an answer was expected: the
// question again, in the conversation's language, no failure counted.
func (t *turn) greeting() bool {
	if t.in.Choice != "" || !intent.Greeting(t.text) {
		return false
	}
	t.say(t.x.GreetingBack)
	return true
}

// contactSpans are the parts of a message that are a phone number or an
// e-mail address (removed before the message is read as a place or an age).
var contactSpans = regexp.MustCompile(`\S+@\S+|(?:\+|00)?\d[\d .\-/()]{6,}\d`)

// contactAhead are the steps between the recap and the contact question
// where a number or an address typed ahead (« 06 12 34 56 78 » at the slot
// choice) is kept for the contact step rather than not understood.
var contactAhead = map[State]bool{StateRecap: true, StateOrient: true, StateSessions: true, StateModality: true, StateSlot: true}

// contactOutOfTurn handles a phone number or an e-mail address given in a
// collecting state: it is never a place or an age. It is kept as the
// contact when none is known yet (the appointment uses it), and removed
// from the text the state reads. It returns true when nothing else is left
// to read: the question was asked again.
func (t *turn) contactOutOfTurn(st State) (bool, error) {
	d := t.defOf(st)
	if d == nil || !d.Collects && d.sets&setContactAhead == 0 || t.in.Choice != "" {
		return false, nil
	}
	var found string
	doubtful := false // « gmial.com »: asked about at the contact step, not kept unchecked
	if p, err := contact.FindPhone(t.text); err == nil {
		found = p.E164
	} else if e, err := contact.FindEmail(t.text); err == nil {
		found, doubtful = e.Address, e.Suggestion != ""
	}
	if found == "" {
		return false, nil
	}
	rest := contactSpans.ReplaceAllString(t.text, " ")
	if t.consented() && !doubtful && (t.r.Contact == "" || t.r.Contact == "chat") {
		t.r.Contact = found
		t.say(texts.Fill(t.x.ContactKept, readBack(found)))
	} else {
		t.say(t.x.ContactNotHere)
	}
	if !hasWordOrNumber(rest) {
		return true, t.ask()
	}
	t.text = strings.TrimSpace(rest)
	if t.orig != "" {
		t.orig = contactSpans.ReplaceAllString(t.orig, " ")
	}
	return false, nil
}

// hasWordOrNumber tells whether s has a word of two letters or a number
// left once the contact is removed (« mon numéro : » has words but says
// nothing: stop words are not counted).
func hasWordOrNumber(s string) bool {
	n := 0
	for _, w := range strings.Fields(normalise(s)) {
		switch w {
		case "mon", "ma", "numero", "tel", "telephone", "portable", "mail", "email", "e", "c", "est", "le", "voici", "my", "number", "is", "phone", "et", "and":
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
				break
			}
		}
	}
	return n > 0
}

// needsPlace tells whether a contact request to kind goes to the general
// reception queue only because the place is not known (the place is then
// asked once).
func (t *turn) needsPlace(kind string) bool {
	if kind == "" || kind == directory.KindAccueil || t.r.Flags&flagHumanPlaceAsked != 0 {
		return false
	}
	f := t.facts()
	if f.Departement != "" || f.Outside || t.d.deps.Bookings == nil {
		return false
	}
	return reach.Find(t.d.deps.Bookings.Directory(), kind, "", f.Region).Reception
}

func handleHumanPlace(t *turn) error {
	// « par téléphone au 06 12 34 56 78 »: the number is the contact (read
	// by humanContact), never the Alpes-Maritimes.
	place := strings.TrimSpace(contactSpans.ReplaceAllString(t.text, " "))
	if hasWordOrNumber(place) && !intent.Skip(place) {
		p := analysis.ParsePlace(place)
		if p.Departement == "" && !p.Outside {
			p = analysis.Analyse(place, t.now)
		}
		if p.Departement != "" || p.Outside {
			t.r.Candidates = nil
			t.absorb(p)
		}
	}
	// Whatever the answer, asked once: routed with what is known now.
	if t.r.HumanKind == "" {
		t.r.HumanKind, _ = reach.HumanRoute(t.facts(), true)
	}
	return t.humanContact()
}

// pausedMessage passes a message written during the pause to the advisor
// of the contact request (the Slack thread of its card) and says so; false
// when there is no relay or no request to pass it to.
func (t *turn) pausedMessage() (bool, error) {
	if t.d.deps.Relay == nil || t.d.deps.Bookings == nil || t.r.HumanRef == "" || t.text == "" {
		return false, nil
	}
	bs, err := t.d.deps.Bookings.VisitorBookings(t.ctx, t.visitor())
	if err != nil {
		return false, fmt.Errorf("contact request %s: %w", t.r.HumanRef, err)
	}
	var b *bot.Booking
	for _, x := range bs {
		if x.Ref == t.r.HumanRef {
			b = x
		}
	}
	if b == nil {
		return false, nil
	}
	if err := t.d.deps.Relay.ToAdvisor(t.ctx, b, t.text); err != nil {
		return false, err
	}
	t.say(texts.Fill(t.x.HumanRelayed, t.r.HumanRef))
	return true, nil
}
