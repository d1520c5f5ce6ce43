package main

import (
	"context"
	"fmt"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis/jsonl"
)

func init() {
	register(command{name: "analyse", usage: "analyse [--jsonl]", summary: "analyse des messages (une ligne par message) et écrit un objet JSON par ligne", run: runAnalyse})
}

// runAnalyse reads messages on stdin and writes one analysis JSON object
// per line (SPEC §3). Bad lines give an {"error": …} object, not a failure.
func runAnalyse(ctx context.Context, env *Env, args []string) int {
	jsonLines := false
	for _, a := range args {
		switch a {
		case "--jsonl", "-jsonl":
			jsonLines = true
		default:
			fmt.Fprintf(env.Stderr, "analyse: argument inconnu %q (usage : cepbot analyse [--jsonl])\n", a)
			return 2
		}
	}
	now := time.Now
	if env.Now != nil {
		now = env.Now
	}
	if err := jsonl.Write(env.Stdin, env.Stdout, jsonLines, now()); err != nil {
		fmt.Fprintf(env.Stderr, "analyse: %v\n", err)
		return 1
	}
	return 0
}
