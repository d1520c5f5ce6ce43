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
//
// Slots are indexed by their identity (slotindex.go): bySlot maps an exact
// index key to the one record holding it.
type bookingTable struct {
	byRef, bySlot, byVisitor map[uint64]uint32 // index key -> 1 + first record
	advisors                 advisorNumbers    // of the slot keys (slotindex.go)
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

// A registration on a booking record: the slot it occupies, or the visitor
// whose active booking it is. Both are kept alike: 1 + the blob of the key
// on the record, and a hash chain of the records holding one.
type registration int

const (
	regSlot registration = iota
	regVisitor
)

// fields returns the record's key and next-on-chain fields of g, and the
// chain heads.
func (t *bookingTable) fields(g registration, at uint32) (key, next *uint32, heads map[uint64]uint32) {
	r := &t.recs[at-1]
	if g == regSlot {
		return &r.slot, &r.nextSlot, t.bySlot
	}
	return &r.visitor, &r.nextVis, t.byVisitor
}

// indexKey is key's index key in g's chain heads, and whether it is exact:
// then the key has one record at most, and the chain is not checked
// against the keys' bytes. With insert, a slot key's advisor is numbered;
// without, ok is false when the key cannot be registered.
func (t *bookingTable) indexKey(g registration, key string, insert bool) (k uint64, exact, ok bool) {
	if g == regSlot {
		return slotIndexKey(&t.advisors, key, insert)
	}
	return strHash(key), false, true
}

// holder returns 1 + the record registered under key (0: none).
func (t *bookingTable) holder(g registration, key string) uint32 {
	h, exact, ok := t.indexKey(g, key, false)
	if !ok {
		return 0
	}
	heads := t.bySlot
	if g == regVisitor {
		heads = t.byVisitor
	}
	for i := heads[h]; i != 0; {
		if exact {
			return i
		}
		k, next, _ := t.fields(g, i)
		if t.str(*k-1) == key {
			return i
		}
		i = *next
	}
	return 0
}

// slotHolderAt returns 1 + the record occupying the slot of the advisor
// numbered n at minute (0: none).
func (t *bookingTable) slotHolderAt(n uint32, minute uint64) uint32 {
	return t.bySlot[exactKey(n, minute)]
}

// register makes at the holder of key, in place of any other.
func (t *bookingTable) register(g registration, key string, at uint32) {
	cur := t.holder(g, key)
	if cur == at {
		return
	}
	if cur != 0 {
		t.unregister(g, cur)
	}
	k, next, heads := t.fields(g, at)
	if *k != 0 {
		t.unregister(g, at)
	}
	h, _, _ := t.indexKey(g, key, true)
	*k, *next = t.blobOf(key)+1, heads[h]
	heads[h] = at
}

// drop removes the registration under key, if any.
func (t *bookingTable) drop(g registration, key string) {
	if at := t.holder(g, key); at != 0 {
		t.unregister(g, at)
	}
}

func (t *bookingTable) unregister(g registration, at uint32) {
	k, next, heads := t.fields(g, at)
	blob := *k - 1
	h, _, _ := t.indexKey(g, t.str(blob), false) // registered: its advisor has a number
	unlink(heads, h, at, *next, func(i uint32) *uint32 { _, n, _ := t.fields(g, i); return n })
	*k, *next = 0, 0
	t.ar.release(blob)
}

// slotHolder returns 1 + the record occupying the slot (0: none).
func (t *bookingTable) slotHolder(key string) uint32 { return t.holder(regSlot, key) }

// activeOf returns 1 + the record of the visitor's active booking (0: none).
func (t *bookingTable) activeOf(visitor string) uint32 { return t.holder(regVisitor, visitor) }

// setSlot makes at the occupant of the slot, in place of any other.
func (t *bookingTable) setSlot(key string, at uint32) { t.register(regSlot, key, at) }

// dropSlot frees the slot if a booking occupies it.
func (t *bookingTable) dropSlot(key string) { t.drop(regSlot, key) }

// setActive makes at the visitor's active booking, in place of any other.
func (t *bookingTable) setActive(visitor string, at uint32) { t.register(regVisitor, visitor, at) }

// dropActive leaves the visitor without an active booking.
func (t *bookingTable) dropActive(visitor string) { t.drop(regVisitor, visitor) }
