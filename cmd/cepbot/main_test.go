package main

import (
	"context"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"
)

// TestMain lets a test start this binary as a child process: with
// CEPBOT_TEST_CHILD set, the test binary runs cepbot with the arguments in
// CEPBOT_TEST_ARGS instead of the tests.
func TestMain(m *testing.M) {
	if os.Getenv("CEPBOT_TEST_CHILD") == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
		code := run(ctx, env, strings.Fields(os.Getenv("CEPBOT_TEST_ARGS")))
		stop()
		os.Exit(code)
	}
	// Attachments of `cepbot chat` go under the user's data directory: keep
	// the tests' out of the real one.
	data, err := os.MkdirTemp("", "cepbot-test-data-")
	if err == nil {
		os.Setenv("XDG_DATA_HOME", data)
	}
	code := m.Run()
	if data != "" {
		os.RemoveAll(data)
	}
	os.Exit(code)
}
