package dialogs

// Recap and corrections: the situation as understood, confirmed or
// corrected one field at a time.

import (
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
	Moves: []move{{EvCorrect, StateCorrect}, {EvConfirmFacts, StateOrient}},
})

var _ = declare(stateDef{
	State: StateCorrect,
	Question: func(*turn) (string, []option) {
		return txtCorrectAsk, []option{
			{Value: "st", Label: txtFieldStatus, Words: []string{"situation", "statut"}},
			{Value: "age", Label: txtFieldAge},
			{Value: "hc", Label: txtFieldHandicap, Words: []string{"rqth"}},
			{Value: "cad", Label: txtFieldCadre, Words: []string{"cadre", "bac 3", "diplome"}},
			{Value: "dep", Label: txtFieldPlace, Words: []string{"lieu", "ville", "commune", "code postal", "adresse"}},
			{Value: "prj", Label: txtFieldProject, Words: []string{"projet"}},
		}
	},
	Answer:     handleCorrect,
	Collects:   true,
	GraphLabel: "champ à corriger",
	Resumable:  true, Resume: EvCorrect,
})

var recapOptions = []option{
	{Value: "ok", Label: txtRecapOK, Words: yesWords},
	{Value: "fix", Label: txtRecapFix, Words: append([]string{"corriger", "modifier", "changer", "erreur"}, noWords...)},
}

func recapQuestion(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", recapOptions
	}
	s := t.s
	f := factsOf(s)
	or := func(v string) string {
		if v == "" {
			return txtUnknown
		}
		return v
	}
	lines := []string{txtRecapIntro}
	lines = append(lines, "• "+txtFieldStatus+" : "+or(statusLabels[f.Status]))
	age := ""
	if f.Age > 0 {
		age = strconv.Itoa(f.Age) + " ans"
	}
	lines = append(lines, "• "+txtFieldAge+" : "+or(age))
	if f.Handicap != nil {
		lines = append(lines, "• Handicap reconnu : "+map[bool]string{true: "oui", false: "non"}[*f.Handicap])
	}
	if f.Cadre != nil && *f.Cadre {
		lines = append(lines, "• Cadre : oui")
	}
	if f.JeuneDiplome != nil && *f.JeuneDiplome {
		lines = append(lines, "• Diplômé(e) bac+3 ou plus : oui")
	}
	lines = append(lines, "• "+txtFieldPlace+" : "+or(placeLabel(f.Commune, f.Departement)))
	lines = append(lines, "• "+txtFieldProject+" : "+or(projectLabels[f.Project]))
	return strings.Join(lines, "\n"), recapOptions
}

func handleRecap(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "fix" {
		return t.goTo(EvCorrect)
	}
	return t.goTo(EvConfirmFacts)
}

func handleCorrect(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	t.s.Set(varCorrect, "1")
	switch o.Value {
	case "st":
		return t.goTo(EvAskStatus)
	case "age":
		return t.goTo(EvAskAge)
	case "hc":
		t.s.Set(varShare, "")
		return t.goTo(EvAskHandicap)
	case "cad":
		return t.goTo(EvAskCadre)
	case "dep":
		t.s.Set(varDep, "")
		return t.goTo(EvAskPlace)
	default:
		return t.goTo(EvAskProject)
	}
}
