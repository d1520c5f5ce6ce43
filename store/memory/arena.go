package memory

import (
	"math/bits"
	"slices"
)

// arena keeps byte strings (blobs) in large []byte chunks and describes
// them in a slice of pointer-free structs: the collector neither scans nor
// counts them one by one. A store of 100 000 conversations kept ≈ 1.2
// million small objects, most of them strings and maps of strings that
// every mark phase followed while turns waited on its assists.
//
// A written byte is never rewritten: a blob's bytes are handed out without
// a copy (LoadSessionString, whose decoder slices them). A blob is
// released when its last holder drops it; when more than half of the
// written bytes are dead, the chunks that are mostly dead have their live
// blobs copied to fresh chunks and are dropped (a reader still holding
// their bytes keeps them alive, as any Go value). Blob ids stay the same
// across a move: holders keep the id, never the place.
//
// An arena is not safe for concurrent use: its owner's lock guards it.
type arena struct {
	chunks     []chunk
	freeChunks []uint32 // dropped chunks' slots
	cur        int      // 1 + the chunk being filled; 0: none
	// 1 + the chunk compaction fills: the blobs that outlived a chunk
	// mostly live on, and kept apart from the fresh ones they are not
	// moved again when the fresh ones die
	tenured    int
	blobs      []blob
	freeBlobs  []uint32
	used, live int // bytes written in the chunks kept / bytes of live blobs
}

type chunk struct {
	b    []byte // written bytes; cap is the chunk's size
	live int    // bytes of live blobs in it
}

// blob is one byte string: n bytes at off in chunks[chunk]; refs counts its
// holders (0: free slot).
type blob struct {
	chunk, off, n, refs uint32
}

const (
	minChunk = 4 << 10
	maxChunk = 256 << 10
	// minCompact spares small arenas (a store in a test) the copying.
	minCompact = 64 << 10
)

// alloc reserves a blob of n bytes held once and returns its id and its
// bytes, to be filled before any other call on the arena.
func (a *arena) alloc(n int) (uint32, []byte) {
	c := a.room(n, &a.cur)
	ch := &a.chunks[c]
	off := len(ch.b)
	ch.b = ch.b[:off+n]
	ch.live += n
	a.used += n
	a.live += n
	b := blob{chunk: uint32(c), off: uint32(off), n: uint32(n), refs: 1}
	var id uint32
	if k := len(a.freeBlobs); k > 0 {
		id = a.freeBlobs[k-1]
		a.freeBlobs = a.freeBlobs[:k-1]
		a.blobs[id] = b
	} else {
		id = uint32(len(a.blobs))
		a.blobs = append(grow(a.blobs), b)
	}
	return id, ch.b[off : off+n : off+n]
}

// put stores p as a new blob held once.
func (a *arena) put(p []byte) uint32 {
	id, dst := a.alloc(len(p))
	copy(dst, p)
	return id
}

// room returns a chunk with n free bytes, making one if needed. Chunks grow
// with the arena, so a small store stays small and a big one has few.
func (a *arena) room(n int, cur *int) int {
	if *cur > 0 {
		if ch := &a.chunks[*cur-1]; cap(ch.b)-len(ch.b) >= n {
			return *cur - 1
		}
	}
	// a power of two: the allocator's size classes waste nothing
	size := min(max(1<<bits.Len(uint(a.live/32)), minChunk), maxChunk)
	own := n > size/4 // a big blob gets a chunk of its own: the current one is kept
	if own {
		size = n
	}
	ch := chunk{b: make([]byte, 0, size)}
	var c int
	if k := len(a.freeChunks); k > 0 {
		c = int(a.freeChunks[k-1])
		a.freeChunks = a.freeChunks[:k-1]
		a.chunks[c] = ch
	} else {
		c = len(a.chunks)
		a.chunks = append(a.chunks, ch)
	}
	if !own {
		*cur = c + 1
	}
	return c
}

// bytes returns the blob's bytes; they must not be written.
func (a *arena) bytes(id uint32) []byte {
	b := a.blobs[id]
	return a.chunks[b.chunk].b[b.off : b.off+b.n : b.off+b.n]
}

// hold counts one more holder of the blob.
func (a *arena) hold(id uint32) { a.blobs[id].refs++ }

// release drops one holder of the blob; the last one frees it, and may
// make the arena compact.
func (a *arena) release(id uint32) {
	b := &a.blobs[id]
	if b.refs--; b.refs > 0 {
		return
	}
	n, c := int(b.n), int(b.chunk)
	*b = blob{}
	a.freeBlobs = append(a.freeBlobs, id)
	a.live -= n
	ch := &a.chunks[c]
	if ch.live -= n; ch.live == 0 && c+1 != a.cur && c+1 != a.tenured {
		a.dropChunk(c)
	}
	if a.used > minCompact && a.used-a.live > a.live {
		a.compact()
	}
}

func (a *arena) dropChunk(c int) {
	a.used -= len(a.chunks[c].b)
	a.chunks[c] = chunk{}
	a.freeChunks = append(a.freeChunks, uint32(c))
}

// compact moves the live blobs of the emptiest chunks to the tenured
// chunks and drops those chunks, until the dead bytes are at most half the live ones.
// Only chunks at most half live are moved: the bytes copied are at most
// those freed. It stops short of moving everything because what survives
// in a mostly dead chunk (a conversation's last session) mostly lives on:
// each byte moved is a byte allocated again.
func (a *arena) compact() {
	type cand struct{ c, live, n int }
	var cands []cand
	for c := range a.chunks {
		if ch := &a.chunks[c]; cap(ch.b) > 0 && ch.live*2 <= len(ch.b) {
			cands = append(cands, cand{c, ch.live, len(ch.b)})
		}
	}
	slices.SortFunc(cands, func(x, y cand) int { return x.live*y.n - y.live*x.n })
	victim := make([]bool, len(a.chunks))
	used := a.used
	for _, c := range cands {
		if used-a.live <= a.live/2 {
			break
		}
		victim[c.c] = true
		used -= c.n - c.live
	}
	// the chunks being filled may be among the mostly dead
	if a.cur > 0 && victim[a.cur-1] {
		a.cur = 0
	}
	if a.tenured > 0 && victim[a.tenured-1] {
		a.tenured = 0
	}
	for id := range a.blobs {
		b := a.blobs[id]
		if b.refs == 0 || !victim[b.chunk] {
			continue
		}
		c := a.room(int(b.n), &a.tenured)
		victim = append(victim, make([]bool, len(a.chunks)-len(victim))...)
		ch := &a.chunks[c]
		off := len(ch.b)
		ch.b = append(ch.b, a.chunks[b.chunk].b[b.off:b.off+b.n]...)
		ch.live += int(b.n)
		a.used += int(b.n)
		a.chunks[b.chunk].live -= int(b.n)
		a.blobs[id].chunk, a.blobs[id].off = uint32(c), uint32(off)
	}
	for c, v := range victim {
		if v {
			a.dropChunk(c)
		}
	}
}

// grow makes room for one more element, doubling: append grows big slices
// by a quarter, and allocates five times a table's final size on the way.
// place stores rec in a freed record of recs if there is one, else at the
// end, and returns 1 + its index.
func place[T any](recs *[]T, free *[]uint32, rec T) uint32 {
	if k := len(*free); k > 0 {
		i := (*free)[k-1]
		*free = (*free)[:k-1]
		(*recs)[i] = rec
		return i + 1
	}
	*recs = append(grow(*recs), rec)
	return uint32(len(*recs))
}

func grow[T any](s []T) []T {
	if len(s) < cap(s) {
		return s
	}
	g := make([]T, len(s), max(16, 2*cap(s)))
	copy(g, s)
	return g
}
