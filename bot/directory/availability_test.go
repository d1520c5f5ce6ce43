package directory

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const availSrc = `version: 1
operators:
  - {id: ft, kind: france_travail, name: France Travail}
agencies:
  - id: a
    operator: ft
    name: Agence
    departements: ["35"]
    modalities: [sur_place]
    hours:
      mon: ["09:00-12:00", "13:30-17:00"]
      tue: ["09:00-12:00", "13:30-17:00"]
    advisors:
      - id: full
        name: Plein Temps
      - id: part
        name: Temps Partiel
        hours:
          mon: ["09:00-12:00"]
        absences:
          - {from: 2026-12-21, to: 2026-12-23, reason: congés}
          - {date: 2026-12-07, half: matin}
        calendar:
          ics_url_env: CEPBOT_ICS_PART
          caldav_url: https://dav.example.org/cal/part/
          caldav_user: part
          caldav_password_env: CEPBOT_CALDAV_PART
`

func TestAdvisorAvailability(t *testing.T) {
	d, err := Parse("f.yaml", []byte(availSrc))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Agency("a")
	loc := a.Location
	at := func(day, hh, mm int) (time.Time, time.Time) {
		st := time.Date(2026, 12, day, hh, mm, 0, 0, loc)
		return st, st.Add(45 * time.Minute)
	}
	part, full := d.Advisor("part"), d.Advisor("full")
	if part.Calendar == nil || part.Calendar.ICSURLEnv != "CEPBOT_ICS_PART" || part.Calendar.CalDAVUser != "part" {
		t.Errorf("calendar: %+v", part.Calendar)
	}
	for _, c := range []struct {
		name   string
		ad     *Advisor
		day    int
		hh, mm int
		want   bool
	}{
		{"full time, Monday afternoon", full, 14, 14, 0, true},
		{"part time, Monday morning", part, 14, 9, 0, true},
		{"part time, Monday afternoon", part, 14, 14, 0, false},
		{"part time, Tuesday (not worked)", part, 15, 9, 0, false},
		{"half-day absence, morning", part, 7, 10, 0, false},
		{"half-day absence: slot ending at noon", part, 7, 11, 15, false},
		{"absence range, middle day", part, 22, 9, 0, false},
		{"after the absence", part, 28, 9, 0, true},
		{"other advisor during the absence", full, 22, 9, 0, true},
	} {
		st, en := at(c.day, c.hh, c.mm)
		if got := c.ad.Available(a, loc, st, en); got != c.want {
			t.Errorf("%s: Available = %v, want %v", c.name, got, c.want)
		}
	}
	// An afternoon absence leaves the morning.
	ab := &Advisor{ID: "x", Availability: Availability{Absences: []Absence{{From: time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC), Half: Afternoon}}}}
	if st, en := at(8, 9, 0); !ab.Available(a, loc, st, en) {
		t.Error("afternoon absence blocks the morning")
	}
	if st, en := at(8, 13, 30); ab.Available(a, loc, st, en) {
		t.Error("afternoon absence does not block the afternoon")
	}
}

func TestAdvisorAvailabilityErrors(t *testing.T) {
	base := strings.SplitAfter(availSrc, "        name: Temps Partiel\n")[0]
	for _, c := range []struct{ name, extra, want string }{
		{"outside the agency", "        hours: {mon: [\"08:00-12:00\"]}\n", "f.yaml:18: agencies[0].advisors[1].hours.mon: range 08:00-12:00 is outside the opening hours of agency \"a\" (09:00-12:00, 13:30-17:00)"},
		{"closed day", "        hours: {wed: [\"09:00-12:00\"]}\n", "outside the opening hours of agency \"a\" (closed that day)"},
		{"too short", "        hours: {mon: [\"09:00-09:30\"]}\n", "range 09:00-09:30 is shorter than one 45-minute appointment"},
		{"half day on a range", "        absences: [{from: 2026-12-01, to: 2026-12-02, half: matin}]\n", "agencies[0].advisors[1].absences[0].half: a half-day absence is one date"},
		{"bad half", "        absences: [{date: 2026-12-01, half: soir}]\n", "\"soir\" is not a half day (matin or apres-midi)"},
		{"bad date", "        absences: [{date: 2026-13-01}]\n", "absences[0].date: \"2026-13-01\" is not a date YYYY-MM-DD"},
		{"date and range", "        absences: [{date: 2026-12-01, from: 2026-12-01}]\n", "give either date (one day) or from/to, not both"},
		{"reversed range", "        absences: [{from: 2026-12-05, to: 2026-12-01}]\n", "absences[0].to: absence ends (2026-12-01) before it starts (2026-12-05)"},
		{"missing from", "        absences: [{to: 2026-12-06}]\n", "absences[0].from: missing (required)"},
		{"unknown key", "        absences: [{from: 2026-12-05, until: 2026-12-06}]\n", "unknown key \"until\""},
		{"credentials in url", "        calendar: {caldav_url: \"https://u:p@dav.example.org/c/\", caldav_user: u, caldav_password_env: P}\n", "no credentials in the address"},
		{"ics not http", "        calendar: {ics_url: \"ftp://x/y.ics\"}\n", "\"ftp://x/y.ics\" is not an http(s) address"},
		{"user without password", "        calendar: {caldav_url: \"https://dav.example.org/c/\", caldav_user: u}\n", "give both caldav_user and caldav_password_env"},
		{"bad env", "        calendar: {ics_url_env: \"not-a-var\"}\n", "\"not-a-var\" is not an environment variable name"},
		{"empty calendar", "        calendar: {}\n", "empty calendar"},
	} {
		_, err := Parse("f.yaml", []byte(base+c.extra))
		var errs *Errors
		if !errors.As(err, &errs) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}
