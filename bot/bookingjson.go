package bot

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf8"
)

// appendBookingJSON writes b as encoding/json would, byte for byte (the
// stored form is read by every backend, by Lua scripts and by old data
// exports). encoding/json walks the struct by reflection and allocates for
// each map entry and time field: ≈ 15 allocations per booking written,
// 1.5 per dialogue turn. ok is false when a value needs json.Marshal's own
// handling (a time outside years 0–9999, which it refuses): the caller
// falls back to it.
func appendBookingJSON(dst []byte, b *Booking) (_ []byte, ok bool) {
	w := jw{b: dst, ok: true}
	w.raw(`{"reference":`)
	w.str(b.Ref)
	w.key("visitor")
	w.str(b.Visitor)
	w.key("channel")
	w.str(b.Channel)
	w.key("conversation")
	w.str(b.Conversation)
	w.key("operator")
	w.str(b.OperatorKind)
	w.key("operator_id")
	w.str(b.OperatorID)
	w.key("agency")
	w.str(b.AgencyID)
	w.key("advisor")
	w.str(b.AdvisorID)
	w.key("start")
	w.time(b.Start)
	w.key("end")
	w.time(b.End)
	w.key("modality")
	w.str(b.Modality)
	w.key("status")
	w.str(b.Status)
	w.optStr("contact", b.Contact)
	w.key("created_at")
	w.time(b.Created)
	w.key("updated_at")
	w.time(b.Updated)
	w.key("sequence")
	w.b = strconv.AppendInt(w.b, int64(b.Seq), 10)
	w.key("handoff")
	w.handoff(&b.Handoff)
	w.optStr("claimed_by", b.ClaimedBy)
	w.optTime("claimed_at", b.ClaimedAt)
	if !b.Follow.isZero() {
		w.key("follow")
		w.follow(&b.Follow)
	}
	w.raw("}")
	return w.b, w.ok
}

// appendEventJSON writes an outbox event as encoding/json would (see
// appendBookingJSON): 24 allocations per event written by reflection.
func appendEventJSON(dst []byte, e *Event) (_ []byte, ok bool) {
	w := jw{b: dst, ok: true}
	w.raw(`{"id":`)
	w.str(e.ID)
	w.key("type")
	w.str(e.Type)
	w.key("reference")
	w.str(e.Ref)
	w.key("created_at")
	w.time(e.Created)
	w.optTime("not_before", e.NotBefore)
	w.key("attempts")
	w.b = strconv.AppendInt(w.b, int64(e.Attempts), 10)
	w.optStr("last_error", e.LastError)
	w.optBool("dead", e.Dead)
	if e.Booking != nil {
		w.key("booking")
		var ok bool
		if w.b, ok = appendBookingJSON(w.b, e.Booking); !ok {
			w.ok = false
		}
	}
	w.optStr("actor", e.Actor)
	w.optStr("notifier", e.Notifier)
	w.optStr("key", e.Key)
	w.optTime("since", e.Since)
	if e.Round != 0 {
		w.key("round")
		w.b = strconv.AppendInt(w.b, int64(e.Round), 10)
	}
	w.raw("}")
	return w.b, w.ok
}

// isZero is omitzero's test for Follow: a struct is zero when every field
// is (its slice nil, its times zero in the == sense encoding/json uses
// for structs without an IsZero method).
func (f *Follow) isZero() bool {
	return f.AbsentBy == "" && f.AbsentAt == (time.Time{}) && f.StatusBefore == "" && f.ClosedBy == "" &&
		f.ClosedAt == (time.Time{}) && f.Outcome == "" && f.Note == "" && f.Offers == nil && f.OfferReason == "" &&
		f.OfferedBy == "" && f.OfferedAt == (time.Time{}) && f.MovedFrom == (time.Time{}) && f.EnteredBy == "" &&
		f.Linked == ""
}

type jw struct {
	b  []byte
	ok bool
}

func (w *jw) raw(s string) { w.b = append(w.b, s...) }

// key writes ,"k": (keys are plain ASCII here).
func (w *jw) key(k string) {
	w.b = append(w.b, ',', '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
}

func (w *jw) optStr(k, v string) {
	if v != "" {
		w.key(k)
		w.str(v)
	}
}

func (w *jw) optTime(k string, t time.Time) {
	if !t.IsZero() {
		w.key(k)
		w.time(t)
	}
}

func (w *jw) optBool(k string, v bool) {
	if v {
		w.key(k)
		w.raw("true")
	}
}

func (w *jw) time(t time.Time) {
	if y := t.Year(); y < 0 || y >= 10000 {
		w.ok = false
		return
	}
	w.b = append(w.b, '"')
	w.b = t.AppendFormat(w.b, time.RFC3339Nano)
	w.b = append(w.b, '"')
}

func (w *jw) strs(v []string) {
	if v == nil {
		w.raw("null")
		return
	}
	w.array(len(v), func(i int) { w.str(v[i]) })
}

// array writes [e(0),e(1),…] for n elements.
func (w *jw) array(n int, e func(i int)) {
	w.b = append(w.b, '[')
	for i := range n {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		e(i)
	}
	w.b = append(w.b, ']')
}

func (w *jw) handoff(h *Handoff) {
	w.raw(`{"request":`)
	w.str(h.Request)
	w.key("facts")
	w.facts(h.Facts)
	w.key("reasons")
	w.strs(h.Reasons)
	w.key("alternatives")
	w.strs(h.Alternatives)
	w.key("share_handicap")
	if h.ShareHealth {
		w.raw("true")
	} else {
		w.raw("false")
	}
	w.optTime("consent_at", h.ConsentAt)
	w.optStr("consent_version", h.ConsentText)
	w.optStr("source", h.Source)
	w.optStr("previous", h.Previous)
	w.optBool("calendar_unchecked", h.CalendarUnchecked)
	p := &h.Prepared
	if len(p.Questions) > 0 {
		w.key("questions")
		w.strs(p.Questions)
	}
	if len(p.Cards) > 0 {
		w.key("cards_shown")
		w.array(len(p.Cards), func(i int) {
			w.raw(`{"id":`)
			w.str(p.Cards[i].ID)
			w.key("title")
			w.str(p.Cards[i].Title)
			w.b = append(w.b, '}')
		})
	}
	if len(p.Corrections) > 0 {
		w.key("corrections")
		w.array(len(p.Corrections), func(i int) {
			c := &p.Corrections[i]
			w.raw(`{"field":`)
			w.str(c.Field)
			w.key("before")
			w.str(c.Before)
			w.key("after")
			w.str(c.After)
			w.b = append(w.b, '}')
		})
	}
	w.optBool("for_caller", p.ForCaller)
	w.optStr("entered_by", p.EnteredBy)
	w.b = append(w.b, '}')
}

// facts writes the map with its keys sorted, as encoding/json does; the
// keys are sorted in a small stack array (a handoff has ≤ 10 facts).
func (w *jw) facts(m map[string]string) {
	if m == nil {
		w.raw("null")
		return
	}
	var arr [16]string
	keys := arr[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.b = append(w.b, '{')
	for i, k := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(k)
		w.b = append(w.b, ':')
		w.str(m[k])
	}
	w.b = append(w.b, '}')
}

func (w *jw) follow(f *Follow) {
	// The first field written opens the object: every field is optional.
	start := len(w.b)
	w.optStr("absent_by", f.AbsentBy)
	w.optTime("absent_at", f.AbsentAt)
	w.optStr("status_before_absent", f.StatusBefore)
	w.optStr("closed_by", f.ClosedBy)
	w.optTime("closed_at", f.ClosedAt)
	w.optStr("outcome", f.Outcome)
	w.optStr("note", f.Note)
	if len(f.Offers) > 0 {
		w.key("offers")
		w.array(len(f.Offers), func(i int) { w.time(f.Offers[i]) })
	}
	w.optStr("offer_reason", f.OfferReason)
	w.optStr("offered_by", f.OfferedBy)
	w.optTime("offered_at", f.OfferedAt)
	w.optTime("moved_from", f.MovedFrom)
	w.optStr("entered_by", f.EnteredBy)
	w.optStr("linked", f.Linked)
	if len(w.b) == start {
		w.raw("{}")
		return
	}
	w.b[start] = '{'
	w.b = append(w.b, '}')
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes str copies as they are (encoding/json's
// HTML-safe set): one load per byte instead of six comparisons, on the
// long free texts of every booking (request, facts, cards).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// plainWord reports whether the 8 bytes of x are all ASCII that a JSON
// string keeps as they are (jsonSafe), testing them at once: none at or
// above 0x80 (x's own high bits), none below 0x20, none of " \\ < > &.
// With no high bit set, x-n*ones borrows into a byte's high bit exactly
// where that byte is below n; (v-ones)&^v has a high bit where a byte of v
// is zero, and x^c*ones is zero where x has c (a false mark only ever
// follows a true one). One expression: small enough to be inlined (a call
// per word cost what it saved).
func plainWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (x|(x-0x20*ones)|
		(x^'"'*ones-ones)&^(x^'"'*ones)|
		(x^'\\'*ones-ones)&^(x^'\\'*ones)|
		(x^'<'*ones-ones)&^(x^'<'*ones)|
		(x^'>'*ones-ones)&^(x^'>'*ones)|
		(x^'&'*ones-ones)&^(x^'&'*ones))&highs == 0
}

// word is the first 8 bytes of s, little-endian (one load on amd64).
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// str writes s as a JSON string the way encoding/json does with HTML
// escaping on (its default): <, > and & as \u00XX, invalid UTF-8 as
// \ufffd, U+2028 and U+2029 escaped.
func (w *jw) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look (most of a
		// handoff's text): a byte each cost a table lookup and a branch.
		for i+8 <= len(s) && plainWord(word(s[i:])) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}
