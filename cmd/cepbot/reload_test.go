package main

import (
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"

	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

const smallDirectory = `version: 1
defaults:
  time_zone: Europe/Paris
  slot_minutes: 45
  hours:
    mon: ["09:00-12:00"]
operators:
  - {id: ft, kind: france_travail, name: France Travail}
agencies:
  - id: ft-01
    operator: ft
    name: "NAME"
    address: "1 rue de la Paix, 01000 Bourg-en-Bresse"
    departements: ["01"]
    modalities: [telephone]
    advisors:
      - {id: ft-01-c1, name: "Sacha Ollivier", slack_user_id: U0F2683753}
`

func TestReloadDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annuaire.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(strings.Replace(smallDirectory, "NAME", "Agence d'avant", 1))
	first, err := directory.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	live := directory.NewLive(first)
	svc := booking.New(memory.New(nil), first, booking.WithLiveDirectory(live))
	logs := &syncBuffer{}
	logger := slog.New(slog.NewJSONHandler(logs, nil))
	env := &Env{Getenv: func(string) string { return "" }}

	// A broken file is refused with its problems, in French; the old
	// directory stays in service.
	write(strings.Replace(strings.Replace(smallDirectory, "NAME", "Agence cassée", 1), "telephone]", "pigeon_voyageur]", 1))
	if err := reloadDirectory(env, path, live, logger); err == nil {
		t.Fatal("a broken directory was accepted")
	}
	if got := svc.Directory().Agency("ft-01").Name; got != "Agence d'avant" {
		t.Fatalf("agency %q after a refused reload", got)
	}
	if !strings.Contains(logs.String(), `modalité inconnue : \"pigeon_voyageur\"`) || !strings.Contains(logs.String(), "reload refused") {
		t.Fatalf("refusal not logged with its problem:\n%s", logs.String())
	}

	// A valid file is put in service.
	write(strings.Replace(smallDirectory, "NAME", "Agence d'après", 1))
	if err := reloadDirectory(env, path, live, logger); err != nil {
		t.Fatal(err)
	}
	if got := svc.Directory().Agency("ft-01").Name; got != "Agence d'après" {
		t.Fatalf("agency %q after a reload", got)
	}
}

// `cepbot serve` reloads its directory on SIGHUP: a broken file is refused
// and logged, a valid one put in service, and the process keeps running.
func TestServeReloadsOnSIGHUP(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annuaire.yaml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(strings.Replace(smallDirectory, "NAME", "Agence d'avant", 1))
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CEPBOT_TEST_CHILD=1", "CEPBOT_TEST_ARGS=serve", "CEPBOT_HTTP_ADDR=127.0.0.1:0",
		"CEPBOT_STORE=memory", "CEPBOT_DIRECTORY="+path, "CEPBOT_PSEUDONYM_KEY=k")
	logs := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	serveAddr(t, logs)
	waitLog := func(s string) {
		t.Helper()
		if !telegramtest.WaitFor(10*time.Second, func() bool { return strings.Contains(logs.String(), s) }) {
			t.Fatalf("no %q in the logs:\n%s", s, logs.String())
		}
	}
	write("operators: [\n")
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitLog("directory reload refused")
	write(strings.Replace(smallDirectory, "NAME", "Agence d'après", 1))
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitLog(`"msg":"directory reloaded"`)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serve after two SIGHUPs and a SIGTERM: %v\n%s", err, logs.String())
	}
}
