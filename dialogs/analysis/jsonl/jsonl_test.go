package jsonl

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 6, 15, 0, 0, 0, 0, time.UTC)

func lines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		out = append(out, m)
	}
	return out
}

func TestWritePlain(t *testing.T) {
	in := "Je suis au chômage, 34 ans, Lyon\nfonctionnaire\r\n\n" + strings.Repeat("a", MaxLine+10) + "\ncadre en CDI, 40 ans"
	var out bytes.Buffer
	if err := Write(strings.NewReader(in), &out, false, now); err != nil {
		t.Fatal(err)
	}
	ls := lines(t, out.String())
	if len(ls) != 5 {
		t.Fatalf("got %d lines, want 5", len(ls))
	}
	if ls[0]["operator"] != "france_travail" || ls[0]["age"] != 34.0 || ls[0]["departement"] != "69" || ls[0]["region"] != "84" {
		t.Errorf("line 1: %v", ls[0])
	}
	if ls[1]["operator"] != "employeur_public" {
		t.Errorf("line 2: %v", ls[1])
	}
	if ls[2]["status"] != nil || ls[2]["operator"] != nil || ls[2]["cadre"] != false || ls[2]["age"] != nil || ls[2]["project"] != "autre" {
		t.Errorf("empty line: %v", ls[2])
	}
	if _, ok := ls[3]["error"]; !ok {
		t.Errorf("too long line: %v", ls[3])
	}
	if ls[4]["operator"] != "apec" || ls[4]["cadre"] != true {
		t.Errorf("line 5: %v", ls[4])
	}
	for _, k := range []string{"status", "cadre", "jeune_diplome", "age", "handicap", "departement", "region", "project", "operator", "alternatives", "missing", "reasons"} {
		if _, ok := ls[0][k]; !ok {
			t.Errorf("key %q missing", k)
		}
	}
}

func TestWriteJSONL(t *testing.T) {
	in := `{"text":"Je suis au RSA, 30 ans, 59000"}` + "\n" + `{"texte":"x"}` + "\n" + `pas du json` + "\n"
	var out bytes.Buffer
	if err := Write(strings.NewReader(in), &out, true, now); err != nil {
		t.Fatal(err)
	}
	ls := lines(t, out.String())
	if len(ls) != 3 || ls[0]["departement"] != "59" || ls[1]["error"] == nil || ls[2]["error"] == nil {
		t.Errorf("output: %s", out.String())
	}
}
