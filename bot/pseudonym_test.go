package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

func TestPseudonymizer(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	p := NewPseudonymizer(key)
	for _, id := range []string{"", "tg:42", "slack:U123", strings.Repeat("x", 5000), "tg:42"} {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(id))
		want := "v_" + hex.EncodeToString(m.Sum(nil)[:8])
		if got := p(id); got != want {
			t.Errorf("pseudonym(%.20q) = %q, want %q", id, got, want)
		}
	}
	if other := NewPseudonymizer([]byte("another key")); other("tg:42") == p("tg:42") {
		t.Error("two keys give the same pseudonym")
	}
	// Recycled hashes must not leak one caller's input into another's.
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				id := strings.Repeat("a", g+i%7)
				m := hmac.New(sha256.New, key)
				m.Write([]byte(id))
				if got, want := p(id), "v_"+hex.EncodeToString(m.Sum(nil)[:8]); got != want {
					t.Errorf("concurrent pseudonym(%q) = %q, want %q", id, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkPseudonymizer(b *testing.B) {
	p := NewPseudonymizer([]byte("k"))
	b.ReportAllocs()
	for b.Loop() {
		_ = p("telegram:123456789")
	}
}

// TestPseudonymizerCache: the table of recent ids gives the keyed hash
// itself, for ids asked again, for more ids than it has slots (each slot
// replaced many times), for ids too long to be kept, and for a slice of a
// larger text that is reused afterwards.
func TestPseudonymizerCache(t *testing.T) {
	key := []byte("cache key")
	p := NewPseudonymizer(key)
	want := func(id string) string {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(id))
		return "v_" + hex.EncodeToString(m.Sum(nil)[:8])
	}
	ids := []string{strings.Repeat("y", maxCachedID), strings.Repeat("y", maxCachedID+1)}
	for i := range 3 * pseudoSlots {
		ids = append(ids, "telegram:"+strconv.Itoa(i))
	}
	for round := range 3 {
		for _, id := range ids {
			if got := p(id); got != want(id) {
				t.Fatalf("round %d: pseudonym(%.20q) = %q, want %q", round, id, got, want(id))
			}
		}
		for _, id := range ids[:10] { // asked again at once: from the table
			if got := p(id); got != want(id) {
				t.Fatalf("again: pseudonym(%.20q) = %q, want %q", id, got, want(id))
			}
		}
	}
	buf := []byte("slack:U1 rest of a message")
	id := unsafe.String(&buf[0], 8)
	first := p(id)
	copy(buf, "slack:U2")
	if got := p("slack:U1"); got != first || got != want("slack:U1") {
		t.Fatalf("slack:U1 after its source text changed: %q, want %q", got, want("slack:U1"))
	}
	if got := p("slack:U2"); got != want("slack:U2") {
		t.Fatalf("slack:U2: %q, want %q", got, want("slack:U2"))
	}
}
