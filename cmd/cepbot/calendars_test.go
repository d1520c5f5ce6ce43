package main

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot/directory"
)

const calendarsDir = `version: 1
operators:
  - {id: ft, kind: france_travail, name: France Travail}
agencies:
  - id: ag
    operator: ft
    name: Agence
    departements: ["35"]
    modalities: [sur_place]
    hours: {mon: ["09:00-12:00"]}
    calendar: {ics_url_env: AGENCY_ICS}
    advisors:
      - id: alix
        name: Alix
        calendar: {caldav_url: "https://dav.example.org/alix/", caldav_user: alix, caldav_password_env: ALIX_PW}
      - {id: bob, name: Bob}
`

func TestBuildCalendars(t *testing.T) {
	dir, err := directory.Parse("d.yaml", []byte(calendarsDir))
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pwFile, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		env      map[string]string
		problems []string
	}{
		{"all secrets", map[string]string{"AGENCY_ICS": "https://cal.example.org/x.ics", "ALIX_PW_FILE": pwFile}, nil},
		{"missing secrets", nil, []string{
			"agence ag : le calendrier demande la variable AGENCY_ICS (ou AGENCY_ICS_FILE), qui n'est pas définie",
			"conseiller alix : le calendrier demande la variable ALIX_PW (ou ALIX_PW_FILE), qui n'est pas définie",
		}},
		{"bad refresh", map[string]string{"AGENCY_ICS": "https://x/y.ics", "ALIX_PW": "p", "CEPBOT_CALENDAR_REFRESH": "souvent"},
			[]string{"CEPBOT_CALENDAR_REFRESH"}},
	} {
		env := &Env{Getenv: func(k string) string { return c.env[k] }}
		cals, problems := buildCalendars(env, dir, slog.New(slog.DiscardHandler))
		if len(problems) != len(c.problems) {
			t.Errorf("%s: problems %q, want %q", c.name, problems, c.problems)
			continue
		}
		for i, p := range problems {
			if !strings.Contains(p, c.problems[i]) {
				t.Errorf("%s: problem %q, want %q", c.name, p, c.problems[i])
			}
			if strings.Contains(p, "secret") || strings.Contains(p, "example.org/x.ics") {
				t.Errorf("%s: a secret in %q", c.name, p)
			}
		}
		if cals.tracker == nil || cals.writer == nil {
			t.Fatalf("%s: tracker %v, writer %v", c.name, cals.tracker, cals.writer)
		}
	}
	cals, _ := buildCalendars(&Env{Getenv: func(k string) string { return map[string]string{"AGENCY_ICS": "https://x/y.ics", "ALIX_PW": "p"}[k] }}, dir, slog.New(slog.DiscardHandler))
	if cals.tracker.Len() != 2 {
		t.Errorf("%d calendar sources, want 2 (the agency's feed, alix's CalDAV)", cals.tracker.Len())
	}
	if cd := cals.writer.Calendar("ag", "alix"); cd == nil || cd.Password != "p" {
		t.Errorf("alix's bookings go to %+v", cd)
	}
	if cd := cals.writer.Calendar("ag", "bob"); cd != nil {
		t.Errorf("bob (no calendar, the agency's is a feed) gets a CalDAV calendar: %+v", cd)
	}
	if cals, problems := buildCalendars(&Env{Getenv: func(string) string { return "" }}, directory.Sample(), slog.New(slog.DiscardHandler)); cals.tracker != nil || len(problems) != 0 {
		t.Errorf("the sample directory has calendars: %+v, %q", cals, problems)
	}
}
