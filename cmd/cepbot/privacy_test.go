package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestConsentTextsPromiseTheConfiguredDurations: the consent question and
// its details state CEPBOT_RETENTION and CEPBOT_SESSION_TTL as configured,
// one run after another in the same process (defaults, then others).
func TestConsentTextsPromiseTheConfiguredDurations(t *testing.T) {
	for _, c := range []struct {
		vars       map[string]string
		kept, idle string
	}{
		{map[string]string{}, "effacées 90 jours après le rendez-vous", "effacée après 30 jours."},
		{map[string]string{"CEPBOT_RETENTION": "180d", "CEPBOT_SESSION_TTL": "36h"}, "effacées 180 jours après le rendez-vous", "effacée après 36 heures."},
		{map[string]string{"CEPBOT_RETENTION": "1d", "CEPBOT_SESSION_TTL": "7d"}, "effacées 1 jour après le rendez-vous", "effacée après 7 jours."},
	} {
		c.vars["CEPBOT_NOW"] = "2026-12-01T09:00:00+01:00"
		var out, errOut bytes.Buffer
		env := &Env{Stdin: strings.NewReader("bonjour\n3\n"), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return c.vars[k] }}
		if code := run(context.Background(), env, []string{"chat", "--store", "memory", "--user", "durations"}); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		for _, want := range []string{c.kept, c.idle} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: the consent texts lack %q:\n%s", c.vars, want, out.String())
			}
		}
		if strings.Contains(out.String(), "{") {
			t.Errorf("a placeholder is left:\n%s", out.String())
		}
	}
}
