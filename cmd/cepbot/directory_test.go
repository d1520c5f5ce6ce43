package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Now: func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }}
	code := runDirectory(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestDirectoryCheck(t *testing.T) {
	code, out, errs := runCLI(t, "check", filepath.Join("..", "..", "bot", "directory", "sample.yaml"))
	if code != 0 || !strings.Contains(out, "sample.yaml : annuaire valide (24 opérateurs, 424 agences, 1317 conseillers)") || errs != "" {
		t.Errorf("sample: code %d out %q err %q", code, out, errs)
	}

	bad := filepath.Join(t.TempDir(), "annuaire.yaml")
	os.WriteFile(bad, []byte("operators:\n  - {id: x, kind: pole_emploi, name: X}\nagencies:\n  - {id: a, operator: y}\n"), 0o600)
	code, out, errs = runCLI(t, "check", bad)
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 1 || out != "" || len(lines) < 4 || !strings.Contains(errs, `annuaire.yaml:2: operators[0].kind : type d'opérateur inconnu : "pole_emploi" (possibles : france_travail,`) ||
		!strings.Contains(errs, `annuaire.yaml:4: agencies[0].name : manquant (obligatoire)`) {
		t.Errorf("bad file: code %d out %q err:\n%s", code, out, errs)
	}

	if code, _, _ := runCLI(t, "check"); code != 2 {
		t.Errorf("usage error: code %d", code)
	}
	if code, _, errs := runCLI(t, "check", "/nonexistent/x.yaml"); code != 1 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing file: %d %q", code, errs)
	}
}
