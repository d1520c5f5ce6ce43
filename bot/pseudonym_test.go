package bot

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"testing"
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
