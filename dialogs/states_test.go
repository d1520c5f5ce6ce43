package dialogs

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestGraphGolden(t *testing.T) {
	for _, format := range []string{"mermaid", "dot"} {
		t.Run(format, func(t *testing.T) {
			got, err := Graph(format)
			if err != nil {
				t.Fatal(err)
			}
			path := "testdata/graph." + format
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./dialogs -run Graph -update)", err)
			}
			if got != string(want) {
				t.Fatalf("graph changed; run go test ./dialogs -run Graph -update and update the README\n%s", got)
			}
		})
	}
	if _, err := Graph("png"); err == nil {
		t.Fatal("unknown format accepted")
	}
}

// Every row of the table is a transition looplab/fsm accepts, every state
// has a handler, and every asking state a question.
func TestTableIsConsistent(t *testing.T) {
	for _, tr := range transitions {
		for _, from := range tr.From {
			to, err := fire(context.Background(), from, tr.On)
			if err != nil || to != tr.To {
				t.Errorf("%s from %s: got %s, %v; want %s", tr.On, from, to, err, tr.To)
			}
		}
	}
	for _, st := range everywhere {
		if _, ok := handlers[st]; !ok && st != StateNew {
			t.Errorf("state %s has no handler", st)
		}
	}
	if _, err := fire(context.Background(), StateConsent, EvBook); err == nil {
		t.Error("booking from the consent question was accepted")
	}
}

func TestCommandOf(t *testing.T) {
	cases := map[string]string{
		"/aide": cmdHelp, "/start promo-salon": cmdStart, "/rdv@cepbot_bot": cmdBooking, "AIDE": cmdHelp,
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
	for in, want := range map[string]string{"1": "oui", " 2 ": "non", "2.": "non", "J ACCEPTE": "oui", "d'accord": "oui", "nan": "non", "3": "", "0": "", "peut-être": ""} {
		o, ok := match(opts, "", in)
		if (want == "") == ok || o.Value != want {
			t.Errorf("match(%q) = %q, %v; want %q", in, o.Value, ok, want)
		}
	}
}
