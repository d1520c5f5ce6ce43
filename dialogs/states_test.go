package dialogs

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
	"github.com/looplab/fsm"
)

// The dot graph has every declared state and every event.
func TestGraphDot(t *testing.T) {
	got, err := Graph("dot")
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range order {
		if !strings.Contains(got, fmt.Sprintf("%q", st)) {
			t.Errorf("state %s missing from the dot graph", st)
		}
	}
	for _, tr := range transitions {
		if tr.ToGroup == "" && !strings.Contains(got, fmt.Sprintf("[label=%q]", tr.On)) {
			t.Errorf("event %s missing from the dot graph", tr.On)
		}
	}
	if _, err := Graph("png"); err == nil {
		t.Fatal("unknown format accepted")
	}
}

// Every row of the derived table is a transition looplab/fsm accepts,
// every declared state answers, and an event a state does not have fails.
func TestTableIsConsistent(t *testing.T) {
	d := New(Deps{Bookings: booking.New(memory.New(time.Now), directory.Sample())})
	for _, tr := range transitions {
		for _, from := range tr.From {
			tn := &turn{ctx: context.Background(), d: d, now: time.Now(), s: &bot.Session{State: string(from)}}
			if !tn.can(tr.On) {
				t.Errorf("%s from %s refused", tr.On, from)
				continue
			}
			if err := tn.fire(tr.On); err != nil && registry[tr.To].Enter == nil {
				t.Errorf("%s from %s: %v", tr.On, from, err)
			}
			if tn.s.State != string(tr.To) {
				t.Errorf("%s from %s: got %s, want %s", tr.On, from, tn.s.State, tr.To)
			}
		}
	}
	for _, st := range order {
		if registry[st].Answer == nil {
			t.Errorf("state %s has no answer handler", st)
		}
	}
	tn := &turn{ctx: context.Background(), d: d, now: time.Now(), s: &bot.Session{State: string(StateConsent)}}
	if err := tn.fire(EvBook); err == nil || tn.s.State != string(StateConsent) {
		t.Error("booking from the consent question was accepted")
	}
}

func TestCommandOf(t *testing.T) {
	cases := map[string]string{
		"/aide": cmdHelp, "/start promo-salon": cmdStart, "/rdv@cepbot_bot": cmdBooking, "AIDE": cmdHelp, "menu": cmdHelp, "Menu": cmdHelp,
		"Mes données": cmdData, "stop": cmdStop, "j'ai besoin d'aide pour trouver un emploi": "", "/inconnue": "",
		"parler à un conseiller": cmdHuman,
	}
	for in, want := range cases {
		if got := commandOf("", in); got != want {
			t.Errorf("commandOf(%q) = %q, want %q", in, got, want)
		}
	}
	if got := commandOf("cmd:conseiller", ""); got != cmdHuman {
		t.Errorf("command button = %q", got)
	}
}

// The README shows the diagram of the dialogue as it is.
func TestReadmeHasTheDiagram(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip("no README next to the module")
	}
	graph, _ := Graph("mermaid")
	if !strings.Contains(string(readme), "```mermaid\n"+graph+"```") {
		t.Fatal("README.md's mermaid diagram differs from `cepbot dialogs graph`; paste the new one")
	}
}

func TestMatchTypedAnswers(t *testing.T) {
	opts := []option{{Value: "oui", Label: "J'accepte", Words: yesWords}, {Value: "non", Label: "Je refuse", Words: noWords}}
	for in, want := range map[string]string{"1": "oui", " 2 ": "non", "2.": "non", "J ACCEPTE": "oui", "d'accord": "oui", "nan": "non", "3": "", "0": "", "peut-être": "",
		"un": "oui", "deux": "non", "Le premier": "oui", "la deuxième": "non", "second": "non", "trois": "", "le troisième": "",
		"👍": "oui", "👍🏽": "oui", " ✅ ": "oui", "😡": "", "👍 mais non": ""} {
		o, ok := match(opts, "", in)
		if (want == "") == ok || o.Value != want {
			t.Errorf("match(%q) = %q, %v; want %q", in, o.Value, ok, want)
		}
	}
}

// A state's own row of the table (next) accepts exactly the events a
// looplab/fsm machine of the whole table accepts from that state, and leads
// to the same states.
func TestStateMachinesMatchTheWholeTable(t *testing.T) {
	events := map[string]bool{}
	for _, tr := range transitions {
		events[string(tr.On)] = true
	}
	for st := range registry {
		whole := fsm.NewFSM(string(st), fsmEvents(), nil)
		for ev := range events {
			dst, own := next[st][Event(ev)]
			if whole.Can(ev) != own {
				t.Fatalf("%s from %s: whole table %v, own row %v", ev, st, whole.Can(ev), own)
			}
			if !own {
				continue
			}
			whole.Event(context.Background(), ev)
			if whole.Current() != string(dst) {
				t.Fatalf("%s from %s: whole table → %s, own row → %s", ev, st, whole.Current(), dst)
			}
			whole.SetState(string(st))
		}
	}
}

// fsmEvents is the whole table in looplab/fsm's form.
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

// Each state's definition carries its row of the table (out, read by fire
// and can) and its membership of the sets of states (the bits inSet
// reads): both must say what next and the sets say, for every declared
// state and every event; an undeclared state reads the sets' maps.
func TestStateDefinitionsCarryTheTableAndTheSets(t *testing.T) {
	// the bits and their maps, written again here: a bit wired to the wrong
	// map in stateSets would otherwise agree with itself
	wired := []struct {
		bit    stateSet
		states map[State]bool
	}{
		{setLateProxy, lateProxySteps}, {setContactAhead, contactAhead}, {setNoHumanIntent, noHumanIntent},
		{setAfterRecap, afterRecap}, {setChoiceStep, choiceSteps}, {setBookingStep, bookingSteps},
		{setOptionsFirst, optionsFirst}, {setDropStep, dropSteps},
	}
	if len(wired) != len(stateSets) {
		t.Fatalf("%d sets here, %d in stateSets", len(wired), len(stateSets))
	}
	for st, d := range registry {
		for _, w := range wired {
			if inSet(d, w.bit, st) != w.states[st] {
				t.Errorf("%s: bit %b reads %v, its set says %v", st, w.bit, inSet(d, w.bit, st), w.states[st])
			}
		}
	}
	flagged := map[stateSet]int{}
	for st, d := range registry {
		for _, s := range stateSets {
			if flag := d.sets&s.bit != 0; flag != s.states[st] || inSet(d, s.bit, st) != s.states[st] {
				t.Errorf("%s: flag of %s is %v, the set says %v", st, s.name, flag, s.states[st])
			}
			if d.sets&s.bit != 0 {
				flagged[s.bit]++
			}
		}
		if len(d.out) != len(next[st]) {
			t.Errorf("%s: %d events in its row, %d in next", st, len(d.out), len(next[st]))
		}
		for ev, to := range next[st] {
			if got := d.out[ev]; got.st != to || got.d != registry[to] {
				t.Errorf("%s —%s→ %s in next, %s in its row", st, ev, to, got.st)
			}
		}
	}
	for _, s := range stateSets {
		if flagged[s.bit] == 0 {
			t.Errorf("%s: no state flagged", s.name)
		}
		for st := range s.states {
			if inSet(registry[st], s.bit, st) != s.states[st] {
				t.Errorf("%s: %s read %v", s.name, st, !s.states[st])
			}
		}
		if inSet(nil, s.bit, "ancien_etat") {
			t.Errorf("%s: an undeclared state is in it", s.name)
		}
	}
}

// def follows the session's state: set by enterState, and looked up again
// when the session's state is changed otherwise.
func TestTurnDefinitionFollowsTheState(t *testing.T) {
	s := &bot.Session{State: string(StateAge)}
	tu := &turn{s: s}
	if tu.def() != registry[StateAge] {
		t.Fatal("def of the age question is not its definition")
	}
	s.State = string(StatePlace)
	if tu.def() != registry[StatePlace] || tu.defOf(StateAge) != registry[StateAge] {
		t.Fatal("def did not follow a state changed outside enterState")
	}
	if err := enterState(tu, EvStart, registry[StatePlace].out[EvStart]); err != nil {
		t.Fatal(err)
	}
	if s.State != string(StateConsent) || tu.def() != registry[StateConsent] {
		t.Fatalf("after %s: state %s, def %v", EvStart, s.State, tu.def().State)
	}
	s.State = "ancien_etat"
	if tu.def() != nil || tu.defOf("ancien_etat") != nil {
		t.Fatal("an undeclared state has a definition")
	}
}
