package main

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestMain lets a test start this binary as a child process: with
// CEPBOT_TEST_CHILD set, the test binary runs cepbot with the arguments in
// CEPBOT_TEST_ARGS instead of the tests.
func TestMain(m *testing.M) {
	if os.Getenv("CEPBOT_TEST_CHILD") == "1" {
		env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
		os.Exit(run(context.Background(), env, strings.Fields(os.Getenv("CEPBOT_TEST_ARGS"))))
	}
	os.Exit(m.Run())
}
