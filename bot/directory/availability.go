package directory

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Availability is when an advisor takes appointments, inside the agency's
// opening hours: their own weekly hours (part time) and their absences.
type Availability struct {
	Hours    *WeekHours // nil: the agency's hours
	Absences []Absence
}

// HalfDay says which part of a day an absence covers.
type HalfDay int

// The parts of a day: mornings end at noon.
const (
	WholeDay HalfDay = iota
	Morning
	Afternoon
)

// noon splits a day into morning and afternoon, in minutes.
const noon = 12 * 60

// Absence is an inclusive range of civil dates (midnight UTC, read in the
// agency's calendar), or one half day.
type Absence struct {
	From, To time.Time
	Half     HalfDay
	Reason   string
}

// Calendar is where an advisor's (or an agency's) real agenda lives. Each
// part is optional. Secrets are never inline: ICSURLEnv and
// CalDAVPasswordEnv name environment variables (or their _FILE twins).
type Calendar struct {
	ICSURL            string // a feed address that is not secret
	ICSURLEnv         string // variable holding the secret feed address
	CalDAVURL         string // the calendar collection (RFC 4791)
	CalDAVUser        string
	CalDAVPasswordEnv string
	Line              int
}

// Empty reports whether no source is configured.
func (c *Calendar) Empty() bool {
	return c == nil || (c.ICSURL == "" && c.ICSURLEnv == "" && c.CalDAVURL == "")
}

// Available reports whether the advisor works during [start, end) in the
// agency a: within their hours (the agency's when they have none of their
// own) and not absent. The agency's own hours, closures and holidays are
// the agenda's business.
func (ad *Advisor) Available(a *Agency, loc *time.Location, start, end time.Time) bool {
	if ad == nil {
		return false
	}
	av := ad.Availability
	if av.Hours == nil && len(av.Absences) == 0 {
		return true
	}
	st, en := start.In(loc), end.In(loc)
	y, m, d := st.Date()
	from := st.Hour()*60 + st.Minute()
	to := from + int(en.Sub(st)/time.Minute)
	if av.Hours != nil {
		inside := false
		for _, r := range av.Hours[st.Weekday()] {
			if from >= r.Start && to <= r.End {
				inside = true
				break
			}
		}
		if !inside {
			return false
		}
	}
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	for _, ab := range av.Absences {
		if day.Before(ab.From) || day.After(ab.To) {
			continue
		}
		switch ab.Half {
		case Morning:
			if from < noon {
				return false
			}
		case Afternoon:
			if to > noon {
				return false
			}
		default:
			return false
		}
	}
	return true
}

var halfNames = map[string]HalfDay{"matin": Morning, "morning": Morning, "apres-midi": Afternoon, "après-midi": Afternoon, "afternoon": Afternoon}

// availability reads an advisor's hours, absences and calendar.
func (w *walker) availability(m *mapping, path string, ad *Advisor) {
	if hn, ok := m.nodes["hours"]; ok {
		h := w.hours(hn, path+".hours")
		ad.Availability.Hours = &h
		ad.hoursNode = hn
	}
	for i, an := range w.asList(m.nodes["absences"], path+".absences") {
		if ab, ok := w.absence(an, index(path+".absences", i)); ok {
			ad.Availability.Absences = append(ad.Availability.Absences, ab)
		}
	}
	if cn, ok := m.nodes["calendar"]; ok {
		ad.Calendar = w.calendar(cn, path+".calendar")
	}
}

// absence reads {from: 2026-12-21, to: 2026-12-31, reason: congés} or
// {date: 2026-12-08, half: matin}.
func (w *walker) absence(n *yaml.Node, path string) (Absence, bool) {
	m := w.asMap(n, path, "from", "to", "date", "half", "reason")
	dn := w.deref(n)
	var ab Absence
	if dn == nil {
		return ab, false
	}
	ab.Reason = w.optional(m, path, "reason")
	if m.has("date") {
		if m.has("from") || m.has("to") {
			w.errorf(m.nodes["date"], path+".date", "give either date (one day) or from/to, not both")
			return ab, false
		}
		s := w.optional(m, path, "date")
		d, ok := parseDate(s)
		if !ok {
			w.errorf(m.nodes["date"], path+".date", "%q is not a date YYYY-MM-DD", s)
			return ab, false
		}
		ab.From, ab.To = d, d
	} else {
		fs := w.required(m, dn, path, "from")
		from, ok := parseDate(fs)
		if fs == "" {
			return ab, false
		}
		if !ok {
			w.errorf(m.nodes["from"], path+".from", "%q is not a date YYYY-MM-DD", fs)
			return ab, false
		}
		to := from
		if ts := w.optional(m, path, "to"); ts != "" {
			if to, ok = parseDate(ts); !ok {
				w.errorf(m.nodes["to"], path+".to", "%q is not a date YYYY-MM-DD", ts)
				return ab, false
			}
		}
		if to.Before(from) {
			w.errorf(m.nodes["to"], path+".to", "absence ends (%s) before it starts (%s)", to.Format(time.DateOnly), from.Format(time.DateOnly))
			return ab, false
		}
		ab.From, ab.To = from, to
	}
	if hs := w.optional(m, path, "half"); hs != "" {
		h, ok := halfNames[strings.ToLower(hs)]
		if !ok {
			w.errorf(m.nodes["half"], path+".half", "%q is not a half day (matin or apres-midi)", hs)
			return ab, false
		}
		if !ab.From.Equal(ab.To) {
			w.errorf(m.nodes["half"], path+".half", "a half-day absence is one date: use date, not a range")
			return ab, false
		}
		ab.Half = h
	}
	return ab, true
}

// calendar reads {ics_url | ics_url_env, caldav_url, caldav_user,
// caldav_password_env}.
func (w *walker) calendar(n *yaml.Node, path string) *Calendar {
	m := w.asMap(n, path, "ics_url", "ics_url_env", "caldav_url", "caldav_user", "caldav_password_env")
	dn := w.deref(n)
	if dn == nil {
		return nil
	}
	c := &Calendar{Line: dn.Line}
	c.ICSURL = w.optional(m, path, "ics_url")
	c.ICSURLEnv = w.optional(m, path, "ics_url_env")
	c.CalDAVURL = w.optional(m, path, "caldav_url")
	c.CalDAVUser = w.optional(m, path, "caldav_user")
	c.CalDAVPasswordEnv = w.optional(m, path, "caldav_password_env")
	if c.ICSURL != "" && c.ICSURLEnv != "" {
		w.errorf(m.nodes["ics_url_env"], path+".ics_url_env", "give ics_url or ics_url_env, not both")
	}
	for _, f := range []struct{ key, val string }{{"ics_url", c.ICSURL}, {"caldav_url", c.CalDAVURL}} {
		if f.val == "" {
			continue
		}
		u, err := url.Parse(f.val)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			w.errorf(m.nodes[f.key], path+"."+f.key, "%q is not an http(s) address", f.val)
		} else if u.User != nil {
			w.errorf(m.nodes[f.key], path+"."+f.key, "no credentials in the address: use caldav_user and caldav_password_env")
		}
	}
	for _, key := range []string{"ics_url_env", "caldav_password_env"} {
		if v := w.optional(m, path, key); v != "" && !envRe.MatchString(v) {
			w.errorf(m.nodes[key], path+"."+key, "%q is not an environment variable name (A-Z, 0-9, _)", v)
		}
	}
	if c.CalDAVURL == "" && (c.CalDAVUser != "" || c.CalDAVPasswordEnv != "") {
		w.errorf(dn, path+".caldav_url", "missing: caldav_user and caldav_password_env need the calendar's address")
	}
	if c.CalDAVURL != "" && (c.CalDAVUser == "") != (c.CalDAVPasswordEnv == "") {
		w.errorf(dn, path, "give both caldav_user and caldav_password_env, or neither")
	}
	if c.Empty() {
		w.errorf(dn, path, "empty calendar: give ics_url, ics_url_env or caldav_url")
		return nil
	}
	return c
}

// checkAvailability checks, once the agencies are known, that an advisor's
// own hours lie within the agency's and fit one appointment.
func (w *walker) checkAvailability(ad *Advisor, a *Agency, path string) {
	if ad.Availability.Hours == nil || a == nil {
		return
	}
	for day, rs := range ad.Availability.Hours {
		for _, r := range rs {
			p := path + ".hours." + dayKeys[day]
			if r.End-r.Start < a.SlotMinutes {
				w.errorf(ad.hoursNode, p, "range %s is shorter than one %d-minute appointment", r, a.SlotMinutes)
				continue
			}
			inside := false
			for _, ar := range a.Hours[day] {
				if r.Start >= ar.Start && r.End <= ar.End {
					inside = true
				}
			}
			if !inside {
				w.errorf(ad.hoursNode, p, "range %s is outside the opening hours of agency %q (%s)", r, a.ID, rangesText(a.Hours[day]))
			}
		}
	}
}

func rangesText(rs []TimeRange) string {
	if len(rs) == 0 {
		return "closed that day"
	}
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, ", ")
}

// String describes an absence for operators.
func (ab Absence) String() string {
	s := ab.From.Format(time.DateOnly)
	if !ab.To.Equal(ab.From) {
		s += " – " + ab.To.Format(time.DateOnly)
	}
	switch ab.Half {
	case Morning:
		s += " (matin)"
	case Afternoon:
		s += " (après-midi)"
	}
	return fmt.Sprint(s)
}
