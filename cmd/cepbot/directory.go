package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/cep-accueil/cepbot/bot/directory"
)

func init() {
	register(command{name: "directory", usage: "directory check FICHIER", summary: "vérifie un fichier annuaire", run: runDirectory})
}

// runDirectory implements `cepbot directory check FILE`: 0 when the file is
// valid (coverage gaps are printed as warnings), 1 when it has problems
// (every one listed on stderr, one per line), 2 on usage errors.
func runDirectory(ctx context.Context, env *Env, args []string) int {
	if len(args) != 2 || args[0] != "check" {
		fmt.Fprintln(env.Stderr, "usage : cepbot directory check FICHIER")
		return 2
	}
	summary, warnings, err := directory.Check(args[1])
	if err != nil {
		var list *directory.Errors
		if errors.As(err, &list) {
			for _, line := range frenchDirectoryProblems(err) {
				fmt.Fprintln(env.Stderr, line)
			}
			fmt.Fprintf(env.Stderr, "%s : %d problème(s)\n", args[1], len(list.List))
		} else {
			fmt.Fprintf(env.Stderr, "cepbot directory: %v\n", err)
		}
		return 1
	}
	for _, w := range warnings {
		fmt.Fprintln(env.Stderr, w)
	}
	fmt.Fprintln(env.Stdout, summary)
	return 0
}
