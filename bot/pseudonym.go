package bot

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sync"
)

// NewPseudonymizer returns a keyed hash of identifiers for logs and metrics:
// stable for one key, not reversible without it. A nil key draws a random
// one, so ids are stable only for the life of the process.
func NewPseudonymizer(key []byte) func(string) string {
	if len(key) == 0 {
		key = make([]byte, 32)
		_, _ = rand.Read(key)
	}
	// The dialogue asks for a pseudonym on most turns: keyed hashes are
	// recycled (hmac.New derives the inner and outer pads each time, five
	// allocations and two SHA-256 blocks).
	pool := sync.Pool{New: func() any {
		return &pseudoState{m: hmac.New(sha256.New, key)}
	}}
	return func(id string) string {
		p := pool.Get().(*pseudoState)
		p.m.Reset()
		p.in = append(p.in[:0], id...)
		p.m.Write(p.in)
		sum := p.m.Sum(p.sum[:0])
		var out [2 + 16]byte
		out[0], out[1] = 'v', '_'
		hex.Encode(out[2:], sum[:8])
		if cap(p.in) <= 1024 {
			pool.Put(p)
		}
		return string(out[:])
	}
}

type pseudoState struct {
	m   hash.Hash
	in  []byte
	sum [sha256.Size]byte
}
