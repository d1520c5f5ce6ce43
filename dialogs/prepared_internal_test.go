package dialogs

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

func TestPreparedCodecRoundTrip(t *testing.T) {
	r := record{Request: "x", Booking: "CEP-X", prep: prepared{
		Questions:   []string{"Est-ce que je peux utiliser mon CPF ?", "Et la VAE ?"},
		Cards:       []string{"cpf", "vae"},
		Seen:        []uint16{cardKey("cpf"), cardKey("vae"), 0, 0xffff},
		Corrections: []correction{{"age", "30", "45"}, {"place", "", "Blois (Loir-et-Cher, 41)"}},
		Recapped:    true, Caller: "k.tz3abc",
	}}
	got, err := decodeRecord(string(r.encode(nil)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("round trip:\n%+v\n%+v", got, r)
	}
	// A reader of the version before (no prepared part) skips the tags:
	// the rest of the record is read as written.
	plain := record{Request: "x", Booking: "CEP-X"}
	got.prep = prepared{}
	if !reflect.DeepEqual(got, plain) {
		t.Fatalf("without the prepared part: %+v", got)
	}
	for _, bad := range []string{"\x01\x3e\x00\x02\x05a", "\x01\x3c\x00\x01\x09", "\x01\x41\x00\x03abc"} {
		if _, err := decodeRecord(bad); err == nil {
			t.Errorf("damaged prepared field %q accepted", bad)
		}
	}
}

// What is kept is bounded: the last questions, each capped; one
// correction per field, back to the first value is none.
func TestPreparedBounds(t *testing.T) {
	tr := &turn{}
	for i := range 5 {
		tr.text = strings.Repeat("é", 200) + string(rune('a'+i))
		tr.noteQuestion(nil)
	}
	q := tr.r.prep.Questions
	if len(q) != maxQuestions || len([]rune(q[0])) != maxQuestionRunes || !strings.HasSuffix(q[0], "…") {
		t.Fatalf("questions kept: %d, first of %d runes", len(q), len([]rune(q[0])))
	}
	p := &prepared{}
	p.correct("age", "30", "45")
	p.correct("age", "45", "50")
	p.correct("status", "salarie_prive", "agent_public")
	p.correct("status", "agent_public", "salarie_prive")
	p.correct("place", strings.Repeat("é", 100), "x")
	if len(p.Corrections) != 2 || p.Corrections[0] != (correction{"age", "30", "50"}) || len(p.Corrections[1].Before) > maxCorrValueLen ||
		!strings.HasPrefix(strings.Repeat("é", 100), p.Corrections[1].Before) {
		t.Fatalf("corrections: %+v", p.Corrections)
	}
}

// A damaged prepared part is an error, never a panic; what decodes
// encodes again.
func FuzzDecodePrepared(f *testing.F) {
	r := record{prep: prepared{Questions: []string{"q ?"}, Cards: []string{"cpf"}, Seen: []uint16{7}, Corrections: []correction{{"age", "30", "45"}}, Recapped: true, Caller: "t"}}
	f.Add(r.encode(nil))
	f.Add([]byte{1, tagCorrections, 0, 2, 1, 'a'})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRecord(string(data))
		if err != nil {
			return
		}
		if _, err := decodeRecord(string(r.encode(nil))); err != nil {
			t.Fatalf("re-encoding a decoded record: %v", err)
		}
	})
}

// The caller command, typed or pressed: never a panic, and the button
// value is recognised only as a button.
func FuzzIsCallerCommand(f *testing.F) {
	for _, s := range []string{"appelant", "/appelant@cepbot x", "Prendre un rendez-vous pour un appelant", CallerCommand, "/", ""} {
		f.Add("", s)
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, choice, text string) {
		got := IsCallerCommand(choice, text)
		if choice != "" && got != (choice == CallerCommand) {
			t.Fatalf("choice %q: %v", choice, got)
		}
	})
}

// Every card has its own key in the session's list of cards seen, and the
// list of them all stays small (2 bytes a card).
func TestCardKeysDistinct(t *testing.T) {
	seen := map[uint16]string{}
	var p prepared
	for _, c := range knowledge.Cards() {
		k := cardKey(c.ID)
		if other, ok := seen[k]; ok {
			t.Fatalf("cards %q and %q share the key %d", c.ID, other, k)
		}
		seen[k] = c.ID
		p.Seen = append(p.Seen, k)
	}
	if n := len(p.encode(nil)); n > 3+2*len(seen) {
		t.Fatalf("all cards seen take %d bytes", n)
	}
}

// Beyond the advisor's five cards, the cards seen are all kept; the
// advisor's list still stops at five.
func TestCardsSeenBeyondFive(t *testing.T) {
	tr := &turn{}
	var m []knowledge.Match
	for _, c := range knowledge.Cards()[:8] {
		m = append(m[:0], knowledge.Match{Card: c, Score: 1})
		tr.noteQuestion(m)
	}
	if len(tr.r.prep.Cards) != maxCardsShown {
		t.Fatalf("advisor's cards: %d", len(tr.r.prep.Cards))
	}
	for _, c := range knowledge.Cards()[:8] {
		if !tr.r.prep.cardSeen(c.ID) {
			t.Errorf("card %q shown but not seen", c.ID)
		}
	}
	if c := knowledge.Cards()[8]; tr.r.prep.cardSeen(c.ID) {
		t.Errorf("card %q not shown but seen", c.ID)
	}
}
