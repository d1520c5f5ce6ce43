package dialogs

// Recap and corrections: the situation as understood, confirmed or
// corrected one field at a time.

import (
	"fmt"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"strconv"
	"strings"
)

// The states of the recap.
const (
	StateRecap   State = "recapitulatif"
	StateCorrect State = "correction"
)

// The events of the recap.
const (
	EvRecap        Event = "recapituler"
	EvCorrect      Event = "corriger"
	EvConfirmFacts Event = "valider"
)

var _ = declare(stateDef{
	State:     StateRecap,
	Question:  recapQuestion,
	Answer:    handleRecap,
	Slot:      EvRecap,
	Resumable: true, Resume: EvRecap,
	Moves: []move{{EvCorrect, StateCorrect}, {EvConfirmFacts, StateOrient}, {EvAskBranch, StateBranch}, {EvAskShare, StateShare},
		// a correction in plain words may make a fact necessary
		{EvAskStatus, StateStatus}, {EvAskAge, StateAge}, {EvAskHandicap, StateHandicap}, {EvAskCadre, StateCadre}, {EvAskPlace, StatePlace}, {EvAskCommune, StateCommune}},
})

var _ = declare(stateDef{
	State: StateCorrect,
	Question: func(t *turn) (string, []option) {
		return t.x.CorrectAsk, []option{
			{Value: "st", Label: t.x.FieldStatus, Words: []string{"situation", "statut"}},
			{Value: "age", Label: t.x.FieldAge},
			{Value: "hc", Label: t.x.FieldHandicap, Words: []string{"rqth"}},
			{Value: "cad", Label: t.x.FieldCadre, Words: []string{"cadre", "bac 3", "diplome"}},
			{Value: "dep", Label: t.x.FieldPlace, Words: []string{"lieu", "ville", "commune", "code postal", "adresse"}},
			{Value: "prj", Label: t.x.FieldProject, Words: []string{"projet"}},
			// a way back: « finalement c'est bon » was « Je n'ai pas
			// compris », and only a field could be chosen
			{Value: "none", Label: t.x.FieldNothing, Words: nothingToCorrect},
		}
	},
	Answer:     handleCorrect,
	Collects:   true,
	GraphLabel: "champ à corriger",
	Resumable:  true, Resume: EvCorrect,
})

func recapQuestion(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", t.x.recapOptions
	}
	f := t.facts()
	or := func(v string) string {
		if v == "" {
			return t.x.Unknown
		}
		return v
	}
	lines := []string{t.x.RecapIntro}
	if your, _ := t.proxy(); your != "" {
		lines[0] = texts.Fill(t.x.ProxyRecap, your)
	}
	line := func(field, value string) { lines = append(lines, texts.Fill(t.x.RecapLine, field, or(value))) }
	line(t.x.FieldStatus, t.statusLabel())
	age := ""
	if f.Age > 0 {
		age = fmt.Sprintf(t.x.RecapAge, f.Age)
	}
	line(t.x.FieldAge, age)
	if f.Handicap != nil {
		line(t.x.RecapHandicap, map[bool]string{true: t.x.WordYes, false: t.x.WordNo}[*f.Handicap])
	}
	if f.Cadre != nil && *f.Cadre {
		line(t.x.RecapCadre, t.x.WordYes)
	}
	if f.JeuneDiplome != nil && *f.JeuneDiplome {
		line(t.x.RecapGraduate, t.x.WordYes)
	}
	place := placeLabel(f.Commune, f.Departement)
	if place == "" && f.Outside {
		// « Saint-Pierre-et-Miquelon »: understood, not « non précisé »
		place = t.x.RecapOutside
		if f.Commune != "" {
			place = f.Commune + " (" + place + ")"
		}
	}
	line(t.x.FieldPlace, place)
	line(t.x.FieldProject, t.x.ProjectNames[f.Project])
	lines = append(lines, t.recapOrigins()...)
	return strings.Join(lines, "\n"), t.x.recapOptions
}

func handleRecap(t *turn) error {
	// « non j'ai 54 ans pas 45 », « j'ai déménagé à Blois »: a correction
	// in plain words is applied and the recap shown again.
	if t.revise() {
		return t.afterRevision()
	}
	if f, ok := t.fieldToRedo(); ok {
		return t.redoField(f)
	}
	if t.restatesSituation() {
		t.say(t.x.Noted)
		return t.ask()
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	if o.Value == "fix" {
		return t.goTo(EvCorrect)
	}
	if f := t.facts(); f.Handicap != nil && *f.Handicap && t.r.Share == nil {
		// « je suis reconnue travailleur handicapé » written at the recap
		// or later: whether the advisor may know is asked first.
		t.r.Correcting = true
		return t.goTo(EvAskShare)
	}
	if ev, ok := t.nextDoubt(); ok && ev == EvAskBranch {
		// « non je suis fonctionnaire » written at the recap or later:
		// the branch decides whom to contact; asked before the
		// orientation, then the recap again.
		t.r.Correcting = true
		return t.goTo(ev)
	}
	return t.goTo(EvConfirmFacts)
}

func handleCorrect(t *turn) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); !ok && t.in.Choice == "" {
		if f, named := t.fieldNamed(); named {
			// « mon âge c'est 38 », « la situation »: the field named in a
			// sentence is the one to correct; an age given with it is
			// the answer at once.
			t.r.Correcting = true
			if f.Value == "age" {
				if n := lastNumber(t.normText()); n > 0 {
					if err := t.fire(EvAskAge); err != nil {
						return err
					}
					t.text = strconv.Itoa(n)
					return handleAge(t)
				}
			}
			return t.correctField(f)
		}
	} else if ok {
		t.r.Correcting = true
		return t.correctField(o)
	}
	o, ok, err := t.choose(t.x.Choose)
	if !ok {
		return err
	}
	t.r.Correcting = true
	return t.correctField(o)
}

// nothingToCorrect answers the correction menu with no field: back to the
// recap.
var nothingToCorrect = []string{"rien", "non rien", "aucun", "aucune", "c est bon", "finalement c est bon", "tout est bon", "c est juste",
	"tout est juste", "c est exact", "tout est exact", "finalement rien", "finalement non", "annuler", "retour", "laissez", "laisse tomber",
	"nothing", "never mind", "it s fine", "all good", "cancel", "back"}

// fieldNamed is the one field of the correction menu a sentence names
// (« mon âge c'est 38 »); none when it names several or none.
func (t *turn) fieldNamed() (option, bool) {
	padded := t.paddedNorm()
	var found option
	n := 0
	for _, o := range t.options() {
		for _, w := range append([]string{normalise(o.Label)}, o.Words...) {
			if w != "" && containsPadded(padded, w) {
				found = o
				n++
				break
			}
		}
	}
	return found, n == 1
}

// lastNumber is the last number of one or two digits in a normalised
// text, 0 if none.
func lastNumber(norm string) int {
	fields := strings.Fields(norm)
	for i := len(fields) - 1; i >= 0; i-- {
		if len(fields[i]) <= 2 {
			if n, err := strconv.Atoi(fields[i]); err == nil {
				return n
			}
		}
	}
	return 0
}

// correctField asks the question of the field chosen in the correction
// menu.
func (t *turn) correctField(o option) error {
	switch o.Value {
	case "none":
		t.r.Correcting = false
		t.say(t.x.NothingCorrected)
		return t.goTo(EvRevise)
	case "st":
		return t.goTo(EvAskStatus)
	case "age":
		return t.goTo(EvAskAge)
	case "hc":
		t.r.Share = nil
		return t.goTo(EvAskHandicap)
	case "cad":
		return t.goTo(EvAskCadre)
	case "dep":
		// The visitor says the place is wrong: the whole place goes, not
		// the département alone. A region left behind (from « Nantes »)
		// made the question « La région Pays de la Loire compte plusieurs
		// départements… » with only that region's buttons, as if the
		// region were sure — a visitor who moved to Lille or was misread
		// was steered back to where they do not live. An outside place
		// (Saint-Pierre-et-Miquelon, abroad) and homonym candidates go too.
		f := &t.r.Facts
		t.r.PlaceWas = placeSnapshot(f)
		f.Departement, f.Region, f.Commune, f.Outside, f.Candidates = "", "", "", false, nil
		f.Doubts &^= analysis.DoubtPlace
		t.factsChanged()
		return t.goTo(EvAskPlace)
	default:
		return t.goTo(EvAskProject)
	}
}

// placeSnapshot encodes the place of f (département, region, commune,
// outside) for record.PlaceWas; "" when there is none.
func placeSnapshot(f *analysis.Facts) string {
	if f.Departement == "" && f.Region == "" && f.Commune == "" && !f.Outside {
		return ""
	}
	out := ""
	if f.Outside {
		out = "1"
	}
	return strings.Join([]string{f.Departement, f.Region, f.Commune, out}, "\t")
}

// restorePlace gives back the place placeSnapshot kept, and reports whether
// there was one.
func (t *turn) restorePlace() bool {
	parts := strings.Split(t.r.PlaceWas, "\t")
	t.r.PlaceWas = ""
	if len(parts) != 4 {
		return false
	}
	f := t.facts()
	f.Departement, f.Region, f.Commune, f.Outside = parts[0], parts[1], parts[2], parts[3] == "1"
	t.storeFacts(f)
	return true
}
