package main

import (
	"fmt"
	"log/slog"
	"time"

	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/calendar"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/secret"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// calendars are the advisors' real agendas configured in the directory:
// the tracker of busy times (nil when none is configured) and the writer of
// bookings into CalDAV calendars (nil when none).
type calendars struct {
	tracker *calendar.Tracker
	writer  *calendar.Writer
}

// buildCalendars reads the directory's calendar settings and their secrets
// (ics_url_env, caldav_password_env, or their _FILE twins). Problems are
// returned in plain words, one per calendar.
func buildCalendars(env *Env, dir *directory.Directory, logger *slog.Logger) (calendars, []string) {
	var c calendars
	var problems []string
	if dir == nil {
		return c, nil
	}
	tr := &calendar.Tracker{Logger: logger, Refresh: durationEnv(env, texts.FR(), "CEPBOT_CALENDAR_REFRESH", 5*time.Minute, &problems)}
	writers := map[calendar.Scope]*calendar.CalDAV{}
	add := func(scope calendar.Scope, cal *directory.Calendar, loc *time.Location, what string) {
		if cal.Empty() {
			return
		}
		feedURL := cal.ICSURL
		if cal.ICSURLEnv != "" {
			v, err := secret.FromEnv(env.Getenv, cal.ICSURLEnv)
			switch {
			case err != nil:
				for _, line := range explain(texts.FR(), err) {
					problems = append(problems, what+" : "+line)
				}
			case v == "":
				problems = append(problems, fmt.Sprintf(texts.FR().ConfigCalendarSecret, what, cal.ICSURLEnv, cal.ICSURLEnv))
			}
			feedURL = v
		}
		if feedURL != "" {
			tr.Add(scope, &calendar.Feed{URL: feedURL, Loc: loc})
		}
		if cal.CalDAVURL != "" {
			var pw string
			if cal.CalDAVPasswordEnv != "" {
				v, err := secret.FromEnv(env.Getenv, cal.CalDAVPasswordEnv)
				switch {
				case err != nil:
					for _, line := range explain(texts.FR(), err) {
						problems = append(problems, what+" : "+line)
					}
				case v == "":
					problems = append(problems, fmt.Sprintf(texts.FR().ConfigCalendarSecret, what, cal.CalDAVPasswordEnv, cal.CalDAVPasswordEnv))
				}
				pw = v
			}
			cd := &calendar.CalDAV{URL: cal.CalDAVURL, User: cal.CalDAVUser, Password: pw, Loc: loc}
			tr.Add(scope, cd)
			writers[scope] = cd
		}
	}
	for _, a := range dir.Agencies {
		loc := agenda.Location(a)
		if a.Calendar != nil {
			add(calendar.Scope{AgencyID: a.ID}, a.Calendar, loc, fmt.Sprintf(texts.FR().ConfigCalendarAgency, a.ID))
		}
		for _, ad := range dir.AdvisorsOf(a.ID) {
			if ad.Calendar != nil {
				add(calendar.Scope{AgencyID: a.ID, AdvisorID: ad.ID}, ad.Calendar, loc, fmt.Sprintf(texts.FR().ConfigCalendarAdvisor, ad.ID))
			}
		}
	}
	if tr.Len() > 0 {
		c.tracker = tr
	}
	if len(writers) > 0 {
		c.writer = &calendar.Writer{Calendar: func(agencyID, advisorID string) *calendar.CalDAV {
			if cd := writers[calendar.Scope{AgencyID: agencyID, AdvisorID: advisorID}]; cd != nil {
				return cd
			}
			return writers[calendar.Scope{AgencyID: agencyID}]
		}}
	}
	return c, problems
}
