package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestRunAnalyse(t *testing.T) {
	in := "Je suis au chômage, 34 ans, j'habite à Lyon\n\n{pas du json\n"
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(in), Stdout: &out, Stderr: &errb,
		Now: func() time.Time { return time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC) }}
	if code := runAnalyse(context.Background(), env, nil); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r["status"] != "demandeur_emploi" || r["departement"] != "69" || r["operator"] != "france_travail" || r["age"] != 34.0 {
		t.Errorf("unexpected analysis: %s", lines[0])
	}

	out.Reset()
	env.Stdin = strings.NewReader("{\"text\":\"fonctionnaire à Nantes\"}\nnot json\n")
	if code := runAnalyse(context.Background(), env, []string{"--jsonl"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines = strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"operator":"employeur_public"`) || !strings.Contains(lines[1], `"error"`) {
		t.Errorf("jsonl output:\n%s", out.String())
	}
}
