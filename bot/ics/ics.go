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
	w := writers.Get().(*writer)
	defer w.release()
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:" + ProdID)
	w.line("CALSCALE:GREGORIAN")
	w.begin("METHOD:")
	w.str(method)
	w.end()
	writeTimezone(w, loc, tzid, start, end)
	w.line("BEGIN:VEVENT")
	w.begin("UID:")
	w.text(uid)
	w.end()
	w.begin("SEQUENCE:")
	w.ln = strconv.AppendInt(w.ln, int64(max(e.Sequence, 0)), 10)
	w.end()
	w.begin("DTSTAMP:")
	w.ln = stamp.UTC().AppendFormat(w.ln, "20060102T150405Z")
	w.end()
	w.begin("DTSTART;TZID=")
	w.str(paramValue(tzid))
	w.str(":")
	w.ln = start.AppendFormat(w.ln, "20060102T150405")
	w.end()
	w.begin("DTEND;TZID=")
	w.str(paramValue(tzid))
	w.str(":")
	w.ln = end.AppendFormat(w.ln, "20060102T150405")
	w.end()
	if e.Summary != "" {
		w.begin("SUMMARY:")
		w.text(e.Summary)
		w.end()
	}
	if e.Description != "" {
		w.begin("DESCRIPTION:")
		w.text(e.Description)
		w.end()
	}
	if e.Location != "" {
		w.begin("LOCATION:")
		w.text(e.Location)
		w.end()
	}
	if e.OrganizerEmail != "" {
		w.begin("ORGANIZER")
		if e.Organizer != "" {
			w.str(";CN=")
			w.str(paramValue(e.Organizer))
		}
		w.str(":mailto:")
		w.str(strings.Map(noSpaceOrControl, e.OrganizerEmail))
		w.end()
	} else if e.Organizer != "" {
		// No address to reply to: the name is still useful to the reader.
		w.begin("CONTACT:")
		w.text(e.Organizer)
		w.end()
	}
	if e.Cancelled {
		w.line("STATUS:CANCELLED")
	} else {
		w.line("STATUS:CONFIRMED")
	}
	w.line("TRANSP:OPAQUE")
	w.line("END:VEVENT")
	w.line("END:VCALENDAR")
	// The file is copied out of the pooled writer at its exact size (a
	// fixed 1.5 KB buffer left a third unused): the caller owns the copy,
	// the writer goes back for the next file.
	return bytes.Clone(w.buf.Bytes())
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

// writer accumulates content lines, folded and CRLF-terminated. A content
// line is put together in ln (begin, str, text, end) and folded from there:
// no string is built for it.
type writer struct {
	buf bytes.Buffer
	ln  []byte
}

// writers recycles writers between files: their buffers are only read
// before Render returns (its result is a copy).
var writers = sync.Pool{New: func() any { w := new(writer); w.buf.Grow(1536); return w }}

// maxPooledWriter: a writer grown past it (a very long description) is
// left to the collector.
const maxPooledWriter = 8 << 10

func (w *writer) release() {
	if w.buf.Cap() > maxPooledWriter || cap(w.ln) > maxPooledWriter {
		return
	}
	w.buf.Reset()
	w.ln = w.ln[:0]
	writers.Put(w)
}

// line writes one content line folded at 75 octets.
func (w *writer) line(s string) {
	w.begin(s)
	w.end()
}

// begin starts a content line with s.
func (w *writer) begin(s string) { w.ln = append(w.ln[:0], s...) }

// str adds s to the line as it is.
func (w *writer) str(s string) { w.ln = append(w.ln, s...) }

// text adds s to the line as a TEXT value (escaped).
func (w *writer) text(s string) { w.ln = appendEscaped(w.ln, s) }

// end writes the line folded at 75 octets: continuation lines start with a
// space, which counts in their 75 octets (RFC 5545 §3.1).
func (w *writer) end() {
	s := w.ln
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut-- // never split a UTF-8 sequence
		}
		w.buf.Write(s[:cut])
		w.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = 74
	}
	w.buf.Write(s)
	w.buf.WriteString("\r\n")
}

// escape escapes a TEXT value (RFC 5545 §3.3.11).
func escape(s string) string {
	if plainText(s) {
		return s
	}
	return string(appendEscaped(make([]byte, 0, len(s)+8), s))
}

// appendEscaped appends s escaped as a TEXT value: in one pass over its
// bytes, classed by textClass, copying the runs that need nothing. It
// checked every byte against seven cases, then, for a description or a
// place (they mostly hold a line break or a comma), escaped in a second
// pass: ≈ 900 instructions per turn of the memory bench (callgrind).
func appendEscaped(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	start := 0
	for i := 0; i < len(s); i++ {
		cl := textClass[s[i]]
		if cl == textKeep {
			continue
		}
		b = append(b, s[start:i]...)
		switch cl {
		case textBackslash:
			b = append(b, '\\', s[i])
		case textCR:
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b = append(b, `\n`...)
		case textLF:
			b = append(b, `\n`...)
		}
		// textDrop: control characters are not allowed in TEXT
		start = i + 1
	}
	return append(b, s[start:]...)
}

// The classes of the bytes of a TEXT value (RFC 5545 §3.3.11).
const (
	textKeep      = iota // as it is
	textBackslash        // \, ; and , written after a backslash
	textLF               // \n
	textCR               // \n, with the LF after it if any
	textDrop             // control characters but tab, and DEL
)

var textClass = func() (t [256]uint8) {
	for c := range 0x20 {
		if c != '\t' {
			t[c] = textDrop
		}
	}
	t[0x7f] = textDrop
	t['\\'], t[';'], t[','] = textBackslash, textBackslash, textBackslash
	t['\n'], t['\r'] = textLF, textCR
	return t
}()

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
		if textClass[s[i]] != textKeep {
			return false
		}
	}
	return utf8.ValidString(s)
}
