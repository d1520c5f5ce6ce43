package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/cep-accueil/cepbot/dialogs"
)

func init() {
	register(command{name: "dialogs", usage: "dialogs graph [--format mermaid|dot]",
		summary: "dessine le diagramme du dialogue d'accueil", run: runDialogs})
}

func runDialogs(_ context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "graph" {
		fmt.Fprintln(env.Stderr, "usage : cepbot dialogs graph [--format mermaid|dot]")
		return 2
	}
	fs := flag.NewFlagSet("dialogs graph", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	format := fs.String("format", "mermaid", "mermaid ou dot")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	out, err := dialogs.Graph(*format)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot dialogs graph: %v\n", err)
		return 2
	}
	fmt.Fprint(env.Stdout, out)
	return 0
}
