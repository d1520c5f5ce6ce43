package dialogs

// Intake: the welcome, the consent, the visitor's request and the
// questions that complete their situation.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

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
	t.say(txtWelcome)
	return t.goTo(EvStart)
}})

var _ = declare(stateDef{
	State: StateConsent,
	Question: func(*turn) (string, []option) {
		return txtConsentAsk, []option{
			{Value: "oui", Label: txtConsentYes, Words: yesWords},
			{Value: "non", Label: txtConsentNo, Words: noWords},
			{Value: "plus", Label: txtConsentDetail, Words: []string{"plus", "en savoir plus", "details", "pourquoi", "info"}},
		}
	},
	Answer: handleConsent,
	Moves:  []move{{EvAccept, StateRequest}, {EvRefuse, StateInfoOnly}},
})

var _ = declare(stateDef{
	State: StateInfoOnly,
	Question: func(*turn) (string, []option) {
		return "", []option{
			{Value: "oui", Label: txtChangeMind, Words: yesWords},
			{Value: "fin", Label: txtFinish, Words: []string{"terminer", "fin", "non", "merci", "au revoir"}},
		}
	},
	Answer: handleInfoOnly,
	Moves:  []move{{EvAccept, StateRequest}},
})

var _ = declare(stateDef{
	State:     StateRequest,
	Question:  func(*turn) (string, []option) { return txtRequestAsk, nil },
	Answer:    handleRequest,
	Collects:  true,
	Fills:     []string{"request", "status", "age", "handicap", "cadre", "place", "project"},
	Resumable: true, Resume: EvAccept,
})

var _ = declare(stateDef{
	State:    StateStatus,
	Question: func(*turn) (string, []option) { return txtStatusAsk, statusOptions },
	Answer:   handleStatus,
	Collects: true, Fills: []string{"status"}, Slot: EvAskStatus,
	Resumable: true, Resume: EvAskStatus,
})

var _ = declare(stateDef{
	State:    StateAge,
	Question: func(*turn) (string, []option) { return txtAgeAsk, nil },
	Answer:   handleAge,
	Collects: true, Fills: []string{"age"}, Slot: EvAskAge,
	Resumable: true, Resume: EvAskAge,
})

var _ = declare(stateDef{
	State:    StateHandicap,
	Question: func(*turn) (string, []option) { return txtHandicapAsk, handicapOptions },
	Answer:   handleHandicap,
	Collects: true, Fills: []string{"handicap"}, Slot: EvAskHandicap,
	Resumable: true, Resume: EvAskHandicap,
})

var _ = declare(stateDef{
	State: StateShare,
	Question: func(*turn) (string, []option) {
		return txtShareAsk, []option{
			{Value: "oui", Label: txtShareYes, Words: yesWords},
			{Value: "non", Label: txtShareNo, Words: noWords},
		}
	},
	Answer:   handleShare,
	Collects: true, Fills: []string{"share_handicap"}, Slot: EvAskShare,
	Resumable: true, Resume: EvAskShare,
})

var _ = declare(stateDef{
	State:    StateCadre,
	Question: func(*turn) (string, []option) { return txtCadreAsk, cadreOptions },
	Answer:   handleCadre,
	Collects: true, Fills: []string{"cadre", "jeune_diplome"}, Slot: EvAskCadre,
	Resumable: true, Resume: EvAskCadre,
})

var _ = declare(stateDef{
	State:    StatePlace,
	Question: func(*turn) (string, []option) { return txtPlaceAsk, nil },
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
	Question: func(*turn) (string, []option) { return txtProjectAsk, projectOptions },
	Answer:   handleProject,
	Collects: true, Fills: []string{"project"}, Slot: EvAskProject,
	Resumable: true, Resume: EvAskProject,
})

func communeQuestion(t *turn) (string, []option) {
	var opts []option
	for i, c := range strings.Split(t.s.Get(varCands), "|") {
		if c != "" {
			opts = append(opts, option{Value: "c" + strconv.Itoa(i), Label: c})
		}
	}
	return txtCommuneAsk, opts
}

// maxRequestRunes caps the visitor's own words kept for the advisor: enough
// for a situation in a few sentences, and a stored conversation stays
// under 2 KiB (SPEC §10).
const maxRequestRunes = 800

var statusOptions = []option{
	{Value: "demandeur_emploi", Label: txtStatusJobSeeker, Words: []string{"chomage", "chomeur", "demandeur d emploi", "sans emploi", "je cherche"}},
	{Value: "salarie_prive", Label: txtStatusEmployee, Words: []string{"salarie", "salariee", "salarie du prive", "cdi", "cdd", "interim"}},
	{Value: "agent_public", Label: txtStatusPublic, Words: []string{"fonctionnaire", "agent public", "contractuel", "fonction publique"}},
	{Value: "independant", Label: txtStatusSelf, Words: []string{"independant", "independante", "artisan", "liberal", "auto entrepreneur", "micro entrepreneur", "freelance"}},
	{Value: "etudiant", Label: txtStatusStudent, Words: []string{"etudiant", "etudiante", "eleve", "lyceen", "lyceenne"}},
}

var handicapOptions = []option{
	{Value: "non", Label: txtNo, Words: noWords},
	{Value: "oui", Label: txtYes, Words: append([]string{"rqth", "handicap", "invalidite"}, yesWords...)},
	{Value: "passer", Label: txtSkip, Words: []string{"passer", "je prefere ne pas repondre", "ne pas repondre", "pas de reponse", "sans reponse", "je ne sais pas", "sais pas"}},
}

var cadreOptions = []option{
	{Value: "non", Label: txtNo, Words: noWords},
	{Value: "cadre", Label: txtCadreYes, Words: []string{"cadre", "oui cadre", "je suis cadre", "oui"}},
	{Value: "bac3", Label: txtGraduate, Words: []string{"bac 3", "bac+3", "licence", "master", "diplome", "bac 5", "bac+5"}},
}

var projectOptions = []option{
	{Value: "reconversion", Label: "Changer de métier", Words: []string{"reconversion", "changer de metier"}},
	{Value: "formation", Label: "Me former", Words: []string{"formation", "me former"}},
	{Value: "reprise_activite", Label: "Trouver un emploi", Words: []string{"emploi", "travail", "trouver un emploi"}},
	{Value: "mobilite", Label: "Évoluer dans mon travail", Words: []string{"evoluer", "mobilite", "promotion"}},
	{Value: "creation_activite", Label: "Créer ou reprendre une entreprise", Words: []string{"creer", "creation", "entreprise"}},
	{Value: "vae", Label: "Faire valider mon expérience (VAE)", Words: []string{"vae"}},
	{Value: "bilan", Label: "Faire un bilan de compétences", Words: []string{"bilan"}},
	{Value: "autre", Label: "Je ne sais pas encore", Words: []string{"je ne sais pas", "sais pas", "autre"}},
}

func handleConsent(t *turn) error {
	o, ok, err := t.choose(txtConsentAsk)
	if !ok {
		return err
	}
	switch o.Value {
	case "oui":
		t.s.Set(varConsent, t.now.UTC().Format(time.RFC3339))
		return t.goTo(EvAccept)
	case "non":
		t.s.Vars = nil // nothing personal is kept without consent
		t.say(txtRefused)
		return t.goTo(EvRefuse)
	default:
		t.say(txtConsentMore)
		return t.ask()
	}
}

func handleInfoOnly(t *turn) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if o.Value == "oui" {
			t.s.Set(varConsent, t.now.UTC().Format(time.RFC3339))
			return t.goTo(EvAccept)
		}
		t.say(txtStop)
		return t.goTo(EvStop)
	}
	// Without consent nothing the visitor writes is analysed or kept.
	t.say(txtRefused)
	return t.ask()
}

func handleRequest(t *turn) error {
	if t.text == "" {
		return t.fail(txtRequestEmpty, txtRequestAsk)
	}
	req := t.text
	if r := []rune(req); len(r) > maxRequestRunes {
		req = string(r[:maxRequestRunes])
	}
	t.s.Set(varRequest, req)
	t.absorb(analysis.Analyse(t.text, t.now))
	if knowledge.IsQuestion(t.text) {
		// "Je suis au chômage, est-ce que je peux utiliser mon CPF ?" is
		// a description and a question: answer it, then go on.
		t.answerQuestion()
	}
	return t.next()
}

// absorb merges newly analysed facts into the session.
func (t *turn) absorb(f analysis.Facts) {
	merged := factsOf(t.s).Merge(f)
	storeFacts(t.s, merged)
	if len(f.Candidates) > 0 && f.Departement == "" {
		t.s.Set(varCands, strings.Join(f.Candidates, "|"))
	}
}

// next asks the first missing slot, or shows the recap. While correcting one
// field from the recap, it returns to the recap at once.
func (t *turn) next() error {
	s := t.s
	f := factsOf(s)
	if f.Age > 0 && f.Age < 16 {
		s.Set(varAge, "")
		t.say(txtUnder16)
		return t.goTo(EvAskAge)
	}
	if f.Handicap != nil && *f.Handicap && s.Get(varShare) == "" {
		return t.goTo(EvAskShare)
	}
	if s.Get(varCands) != "" && f.Departement == "" {
		return t.goTo(EvAskCommune)
	}
	if s.Get(varCorrect) == "1" {
		s.Set(varCorrect, "")
		return t.goTo(EvRecap)
	}
	dec := routing.Route(f)
	for _, m := range dec.Missing {
		switch m {
		case "status":
			if !asked(s, "s") {
				return t.goTo(EvAskStatus)
			}
		case "age":
			return t.goTo(EvAskAge)
		case "handicap":
			if !asked(s, "h") {
				return t.goTo(EvAskHandicap)
			}
		case "cadre":
			if !asked(s, "c") {
				return t.goTo(EvAskCadre)
			}
		case "departement":
			return t.goTo(EvAskPlace)
		}
	}
	if f.Departement == "" && !f.Outside {
		return t.goTo(EvAskPlace)
	}
	// The project is not asked: it does not change the route, and the
	// advisor will clarify it. It can be set from the recap.
	return t.goTo(EvRecap)
}

// answerOrAnalyse handles a question with options that also accepts free
// text: a matching option is applied; otherwise the text is analysed and,
// if it filled the slot, the dialogue goes on.
func (t *turn) answerOrAnalyse(apply func(o option), filled func(analysis.Facts) bool, example string) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		apply(o)
		return t.next()
	}
	if t.in.Choice == "" && t.text != "" {
		f := analysis.Analyse(t.text, t.now)
		if filled(f) {
			t.absorb(f)
			return t.next()
		}
		if t.absorbNew(f) {
			return t.next()
		}
	}
	return t.fail(txtNotUnderstood+" "+txtChoose, example)
}

// absorbNew keeps the facts of an answer that does not answer the current
// question but says something new ("j'ai 17 ans" when asked where one
// lives): not a failure; the dialogue goes on from what it now knows.
func (t *turn) absorbNew(f analysis.Facts) bool {
	before := factsOf(t.s)
	after := before.Merge(f)
	if after.Status == before.Status && after.Age == before.Age && after.Departement == before.Departement &&
		same(after.Handicap, before.Handicap) && same(after.Cadre, before.Cadre) && same(after.JeuneDiplome, before.JeuneDiplome) {
		return false
	}
	t.absorb(f)
	t.say(txtNoted)
	return true
}

func same(a, b *bool) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func handleStatus(t *turn) error {
	markAsked(t.s, "s")
	return t.answerOrAnalyse(func(o option) {
		t.s.Set(varStatus, o.Value)
		if o.Value == "agent_public" || o.Value == "etudiant" {
			t.s.Set(varCadre, "")
		}
	}, func(f analysis.Facts) bool { return f.Status != "" }, txtStatusExample)
}

func handleAge(t *turn) error {
	age, ok := analysis.ParseAge(t.text, t.now)
	if n, err := strconv.Atoi(strings.TrimSpace(t.text)); !ok && err == nil && n >= 100 {
		return t.fail(txtAgeImpossible, txtAgeExample)
	}
	if !ok {
		return t.fail(txtAgeInvalid, txtAgeExample)
	}
	if age > 99 || age < 1 {
		return t.fail(txtAgeImpossible, txtAgeExample)
	}
	// "34" answers the age question; it is not the Hérault. Only a
	// sentence ("j'ai 23 ans et j'habite à Lille") may carry other facts.
	f := analysis.Facts{Age: age}
	if strings.IndexFunc(t.text, unicode.IsLetter) >= 0 {
		f = analysis.Analyse(t.text, t.now)
		f.Age = age
	}
	t.absorb(f)
	return t.next()
}

func handleHandicap(t *turn) error {
	markAsked(t.s, "h")
	return t.answerOrAnalyse(func(o option) {
		switch o.Value {
		case "oui":
			t.s.Set(varHandicap, "1")
		case "non":
			t.s.Set(varHandicap, "0")
		default:
			t.s.Set(varHandicap, "")
		}
	}, func(f analysis.Facts) bool { return f.Handicap != nil }, txtHandicapExample)
}

func handleShare(t *turn) error {
	o, ok, err := t.choose(txtShareAsk)
	if !ok {
		return err
	}
	t.s.Set(varShare, map[bool]string{true: "1", false: "0"}[o.Value == "oui"])
	return t.next()
}

func handleCadre(t *turn) error {
	markAsked(t.s, "c")
	return t.answerOrAnalyse(func(o option) {
		t.s.Set(varCadre, map[bool]string{true: "1", false: "0"}[o.Value == "cadre"])
		t.s.Set(varGraduate, map[bool]string{true: "1", false: "0"}[o.Value == "bac3"])
	}, func(f analysis.Facts) bool { return f.Cadre != nil || f.JeuneDiplome != nil }, txtCadreExample)
}

var fourDigits = regexp.MustCompile(`^\s*\d{4}\s*$`)

func handlePlace(t *turn) error {
	p := analysis.ParsePlace(t.text)
	if p.Departement == "" && !p.Outside && len(p.Candidates) == 0 {
		p = analysis.Analyse(t.text, t.now)
	}
	switch {
	case p.Departement != "":
		t.s.Set(varCands, "")
		t.absorb(p)
		return t.next()
	case len(p.Candidates) > 0:
		t.s.Set(varCands, strings.Join(p.Candidates, "|"))
		return t.goTo(EvAskCommune)
	case p.Outside:
		t.say(txtOutside)
		return t.ask()
	case fourDigits.MatchString(t.text):
		return t.fail(txtPostcodeShort, txtPlaceExample)
	case t.absorbNew(p):
		return t.next()
	}
	return t.fail(txtPlaceInvalid, txtPlaceExample)
}

func handleCommune(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		// A postal code or another place typed here resolves it too.
		return handlePlace(t)
	}
	p := analysis.ParsePlace(o.Label)
	if p.Departement == "" {
		if i := strings.LastIndex(o.Label, "("); i >= 0 {
			p = analysis.ParsePlace(strings.Trim(o.Label[i:], "() "))
			p.Commune = strings.TrimSpace(o.Label[:i])
		}
	}
	if p.Departement == "" {
		return t.fail(txtPlaceInvalid, txtPlaceExample)
	}
	t.s.Set(varCands, "")
	t.absorb(p)
	return t.next()
}

func handleProject(t *turn) error {
	return t.answerOrAnalyse(func(o option) { t.s.Set(varProject, o.Value) },
		func(f analysis.Facts) bool { return f.Project != "" }, txtChoose)
}
