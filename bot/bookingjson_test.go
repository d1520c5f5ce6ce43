package bot

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"
	"unicode/utf8"
)

// oddStrings are the strings where a JSON encoder can differ from
// encoding/json: escapes, HTML characters, invalid UTF-8, line separators.
var oddStrings = []string{
	"", "simple", "accentué « guillemets »", `quote " back \ slash`, "tab\tnew\nline\rcr\b\f",
	"<script>&amp;</script>", "\x00\x01\x1f\x7f", "bad \xff\xfe utf8", "sep \u2028 par \u2029",
	"emoji 😀", "\xe2\x80", "06 12 34 56 78", "marie@example.org",
}

func randomBooking(r *rand.Rand) *Booking {
	str := func() string { return oddStrings[r.IntN(len(oddStrings))] }
	tm := func() time.Time {
		switch r.IntN(5) {
		case 0:
			return time.Time{}
		case 1:
			return time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC)
		case 2:
			return time.Date(2026, 12, 1, 9, 30, 0, 123456789, time.FixedZone("CET", 3600))
		case 3:
			return time.Unix(int64(r.Uint32()), int64(r.IntN(1e9))).In(time.FixedZone("", -9000))
		default:
			return time.Date(2027, 3, 28, 2, 30, 0, 0, time.Local)
		}
	}
	strs := func() []string {
		switch r.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		default:
			return []string{str(), str()}
		}
	}
	b := &Booking{
		Ref: str(), Visitor: str(), Channel: str(), Conversation: str(), OperatorKind: str(), OperatorID: str(),
		AgencyID: str(), AdvisorID: str(), Start: tm(), End: tm(), Modality: str(), Status: str(), Contact: str(),
		Created: tm(), Updated: tm(), Seq: r.IntN(2000) - 1000, ClaimedBy: str(), ClaimedAt: tm(),
	}
	h := &b.Handoff
	h.Request, h.Reasons, h.Alternatives, h.ShareHealth = str(), strs(), strs(), r.IntN(2) == 0
	if r.IntN(4) > 0 {
		h.Facts = map[string]string{}
		for range r.IntN(12) {
			h.Facts[str()+str()] = str()
		}
	}
	h.ConsentAt, h.ConsentText, h.Source, h.Previous, h.CalendarUnchecked = tm(), str(), str(), str(), r.IntN(2) == 0
	h.Questions = strs()
	if r.IntN(2) == 0 {
		h.Cards = []ShownCard{{ID: str(), Title: str()}, {ID: str()}}
	}
	if r.IntN(2) == 0 {
		h.Corrections = []Correction{{Field: str(), Before: str(), After: str()}}
	}
	h.ForCaller, h.EnteredBy = r.IntN(2) == 0, str()
	if r.IntN(2) == 0 {
		f := &b.Follow
		// Most follow-ups set a field or two: each field on its own.
		switch r.IntN(4) {
		case 0:
			f.Offers = []time.Time{tm(), tm()}
		case 1:
			f.Offers = []time.Time{}
		case 2:
			f.AbsentAt = time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 60)) // zero instant, not ==
		}
		f.AbsentBy, f.StatusBefore, f.ClosedBy, f.ClosedAt, f.Outcome, f.Note = str(), str(), str(), tm(), str(), str()
		f.OfferReason, f.OfferedBy, f.OfferedAt, f.MovedFrom, f.EnteredBy, f.Linked = str(), str(), tm(), tm(), str(), str()
	}
	return b
}

// TestBookingJSONMatchesEncodingJSON holds the hand-written encoder to
// encoding/json's output byte for byte: the stored form must not change.
func TestBookingJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []*Booking{{}, {Follow: Follow{Offers: []time.Time{}}}, {Handoff: Handoff{Facts: map[string]string{}}}}
	for range 3000 {
		cases = append(cases, randomBooking(r))
	}
	for i, b := range cases {
		want, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		got, err := MarshalBooking(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestEventJSONMatchesEncodingJSON: the same for outbox events, with and
// without their booking snapshot.
func TestEventJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	cases := []*Event{{}, {Booking: &Booking{}}}
	for range 2000 {
		str := func() string { return oddStrings[r.IntN(len(oddStrings))] }
		e := &Event{ID: str(), Type: str(), Ref: str(), Created: time.Unix(int64(r.Uint32()), int64(r.IntN(1e9))),
			Attempts: r.IntN(5) - 1, LastError: str(), Dead: r.IntN(2) == 0, Actor: str(), Notifier: str(), Key: str(),
			Round: r.IntN(3) - 1}
		if r.IntN(2) == 0 {
			e.NotBefore = time.Date(2026, 12, 1, 8, 0, 0, 0, time.FixedZone("CET", 3600))
		}
		if r.IntN(2) == 0 {
			e.Since = time.Unix(int64(r.Uint32()), 0).UTC()
		}
		if r.IntN(3) > 0 {
			e.Booking = randomBooking(r)
		}
		cases = append(cases, e)
	}
	for i, e := range cases {
		want, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		got, err := MarshalEvent(e)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d:\n got %s\nwant %s", i, got, want)
		}
	}
	// A booking encoding/json refuses makes the event refused too.
	if _, err := MarshalEvent(&Event{Booking: &Booking{Start: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}); err == nil {
		t.Fatal("no error for a year encoding/json refuses")
	}
}

// TestBookingJSONOutOfRangeTime falls back to encoding/json, which refuses
// a year it cannot write.
func TestBookingJSONOutOfRangeTime(t *testing.T) {
	b := &Booking{Ref: "R1", Start: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, ok := appendBookingJSON(nil, b); ok {
		t.Fatal("a year 10000 was written")
	}
	if _, err := MarshalBooking(b); err == nil {
		t.Fatal("no error for a year encoding/json refuses")
	}
}

func FuzzBookingJSON(f *testing.F) {
	for _, s := range oddStrings {
		f.Add(s, s, int64(0))
	}
	f.Fuzz(func(t *testing.T, a, b string, sec int64) {
		bk := &Booking{Ref: a, Handoff: Handoff{Request: b, Facts: map[string]string{a: b, b: a}, Reasons: []string{a}},
			Start: time.Unix(sec%(1<<35), 0).UTC(), Follow: Follow{Note: a}}
		want, werr := json.Marshal(bk)
		got, gerr := MarshalBooking(bk)
		if (werr == nil) != (gerr == nil) || !bytes.Equal(got, want) {
			t.Fatalf("got %s (%v), want %s (%v)", got, gerr, want, werr)
		}
	})
}

func BenchmarkMarshalBooking(b *testing.B) {
	bk := randomBooking(rand.New(rand.NewPCG(3, 4)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MarshalBooking(bk); err != nil {
			b.Fatal(err)
		}
	}
}

// plainWord tests eight bytes at once: it must say what jsonSafe says of
// each, whatever their mix (neighbours of the limits, borrows between bytes).
func TestPlainWordIsJSONSafe(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	picks := []byte{0, 0x1f, 0x20, 0x21, '"', 0x23, '&', '<', '=', '>', '\\', 0x5b, 0x5d, 'a', 0x7e, 0x7f, 0x80, 0xc3, 0xff}
	for range 200000 {
		var w [8]byte
		for i := range w {
			if rng.IntN(2) == 0 {
				w[i] = picks[rng.IntN(len(picks))]
			} else {
				w[i] = byte(rng.IntN(256))
			}
		}
		want := true
		for _, c := range w {
			want = want && c < utf8.RuneSelf && jsonSafe[c]
		}
		if got := plainWord(word(string(w[:]))); got != want {
			t.Fatalf("plainWord(%q) = %v, want %v", w, got, want)
		}
	}
}
