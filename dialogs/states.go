package dialogs

import (
	"fmt"
	"slices"
	"strings"

	"github.com/looplab/fsm"
)

// State is a step of the reception dialogue. Each state is declared once,
// with everything about it, by a declare call in the file of its stage
// (intake.go, recap.go, orientation.go, booking.go, manage.go).
type State string

// Event is what moves the dialogue from one state to another.
type Event string

// StateNew is a conversation that has not started: the fsm's initial state.
const StateNew State = "nouveau"

// stateDef is everything about one state of the dialogue. The fsm, the
// global commands, the resume logic and the diagram are derived from the
// registry of stateDefs.
type stateDef struct {
	State State
	// Question renders the question asked in the state and its options
	// (nil: the state asks nothing).
	Question func(t *turn) (string, []option)
	// Enter runs when the state is entered, before its question (the
	// fsm's enter_state callback).
	Enter func(t *turn) error
	// Answer handles the visitor's answer in the state.
	Answer func(t *turn) error
	// Collects marks a state that collects the visitor's situation: after
	// its answer the dialogue asks the next missing fact or shows the
	// recap, so every collecting state is a source of every Slot event
	// (the "compléments" group of the diagram).
	Collects bool
	// Fills names the facts an answer in the state fills (documentation
	// and export; a collecting state with Slot set is asked while one of
	// them is missing).
	Fills []string
	// Slot is the event by which any collecting state asks this one
	// (empty: the state is not a slot of the situation).
	Slot Event
	// Resumable states are resumed after a long silence ("continue or
	// restart?"); Resume is the event that enters the state again then.
	Resumable bool
	Resume    Event
	// sets is the state's membership of the sets of states in stateSets,
	// copied at start: a turn read them by name, a map look-up each.
	sets stateSet
	// out is next[State], the state's own row of the table, each
	// destination with its definition: fire reads one map (the event's)
	// where it read three (the registry, the row, the event).
	out map[Event]target
	// Moves are the state's own transitions (the global commands, the
	// slots and the resume are derived).
	Moves []move
	// GraphLabel labels the edge from the state to the "compléments" group
	// in the diagram (collecting states; default « réponse »).
	GraphLabel string
}

// target is where an event leads: the state and its definition (nil for a
// state not declared).
type target struct {
	st State
	d  *stateDef
}

// move is one transition out of a state.
type move struct {
	On Event
	To State
}

// registry holds every declared state; order is the declaration order
// (the order of the diagram).
var (
	registry = map[State]*stateDef{}
	order    []State
)

// declare adds a state to the registry. Called at package initialisation
// from the stage files (var _ = declare(...)).
func declare(d stateDef) bool {
	if _, dup := registry[d.State]; dup {
		panic("dialogs: state declared twice: " + string(d.State))
	}
	registry[d.State] = &d
	order = append(order, d.State)
	return true
}

// The global commands move from every declared state; their events are
// declared here, their destinations with the states.
const (
	EvStart     Event = "accueillir"
	EvManage    Event = "gerer_rdv"
	EvAskErase  Event = "demander_effacement"
	EvStop      Event = "arreter"
	EvIdle      Event = "revenir_apres_24h"
	evKeepDataP       = "garder_donnees:" // + state: back to the state /supprimer interrupted
)

// globalMoves are available in every declared state.
var globalMoves = []move{
	{EvStart, StateConsent},
	{EvManage, StateManage},
	{EvAskErase, StateEraseAsk},
	{EvStop, StateEnd},
	// A human asked for in words, and the ways out of any step (ways.go).
	{EvHumanStatus, StateHumanStatus},
	{EvHumanWay, StateHumanWay},
	{EvHumanPause, StateHumanPause},
	{EvHumanPlace, StateHumanPlace},
	{EvOther, StateOther},
	{EvUnder16, StateUnder16},
	{EvRetired, StateRetired},
}

// keepDataEvent returns to st after the erase confirmation was declined.
func keepDataEvent(st State) Event { return Event(evKeepDataP + string(st)) }

// transition is one row of the derived table; Group names the diagram
// group its sources form ("" when listed one by one), ToGroup a group
// drawn as its destination.
type transition struct {
	On      Event
	From    []State
	To      State
	Group   string
	ToGroup string
}

// The groups drawn as one node in the diagram.
const (
	groupCollect = "complements"
	groupPending = "en_cours"
	groupAny     = "commande"
)

var groupLabels = map[string]string{
	groupCollect: "compléments : chaque réponse est analysée, puis la prochaine question manquante",
	groupPending: "toute question en cours",
	groupAny:     "toute étape : commande globale",
}

// transitions is the whole dialogue, derived from the registry at init.
var transitions []transition

func init() {
	order = flowOrder()
	transitions = deriveTransitions()
	next = newNext()
	for st, row := range next {
		out := make(map[Event]target, len(row))
		for ev, to := range row {
			out[ev] = target{to, registry[to]}
		}
		registry[st].out = out
	}
}

// flowOrder sorts the declared states in the order a visitor meets them
// (breadth first from the start, by the moves, the slots and the global
// commands), so the diagram reads from top to bottom whatever the order
// of the stage files.
func flowOrder() []State {
	var slots []State
	for _, st := range order {
		if registry[st].Slot != "" {
			slots = append(slots, st)
		}
	}
	seen := map[State]bool{StateNew: true}
	out := []State{StateNew}
	push := func(st State) {
		if registry[st] != nil && !seen[st] {
			seen[st] = true
			out = append(out, st)
		}
	}
	for i := 0; i < len(out); i++ {
		d := registry[out[i]]
		if i == 0 {
			for _, m := range globalMoves {
				push(m.To)
			}
		}
		for _, m := range d.Moves {
			push(m.To)
		}
		if d.Collects {
			for _, st := range slots {
				push(st)
			}
		}
	}
	for _, st := range order {
		push(st)
	}
	return out
}

func deriveTransitions() []transition {
	var all, collecting, pending []State
	for _, st := range order {
		d := registry[st]
		all = append(all, st)
		if d.Collects {
			collecting = append(collecting, st)
		}
		if d.Resumable {
			pending = append(pending, st)
		}
	}
	var out []transition
	for _, m := range globalMoves {
		out = append(out, transition{On: m.On, From: all, To: m.To, Group: groupAny})
	}
	for _, st := range order {
		if d := registry[st]; d.Slot != "" {
			out = append(out, transition{On: d.Slot, From: collecting, To: st, Group: groupCollect})
		}
	}
	for _, st := range order {
		for _, m := range registry[st].Moves {
			out = append(out, transition{On: m.On, From: []State{st}, To: m.To})
		}
	}
	out = append(out, transition{On: EvIdle, From: pending, To: StateResume, Group: groupPending})
	// The resume continues by the Resume event of the state left: the
	// event leads from the resume where it leads elsewhere.
	dest := map[Event]State{}
	has := map[Event]bool{}
	for _, tr := range out {
		dest[tr.On] = tr.To
		if slices.Contains(tr.From, StateResume) {
			has[tr.On] = true
		}
	}
	for _, st := range pending {
		if ev := registry[st].Resume; ev != "" && !has[ev] {
			to, ok := dest[ev]
			if !ok {
				panic("dialogs: resume event " + string(ev) + " of " + string(st) + " leads nowhere")
			}
			has[ev] = true
			out = append(out, transition{On: ev, From: []State{StateResume}, To: to})
		}
	}
	// « reprendre » after /stop continues by the same events from the end
	fromEnd := map[Event]bool{}
	for _, st := range order {
		ev := registry[st].Resume
		if to, ok := dest[ev]; ok && !fromEnd[ev] && registry[st].Resumable {
			fromEnd[ev] = true
			out = append(out, transition{On: ev, From: []State{StateEnd}, To: to})
		}
	}
	for _, st := range all {
		if st != StateEraseAsk {
			out = append(out, transition{On: keepDataEvent(st), From: []State{StateEraseAsk}, To: st, ToGroup: groupAny})
		}
	}
	// Back to the questionnaire paused by a request for a human.
	for _, st := range pending {
		out = append(out, transition{On: resumeEvent(st), From: []State{StateHumanPause}, To: st, ToGroup: groupPending})
	}
	return out
}

// next is the dialogue's table as each state sees it: the destination of
// every event that leaves the state (a later row of transitions wins, as in
// looplab/fsm, which TestStateMachinesMatchTheWholeTable checks it
// against). fire and can read it directly: a looplab/fsm machine per turn
// (pooled per state, with its mutexes, a cancellable context, callbacks
// looked up by name and the turn in its metadata) cost ≈ 9 000 instructions
// of the ≈ 115 000 of a bench turn, for two map lookups and enterState.
var next map[State]map[Event]State

func newNext() map[State]map[Event]State {
	out := map[State]map[Event]State{}
	for st := range registry {
		out[st] = map[Event]State{}
	}
	for _, t := range transitions {
		for _, from := range t.From {
			if m := out[from]; m != nil {
				m[t.On] = t.To
			}
		}
	}
	return out
}

// enterState is the one place that changes the session's state, once fire
// has found the event's destination (also when it is the state itself:
// asking again enters it again). It runs the state's entry action; an
// error there fails the event.
func enterState(t *turn, ev Event, dst target) error {
	t.s.State = string(dst.st)
	t.setDef(dst.d)
	t.s.Step++
	t.s.Fails = 0
	if d := dst.d; d != nil && d.Enter != nil && !strings.HasPrefix(string(ev), evKeepDataP) {
		return d.Enter(t)
	}
	return nil
}

// fire moves the session along ev. An event not allowed in the state is a
// bug in the dialogue, reported as an error rather than a silent jump (the
// error looplab/fsm gave: fsm.UnknownEventError).
func (t *turn) fire(ev Event) error {
	from, d := t.state(), t.def()
	if d == nil {
		// Not started, or a state no longer declared: a new conversation.
		from, d = StateNew, registry[StateNew]
	}
	dst, ok := d.out[ev]
	var err error
	if !ok {
		err = fsm.UnknownEventError{Event: string(ev)}
	} else {
		err = enterState(t, ev, dst)
	}
	if err != nil {
		return fmt.Errorf("dialogue: %s from %s: %w", ev, from, err)
	}
	return nil
}

// can tells whether ev leads somewhere from the current state.
func (t *turn) can(ev Event) bool {
	d := t.def()
	if d == nil {
		// Not started, or a state no longer declared: a new conversation.
		d = registry[StateNew]
	}
	_, ok := d.out[ev]
	return ok
}

// def is registry[t.state()], the current state's definition, looked up
// once for each state a turn is in (a turn read it by name up to twenty
// times, a map look-up each). Only enterState changes the state, and it
// sets the definition with it; the comparison catches a session changed
// otherwise (the same string compares by its pointer first).
func (t *turn) def() *stateDef {
	if !t.defOK || t.defFor != t.s.State {
		t.setDef(registry[State(t.s.State)])
	}
	return t.defCur
}

// setDef records d as the definition of the session's current state.
func (t *turn) setDef(d *stateDef) { t.defCur, t.defFor, t.defOK = d, t.s.State, true }

// defOf is registry[st], through def when st is the current state.
func (t *turn) defOf(st State) *stateDef {
	if string(st) == t.s.State {
		return t.def()
	}
	return registry[st]
}

// goTo moves to the state the event leads to (running its entry action)
// and asks its question.
func (t *turn) goTo(ev Event) error {
	if err := t.fire(ev); err != nil {
		return err
	}
	return t.ask()
}
