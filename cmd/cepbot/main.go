// Command cepbot is the CEP first-reception chatbot: console chat, Telegram and
// Slack service, request analysis and staff tools, as subcommands of one binary.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
	"time"
)

// Env is what a subcommand may touch of the outside world. Tests build one
// with buffers and a pinned clock instead of the process's stdio.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Now    func() time.Time
	Getenv func(string) string
}

type command struct {
	name    string
	usage   string
	summary string
	run     func(ctx context.Context, env *Env, args []string) int
}

var commands = map[string]command{}

// register is called from each subcommand file's init, so adding a command
// never means editing this file.
func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("cepbot: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	tuneGC(os.Getenv)
	code := run(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, env *Env, args []string) int {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if env.Now == nil {
		now, err := clockFromEnv(env.Getenv("CEPBOT_NOW"))
		if err != nil {
			fmt.Fprintf(env.Stderr, "cepbot: CEPBOT_NOW: %v\n", err)
			return 2
		}
		env.Now = now
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "cepbot: commande inconnue %q\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	return c.run(ctx, env, args[1:])
}

// clockFromEnv pins the clock to CEPBOT_NOW (RFC 3339) when set: the pinned
// instant is the start, and time still flows from there so that timeouts and
// "24 h of silence" behave during a demo.
func clockFromEnv(v string) (func() time.Time, error) {
	if v == "" {
		return time.Now, nil
	}
	t0, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return nil, fmt.Errorf("%q is not an RFC 3339 time (example: 2026-12-01T09:00:00+01:00)", v)
	}
	start := time.Now()
	return func() time.Time { return t0.Add(time.Since(start)) }, nil
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage : cepbot COMMANDE [options]")
	fmt.Fprintln(w)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  cepbot %s\n      %s\n", c.usage, c.summary)
	}
}
