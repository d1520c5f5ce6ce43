package dialogs

// Intake: the welcome, the consent, the visitor's request and the
// questions that complete their situation.

import (
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cep-accueil/cepbot/bot/editdist"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/intent"
)

// ConsentVersion changes whenever the consent text changes: the version
// accepted is stored with the consent.
const ConsentVersion = "2026-11-27"

// The states of the intake.
const (
	StateConsent  State = "consentement"
	StateInfoOnly State = "information"
	StateRequest  State = "demande"
	StateStatus   State = "statut"
	StateAge      State = "age"
	StateHandicap State = "handicap"
	StateShare    State = "partage"
	StateCadre    State = "cadre"
	StatePlace    State = "lieu"
	StateCommune  State = "commune"
	StateProject  State = "projet"
)

// The events of the intake; most are named after the question they lead to.
const (
	EvAccept      Event = "accepter"
	EvRefuse      Event = "refuser"
	EvAskStatus   Event = "demander_statut"
	EvAskAge      Event = "demander_age"
	EvAskHandicap Event = "demander_handicap"
	EvAskShare    Event = "demander_partage"
	EvAskCadre    Event = "demander_cadre"
	EvAskPlace    Event = "demander_lieu"
	EvAskCommune  Event = "preciser_commune"
	EvAskProject  Event = "demander_projet"
)

var _ = declare(stateDef{State: StateNew, Answer: func(t *turn) error {
	t.say(t.x.Welcome)
	return t.goTo(EvStart)
}})

var _ = declare(stateDef{
	State: StateConsent,
	Question: func(t *turn) (string, []option) {
		return t.x.ConsentAsk, t.x.consentOptions
	},
	Answer: handleConsent,
	Moves:  []move{{EvAccept, StateRequest}, {EvRefuse, StateInfoOnly}},
})

var _ = declare(stateDef{
	State: StateInfoOnly,
	Question: func(t *turn) (string, []option) {
		return "", []option{
			{Value: "oui", Label: t.x.ChangeMind, Words: yesWords},
			{Value: "fin", Label: t.x.Finish, Words: []string{"terminer", "fin", "non", "merci", "au revoir"}},
		}
	},
	Answer: handleInfoOnly,
	Moves:  []move{{EvAccept, StateRequest}},
})

var _ = declare(stateDef{
	State:     StateRequest,
	Question:  requestQuestion,
	Answer:    handleRequest,
	Collects:  true,
	Fills:     []string{"request", "status", "age", "handicap", "cadre", "place", "project"},
	Resumable: true, Resume: EvAccept,
})

var _ = declare(stateDef{
	State:    StateStatus,
	Question: func(t *turn) (string, []option) { return t.x.StatusAsk, t.x.statusOtherOptions },
	Answer:   handleStatus,
	Collects: true, Fills: []string{"status"}, Slot: EvAskStatus,
	Resumable: true, Resume: EvAskStatus,
})

var _ = declare(stateDef{
	State:    StateAge,
	Question: func(t *turn) (string, []option) { return t.x.AgeAsk, nil },
	Answer:   handleAge,
	Collects: true, Fills: []string{"age"}, Slot: EvAskAge,
	Resumable: true, Resume: EvAskAge,
})

var _ = declare(stateDef{
	State:    StateHandicap,
	Question: func(t *turn) (string, []option) { return t.x.HandicapAsk, t.x.handicapOptions },
	Answer:   handleHandicap,
	Collects: true, Fills: []string{"handicap"}, Slot: EvAskHandicap,
	Resumable: true, Resume: EvAskHandicap,
})

var _ = declare(stateDef{
	State: StateShare,
	Question: func(t *turn) (string, []option) {
		// The disability is named: it may have been read in the
		// description, where « cette information » says nothing.
		q := t.x.ShareAsk
		if your, _ := t.proxy(); your != "" {
			q = texts.Fill(t.x.ProxyShareAsk, your)
		}
		return q, []option{
			{Value: "oui", Label: t.x.ShareYes, Words: yesWords},
			{Value: "non", Label: t.x.ShareNo, Words: noWords},
		}
	},
	Answer:   handleShare,
	Collects: true, Fills: []string{"share_handicap"}, Slot: EvAskShare,
	Resumable: true, Resume: EvAskShare,
})

var _ = declare(stateDef{
	State:    StateCadre,
	Question: func(t *turn) (string, []option) { return t.x.CadreAsk, t.x.cadreOptions },
	Answer:   handleCadre,
	Collects: true, Fills: []string{"cadre", "jeune_diplome"}, Slot: EvAskCadre,
	Resumable: true, Resume: EvAskCadre,
})

var _ = declare(stateDef{
	State:    StatePlace,
	Question: placeQuestion,
	Answer:   handlePlace,
	Collects: true, Fills: []string{"place"}, Slot: EvAskPlace,
	Resumable: true, Resume: EvAskPlace,
})

var _ = declare(stateDef{
	State:    StateCommune,
	Question: communeQuestion,
	Answer:   handleCommune,
	Collects: true, Fills: []string{"place"}, Slot: EvAskCommune,
	Resumable: true, Resume: EvAskCommune,
})

var _ = declare(stateDef{
	State:    StateProject,
	Question: func(t *turn) (string, []option) { return t.x.ProjectAsk, t.x.projectOptions },
	Answer:   handleProject,
	Collects: true, Fills: []string{"project"}, Slot: EvAskProject,
	Resumable: true, Resume: EvAskProject,
})

func communeQuestion(t *turn) (string, []option) {
	var opts []option
	for i, c := range t.r.Candidates {
		if c != "" {
			opts = append(opts, option{Value: "c" + strconv.Itoa(i), Label: c})
		}
	}
	if len(opts) == 1 { // a misspelt name to confirm (« Marseil »)
		opts[0].Words = yesWords
		return texts.Fill(t.x.AskTypo, opts[0].Label), append(opts, option{Value: "autre", Label: t.x.OtherCommune, Words: noWords})
	}
	// None of them, or not sure which: the postcode is asked.
	return t.x.CommuneAsk, append(opts, option{Value: "autre", Label: t.x.OtherCommuneList,
		Words: withUnsure("autre", "une autre", "autre commune", "aucune", "aucun", "aucune de ces communes", "pas dans la liste", "non", "none", "another")})
}

// maxRequestRunes caps the visitor's own words kept for the advisor: enough
// for a situation in a few sentences, and a stored conversation stays
// under 2 KiB (SPEC §10).
const maxRequestRunes = 800

// changesMind reports a typed consent after a refusal, whatever precedes
// it: « ah non attendez, en fait j'accepte » matched « Terminer » by its
// first word and ended the conversation (persona pe4). Not a refusal of it
// (« je n'accepte pas »).
func (t *turn) changesMind() bool {
	if t.in.Choice != "" || t.text == "" {
		return false
	}
	n := t.paddedNorm()
	return containsAny(n, []string{" j accepte ", " jaccepte ", " change d avis ", " changer d avis ", " finalement oui ", " i accept ", " i agree "}) &&
		!containsAny(n, []string{" n accepte ", " accepte pas ", " accepte rien "})
}

func handleConsent(t *turn) error {
	if _, ok := match(t.options(), t.in.Choice, t.text); !ok && t.in.Choice == "" && t.wordCount() >= 3 && !strings.Contains(t.text, "?") {
		// « je suis au chômage à Lille, 30 ans » before consenting: not
		// read nor kept, and said so.
		return t.fail(t.x.ConsentFirst, t.x.ConsentExample)
	}
	o, ok, err := t.choose(t.x.ConsentExample)
	if !ok {
		return err
	}
	switch o.Value {
	case "oui":
		t.r.Consent = t.now.UTC().Truncate(time.Second)
		if t.consentWithRequest() {
			// « oui, j'ai 25 ans et je suis au chômage à Blois »: the
			// consent and the request in one message, the request read
			// once consent is recorded, not asked again.
			if err := t.fire(EvAccept); err != nil {
				return err
			}
			return handleRequest(t)
		}
		return t.afterConsent()
	case "non":
		t.r = record{Lang: t.r.Lang, prep: prepared{Caller: t.r.prep.Caller}} // nothing personal is kept without consent
		t.factsChanged()
		t.say(t.x.Refused)
		return t.goTo(EvRefuse)
	default:
		t.say(t.x.ConsentMore)
		return t.ask()
	}
}

// consentWithRequest reports a consent typed with the request (« oui,
// j'ai 25 ans et je suis au chômage à Blois »): four words or more, no
// question mark, facts the analysis draws, and « oui » among the words.
func (t *turn) consentWithRequest() bool {
	if t.in.Choice != "" || t.r.Flags&flagWantsHuman != 0 || t.wordCount() < 4 || strings.Contains(t.text, "?") {
		return false
	}
	if o, ok := match(t.options(), "", t.text); !ok || o.Value != "oui" {
		return false
	}
	return t.saysFacts()
}

// saysFacts reports a message from which the analysis draws a status, an
// age or a place.
func (t *turn) saysFacts() bool {
	f := t.analyse()
	return f.Status != "" || f.Age != 0 || f.Departement != "" || len(f.Candidates) > 0
}

func handleInfoOnly(t *turn) error {
	if t.changesMind() {
		t.r.Consent = t.now.UTC().Truncate(time.Second)
		return t.afterConsent()
	}
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if o.Value == "oui" {
			t.r.Consent = t.now.UTC().Truncate(time.Second)
			return t.afterConsent()
		}
		t.say(t.x.Stop)
		return t.goTo(EvStop)
	}
	// Without consent nothing the visitor writes is kept: it is read for
	// this answer only (a question answered, the operator it points to
	// and its contacts), and the refusal block is not printed again.
	return t.refusedAnswer()
}

// requestQuestion asks for the visitor's description, or their
// relative's when the first message said whom they write for.
func requestQuestion(t *turn) (string, []option) {
	if your, pronoun := t.proxy(); your != "" {
		return texts.Fill(t.x.ProxyRequestAsk, your, pronoun), nil
	}
	return t.x.RequestAsk, nil
}

func handleRequest(t *turn) error {
	if t.text == "" {
		return t.fail(t.x.RequestEmpty, t.x.RequestAsk)
	}
	if t.navigation() {
		// « retour », « annuler » are not the visitor's situation.
		t.repeatedNavigation()
		return t.ask()
	}
	if t.onlyAQuestion() {
		// « ça coûte combien ? » instead of a description: the answer,
		// then the description asked again; the question is not the
		// situation the advisor will read.
		t.answerQuestion()
		t.countFailure()
		t.short = true
		return t.ask()
	}
	req := capRequest(t.original())
	t.r.Request = req
	t.oneAtATime()
	t.keepAppointmentWishes()
	t.absorb(t.analyse())
	t.pendingRecognitionInDescription()
	t.civicInDescription()
	t.studentJobInDescription()
	t.returnToWorkInDescription()
	t.insertionInDescription()
	t.seasonOverInDescription()
	t.doubtSector()
	t.saidSectorUnknown()
	// « mon fils a 17 ans…, que peut-il faire ? »: what the next steps are
	// for, said first (the clause may be left out of t.text).
	if !t.answerWhatToDo() && t.isQuestion() && (strings.Contains(t.text, "?") || len(t.answerCards()) > 0) {
		// "Je suis au chômage, est-ce que je peux utiliser mon CPF ?" is
		// a description and a question: answer it, then go on. « je veux
		// savoir quoi faire après la thèse », no card and no question
		// mark, is the project the advisor is there for, not a question
		// to say « Je ne sais pas répondre » to.
		t.answerQuestion()
	}
	return t.next()
}

// onlyAQuestion reports whether the description is a question a card
// answers and says nothing of the visitor (status, age, place, project…).
func (t *turn) onlyAQuestion() bool {
	if !t.isQuestion() || len(t.answerCards()) == 0 {
		return false
	}
	f := t.analyse()
	return f.Status == "" && f.Age == 0 && f.Departement == "" && f.Commune == "" && f.Workplace == "" &&
		f.Handicap == nil && f.Cadre == nil && f.JeuneDiplome == nil && len(f.Candidates) == 0 &&
		(f.Project == "" || f.Project == "information") && f.Doubts == 0 && !f.Outside
}

// oneAtATime says, when the description speaks of the visitor and a
// relative together (« mon mari et moi sommes tous les deux au chômage »),
// that the questions are about the visitor: the relative's age or
// situation would otherwise be mixed with theirs.
func (t *turn) oneAtATime() {
	if t.r.Proxy != "" {
		return
	}
	var rel intent.Relative
	var ok bool
	if orig := t.original(); orig == t.text {
		rel, ok = t.fold(orig).Couple() // folded once for the turn
	} else {
		rel, ok = intent.Couple(orig) // as written: an English message is restated
	}
	if !ok {
		return
	}
	who := t.x.CoupleOther
	if rel.Noun != "" {
		noun := rel.Noun
		if n := t.x.RelativeNames[noun]; n != "" {
			noun = n
		}
		who = texts.UpperFirst(texts.Fill(t.x.ProxyYour, noun))
	}
	t.say(texts.Fill(t.x.OneAtATime, who))
}

// absorb merges newly analysed facts into the session. The recap says
// where each came from (recapOrigins), and that must be true: a fact
// written in answer to the question about it is « précisé en réponse à mes
// questions »; one typed at another question that changes a fact already
// known (« en fait j'ai 47 ans » at the handicap question) is « corrigé par
// vous »; one that was not known keeps the analysis's origin, « compris
// dans vos messages »; one said again unchanged keeps where it came from.
// Before, all of them were « précisé en réponse à mes questions ».
func (t *turn) absorb(f analysis.Facts) {
	if d := t.def(); d != nil && d.Collects && t.state() != StateRequest {
		t.markOrigins(&f, d.Fills)
	}
	before := t.facts()
	after := before.Merge(f)
	t.storeFacts(after)
	if len(f.Candidates) > 0 && f.Departement == "" {
		t.r.Candidates = f.Candidates
	}
}

// markOrigins sets the origins of the facts f brings at a question that
// fills the facts named by fills (see absorb).
func (t *turn) markOrigins(f *analysis.Facts, fills []string) {
	before := t.facts()
	asks := func(names ...string) bool {
		for _, n := range names {
			if slices.Contains(fills, n) {
				return true
			}
		}
		return false
	}
	mark := func(o *analysis.Origin, old analysis.Origin, asked, known, differs bool) {
		switch {
		case o.How == analysis.HowUnknown:
		case asked && t.r.Correcting && known && differs:
			// chosen in « Corriger une information », then answered: a
			// correction, not a precision (it was « Précisé en réponse à
			// mes questions : âge » for an age just corrected)
			*o = analysis.Origin{How: analysis.HowCorrection, Conf: 100}
		case asked:
			*o = askedOrigin
		case known && differs:
			*o = analysis.Origin{How: analysis.HowCorrection, Conf: 100}
		case known && old.How != analysis.HowUnknown:
			*o = old // said again: where it first came from
		}
	}
	differ := func(a, b *bool) bool { return a != nil && b != nil && *a != *b }
	mark(&f.Why.Status, before.Why.Status, asks("status"), before.Status != "", f.Status != "" && f.Status != before.Status)
	// the branch comes with the status (« agent territorial »)
	mark(&f.Why.Branch, before.Why.Branch, asks("status", "branch"), before.Branch != "", f.Branch != "" && f.Branch != before.Branch)
	mark(&f.Why.Cadre, before.Why.Cadre, asks("cadre", "jeune_diplome"), before.Cadre != nil || before.JeuneDiplome != nil,
		differ(f.Cadre, before.Cadre) || differ(f.JeuneDiplome, before.JeuneDiplome))
	mark(&f.Why.Age, before.Why.Age, asks("age"), before.Age != 0, f.Age != 0 && f.Age != before.Age)
	mark(&f.Why.Handicap, before.Why.Handicap, asks("handicap"), before.Handicap != nil, differ(f.Handicap, before.Handicap))
	// « Lieu » chosen in the correction menu wipes the place before asking
	// it (recap.go): the answer is a correction, though nothing is known
	placeRedone := t.r.Correcting && asks("place") && before.Departement == "" && !before.Outside
	mark(&f.Why.Place, before.Why.Place, asks("place"), before.Departement != "" || before.Outside || placeRedone,
		(f.Departement != "" || f.Outside) && (placeRedone || f.Departement != before.Departement || f.Outside != before.Outside))
}

// next asks the first missing slot, or shows the recap. While correcting one
// field from the recap, it returns to the recap at once.
func (t *turn) next() error {
	r := &t.r
	f := t.facts()
	if f.Age > 0 && f.Age < 16 {
		r.Facts.Age = 0
		t.factsChanged()
		return t.under16()
	}
	if f.Handicap != nil && *f.Handicap && r.Share == nil {
		return t.goTo(EvAskShare)
	}
	if len(r.Candidates) > 0 && f.Departement == "" {
		return t.goTo(EvAskCommune)
	}
	if ev, ok := t.nextDoubt(); ok {
		return t.goTo(ev)
	}
	// While correcting, a fact the correction made necessary is asked too
	// (an agent public who is in fact a private employee was never asked
	// the handicap nor the cadre), then the recap at once.
	if ev, ok := t.missingSlot(); ok {
		return t.goTo(ev)
	}
	r.Correcting = false
	r.PlaceWas = ""
	// The project is not asked: it does not change the route, and the
	// advisor will clarify it. It can be set from the recap.
	return t.goTo(EvRecap)
}

// missingSlot is the question of the first fact the route still needs and
// that was not asked yet.
func (t *turn) missingSlot() (Event, bool) {
	r, f := &t.r, t.facts()
	for _, m := range t.route().Missing {
		switch m {
		case "status":
			if r.Asked&askedStatus == 0 {
				return EvAskStatus, true
			}
		case "age":
			return EvAskAge, true
		case "handicap":
			if r.Asked&askedHandicap == 0 {
				return EvAskHandicap, true
			}
		case "cadre":
			if r.Asked&askedCadre == 0 {
				return EvAskCadre, true
			}
		case "departement":
			return EvAskPlace, true
		}
	}
	if f.Departement == "" && !f.Outside {
		return EvAskPlace, true
	}
	return "", false
}

// answerOrAnalyse handles a question with options that also accepts free
// text: a matching option is applied; otherwise the text is analysed and,
// if it filled the slot, the dialogue goes on.
func (t *turn) answerOrAnalyse(apply func(o option), filled func(analysis.Facts) bool, example string) error {
	if t.noThenAge() && t.absorbNew(t.analyse()) {
		// « non 45 pas 54 » at the handicap question: the « non » denies
		// the age, it does not answer the question, asked again.
		return t.next()
	}
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		apply(o)
		// « non, je suis fonctionnaire », « oui et j'ai 54 ans en fait »:
		// the option's word answers, the rest may bring another fact,
		// kept too; the option stays the answer to its own question.
		if t.in.Choice == "" && t.wordCount() >= 2 && t.absorbNew(t.analyse()) {
			apply(o)
		}
		return t.next()
	}
	if t.keepBareAge() {
		return t.next()
	}
	if t.in.Choice == "" && t.text != "" {
		f := t.analyse()
		if filled(f) {
			t.absorb(f)
			return t.next()
		}
		if t.absorbNew(f) {
			return t.next()
		}
		if o, ok := t.fieldToRedo(); ok && t.forgetField(o) {
			// « oubliez ce que j'ai dit sur l'âge » at the handicap
			// question: that fact is asked again in its turn.
			t.say(t.x.Noted)
			return t.next()
		}
	}
	return t.fail(t.x.NotUnderstood+" "+t.x.Choose, example)
}

// keepBareAge keeps as the age a number typed alone at a question with
// buttons when no button has it and it is a plausible age (16–99): « 18 »
// at the status question is the age typed ahead of its question, not a
// mistyped button; before, « Ce numéro ne correspond à aucune réponse » and
// the age was lost. It is said back (« vous avez 18 ans ») so that a
// misreading shows, and the question is asked again. A number under 16
// stays a mistyped button, and a known age is not changed by a bare number
// (a correction says so in words: « en fait j'ai 27 ans »). The age was
// not asked: it is « compris dans vos messages » in the recap.
func (t *turn) keepBareAge() bool {
	if t.in.Choice != "" || t.facts().Age != 0 {
		return false
	}
	n, err := strconv.Atoi(strings.TrimSpace(t.text))
	if err != nil || n < 16 || n > 99 || n <= len(t.options()) || !digitsOnly(strings.TrimSpace(t.text)) {
		return false
	}
	f := analysis.Facts{Age: n}
	f.Why.Age = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.storeFacts(t.facts().Merge(f))
	if your, _ := t.proxy(); your != "" {
		t.say(t.x.Noted) // the relative's age: « vous avez » would be wrong
	} else {
		t.say(texts.Fill(t.x.AgeNoted, strconv.Itoa(n)))
	}
	return true
}

// digitsOnly reports a non-empty string of ASCII digits (« +18 » is not).
func digitsOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// absorbNew keeps the facts of an answer that does not answer the current
// question but says something new ("j'ai 17 ans" when asked where one
// lives): not a failure; the dialogue goes on from what it now knows.
func (t *turn) absorbNew(f analysis.Facts) bool {
	before := t.facts()
	f = t.keepToldStatus(f)
	after := before.Merge(f)
	// The project counts too: « je veux une formation » typed at the
	// handicap question is kept, not dropped with the unanswered question.
	if after.Status == before.Status && after.Age == before.Age && after.Departement == before.Departement &&
		same(after.Handicap, before.Handicap) && same(after.Cadre, before.Cadre) && same(after.JeuneDiplome, before.JeuneDiplome) &&
		after.Project == before.Project && after.Outside == before.Outside && after.Commune == before.Commune && !t.newHomonyms(f) &&
		after.MoveTo == before.MoveTo {
		// (a place outside the regions, « saint martin », is a fact
		// too: before, « je n'ai pas compris » at the status question
		// while the analysis had read it — issue 13, persona q26a; so is
		// a move to come, « je voudrais déménager à Nantes » at the place
		// question: « Je n'ai pas reconnu ce lieu », the move lost —
		// persona pe5)
		return false
	}
	t.absorb(f)
	t.say(t.x.Noted)
	return true
}

// newHomonyms reports a town with homonyms (« saint denis ») typed while
// no place is known nor being chosen: kept as a place doubt, as the place
// question keeps it (handlePlace), and the homonyms are asked next (absorb
// and next) — before, « je n'ai pas compris » at the status question
// while « lyon » there was kept. Not a name read through a spelling
// mistake: outside the place question, « montagne » is a word, not
// Montmagny.
//
// A misspelt name is kept too when the misspelling is slight (tightTypo):
// « Marseil » typed at the cadre question was « je n'ai pas compris » and
// the town lost, though the place question asks « Vouliez-vous dire
// Marseille ? » of the same word (persona pe4).
func (t *turn) newHomonyms(f analysis.Facts) bool {
	return len(f.Candidates) > 0 && f.Departement == "" && (f.Why.Place.How != analysis.HowTypo || tightTypo(t.text, f.Candidates[0])) &&
		t.facts().Departement == "" && !t.facts().Outside && len(t.r.Candidates) == 0
}

// tightTypo reports a word (or two) of text that misspells the commune of
// a candidate label slightly: one edit away, or its start with at most
// two letters missing (« Marseil », « Toulous », « Montpelier »), five
// letters at least. A common word two edits from a town (« montagne »,
// Montmagny) is no place outside the place question, whose confirmation
// (« Vouliez-vous dire… ? ») would be an odd detour there.
func tightTypo(text, label string) bool {
	name := geo.Key(candidatePlace(label).Commune)
	if name == "" {
		return false
	}
	words := strings.Fields(normalise(text))
	for i, w := range words {
		for _, typed := range []string{w, strings.Join(words[i:min(i+2, len(words))], " ")} {
			if len(typed) < 5 || typed == name {
				continue
			}
			if strings.HasPrefix(name, typed) && len(name)-len(typed) <= 2 || editdist.Distance(typed, name, 1) <= 1 {
				return true
			}
		}
	}
	return false
}

// weakStatusConf is the calibrated confidence (calibrate.go) of a status
// read from an employer alone whose staff are of both laws (« la poste »,
// « la SNCF », « la CAF »: private mostly, fonctionnaires too): right
// about half the time.
const weakStatusConf = 50

// keepToldStatus drops from the facts of a later answer a status that only
// such a weak reading gives against a firmer status already known (a
// status word, an answer, a correction): « je suis fonctionnaire » then
// « la poste » at the branch question is still an agent public, not a
// private employee « précisé en réponse à mes questions ». A correction in
// plain words (« non, en fait c'est la poste ») still changes it.
func (t *turn) keepToldStatus(f analysis.Facts) analysis.Facts {
	before := t.facts()
	if f.Status == "" || before.Status == "" || f.Status == before.Status ||
		f.Why.Status.Conf > weakStatusConf || before.Why.Status.Conf <= weakStatusConf || t.isCorrection() {
		return f
	}
	f.Status, f.Branch = "", ""
	f.Why.Status, f.Why.Branch = analysis.Origin{}, analysis.Origin{}
	return f
}

func same(a, b *bool) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func handleStatus(t *turn) error {
	// Marked asked once answered only: another fact typed here (« en fait
	// j'ai 36 ans ») leaves the status to ask again, not skipped to a
	// recap without one.
	if o, ok := match(t.options(), t.in.Choice, t.text); ok && o.Value == "autre" {
		t.r.Asked |= askedStatus
		return t.goTo(EvOther)
	}
	if done, err := t.statusInOwnWords(); done {
		return err
	}
	if t.studentWithJob() {
		return t.next()
	}
	if t.sentenceOverStatusWord() {
		return t.next()
	}
	return t.answerOrAnalyse(func(o option) {
		t.setStatus(o.Value)
	}, func(f analysis.Facts) bool { return f.Status != "" }, t.x.StatusExample)
}

func handleAge(t *turn) error {
	invalid, impossible, example := t.x.AgeInvalid, t.x.AgeImpossible, t.x.AgeExample
	if your, _ := t.proxy(); your != "" {
		// The question asked the relative's age: so do its reminders.
		invalid, impossible = texts.Fill(t.x.ProxyAgeInvalid, your), texts.Fill(t.x.ProxyAgeImpossible, your)
		example = texts.Fill(t.x.ProxyAgeExample, your)
	}
	age, ok := analysis.ParseAge(t.text, t.now)
	if n, err := strconv.Atoi(strings.TrimSpace(t.text)); !ok && err == nil && n >= 100 {
		// « 33000 »: a postal code typed ahead is the place, kept; the
		// age is still asked.
		if p := analysis.ParsePlace(t.text); p.Departement != "" && t.absorbNew(p) {
			return t.next()
		}
		return t.fail(impossible, example)
	}
	if !ok {
		return t.fail(invalid, example)
	}
	if age > 99 || age < 1 {
		return t.fail(impossible, example)
	}
	if datedSentence(t.text) {
		// « oui j'ai une RQTH depuis 2019 »: a year in a sentence is a
		// birth year only when the analysis reads one (« né en 1975 »);
		// otherwise it dates something else, and the age is still unknown.
		if f := t.analyse(); f.Age == 0 || sinceYearAge(t.normText(), t.now, f.Age) {
			f.Age = 0
			if t.absorbNew(f) {
				return t.next()
			}
			return t.fail(invalid, example)
		}
	}
	if bare, err := strconv.Atoi(strings.TrimSpace(t.text)); err == nil && bare < 10 {
		// « 1 » alone: a button number typed where there is none, not
		// the age of a toddler (the under-16 end would follow).
		return t.fail(impossible, example)
	}
	// "34" answers the age question; it is not the Hérault. Only a
	// sentence ("j'ai 23 ans et j'habite à Lille") may carry other facts.
	f := analysis.Facts{Age: age}
	if strings.IndexFunc(t.text, unicode.IsLetter) >= 0 {
		f = t.analyse()
		f.Age = age
	}
	f.Why.Age = askedOrigin // a bare « 34 » was asked for too
	t.absorb(f)
	return t.next()
}

// pendingCues say that a recognition is asked for and not granted yet
// (« demande en cours », « pas encore, c'est à la MDPH », « j'attends la
// réponse »).
var pendingCues = []string{" en cours ", " en attente ", " pas encore ", " demande ", " demandee ", " dossier ", " depose ",
	" deposee ", " attends ", " attente ", " pending ", " applied ", " not yet "}

// pendingRecognition reports an answer to the disability question that
// tells a request under way: no recognition now (code du travail L5213-1,
// the CDAPH grants it), the answer « non » — before, « je n'ai pas compris »
// three times.
func pendingRecognition(text string) bool {
	said := " " + normalise(text) + " "
	for _, c := range pendingCues {
		if strings.Contains(said, c) {
			return true
		}
	}
	return false
}

func handleHandicap(t *turn) error {
	if _, ok := match(t.options(), t.in.Choice, t.text); !ok && t.in.Choice == "" && pendingRecognition(t.text) {
		if f := t.analyse(); f.Handicap == nil {
			t.absorb(f)
			t.r.Asked |= askedHandicap
			t.r.Facts.Handicap = new(false)
			t.r.Facts.Why.Handicap = askedOrigin
			t.factsChanged()
			t.say(t.x.HandicapPending)
			return t.next()
		}
	}
	if t.in.Choice == "" && acknowledgementOnly(t.text) {
		// « ok », « d'accord », 👍: the question read, not a yes to a
		// recognised disability (read as one, it routed a job seeker to
		// Cap emploi).
		return t.fail(t.x.HandicapAckOnly+" "+t.x.HandicapExample, t.x.HandicapExample)
	}
	// Marked asked once answered only, as the status: another fact typed
	// here (« en fait j'habite à Bastia ») leaves the question to ask
	// again, not skipped.
	return t.answerOrAnalyse(func(o option) {
		t.r.Asked |= askedHandicap
		switch o.Value {
		case "oui":
			t.r.Facts.Handicap = new(true)
		case "non":
			t.r.Facts.Handicap = new(false)
		default:
			t.r.Facts.Handicap = nil
		}
		t.r.Facts.Why.Handicap = askedOrigin
		t.factsChanged()
	}, func(f analysis.Facts) bool { return f.Handicap != nil }, t.x.HandicapExample)
}

// ackWords acknowledge a message without affirming anything (normalised,
// the whole answer): a yes where a yes is asked for, but no answer to a
// question of fact such as the disability one.
var ackWords = map[string]bool{"ok": true, "okay": true, "oki": true, "c ok": true, "d accord": true, "dac": true, "ca marche": true,
	"volontiers": true, "parfait": true, "c est bon": true, "c bon": true, "cest bon": true, "tout est bon": true, "j accepte": true,
	"jaccepte": true, "accepte": true, "valider": true, "je confirme": true, "confirme": true, "jconfirme": true, "j confirme": true}

// acknowledgementOnly tells whether a message only acknowledges (« ok »,
// « bon d'accord », 👍).
func acknowledgementOnly(text string) bool {
	n := normalise(text)
	if n == "" {
		return thumbsUp(text)
	}
	return ackWords[withoutFillers(n)]
}

func handleShare(t *turn) error {
	// Another fact typed here (« j'ai 31 ans en fait », « j'habite à
	// Nantes ») is kept, and the question, still unanswered, asked again.
	if _, ok := match(t.options(), t.in.Choice, t.text); !ok && t.in.Choice == "" && t.text != "" && t.absorbNew(t.analyse()) {
		return t.next()
	}
	o, ok, err := t.choose(t.x.ShareExample)
	if !ok {
		return err
	}
	t.r.Share = new(o.Value == "oui")
	return t.next()
}

func handleCadre(t *turn) error {
	// Marked asked once answered only (see handleHandicap).
	return t.answerOrAnalyse(func(o option) {
		t.r.Asked |= askedCadre
		t.r.Facts.Cadre = new(o.Value == "cadre")
		t.r.Facts.JeuneDiplome = new(o.Value == "bac3")
		t.r.Facts.Why.Cadre = askedOrigin
		t.factsChanged()
	}, func(f analysis.Facts) bool { return f.Cadre != nil || f.JeuneDiplome != nil }, t.x.CadreExample)
}

var fourDigits = regexp.MustCompile(`^\s*\d{4}\s*$`)

var yearInSentence = regexp.MustCompile(`\b(19|20)\d{2}\b`)

var sinceYear = regexp.MustCompile(`\bdepuis (?:l an |l annee |janvier |fevrier |mars |avril |mai |juin |juillet |aout |septembre |octobre |novembre |decembre )?((?:19|20)\d{2})\b`)

// sinceYearAge reports an age read from a year that dates something
// (« je travaille depuis 2010 » gave 16 ans).
func sinceYearAge(norm string, now time.Time, age int) bool {
	for _, m := range sinceYear.FindAllStringSubmatch(norm, -1) {
		if y, err := strconv.Atoi(m[1]); err == nil && now.Year()-y == age {
			return true
		}
	}
	return false
}

// datedSentence reports a sentence (not a bare « 1975 ») holding a year.
func datedSentence(text string) bool {
	return strings.IndexFunc(text, unicode.IsLetter) >= 0 && yearInSentence.MatchString(text)
}

func handlePlace(t *turn) error {
	if t.r.Correcting && t.r.PlaceWas != "" && t.in.Choice == "" && slices.Contains(nothingToCorrect, withoutFillers(normalise(t.text))) {
		// « Lieu » chosen in the correction menu, then « finalement c'est
		// bon »: the place wiped comes back (it was « Je n'ai pas reconnu
		// ce lieu » again and again).
		if t.restorePlace() {
			t.r.Correcting = false
			t.say(t.x.NothingCorrected)
			return t.goTo(EvRevise)
		}
	}
	if wp := t.facts().Workplace; wp != "" && t.facts().Departement == "" {
		// « oui » alone answers the one button offered (« J'habite dans
		// le même département »): nothing else can be meant by it here.
		o, ok := match(t.options(), t.in.Choice, t.text)
		if !ok && t.in.Choice == "" && slices.Contains(yesWords, normalise(t.text)) {
			o, ok = option{Value: "meme"}, true
		}
		if ok && o.Value == "meme" {
			p := analysis.Facts{Departement: wp}
			p.Why.Place = askedOrigin
			t.absorb(p)
			return t.next()
		}
		if !ok && t.in.Choice == "" && slices.Contains(noWords, normalise(t.text)) {
			// « non » to the one button: another département, still to
			// be said. It was « Je n'ai pas reconnu ce lieu », as if « non »
			// were a town; the button is not offered again.
			t.say(t.x.HomeElsewhere)
			return nil
		}
	}
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if d, isDep := strings.CutPrefix(o.Value, "dep:"); isDep {
			p := analysis.Facts{Departement: d, Region: geo.RegionOf(d)}
			p.Why.Place = askedOrigin
			t.absorb(p)
			return t.next()
		}
	}
	p := withDepOrTown(analysis.ParsePlace(t.text), t.text, t.x.DepartementChoice)
	if p.Departement == "" && !p.Outside && len(p.Candidates) == 0 {
		p = t.analyse()
	}
	p, homonyms := t.placeInRegion(p)
	if homonyms {
		return t.goTo(EvAskCommune)
	}
	switch {
	case p.Departement != "" && t.homonymNearWork(p):
		return t.goTo(EvAskCommune)
	case p.Departement != "":
		t.r.Candidates = nil
		t.absorbBesidePlace()
		t.absorb(p)
		return t.next()
	case len(p.Candidates) > 0:
		t.r.Candidates = p.Candidates
		return t.goTo(EvAskCommune)
	case p.Outside && (t.r.Flags&flagOutsideSaid != 0 || p.Commune != ""):
		// said again after « not covered »: that is where the visitor
		// lives; kept, the recap and the contacts for such a place follow
		// (as when the first message names it) instead of the same
		// question again and again. A French collectivity outside the
		// regions (Saint-Martin, Saint-Barthélemy, Saint-Pierre-et-
		// Miquelon, the Pacific: the name is known) is kept at once: the
		// visitor who lives there was told « not covered », to give
		// another place, and asked again (persona pe1); abroad
		// (« Genève ») the visitor may still give a French home.
		p.Why.Place = askedOrigin
		t.absorb(p)
		return t.next()
	case p.Outside:
		t.say(t.x.Outside)
		t.r.Flags |= flagOutsideSaid
		return t.ask()
	case fourDigits.MatchString(t.text):
		return t.fail(t.x.PostcodeShort, t.x.PlaceExample)
	case p.Region != "" && t.absorbRegion(p.Region):
		// « en Corse »: the region narrows the question to its départements
		return t.ask()
	case t.absorbNew(p):
		return t.next()
	case t.in.Choice == "" && len(t.options()) > 0 && len(strings.TrimSpace(t.text)) == 1 && digitsOnly(strings.TrimSpace(t.text)):
		// « 2 » where the place question has one button (« J'habite dans
		// le même département »): a button mistyped, not a place; it was
		// « Je n'ai pas reconnu ce lieu » (persona pe4).
		return t.fail(t.x.PlaceNumber, t.x.PlaceExample)
	}
	return t.fail(t.placeInvalid(), t.x.PlaceExample)
}

// absorbBesidePlace keeps the other facts of a sentence that answers the
// place question: « j'habite à Lille, et au fait j'ai 54 ans pas 45 » is
// also a correction of the age, lost when only the place was read. The
// place itself stays the one ParsePlace read.
func (t *turn) absorbBesidePlace() {
	if t.in.Choice != "" || t.wordCount() < 4 {
		return
	}
	f := t.analyse()
	f.Departement, f.Region, f.Commune, f.Outside, f.Candidates, f.Workplace = "", "", "", false, nil, ""
	f.Project = ""
	f.Doubts &^= analysis.DoubtHome | analysis.DoubtPlace
	if f.Age != 0 && datedSentence(t.text) && sinceYearAge(t.normText(), t.now, f.Age) {
		f.Age = 0 // « à Lille depuis 2019 » dates the move, not a birth
	}
	t.absorbNew(f)
}

// absorbRegion keeps a region named alone when it has few départements to
// offer; it reports whether it did.
func (t *turn) absorbRegion(region string) bool {
	f := t.facts()
	old := f.Region
	f.Region = region
	t.storeFacts(f)
	if len(t.regionDeps()) == 0 {
		f.Region = old
		t.storeFacts(f)
		return false
	}
	return true
}

func handleCommune(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok && t.in.Choice == "" {
		if p := withDepOrTown(analysis.ParsePlace(t.text), t.text, t.x.DepartementChoice); len(p.Candidates) > 0 && slices.Equal(p.Candidates, t.r.Candidates) {
			// « Valence » typed again at the choice among the Valence:
			// the same question without a word was a loop, and
			// « vienne » again picked the département.
			return t.fail(t.x.CommuneAgain, t.x.PlaceExample)
		}
	}
	if !ok && t.in.Choice == "" {
		// « en Martinique », « celle du Jura »: the département names the
		// homonym; it was taken alone and the commune lost.
		said := " " + normalise(t.text) + " "
		var hits []option
		for _, c := range t.options() {
			i := strings.LastIndex(c.Label, "(")
			if c.Value == "autre" || i < 0 {
				continue
			}
			name, code, _ := strings.Cut(strings.Trim(c.Label[i:], "() "), ",")
			for _, w := range []string{normalise(name), strings.TrimSpace(code)} {
				if w != "" && containsPadded(said, w) {
					hits = append(hits, c)
					break
				}
			}
		}
		if len(hits) == 1 {
			o, ok = hits[0], true
		}
	}
	if !ok && t.in.Choice == "" {
		// « 93200 » for Saint-Denis: a postal code of one homonym's
		// département picks that homonym, and the commune is kept.
		// « à St Pierre et Miquelon »: a place outside the regions picks
		// the one homonym there.
		// A postal code now names its commune when it serves one (« 93200 »
		// is Saint-Denis) and an overseas collectivity is named
		// (« Saint-Pierre-et-Miquelon »): such a name is the homonym's own
		// or its territory's, not another commune.
		if p := analysis.ParsePlace(t.text); p.Departement != "" || p.Outside {
			var hits []option
			for _, c := range t.options() {
				cp := candidatePlace(c.Label)
				named := p.Commune == "" || strings.EqualFold(p.Commune, cp.Commune) || strings.Contains(c.Label, "("+p.Commune+", ")
				if c.Value != "autre" && named && (p.Departement != "" && cp.Departement == p.Departement || p.Departement == "" && cp.Outside) {
					hits = append(hits, c)
				}
			}
			if len(hits) == 1 {
				o, ok = hits[0], true
			}
		}
	}
	if !ok && t.in.Choice == "" {
		var near []option
		o, ok, near = nearCandidate(t.options(), t.text)
		if !ok && len(near) == 1 {
			o, ok = near[0], true
		}
		if !ok && len(near) > 1 {
			// « près de Paris » for Montigny: two of them are; asked
			// again with those only, the neighbour taken for no home
			t.r.Candidates = t.r.Candidates[:0]
			for _, c := range near {
				t.r.Candidates = append(t.r.Candidates, c.Label)
			}
			return t.ask()
		}
	}
	if !ok && t.in.Choice == "" {
		if p := analysis.ParsePlace(t.text); p.Outside && p.Departement == "" && len(p.Candidates) == 0 {
			// « Saint-Martin » typed at the Saint-Pierre choice: another
			// place, outside the regions, is a new answer that replaces
			// the homonym. It was « not covered » and the same choice
			// again, which « 1 » then answered with Saint-Pierre (La
			// Réunion) (persona q27a, issue 13).
			t.r.Candidates = nil
			t.r.Facts.Doubts &^= analysis.DoubtPlace
			p.Why.Place = askedOrigin
			t.absorb(p)
			t.say(t.x.Outside)
			t.r.Flags |= flagOutsideSaid
			return t.next()
		}
	}
	if !ok {
		// A postal code or another place typed here resolves it too.
		return handlePlace(t)
	}
	if o.Value == "autre" { // not the town suggested for a misspelt name
		if t.in.Choice == "" && t.wordCount() >= 2 {
			if p := analysis.ParsePlace(t.text); p.Departement != "" || p.Outside {
				// « non je me suis trompé, c'est Saint-Denis-en-Val »:
				// the « non » says none of them, the rest is the answer
				t.r.Candidates = nil
				t.r.Facts.Doubts &^= analysis.DoubtPlace
				return handlePlace(t)
			}
		}
		t.r.Candidates = nil
		t.r.Facts.Doubts &^= analysis.DoubtPlace
		return t.goTo(EvAskPlace)
	}
	p := candidatePlace(o.Label)
	if p.Departement == "" && !p.Outside {
		// (Saint-Pierre of Saint-Pierre-et-Miquelon has no département:
		// outside the 18 regions, it is a place all the same)
		return t.fail(t.placeInvalid(), t.x.PlaceExample)
	}
	corrected := t.r.Correcting && t.facts().Why.Place.How == analysis.HowCorrection
	t.r.Candidates = nil
	t.absorb(p)
	if corrected {
		// the homonym of a move written in plain words: still a correction
		t.r.Facts.Why.Place = analysis.Origin{How: analysis.HowCorrection, Conf: 100}
	}
	return t.next()
}

// nearCues say that the town named next is a neighbour, not the home.
var nearCues = []string{" pres de ", " pres d ", " a cote de ", " a cote d ", " pas loin de ", " pas loin d ", " proche de ",
	" proche d ", " vers ", " autour de ", " autour d ", " environs de ", " environs d ", " banlieue de ", " banlieue d ",
	" region de ", " region d "}

// nearCandidate picks the homonym a visitor points at with a neighbouring
// town (« celui près de Paris » for Saint-Denis, « à côté de Metz » for
// Montigny): before, the town named was taken as the home. The rule is
// analysis.NearestHomonym's; when it does not settle, near lists the
// homonyms within 60 km of the town.
func nearCandidate(opts []option, text string) (o option, ok bool, near []option) {
	said := " " + normalise(text) + " "
	cue := -1
	for _, c := range nearCues {
		if i := strings.Index(said, c); i >= 0 {
			cue = i + len(c) - 1
			break
		}
	}
	if cue < 0 {
		return option{}, false, nil
	}
	// The longest run of words after the cue that names a commune, its most
	// populous bearer: « Paris » is a commune here, not only a département.
	words := strings.Fields(said[cue:])
	var town []geo.Commune
	for n := min(len(words), 4); n > 0 && len(town) == 0; n-- {
		town = geo.CommunesByKey(geo.Key(strings.Join(words[:n], " ")))
	}
	if len(town) == 0 {
		return option{}, false, nil
	}
	at, ok := town[0].Centre()
	if !ok {
		return option{}, false, nil
	}
	var homs []geo.Commune
	var idx []int
	for i, o := range opts {
		if o.Value == "autre" {
			continue
		}
		cp := candidatePlace(o.Label)
		if c, ok := geo.CommuneIn(cp.Commune, cp.Departement); ok {
			homs = append(homs, c)
			idx = append(idx, i)
		}
	}
	if h, ok := analysis.NearestHomonym(homs, at); ok {
		return opts[idx[h]], true, nil
	}
	for i, c := range homs {
		if p, ok := c.Centre(); ok && geo.DistanceKm(at, p) <= 60 {
			near = append(near, opts[idx[i]])
		}
	}
	return option{}, false, near
}

// candidatePlace is the place of a homonym's label, « Saint-Pierre
// (Martinique, 972) ».
func candidatePlace(label string) analysis.Facts {
	p := analysis.ParsePlace(label)
	if p.Departement == "" {
		if i := strings.LastIndex(label, "("); i >= 0 {
			p = analysis.ParsePlace(strings.Trim(label[i:], "() "))
			p.Commune = strings.TrimSpace(label[:i])
		}
	}
	return p
}

func handleProject(t *turn) error {
	return t.answerOrAnalyse(func(o option) { t.r.Facts.Project = o.Value; t.factsChanged() },
		func(f analysis.Facts) bool { return f.Project != "" }, t.x.Choose)
}

// homonymNearWork offers the communes to choose from when the one named at
// the place question lies in another département than the workplace while
// a commune of the workplace's département extends its name: « Cesson » is
// in Seine-et-Marne, but a teacher of Rennes who lives « à Cesson » means
// Cesson-Sévigné. Homonyms are asked, never guessed (issue 13).
func (t *turn) homonymNearWork(p analysis.Facts) bool {
	wp := t.facts().Workplace
	if wp == "" || p.Commune == "" || p.Departement == wp {
		return false
	}
	key := geo.Key(p.Commune)
	near := geo.CommunesExtending(key, wp)
	if len(near) == 0 {
		return false
	}
	var named *geo.Commune
	for _, c := range geo.CommunesByKey(key) {
		if c.Dep == p.Departement {
			named = &c
			break
		}
	}
	if named == nil {
		return false
	}
	labels := []string{analysis.CandidateLabel(*named)}
	for _, c := range near[:min(len(near), 3)] {
		labels = append(labels, analysis.CandidateLabel(c))
	}
	t.r.Candidates = labels
	return true
}
