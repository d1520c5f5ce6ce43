package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func runAskArgs(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
	code := runAsk(context.Background(), env, args)
	return out.String(), errb.String(), code
}

func TestRunAsk(t *testing.T) {
	out, _, code := runAskArgs(t, "c'est quoi la VAE ?")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if code != 0 || lines[len(lines)-1] != "fiche : vae" || !strings.Contains(out, "Source : https://") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	// Words given as several arguments make one question.
	out, _, _ = runAskArgs(t, "c'est", "quoi", "le", "CPF")
	if !strings.HasSuffix(strings.TrimSpace(out), "fiche : cpf") {
		t.Errorf("plusieurs arguments :\n%s", out)
	}
}

func TestRunAskUnknown(t *testing.T) {
	out, _, code := runAskArgs(t, "quelle est la capitale de l'Australie ?")
	if code != 0 || strings.TrimSpace(out) != askUnknown {
		t.Errorf("exit %d: %q", code, out)
	}
}

func TestRunAskJSON(t *testing.T) {
	out, _, code := runAskArgs(t, "--json", "--statut", "agent_public", "je peux démissionner pour me reconvertir et toucher le chômage ?")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r askResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !r.IsQuestion || len(r.Matches) == 0 || r.Status != "agent_public" {
		t.Fatalf("%+v", r)
	}
	found := false
	for i, m := range r.Matches {
		if i > 0 && m.Score > r.Matches[i-1].Score {
			t.Errorf("non trié : %+v", r.Matches)
		}
		if m.ID == "demission_reconversion" {
			found = true
			if !strings.Contains(m.Note, "agents publics") {
				t.Errorf("note : %q", m.Note)
			}
		}
	}
	if !found {
		t.Errorf("démission-reconversion absente : %+v", r.Matches)
	}
	out, _, _ = runAskArgs(t, "--json", "blague ?")
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Matches) != 0 || r.Answer != askUnknown {
		t.Errorf("inconnue : %v %s", err, out)
	}
}

func TestRunAskUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"--json"}, {"--bad", "x"}, {"--statut"}, {"--statut", "martien", "cpf ?"}} {
		if _, errs, code := runAskArgs(t, args...); code != 2 || errs == "" {
			t.Errorf("%q : exit %d, stderr %q", args, code, errs)
		}
	}
}
