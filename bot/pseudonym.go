package bot

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
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
	// A conversation asks for the same visitor's pseudonym at most of its
	// turns (offers, hold, booking, reference): the last ones computed are
	// kept in a small table indexed by a hash of the id (a slot keeps one
	// id; another id of the same slot replaces it). A hit costs a hash and
	// a comparison instead of two SHA-256 blocks (≈ 3 000 instructions).
	cache := new(pseudoCache)
	cache.seed = maphash.MakeSeed()
	return func(id string) string {
		var slot *atomic.Pointer[pseudoEntry]
		if len(id) <= maxCachedID {
			slot = &cache.slots[maphash.String(cache.seed, id)%pseudoSlots]
			if e := slot.Load(); e != nil && e.id == id {
				return e.out
			}
		}
		out := pseudonym(&pool, id)
		if slot != nil {
			// a copy: id may be a slice of a larger text
			slot.Store(&pseudoEntry{id: strings.Clone(id), out: out})
		}
		return out
	}
}

// pseudoSlots is the size of a pseudonymizer's table of recent ids;
// maxCachedID bounds the ids it keeps (a user id is short).
const (
	pseudoSlots = 1024
	maxCachedID = 128
)

type pseudoCache struct {
	seed  maphash.Seed
	slots [pseudoSlots]atomic.Pointer[pseudoEntry]
}

type pseudoEntry struct{ id, out string }

// pseudonym computes the keyed hash of id with a recycled HMAC state.
func pseudonym(pool *sync.Pool, id string) string {
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

type pseudoState struct {
	m   hash.Hash
	in  []byte
	sum [sha256.Size]byte
}
