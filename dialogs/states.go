package dialogs

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/looplab/fsm"
)

// State is a step of the reception dialogue.
type State string

// The states, in the order of the diagram.
const (
	StateNew           State = "nouveau"
	StateConsent       State = "consentement"
	StateInfoOnly      State = "information"
	StateRequest       State = "demande"
	StateStatus        State = "statut"
	StateAge           State = "age"
	StateHandicap      State = "handicap"
	StateShare         State = "partage"
	StateCadre         State = "cadre"
	StatePlace         State = "lieu"
	StateCommune       State = "commune"
	StateProject       State = "projet"
	StateRecap         State = "recapitulatif"
	StateCorrect       State = "correction"
	StateOrient        State = "orientation"
	StateSessions      State = "reunions"
	StateModality      State = "modalite"
	StateSlot          State = "creneau"
	StateContact       State = "contact"
	StateContactDetail State = "coordonnees"
	StateConfirm       State = "confirmation"
	StateFollow        State = "suivi"
	StateManage        State = "rendez_vous"
	StateCancelAsk     State = "annulation"
	StateEraseAsk      State = "effacement"
	StateResume        State = "reprise"
	StateEnd           State = "fin"
)

// Event is what moves the dialogue from one state to another.
type Event string

// The events. Most are named after the question they lead to.
const (
	EvStart        Event = "accueillir"
	EvAccept       Event = "accepter"
	EvRefuse       Event = "refuser"
	EvAskStatus    Event = "demander_statut"
	EvAskAge       Event = "demander_age"
	EvAskHandicap  Event = "demander_handicap"
	EvAskShare     Event = "demander_partage"
	EvAskCadre     Event = "demander_cadre"
	EvAskPlace     Event = "demander_lieu"
	EvAskCommune   Event = "preciser_commune"
	EvAskProject   Event = "demander_projet"
	EvRecap        Event = "recapituler"
	EvCorrect      Event = "corriger"
	EvConfirmFacts Event = "valider"
	EvChooseOp     Event = "choisir_operateur"
	EvSessions     Event = "voir_reunions"
	EvBackOrient   Event = "revenir_orientation"
	EvChooseMod    Event = "choisir_modalite"
	EvChooseSlot   Event = "choisir_creneau"
	EvAskDetail    Event = "demander_coordonnees"
	EvContactDone  Event = "valider_contact"
	EvReslot       Event = "changer_creneau"
	EvBook         Event = "reserver"
	EvManage       Event = "gerer_rdv"
	EvMove         Event = "deplacer"
	EvAskCancel    Event = "demander_annulation"
	EvCancelled    Event = "annuler"
	EvKeep         Event = "garder"
	EvAskErase     Event = "demander_effacement"
	EvErased       Event = "effacer"
	EvIdle         Event = "revenir_apres_24h"
	EvStop         Event = "arreter"
)

// filling lists the states where the dialogue collects the visitor's
// situation; after each answer it goes to the next missing slot or the recap.
var filling = []State{StateRequest, StateStatus, StateAge, StateHandicap, StateShare, StateCadre, StatePlace, StateCommune, StateProject, StateCorrect, StateResume}

// resumable are the states after which a visitor coming back after 24 h is
// asked whether to continue or restart.
var resumable = []State{StateRequest, StateStatus, StateAge, StateHandicap, StateShare, StateCadre, StatePlace, StateCommune, StateProject,
	StateRecap, StateCorrect, StateOrient, StateSessions, StateModality, StateSlot, StateContact, StateContactDetail, StateConfirm}

// everywhere is every state: the sources of global commands.
var everywhere = []State{StateNew, StateConsent, StateInfoOnly, StateRequest, StateStatus, StateAge, StateHandicap, StateShare,
	StateCadre, StatePlace, StateCommune, StateProject, StateRecap, StateCorrect, StateOrient, StateModality, StateSlot, StateContact,
	StateContactDetail, StateConfirm, StateFollow, StateManage, StateCancelAsk, StateEraseAsk, StateResume, StateEnd}

// transition is one row of the table.
type transition struct {
	On   Event
	From []State
	To   State
}

// transitions is the reception dialogue: the whole diagram in one table.
var transitions = []transition{
	{EvStart, everywhere, StateConsent},
	{EvAccept, []State{StateConsent, StateInfoOnly, StateResume}, StateRequest},
	{EvRefuse, []State{StateConsent}, StateInfoOnly},

	{EvAskStatus, filling, StateStatus},
	{EvAskAge, filling, StateAge},
	{EvAskHandicap, filling, StateHandicap},
	{EvAskShare, filling, StateShare},
	{EvAskCadre, filling, StateCadre},
	{EvAskPlace, filling, StatePlace},
	{EvAskCommune, filling, StateCommune},
	{EvAskProject, filling, StateProject},
	{EvRecap, filling, StateRecap},
	{EvCorrect, []State{StateRecap, StateResume}, StateCorrect},
	{EvConfirmFacts, []State{StateRecap, StateResume}, StateOrient},

	{EvChooseOp, []State{StateOrient, StateResume}, StateModality},
	{EvSessions, []State{StateOrient}, StateSessions},
	{EvBackOrient, []State{StateSessions}, StateOrient},
	{EvChooseMod, []State{StateModality, StateResume}, StateSlot},
	{EvChooseSlot, []State{StateSlot, StateResume}, StateContact},
	{EvAskDetail, []State{StateContact, StateResume}, StateContactDetail},
	{EvContactDone, []State{StateContact, StateContactDetail, StateSlot, StateResume}, StateConfirm},
	{EvReslot, []State{StateConfirm}, StateSlot},
	{EvBook, []State{StateConfirm}, StateFollow},

	{EvManage, everywhere, StateManage},
	{EvMove, []State{StateManage}, StateSlot},
	{EvAskCancel, []State{StateManage}, StateCancelAsk},
	{EvCancelled, []State{StateCancelAsk}, StateEnd},
	{EvKeep, []State{StateManage, StateCancelAsk}, StateFollow},

	{EvAskErase, everywhere, StateEraseAsk},
	{EvErased, []State{StateEraseAsk}, StateNew},

	{EvIdle, resumable, StateResume},
	{EvStop, everywhere, StateEnd},
}

// fsmEvents converts the table for looplab/fsm.
func fsmEvents() fsm.Events {
	var evs fsm.Events
	for _, t := range transitions {
		src := make([]string, len(t.From))
		for i, s := range t.From {
			src[i] = string(s)
		}
		evs = append(evs, fsm.EventDesc{Name: string(t.On), Src: src, Dst: string(t.To)})
	}
	return evs
}

// machines pools FSMs built from the table: building one costs ~10 µs and
// 9 KB, an Event on an existing one ~0.5 µs, and a turn only needs one
// validated transition.
var machines = sync.Pool{New: func() any { return fsm.NewFSM(string(StateNew), fsmEvents(), nil) }}

// fire validates the transition on ev from the session's state with the FSM
// and returns the destination. An event not allowed in the state is a bug in
// the dialogue, reported as an error rather than a silent jump.
func fire(ctx context.Context, from State, ev Event) (State, error) {
	if from == "" {
		from = StateNew
	}
	m := machines.Get().(*fsm.FSM)
	defer machines.Put(m)
	m.SetState(string(from))
	if err := m.Event(ctx, string(ev)); err != nil {
		var noTransition fsm.NoTransitionError
		if !errorsAs(err, &noTransition) {
			return from, fmt.Errorf("dialogue: %s from %s: %w", ev, from, err)
		}
	}
	return State(m.Current()), nil
}

// groups name the sets of sources drawn as one node in the diagram, so it
// stays readable: every filling state behaves the same after an answer.
var groups = []struct {
	name, label string
	states      []State
}{
	{"complements", "compléments : chaque réponse est analysée, puis la prochaine question manquante", filling},
	{"en_cours", "toute question en cours", resumable},
	{"commande", "toute étape : commande globale", everywhere},
}

// Graph draws the dialogue from the transition table, in Mermaid
// (stateDiagram-v2) or Graphviz dot. The sources of a transition that are
// exactly one of the groups are drawn as that group's node.
func Graph(format string) (string, error) {
	if format == "" {
		format = "mermaid"
	}
	if format != "mermaid" && format != "dot" {
		return "", fmt.Errorf("unknown graph format %q (mermaid or dot)", format)
	}
	type edge struct{ from, to, label string }
	var edges []edge
	used := map[string]bool{}
	for _, t := range transitions {
		srcs := []string{}
		grouped := false
		for _, g := range groups {
			if slices.Equal(t.From, g.states) {
				srcs, grouped = []string{g.name}, true
				used[g.name] = true
				break
			}
		}
		if !grouped {
			for _, f := range t.From {
				srcs = append(srcs, string(f))
			}
		}
		for _, f := range srcs {
			edges = append(edges, edge{f, string(t.To), string(t.On)})
		}
	}
	var b strings.Builder
	if format == "dot" {
		b.WriteString("digraph reception {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n")
		for _, g := range groups {
			if used[g.name] {
				fmt.Fprintf(&b, "    %q [label=%q, style=dashed];\n", g.name, g.label)
			}
		}
		for _, e := range edges {
			fmt.Fprintf(&b, "    %q -> %q [label=%q];\n", e.from, e.to, e.label)
		}
		b.WriteString("}\n")
		return b.String(), nil
	}
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", StateNew)
	for _, g := range groups {
		if used[g.name] {
			fmt.Fprintf(&b, "    state \"%s\" as %s\n", g.label, g.name)
		}
	}
	for _, st := range filling {
		label := "réponse"
		switch st {
		case StateCorrect:
			label = "champ à corriger"
		case StateResume:
			label = "reprendre"
		}
		fmt.Fprintf(&b, "    %s --> complements: %s\n", st, label)
	}
	for _, e := range edges {
		fmt.Fprintf(&b, "    %s --> %s: %s\n", e.from, e.to, e.label)
	}
	return b.String(), nil
}
