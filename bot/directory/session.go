package directory

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Session is a collective information meeting an operator runs (réunion
// d'information), weekly or on one date. Each occurrence has its own seats.
//
//	sessions:
//	  - id: ft-69-reconversion
//	    agency: ft-69                 # where it takes place (and its time zone)
//	    title: "Se reconvertir : les dispositifs"
//	    weekly: "tue 14:00"           # or  date: "2026-12-08 14:00"
//	    duration: 2h
//	    capacity: 25
//	    visio: https://visio.example.org/ft-69   # optional: online instead of the agency
type Session struct {
	ID, AgencyID, Title string
	Weekly              bool         // every week on Weekday at Minute
	Weekday             time.Weekday //
	Minute              int          // minutes after midnight, agency time
	Date                time.Time    // one-off: civil date (midnight UTC), with Minute
	Duration            time.Duration
	Capacity            int
	Visio               string
	Line                int
}

// Occurrence is one meeting of a session.
type Occurrence struct {
	Session    *Session
	Start, End time.Time
}

// ID identifies the occurrence: session id and local date.
func (o Occurrence) ID() string { return o.Session.ID + "@" + o.Start.Format("2006-01-02") }

// SessionsFor returns the sessions of agencies of the operator kind that
// serve the département.
//
// The list is shared (indexed once, it is asked at every orientation
// question): callers must not modify it.
func (d *Directory) SessionsFor(kind, departement string) []*Session {
	if d == nil {
		return nil
	}
	d.ensureIndex()
	return d.sessionsBy[kindDep{kind, departement}]
}

// kindDep keys the sessions index.
type kindDep struct{ kind, dep string }

// indexSessions lists, for each operator kind and département, the sessions
// of the agencies of that kind serving it, in the directory's order.
func (d *Directory) indexSessions() {
	d.sessionsBy = map[kindDep][]*Session{}
	for _, s := range d.Sessions {
		a := d.agencies[s.AgencyID]
		if a == nil {
			continue
		}
		op := d.operators[a.OperatorID]
		if op == nil {
			continue
		}
		for _, dep := range a.Departements {
			k := kindDep{op.Kind, dep}
			if l := d.sessionsBy[k]; len(l) == 0 || l[len(l)-1] != s {
				d.sessionsBy[k] = append(l, s)
			}
		}
	}
}

// sessionsForScan is SessionsFor without the index (the reference the
// index is tested against).
func (d *Directory) sessionsForScan(kind, departement string) []*Session {
	var out []*Session
	for _, s := range d.Sessions {
		a := d.Agency(s.AgencyID)
		if a == nil || !a.Serves(departement) {
			continue
		}
		if op := d.Operator(a.OperatorID); op != nil && op.Kind == kind {
			out = append(out, s)
		}
	}
	return out
}

// Session returns a session by id, or nil.
func (d *Directory) Session(id string) *Session {
	for _, s := range d.Sessions {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// Occurrences lists the meetings of a session that start after from and
// before from+within, in loc (the agency's zone), earliest first.
func (s *Session) Occurrences(from time.Time, within time.Duration, loc *time.Location) []Occurrence {
	var out []Occurrence
	at := func(y int, m time.Month, d int) time.Time {
		return time.Date(y, m, d, s.Minute/60, s.Minute%60, 0, 0, loc)
	}
	end := from.Add(within)
	if !s.Weekly {
		st := at(s.Date.Year(), s.Date.Month(), s.Date.Day())
		if st.After(from) && st.Before(end) {
			out = append(out, Occurrence{Session: s, Start: st, End: st.Add(s.Duration)})
		}
		return out
	}
	day := from.In(loc)
	for i := 0; i <= int(within/(24*time.Hour))+1; i++ {
		d := time.Date(day.Year(), day.Month(), day.Day()+i, 0, 0, 0, 0, loc)
		if d.Weekday() != s.Weekday {
			continue
		}
		st := at(d.Year(), d.Month(), d.Day())
		if st.After(from) && st.Before(end) {
			out = append(out, Occurrence{Session: s, Start: st, End: st.Add(s.Duration)})
		}
	}
	return out
}

var weekdayKeys = map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}

func (w *walker) session(n *yaml.Node, path string, agencies map[string]*Agency) *Session {
	m := w.asMap(n, path, "id", "agency", "title", "weekly", "date", "duration", "capacity", "visio")
	dn := w.deref(n)
	if dn == nil {
		return nil
	}
	s := &Session{Line: dn.Line, Duration: 2 * time.Hour}
	s.ID = w.required(m, dn, path, "id")
	if s.ID != "" && !idRe.MatchString(s.ID) {
		w.errorf(m.nodes["id"], path+".id", "%q is not a valid id (lower-case letters, digits, '.', '_', '-')", s.ID)
	}
	s.AgencyID = w.required(m, dn, path, "agency")
	if s.AgencyID != "" && agencies[s.AgencyID] == nil {
		w.errorf(m.nodes["agency"], path+".agency", "unknown agency %q", s.AgencyID)
	}
	s.Title = w.required(m, dn, path, "title")
	switch {
	case m.has("weekly") && m.has("date"):
		w.errorf(dn, path, "give either weekly or date, not both")
	case m.has("weekly"):
		v, _ := w.str(m.nodes["weekly"], path+".weekly")
		day, hm, _ := strings.Cut(v, " ")
		wd, okDay := weekdayKeys[strings.ToLower(day)]
		min, okTime := clock(hm)
		if !okDay || !okTime {
			w.errorf(m.nodes["weekly"], path+".weekly", "%q is not \"DAY HH:MM\" (day: mon, tue, wed, thu, fri, sat, sun)", v)
		}
		s.Weekly, s.Weekday, s.Minute = true, wd, min
	case m.has("date"):
		v, _ := w.str(m.nodes["date"], path+".date")
		day, hm, _ := strings.Cut(v, " ")
		d, err := time.Parse("2006-01-02", day)
		min, okTime := clock(hm)
		if err != nil || !okTime {
			w.errorf(m.nodes["date"], path+".date", "%q is not \"YYYY-MM-DD HH:MM\"", v)
		}
		s.Date, s.Minute = d, min
	default:
		w.errorf(dn, path, "missing weekly (\"tue 14:00\") or date (\"2026-12-08 14:00\")")
	}
	if dur, ok := m.nodes["duration"]; ok {
		if d, ok := w.duration(dur, path+".duration"); ok {
			if d <= 0 || d > 12*time.Hour {
				w.errorf(dur, path+".duration", "a meeting lasts between a few minutes and 12 hours")
			}
			s.Duration = d
		}
	}
	if !m.has("capacity") {
		w.errorf(dn, path+".capacity", "missing (required): how many seats?")
	} else if c, ok := w.integer(m.nodes["capacity"], path+".capacity"); ok {
		if c < 1 || c > 1000 {
			w.errorf(m.nodes["capacity"], path+".capacity", "capacity %d is not between 1 and 1000", c)
		}
		s.Capacity = c
	}
	s.Visio = w.optional(m, path, "visio")
	if s.Visio != "" && !strings.HasPrefix(s.Visio, "https://") {
		w.errorf(m.nodes["visio"], path+".visio", "%q is not an https:// link", s.Visio)
	}
	return s
}

// clock parses "HH:MM" into minutes after midnight.
func clock(s string) (int, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) != 2 || len(m) != 2 {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 23 || mm > 59 || hh < 0 || mm < 0 {
		return 0, false
	}
	return hh*60 + mm, true
}

func (s *Session) String() string { return fmt.Sprintf("%s (%s)", s.Title, s.ID) }
