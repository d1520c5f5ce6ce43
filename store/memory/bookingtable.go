package memory

import (
	"hash/maphash"
	"unsafe"
)

// bookingTable is the booking domain's tables (guarded by the store's mu):
// each booking a record with no pointer, in a slice, found by the hash of
// its reference; the slot it occupies and the visitor whose active booking
// it is are registrations on the record, on their own hash chains, so the
// three maps of strings (ref -> booking, slot -> ref, visitor -> ref) that
// every collection marked are gone. The encoded bookings stay separate
// []byte values (outbox events share them as their snapshot): only their
// slice headers, in pages, are for the collector to follow.
type bookingTable struct {
	byRef, bySlot, byVisitor map[uint64]uint32 // hash -> 1 + first record
	recs                     []bookingRec
	data                     [][][]byte // pages of pageLen encoded bookings, by record
	ar                       arena      // references, slot keys and visitors
}

type bookingRec struct {
	ref                        uint32 // blob
	slot, visitor              uint32 // 1 + blob of the registration; 0: none
	nextRef, nextSlot, nextVis uint32 // 1 + the next record on the same chain
}

func (t *bookingTable) str(blob uint32) string {
	b := t.ar.bytes(blob)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func (t *bookingTable) blobOf(s string) uint32 {
	return t.ar.put(unsafe.Slice(unsafe.StringData(s), len(s)))
}

func strHash(s string) uint64 { return maphash.String(seed, s) }

// find returns 1 + the record of the booking ref (0: none).
func (t *bookingTable) find(ref string) uint32 {
	for i := t.byRef[strHash(ref)]; i != 0; i = t.recs[i-1].nextRef {
		if t.str(t.recs[i-1].ref) == ref {
			return i
		}
	}
	return 0
}

func (t *bookingTable) ref(at uint32) string { return t.str(t.recs[at-1].ref) }

func (t *bookingTable) bytes(at uint32) []byte { return t.data[(at-1)/pageLen][(at-1)%pageLen] }

func (t *bookingTable) setBytes(at uint32, data []byte) {
	t.data[(at-1)/pageLen][(at-1)%pageLen] = data
}

// add records a new booking and returns its record.
func (t *bookingTable) add(ref string, data []byte) uint32 {
	if t.byRef == nil {
		t.byRef, t.bySlot, t.byVisitor = map[uint64]uint32{}, map[uint64]uint32{}, map[uint64]uint32{}
	}
	if len(t.recs)%pageLen == 0 {
		t.data = append(t.data, make([][]byte, pageLen))
	}
	h := strHash(ref)
	t.recs = append(grow(t.recs), bookingRec{ref: t.blobOf(ref), nextRef: t.byRef[h]})
	at := uint32(len(t.recs))
	t.byRef[h] = at
	t.setBytes(at, data)
	return at
}

// slotHolder returns 1 + the record occupying the slot (0: none).
func (t *bookingTable) slotHolder(key string) uint32 {
	for i := t.bySlot[strHash(key)]; i != 0; i = t.recs[i-1].nextSlot {
		if t.str(t.recs[i-1].slot-1) == key {
			return i
		}
	}
	return 0
}

// activeOf returns 1 + the record of the visitor's active booking (0: none).
func (t *bookingTable) activeOf(visitor string) uint32 {
	for i := t.byVisitor[strHash(visitor)]; i != 0; i = t.recs[i-1].nextVis {
		if t.str(t.recs[i-1].visitor-1) == visitor {
			return i
		}
	}
	return 0
}

// setSlot makes at the occupant of the slot, in place of any other.
func (t *bookingTable) setSlot(key string, at uint32) {
	cur := t.slotHolder(key)
	if cur == at {
		return
	}
	if cur != 0 {
		t.unsetSlot(cur)
	}
	if t.recs[at-1].slot != 0 {
		t.unsetSlot(at)
	}
	h := strHash(key)
	r := &t.recs[at-1]
	r.slot, r.nextSlot = t.blobOf(key)+1, t.bySlot[h]
	t.bySlot[h] = at
}

// dropSlot frees the slot if a booking occupies it.
func (t *bookingTable) dropSlot(key string) {
	if at := t.slotHolder(key); at != 0 {
		t.unsetSlot(at)
	}
}

func (t *bookingTable) unsetSlot(at uint32) {
	r := &t.recs[at-1]
	unlink(t.bySlot, strHash(t.str(r.slot-1)), at, r.nextSlot, func(i uint32) *uint32 { return &t.recs[i-1].nextSlot })
	blob := r.slot - 1
	r.slot, r.nextSlot = 0, 0
	t.ar.release(blob)
}

// setActive makes at the visitor's active booking, in place of any other.
func (t *bookingTable) setActive(visitor string, at uint32) {
	cur := t.activeOf(visitor)
	if cur == at {
		return
	}
	if cur != 0 {
		t.unsetActive(cur)
	}
	if t.recs[at-1].visitor != 0 {
		t.unsetActive(at)
	}
	h := strHash(visitor)
	r := &t.recs[at-1]
	r.visitor, r.nextVis = t.blobOf(visitor)+1, t.byVisitor[h]
	t.byVisitor[h] = at
}

// dropActive leaves the visitor without an active booking.
func (t *bookingTable) dropActive(visitor string) {
	if at := t.activeOf(visitor); at != 0 {
		t.unsetActive(at)
	}
}

func (t *bookingTable) unsetActive(at uint32) {
	r := &t.recs[at-1]
	unlink(t.byVisitor, strHash(t.str(r.visitor-1)), at, r.nextVis, func(i uint32) *uint32 { return &t.recs[i-1].nextVis })
	blob := r.visitor - 1
	r.visitor, r.nextVis = 0, 0
	t.ar.release(blob)
}
