package bot

import (
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"
)

// TestRecycledSessionCarriesNothing decodes sessions of different shapes
// one after the other through the pool: each must decode exactly as a
// fresh one would, with nothing left from the one decoded before it.
func TestRecycledSessionCarriesNothing(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	shapes := []*Session{
		{State: "demande", Step: 4, Channel: "telegram", User: "u1", Created: at, Updated: at,
			Seen: []string{"a", "b", "c", "d"}, Vars: map[string]string{"x": "1", "y": "2"}, Record: "rec", Inactive: true,
			Out: []Reply{{Text: "bonjour", Choices: []Choice{{Label: "Oui", Value: "oui"}}}}, OutFor: "d", OutBy: "e1", OutAt: at},
		{State: "nouveau"},
		{State: "statut", Seen: []string{"z"}},
		{State: "lieu", Vars: map[string]string{"only": "one"}},
		{},
	}
	for round := range 3 {
		for i, want := range shapes {
			data := appendSession(nil, want)
			got, err := decodeSessionString(fmt.Sprint("k", i), 7, string(data))
			if err != nil {
				t.Fatal(err)
			}
			// The same session again, nothing of the previous one.
			if got.Key != fmt.Sprint("k", i) || got.Version != 7 || got.State != want.State || got.Step != want.Step ||
				got.Channel != want.Channel || got.User != want.User || !got.Created.Equal(want.Created) ||
				!got.Updated.Equal(want.Updated) || !slices.Equal(got.Seen, want.Seen) || !maps.Equal(got.Vars, want.Vars) ||
				got.Record != want.Record || got.Inactive != want.Inactive || len(got.Out) != len(want.Out) ||
				got.OutFor != want.OutFor || got.OutBy != want.OutBy || !got.OutAt.Equal(want.OutAt) {
				t.Fatalf("round %d shape %d: got %+v, want %+v", round, i, got, want)
			}
			releaseSession(got)
		}
	}
}

// TestRecycledSessionMarkSeenDoesNotShare: the Seen array kept by the pool
// is the new session's alone (a MarkSeen on one cannot show in another).
func TestRecycledSessionMarkSeenDoesNotShare(t *testing.T) {
	a := newSession("a", 1)
	a.Seen = a.seenSlice(0)
	a.MarkSeen("1")
	kept := a.Seen
	releaseSession(a)
	b := newSession("b", 1)
	b.Seen = b.seenSlice(0)
	b.MarkSeen("2")
	if len(kept) != 1 || kept[0] == "2" && &kept[0] != &b.Seen[0] {
		t.Fatalf("a's former list changed: %q", kept)
	}
	if len(b.Seen) != 1 || b.Seen[0] != "2" {
		t.Fatalf("b.Seen = %q", b.Seen)
	}
}

// TestRecordBufferNotReusedWhileOwned: a buffer given to a session
// (SetRecordBytes) is never handed out again while the session lives, and
// one replaced by a second SetRecordBytes never at all (strings of that
// turn may point into it); the stored form is a copy that a later reuse
// cannot change.
func TestRecordBufferNotReusedWhileOwned(t *testing.T) {
	s := newSession("k", 1)
	first := RecordBuffer()
	*first = append(*first, "premier"...)
	s.SetRecordBytes(first)
	second := RecordBuffer()
	*second = append(*second, "second"...)
	s.SetRecordBytes(second)
	if s.Record != "second" {
		t.Fatalf("Record = %q", s.Record)
	}
	stored := appendSession(nil, s)
	want := string(stored)
	for range 1000 {
		b := RecordBuffer()
		if b == first || b == second {
			t.Fatal("a buffer owned by a live session was handed out")
		}
		*b = append(*b, "autre contenu"...)
		recordBufs.Put(b)
	}
	releaseSession(s)
	for range 1000 {
		b := RecordBuffer()
		if b == first {
			t.Fatal("the buffer replaced by a second SetRecordBytes was handed out")
		}
		*b = append((*b)[:0], "écrasé, écrasé, écrasé"...)
		recordBufs.Put(b)
	}
	if string(stored) != want {
		t.Fatalf("stored form changed after the buffer's reuse: %q", stored)
	}
}
