package memory

import (
	"hash/maphash"
	"unsafe"
)

// heldTable is the slots held, with no pointer for the collector to
// follow: one record per held slot, in a slice, on two chains — by slot
// key (its index key, slotindex.go: the records of one slot in the
// agencies holding it), what offers look up, and by the hash of (agency,
// visitor), what a visitor's next hold or release looks up. Slot keys and
// visitors are blobs of the table's arena; agencies, a handful, are numbered.
//
// A visitor has at most one record per agency: HoldSlot removes the
// visitor's previous hold before taking another, and a record taken over
// by another visitor leaves its former holder's chain.
type heldTable struct {
	agencies map[string]uint32 // agency -> its number, from 1
	advisors advisorNumbers    // of the slot keys (slotindex.go)
	bySlot   map[uint64]uint32 // index key of the slot key -> 1 + first record
	byVis    map[uint64]uint32 // hash of (agency, visitor) -> 1 + first record
	recs     []heldRec
	free     []uint32
	ar       arena
}

type heldRec struct {
	agency            uint32 // 0: a free record
	slot, visitor     uint32 // blobs
	nextSlot, nextVis uint32 // 1 + the next record on the same chain; 0: none
	expires           int64  // Unix nanoseconds
	key               uint64 // the slot key's index key
}

// agencyID numbers agency, giving it a number if it has none.
func (h *heldTable) agencyID(agency string) uint32 {
	if id, ok := h.agencies[agency]; ok {
		return id
	}
	if h.agencies == nil {
		h.agencies = map[string]uint32{}
		h.bySlot, h.byVis = map[uint64]uint32{}, map[uint64]uint32{}
	}
	id := uint32(len(h.agencies) + 1)
	h.agencies[agency] = id
	return id
}

// pairHash hashes (agency, s).
func pairHash(agency uint32, s string) uint64 {
	return maphash.String(seed, s) ^ uint64(agency)*0x9e3779b97f4a7c15
}

func (h *heldTable) str(blob uint32) string {
	b := h.ar.bytes(blob)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// visitor returns the record's visitor: its bytes are never rewritten.
func (h *heldTable) visitor(r *heldRec) string { return h.str(r.visitor) }

func (h *heldTable) isVisitor(r *heldRec, visitor string) bool { return h.str(r.visitor) == visitor }

// findSlot returns 1 + the record holding the agency's slot (0: none).
func (h *heldTable) findSlot(agency uint32, slot string) uint32 {
	k, exact, ok := slotIndexKey(&h.advisors, slot, false)
	if !ok {
		return 0
	}
	for i := h.bySlot[k]; i != 0; i = h.recs[i-1].nextSlot {
		if r := &h.recs[i-1]; r.agency == agency && r.key == k && (exact || h.str(r.slot) == slot) {
			return i
		}
	}
	return 0
}

// findSlotAt is findSlot for the slot of the advisor numbered n at minute.
func (h *heldTable) findSlotAt(agency, n uint32, minute uint64) uint32 {
	k := exactKey(n, minute)
	for i := h.bySlot[k]; i != 0; i = h.recs[i-1].nextSlot {
		if r := &h.recs[i-1]; r.agency == agency && r.key == k {
			return i
		}
	}
	return 0
}

// findVisitor returns 1 + the record the visitor holds in the agency (0: none).
func (h *heldTable) findVisitor(agency uint32, visitor string) uint32 {
	for i := h.byVis[pairHash(agency, visitor)]; i != 0; i = h.recs[i-1].nextVis {
		if r := &h.recs[i-1]; r.agency == agency && h.str(r.visitor) == visitor {
			return i
		}
	}
	return 0
}

// put makes visitor the holder of the agency's slot until expires; at is
// findSlot's result.
func (h *heldTable) put(agency uint32, slot, visitor string, at uint32, expires int64) {
	if at != 0 {
		r := &h.recs[at-1]
		r.expires = expires
		if h.str(r.visitor) == visitor {
			return
		}
		h.unlinkVis(at) // taken over from a holder whose hold expired
		old := r.visitor
		r.visitor = h.ar.put(unsafe.Slice(unsafe.StringData(visitor), len(visitor)))
		h.linkVis(at, pairHash(agency, visitor))
		h.ar.release(old)
		return
	}
	sh, _, _ := slotIndexKey(&h.advisors, slot, true)
	rec := heldRec{agency: agency, expires: expires, key: sh}
	rec.slot = h.ar.put(unsafe.Slice(unsafe.StringData(slot), len(slot)))
	rec.visitor = h.ar.put(unsafe.Slice(unsafe.StringData(visitor), len(visitor)))
	at = place(&h.recs, &h.free, rec)
	h.recs[at-1].nextSlot = h.bySlot[sh]
	h.bySlot[sh] = at
	h.linkVis(at, pairHash(agency, visitor))
}

func (h *heldTable) linkVis(at uint32, vh uint64) {
	h.recs[at-1].nextVis = h.byVis[vh]
	h.byVis[vh] = at
}

func (h *heldTable) unlinkVis(at uint32) {
	r := &h.recs[at-1]
	unlink(h.byVis, pairHash(r.agency, h.str(r.visitor)), at, r.nextVis, func(i uint32) *uint32 { return &h.recs[i-1].nextVis })
	r.nextVis = 0
}

// remove frees a record.
func (h *heldTable) remove(at uint32) {
	r := &h.recs[at-1]
	unlink(h.bySlot, r.key, at, r.nextSlot, func(i uint32) *uint32 { return &h.recs[i-1].nextSlot })
	h.unlinkVis(at)
	slot, vis := r.slot, r.visitor
	*r = heldRec{}
	h.free = append(h.free, at-1)
	h.ar.release(slot)
	h.ar.release(vis)
}

// unlink takes record at (whose successor is next) off the chain of hash
// k in index; link gives a record's link on that chain.
func unlink(index map[uint64]uint32, k uint64, at, next uint32, link func(uint32) *uint32) {
	i := index[k]
	if i == at {
		if next == 0 {
			delete(index, k)
		} else {
			index[k] = next
		}
		return
	}
	for i != 0 {
		l := link(i)
		if *l == at {
			*l = next
			return
		}
		i = *l
	}
}
