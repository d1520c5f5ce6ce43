package dialogs

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"github.com/cep-accueil/cepbot/store/memory"
)

// explored is a conversation that reached a state, and what it was asked.
type explored struct {
	s       *bot.Session
	replies []bot.Reply
}

func cloneSession(t *testing.T, s *bot.Session) *bot.Session {
	t.Helper()
	data, err := bot.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	c, err := bot.DecodeSession(s.Key, s.Version, data)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// explore reaches every state it can from a new conversation, the way a
// visitor does: pressing every button offered, typing a few typical
// answers and commands, and coming back after a day. It returns the first
// conversation found in each state.
func explore(t *testing.T, d *Dialog, now time.Time) map[State]explored {
	t.Helper()
	typed := []string{
		"Je suis au chômage, j'ai 40 ans, j'ai une RQTH et j'habite à Saint-Denis",
		"Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003",
		"Je suis infirmière, j'ai 41 ans, j'habite à Lyon", // the sector is asked
		"je suis salarié, je veux parler à un conseiller",  // the place is asked for the request
		"je suis salarié", "45", "Lille", "06 12 34 56 78", "prenom.nom@exemple.fr", "/rdv", "/supprimer", "/stop",
	}
	step := func(from explored, in bot.Inbound) (explored, error) {
		s := cloneSession(t, from.s)
		if in.Time.IsZero() {
			in.Time = now
		}
		replies, err := d.Step(context.Background(), s, in)
		s.Updated = now
		return explored{s, replies}, err
	}
	first, err := step(explored{s: &bot.Session{Key: "test:v", Channel: "test", User: "v", Created: now}}, bot.Inbound{Text: "/start"})
	if err != nil {
		t.Fatal(err)
	}
	// A state is explored once per département and status known, so
	// that what depends on the route (the sessions, the agencies) is met.
	type key struct {
		st          State
		dep, status string
	}
	reached := map[State]explored{StateNew: {s: &bot.Session{Key: "test:v", Channel: "test", User: "v", Created: now}}}
	seen := map[key]bool{}
	var queue []explored
	visit := func(e explored) {
		r := readRecord(e.s)
		k := key{State(e.s.State), r.Facts.Departement, r.Facts.Status}
		if !seen[k] {
			seen[k] = true
			queue = append(queue, e)
			if _, ok := reached[k.st]; !ok {
				reached[k.st] = e
			}
		}
	}
	visit(first)
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		var inputs []bot.Inbound
		for _, r := range from.replies {
			for _, c := range r.Choices {
				inputs = append(inputs, bot.Inbound{Text: c.Label, Choice: c.Value, Step: r.Step})
			}
		}
		for _, x := range typed {
			inputs = append(inputs, bot.Inbound{Text: x})
		}
		inputs = append(inputs, bot.Inbound{Text: "oui", Time: now.Add(25 * time.Hour)})
		for _, in := range inputs {
			next, err := step(from, in)
			if err != nil {
				t.Errorf("in %s, %q: %v", from.s.State, in.Text, err)
				continue
			}
			visit(next)
		}
	}
	return reached
}

// Done when of issue 12: every global command, sent in every declared state
// (the list is the registry), never fails into the internal-error apology.
func TestGlobalCommandsInEveryState(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	d := New(Deps{Bookings: booking.New(memory.New(clock), directory.Sample(), booking.WithClock(clock))})
	reached := explore(t, d, now)
	commands := []string{"/start", "/aide", "/conseiller", "/rdv", "/mesdonnees", "/supprimer", "/stop"}
	for _, st := range order {
		e, ok := reached[st]
		if !ok {
			t.Errorf("state %s is never reached from a new conversation (add a typed answer to explore)", st)
			continue
		}
		for _, c := range commands {
			s := cloneSession(t, e.s)
			replies, err := d.Step(context.Background(), s, bot.Inbound{Text: c, Time: now})
			if err != nil {
				t.Errorf("%s in %s: %v (the visitor reads %q)", c, st, err, texts.FR().Internal)
				continue
			}
			if len(replies) == 0 {
				t.Errorf("%s in %s: no answer", c, st)
			}
			for _, r := range replies {
				if strings.Contains(r.Text, texts.FR().Internal) {
					t.Errorf("%s in %s: internal-error apology", c, st)
				}
			}
		}
	}
}

// No code changes the session's state outside the fsm's callback.
func TestStateWrittenOnlyByTheFSM(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			ast.Inspect(decl, func(n ast.Node) bool {
				as, ok2 := n.(*ast.AssignStmt)
				if !ok2 {
					return true
				}
				for _, lhs := range as.Lhs {
					if sel, ok3 := lhs.(*ast.SelectorExpr); ok3 && sel.Sel.Name == "State" {
						if !ok || fn.Name.Name != "enterState" {
							t.Errorf("%s: the state is written outside enterState (the fsm callback)", fset.Position(as.Pos()))
						}
					}
				}
				return true
			})
		}
	}
}
