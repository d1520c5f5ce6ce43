package memory

import (
	"time"
	"unsafe"
)

// sessionTable is one shard's sessions, with no pointer for the collector
// to follow: records in a slice, found by the key's 64-bit hash, each
// with its key and its data in two blobs of the shard's arena. Sessions are
// rewritten every turn: each write makes a new data blob and frees the old
// (the key, written once, is not copied again).
type sessionTable struct {
	index map[uint64]uint32 // key hash -> 1 + index in recs of the first session with it
	recs  []sessionRec
	free  []uint32 // free recs
	ar    arena
}

type sessionRec struct {
	key     uint32 // blobs
	data    uint32
	next    uint32 // 1 + index of the next session whose key has the same hash; 0: none
	version int64
	expires int64 // Unix nanoseconds; 0: never
}

// find returns 1 + the index of key's session (0: none), and 1 + the index
// of the session before it in its hash chain (0: it heads the chain).
func (t *sessionTable) find(h uint64, key string) (at, prev uint32) {
	for i := t.index[h]; i != 0; prev, i = i, t.recs[i-1].next {
		r := &t.recs[i-1]
		if string(t.ar.bytes(r.key)) == key {
			return i, prev
		}
	}
	return 0, 0
}

// data returns the session's bytes as a string: they are never rewritten.
func (t *sessionTable) data(r *sessionRec) string {
	b := t.ar.bytes(r.data)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// live reports whether the session has not expired at now.
func (r *sessionRec) live(now func() time.Time) bool {
	return r.expires == 0 || now().UnixNano() < r.expires
}

// put writes key's session (at: find's result), its new data copied in.
func (t *sessionTable) put(h uint64, key string, at uint32, data []byte, version, expires int64) {
	blob := t.ar.put(data)
	if at != 0 {
		r := &t.recs[at-1]
		old := r.data
		r.data, r.version, r.expires = blob, version, expires
		t.ar.release(old)
		return
	}
	kb, dst := t.ar.alloc(len(key))
	copy(dst, key)
	rec := sessionRec{key: kb, data: blob, next: t.index[h], version: version, expires: expires}
	at = place(&t.recs, &t.free, rec)
	if t.index == nil {
		t.index = map[uint64]uint32{}
	}
	t.index[h] = at
}

// remove deletes key's session if there is one.
func (t *sessionTable) remove(h uint64, key string) {
	at, prev := t.find(h, key)
	if at == 0 {
		return
	}
	r := &t.recs[at-1]
	if prev == 0 {
		if r.next == 0 {
			delete(t.index, h)
		} else {
			t.index[h] = r.next
		}
	} else {
		t.recs[prev-1].next = r.next
	}
	kb, db := r.key, r.data
	*r = sessionRec{}
	t.free = append(t.free, at-1)
	t.ar.release(kb)
	t.ar.release(db)
}
