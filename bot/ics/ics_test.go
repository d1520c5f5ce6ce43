package ics

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var paris, _ = time.LoadLocation("Europe/Paris")

func booking() Event {
	return Event{
		UID:         "CEP-7K3Q9X@cepbot.cep-accueil.fr",
		Sequence:    0,
		Start:       time.Date(2026, 12, 3, 14, 15, 0, 0, paris),
		End:         time.Date(2026, 12, 3, 15, 0, 0, 0, paris),
		TimeZone:    "Europe/Paris",
		Summary:     "Conseil en évolution professionnelle — France Travail Rennes Centre",
		Description: "Rendez-vous CEP avec Camille Fictif (France Travail).\nRéférence : CEP-7K3Q9X ; modalité : sur place, au guichet 3.\nPour annuler ou déplacer : écrivez « annuler » au bot.",
		Location:    "12 rue des Tilleuls, 35000 Rennes",
		Organizer:   "France Travail Rennes Centre",
		Stamp:       time.Date(2026, 11, 27, 16, 4, 5, 0, time.UTC),
	}
}

func cancellation() Event {
	e := booking()
	e.Sequence = 1
	e.Cancelled = true
	e.Stamp = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	return e
}

func TestGolden(t *testing.T) {
	for name, e := range map[string]Event{"booking.ics": booking(), "cancellation.ics": cancellation()} {
		got := Render(e)
		path := filepath.Join("testdata", name)
		if *update {
			os.WriteFile(path, got, 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from golden file (go test -update to rewrite):\n%s", name, got)
		}
	}
}

// property is one unfolded content line.
type property struct {
	name   string
	params map[string]string
	value  string
}

// parse checks the physical format (CRLF, ≤ 75 octets, valid UTF-8) and
// unfolds the content lines (RFC 5545 §3.1).
func parse(t *testing.T, data []byte) []property {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("does not end with CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var lines []string
	for _, l := range raw {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("bare CR or LF in %q", l)
		}
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("folding split a UTF-8 character: %q", l)
		}
		if strings.HasPrefix(l, " ") {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	var props []property
	for _, l := range lines {
		// The value starts at the first ':' outside a quoted parameter.
		inQuote, cut := false, -1
		for i, c := range l {
			if c == '"' {
				inQuote = !inQuote
			}
			if c == ':' && !inQuote {
				cut = i
				break
			}
		}
		if cut < 0 {
			t.Fatalf("no value in %q", l)
		}
		head := strings.Split(l[:cut], ";")
		p := property{name: head[0], params: map[string]string{}, value: l[cut+1:]}
		for _, kv := range head[1:] {
			k, v, _ := strings.Cut(kv, "=")
			p.params[k] = strings.Trim(v, `"`)
		}
		props = append(props, p)
	}
	return props
}

func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' || s[i] == 'N' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func find(props []property, name string, after string) []property {
	var out []property
	in := after == ""
	for _, p := range props {
		if p.name == "BEGIN" && p.value == after {
			in = true
		}
		if in && p.name == name {
			out = append(out, p)
		}
	}
	return out
}

func TestRenderParsesBack(t *testing.T) {
	e := booking()
	e.Method, e.OrganizerEmail = "REQUEST", "ne-pas-repondre@cep-accueil.example.org"
	e.Summary = `Rendez-vous ; test, "quotes" \ backslash — accents éèàç ` + strings.Repeat("é", 60)
	props := parse(t, Render(e))
	one := func(name string) property {
		t.Helper()
		ps := find(props, name, "VEVENT")
		if len(ps) != 1 {
			t.Fatalf("%d %s in VEVENT", len(ps), name)
		}
		return ps[0]
	}
	if v := find(props, "METHOD", "")[0].value; v != "REQUEST" {
		t.Errorf("METHOD %s", v)
	}
	if find(props, "VERSION", "")[0].value != "2.0" || find(props, "PRODID", "")[0].value != ProdID {
		t.Error("VERSION/PRODID")
	}
	if one("UID").value != e.UID || one("SEQUENCE").value != "0" || one("STATUS").value != "CONFIRMED" {
		t.Error("UID/SEQUENCE/STATUS")
	}
	if p := one("DTSTART"); p.params["TZID"] != "Europe/Paris" || p.value != "20261203T141500" {
		t.Errorf("DTSTART %+v", p)
	}
	if p := one("DTEND"); p.params["TZID"] != "Europe/Paris" || p.value != "20261203T150000" {
		t.Errorf("DTEND %+v", p)
	}
	if one("DTSTAMP").value != "20261127T160405Z" {
		t.Error("DTSTAMP")
	}
	if got := unescape(one("SUMMARY").value); got != e.Summary {
		t.Errorf("SUMMARY round trip:\n%q\n%q", got, e.Summary)
	}
	if got := unescape(one("DESCRIPTION").value); got != e.Description {
		t.Errorf("DESCRIPTION round trip: %q", got)
	}
	if !strings.Contains(one("DESCRIPTION").value, `\n`) || !strings.Contains(one("DESCRIPTION").value, `\;`) {
		t.Error("DESCRIPTION escaping")
	}
	tz := find(props, "TZID", "VTIMEZONE")
	if len(tz) == 0 || tz[0].value != "Europe/Paris" {
		t.Fatal("VTIMEZONE TZID")
	}
	rr := find(props, "RRULE", "VTIMEZONE")
	if len(rr) != 2 || rr[0].value != "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" || rr[1].value != "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" {
		t.Errorf("Paris DST rules %+v", rr)
	}
}

func TestRequestNeedsOrganizer(t *testing.T) {
	e := booking()
	e.Method = "REQUEST"
	if m := find(parse(t, Render(e)), "METHOD", "")[0].value; m != "PUBLISH" {
		t.Errorf("REQUEST without organizer address: METHOD %s", m)
	}
}

func TestCancel(t *testing.T) {
	props := parse(t, Render(cancellation()))
	if find(props, "METHOD", "")[0].value != "CANCEL" || find(props, "STATUS", "VEVENT")[0].value != "CANCELLED" || find(props, "SEQUENCE", "VEVENT")[0].value != "1" {
		t.Error("cancellation")
	}
}

func TestOverseasZones(t *testing.T) {
	for _, c := range []struct{ zone, off string }{
		{"America/Guadeloupe", "-0400"}, {"America/Martinique", "-0400"}, {"America/Cayenne", "-0300"},
		{"Indian/Reunion", "+0400"}, {"Indian/Mayotte", "+0300"},
	} {
		loc, _ := time.LoadLocation(c.zone)
		e := booking()
		e.TimeZone = ""
		e.Start = time.Date(2026, 12, 3, 9, 0, 0, 0, loc)
		e.End = e.Start.Add(time.Hour)
		props := parse(t, Render(e))
		if p := find(props, "DTSTART", "VEVENT")[0]; p.params["TZID"] != c.zone || p.value != "20261203T090000" {
			t.Errorf("%s: DTSTART %+v", c.zone, p)
		}
		std := find(props, "TZOFFSETTO", "VTIMEZONE")
		if len(std) != 1 || std[0].value != c.off || len(find(props, "RRULE", "")) != 0 {
			t.Errorf("%s: offsets %+v", c.zone, std)
		}
	}
}

func TestOtherDSTZoneUsesObservedTransitions(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	e := booking()
	e.TimeZone = "America/New_York"
	e.Start = time.Date(2026, 7, 1, 9, 0, 0, 0, ny)
	e.End = e.Start.Add(time.Hour)
	props := parse(t, Render(e))
	var daylight int
	for _, p := range props {
		if p.name == "BEGIN" && p.value == "DAYLIGHT" {
			daylight++
		}
	}
	if daylight < 2 {
		t.Errorf("want the DST transitions around the event, got %d DAYLIGHT", daylight)
	}
}

func TestFolding(t *testing.T) {
	for _, s := range []string{strings.Repeat("a", 200), strings.Repeat("é", 100), strings.Repeat("€", 77), strings.Repeat("x😀", 50)} {
		var w writer
		w.line("DESCRIPTION:" + s)
		props := parse(t, w.buf.Bytes())
		if props[0].value != s {
			t.Errorf("unfold mismatch for %q", s[:10])
		}
	}
}

func TestNoInjection(t *testing.T) {
	e := booking()
	e.Summary = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT"
	e.Organizer = "Evil\";X=1:mailto:a@b"
	e.OrganizerEmail = "rdv@example.org"
	e.UID = "a\r\nb"
	out := string(Render(e))
	if strings.Count(out, "\r\nBEGIN:VEVENT\r\n") != 1 || strings.Count(out, "\r\nEND:VEVENT\r\n") != 1 {
		t.Errorf("injection:\n%s", out)
	}
	props := parse(t, []byte(out))
	org := find(props, "ORGANIZER", "VEVENT")
	if len(org) != 1 || org[0].value != "mailto:rdv@example.org" {
		t.Errorf("ORGANIZER %+v", org)
	}
}

func FuzzRender(f *testing.F) {
	f.Add("résumé; a,b\\c\n", "Europe/Paris", int64(0))
	f.Fuzz(func(t *testing.T, text, zone string, sec int64) {
		e := booking()
		e.Summary, e.Description, e.Location, e.Organizer, e.TimeZone = text, text, text, text, zone
		e.Start = e.Start.Add(time.Duration(sec%(1<<40)) * time.Second)
		e.End = e.Start.Add(time.Hour)
		props := parse(t, Render(e))
		if n := len(find(props, "DTSTART", "VEVENT")); n != 1 {
			t.Fatalf("%d DTSTART", n)
		}
	})
}

// The fast path of escape gives what the escaping loop gives.
func TestEscapePlainTextFastPath(t *testing.T) {
	for _, s := range []string{"", "Rendez-vous France Travail", "Mission locale de Rouen – 12 rue Jeanne-d'Arc",
		"a;b", "a,b", "a\\b", "a\nb", "a\r\nb", "tab\tok", "bell\x07", "del\x7f", "bad \xff utf8", "é à ç « »"} {
		slow := escapeSlow(s)
		if got := escape(s); got != slow {
			t.Errorf("escape(%q) = %q, want %q", s, got, slow)
		}
	}
}

// escapeSlow is escape without its fast path.
func escapeSlow(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
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
				continue
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestRenderOwnsItsResult: files are put together in pooled writers; each
// result is the caller's own copy, which later or concurrent renderings do
// not change and which the caller may change without touching them.
func TestRenderOwnsItsResult(t *testing.T) {
	events := []Event{booking(), cancellation()}
	long := booking()
	long.Description = strings.Repeat("Une description très longue, avec des virgules; ", 40)
	events = append(events, long)
	want := make([][]byte, len(events))
	for i, e := range events {
		want[i] = bytes.Clone(Render(e))
	}
	first := Render(events[0])
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				i := (g + k) % len(events)
				got := Render(events[i])
				if !bytes.Equal(got, want[i]) {
					t.Errorf("event %d rendered differently under concurrency", i)
					return
				}
				clear(got) // the caller's to change
			}
		})
	}
	wg.Wait()
	if !bytes.Equal(first, want[0]) {
		t.Fatal("a file returned earlier changed with later renderings")
	}
}

// appendEscaped's one pass gives what the escaping loop gives, on random
// mixes of the bytes TEXT escapes or drops, UTF-8 and invalid sequences.
func TestEscapeMatchesLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"a", "Z", " ", "\\", ";", ",", "\n", "\r", "\r\n", "\t", "\x00", "\x1f", "\x7f", "é", "«", "\u2028", "\xff", "\xe2\x80", "😀"}
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		if got, want := string(appendEscaped([]byte("x"), s)), "x"+escapeSlow(s); got != want {
			t.Fatalf("appendEscaped(%q) = %q, want %q", s, got, want)
		}
		if got, want := escape(s), escapeSlow(s); got != want {
			t.Fatalf("escape(%q) = %q, want %q", s, got, want)
		}
	}
}
