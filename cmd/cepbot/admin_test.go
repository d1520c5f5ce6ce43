package main

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
)

// startServe runs `cepbot serve` with vars until the test ends; it returns
// the logs and the "started" record.
func startServe(t *testing.T, vars map[string]string) (*syncBuffer, map[string]any) {
	t.Helper()
	logs := &syncBuffer{}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: logs, Getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- run(ctx, env, []string{"serve"}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	})
	var started map[string]any
	if !telegramtest.WaitFor(10*time.Second, func() bool {
		for _, line := range strings.Split(logs.String(), "\n") {
			var rec map[string]any
			if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == "cepbot serve started" {
				started = rec
				return true
			}
		}
		return false
	}) {
		t.Fatalf("serve did not start:\n%s", logs.String())
	}
	return logs, started
}

// TestAdminListener: with CEPBOT_ADMIN_ADDR, /metrics, /healthz and /readyz
// are served there, and /metrics leaves the public port (health stays on
// both, for load balancers); the scrape carries the build and outbox series.
func TestAdminListener(t *testing.T) {
	_, started := startServe(t, map[string]string{
		"CEPBOT_HTTP_ADDR": "127.0.0.1:0", "CEPBOT_ADMIN_ADDR": "127.0.0.1:0", "CEPBOT_STORE": "memory",
		"CEPBOT_PSEUDONYM_KEY": "test-key-long-enough",
	})
	public, admin := "http://"+started["addr"].(string), "http://"+started["admin_addr"].(string)
	if code, _ := get(t, public+"/metrics"); code != 404 {
		t.Errorf("public /metrics answered %d, want 404", code)
	}
	code, body := get(t, admin+"/metrics")
	if code != 200 || !strings.Contains(body, "cepbot_build_info{") || !strings.Contains(body, "cepbot_outbox_backlog 0") {
		t.Errorf("admin /metrics: %d\n%.500s", code, body)
	}
	for _, base := range []string{public, admin} {
		for _, p := range []string{"/healthz", "/readyz"} {
			if code, _ := get(t, base+p); code != 200 {
				t.Errorf("%s%s answered %d", base, p, code)
			}
		}
	}
}

// TestPseudonymKeyAtStart: serve warns with the built-in key, and refuses
// to start with it under CEPBOT_ENV=production.
func TestPseudonymKeyAtStart(t *testing.T) {
	logs, _ := startServe(t, map[string]string{"CEPBOT_HTTP_ADDR": "127.0.0.1:0", "CEPBOT_STORE": "memory"})
	if !strings.Contains(logs.String(), "CEPBOT_PSEUDONYM_KEY is not set") {
		t.Errorf("no warning about the built-in key:\n%s", logs.String())
	}
	for _, key := range []string{"", "cepbot-default-pseudonym-key", "short"} {
		vars := map[string]string{"CEPBOT_HTTP_ADDR": "127.0.0.1:0", "CEPBOT_STORE": "memory", "CEPBOT_ENV": "production", "CEPBOT_PSEUDONYM_KEY": key}
		var errOut syncBuffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
		if code := run(context.Background(), env, []string{"serve"}); code != 1 {
			t.Errorf("key %q in production: exit %d, want 1", key, code)
		}
		if !strings.Contains(errOut.String(), "CEPBOT_ENV=production") {
			t.Errorf("key %q: the refusal does not say why: %s", key, errOut.String())
		}
	}
}
