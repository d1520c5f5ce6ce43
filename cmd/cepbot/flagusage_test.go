package main

import (
	"context"
	"io"
	"strings"
	"testing"
)

// The options' help is French: no « Usage of », no « (default … ) ».
func TestFlagHelpInFrench(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"chat", "--help"}, []string{"usage : cepbot chat [options]", "--user valeur", "(défaut : visiteur)"}},
		{[]string{"dialogs", "graph", "-h"}, []string{"usage : cepbot dialogs graph [options]", "(défaut : mermaid)"}},
		{[]string{"bookings", "list", "--help"}, []string{"usage : cepbot bookings list [options]", "(défaut : table)"}},
		{[]string{"handoffs", "list", "--help"}, []string{"--dead\n"}},
	} {
		var errb strings.Builder
		env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb, Getenv: func(string) string { return "" }}
		run(context.Background(), env, tc.args)
		out := errb.String()
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: help lacks %q:\n%s", tc.args, w, out)
			}
		}
		for _, bad := range []string{"Usage of", "(default", "-user string", "\n  -"} {
			if strings.Contains(strings.ReplaceAll(out, "\n  --", "\n  "), bad) {
				t.Errorf("%v: help has English %q:\n%s", tc.args, bad, out)
			}
		}
	}
}
