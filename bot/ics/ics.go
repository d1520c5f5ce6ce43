// Package ics renders one appointment as an RFC 5545 iCalendar object, to
// be attached to a confirmation message or served for download.
package ics

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // VTIMEZONE is derived from the zone database; it must exist
	"unicode/utf8"
)

// ProdID identifies the producer (RFC 5545 §3.7.3).
const ProdID = "-//CEP Accueil//cepbot//FR"

// Event is one appointment.
type Event struct {
	UID      string // stable across updates and the cancellation
	Sequence int    // incremented at each change (moves)
	// Method is the iTIP method: "PUBLISH" (default) or "REQUEST". REQUEST
	// is kept only with an OrganizerEmail (RFC 5546 requires an ORGANIZER);
	// without one the event is published. Cancelled forces "CANCEL".
	Method   string
	Start    time.Time
	End      time.Time
	TimeZone string // IANA; default the location of Start, or Europe/Paris if that is UTC/Local

	Summary, Description, Location string
	Organizer                      string // display name
	OrganizerEmail                 string // optional; without it ORGANIZER is left out
	Stamp                          time.Time
	Cancelled                      bool
}

// Render returns the event as an iCalendar object: CRLF line endings,
// lines folded at 75 octets (never inside a UTF-8 character), TEXT values
// escaped, a VTIMEZONE for the TZID, DTSTART/DTEND in that zone, DTSTAMP
// in UTC. A cancelled event has METHOD:CANCEL and STATUS:CANCELLED.
func Render(e Event) []byte {
	loc, tzid := zoneOf(e)
	start, end := e.Start.In(loc), e.End.In(loc)
	if end.Before(start) {
		end = start
	}
	method := strings.ToUpper(e.Method)
	switch {
	case e.Cancelled:
		method = "CANCEL"
	case method == "REQUEST" && e.OrganizerEmail != "":
	default:
		method = "PUBLISH"
	}
	stamp := e.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	uid := e.UID
	if uid == "" {
		uid = "cepbot-" + start.UTC().Format("20060102T150405Z")
	}
	var w writer
	w.buf.Grow(1536) // a typical file, in one allocation
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:" + ProdID)
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:" + method)
	writeTimezone(&w, loc, tzid, start, end)
	w.line("BEGIN:VEVENT")
	w.line("UID:" + escape(uid))
	w.line("SEQUENCE:" + strconv.Itoa(max(e.Sequence, 0)))
	w.line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
	w.line("DTSTART;TZID=" + paramValue(tzid) + ":" + start.Format("20060102T150405"))
	w.line("DTEND;TZID=" + paramValue(tzid) + ":" + end.Format("20060102T150405"))
	if e.Summary != "" {
		w.line("SUMMARY:" + escape(e.Summary))
	}
	if e.Description != "" {
		w.line("DESCRIPTION:" + escape(e.Description))
	}
	if e.Location != "" {
		w.line("LOCATION:" + escape(e.Location))
	}
	if e.OrganizerEmail != "" {
		org := "ORGANIZER"
		if e.Organizer != "" {
			org += ";CN=" + paramValue(e.Organizer)
		}
		w.line(org + ":mailto:" + strings.Map(noSpaceOrControl, e.OrganizerEmail))
	} else if e.Organizer != "" {
		// No address to reply to: the name is still useful to the reader.
		w.line("CONTACT:" + escape(e.Organizer))
	}
	if e.Cancelled {
		w.line("STATUS:CANCELLED")
	} else {
		w.line("STATUS:CONFIRMED")
	}
	w.line("TRANSP:OPAQUE")
	w.line("END:VEVENT")
	w.line("END:VCALENDAR")
	return w.buf.Bytes()
}

func zoneOf(e Event) (*time.Location, string) {
	if e.TimeZone != "" {
		if loc, err := loadLocation(e.TimeZone); err == nil && e.TimeZone != "Local" {
			return loc, e.TimeZone
		}
	}
	if loc := e.Start.Location(); loc != time.UTC && loc != time.Local && loc.String() != "" && loc.String() != "UTC" && loc.String() != "Local" {
		if _, err := loadLocation(loc.String()); err == nil {
			return loc, loc.String()
		}
	}
	loc, err := loadLocation("Europe/Paris")
	if err != nil {
		return time.UTC, "UTC"
	}
	return loc, "Europe/Paris"
}

// locations caches time.LoadLocation, which reads and parses the zone
// database on every call: a few zones serve every calendar file.
var locations sync.Map // name -> *time.Location

func loadLocation(name string) (*time.Location, error) {
	if l, ok := locations.Load(name); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locations.Store(name, l)
	return l, nil
}

// writer accumulates content lines, folded and CRLF-terminated.
type writer struct{ buf bytes.Buffer }

// line writes one content line folded at 75 octets: continuation lines
// start with a space, which counts in their 75 octets (RFC 5545 §3.1).
func (w *writer) line(s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut-- // never split a UTF-8 sequence
		}
		w.buf.WriteString(s[:cut])
		w.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = 74
	}
	w.buf.WriteString(s)
	w.buf.WriteString("\r\n")
}

// escape escapes a TEXT value (RFC 5545 §3.3.11).
func escape(s string) string {
	if plainText(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case ';':
			b.WriteString(`\;`)
		case ',':
			b.WriteString(`\,`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteString(`\n`)
		default:
			if c < 0x20 && c != '\t' || c == 0x7f {
				continue // control characters are not allowed in TEXT
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// paramValue quotes a parameter value when needed; DQUOTE cannot be escaped
// in parameters, so it is dropped (RFC 5545 §3.2).
func paramValue(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '"' || r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if strings.ContainsAny(s, ";:,") {
		return `"` + s + `"`
	}
	return s
}

func noSpaceOrControl(r rune) rune {
	if r <= 0x20 || r == 0x7f || r == '"' {
		return -1
	}
	return r
}

// plainText reports whether s is valid UTF-8 without any byte that TEXT
// escapes or drops: most summaries and places are returned as they are.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' || c == ';' || c == ',' || c == '\n' || c == '\r' || c == 0x7f || (c < 0x20 && c != '\t'):
			return false
		}
	}
	return utf8.ValidString(s)
}
