package memory

import (
	"bytes"
	"container/heap"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"sync"
	"time"
	"unsafe"

	"github.com/cep-accueil/cepbot/bot"
)

// outbox is the store's outbox, guarded by the store's mu. Each event is
// a slot in two parallel tables: what the collector must follow (the id
// and the encoded bytes) in refs, its delivery state in meta, which has no
// pointer. The tables are pages that are never copied (a growing slice of
// 60 000 events allocated five times its size on the way). The index and
// the due heap hold slot numbers: a store holds three events per booking until the reminders are sent,
// and an *entry each (its times' locations, the maps and heap pointing at
// it) was ≈ 250 bytes to mark per event.
type outbox struct {
	index   map[uint64]uint32     // hash of the id -> 1 + first slot with it
	refs    [][]entryRefs         // pages of pageLen
	meta    []*[pageLen]entryMeta // pages
	slots   uint32                // slots made
	free    []uint32              // free slots
	lastErr map[uint32]string     // slot -> its event's last delivery error
	n       int                   // events held
	due     dueHeap               // when each pending event can next be claimed
	seq     uint64                // append order, the tie-break among events due at once
	locs    []*time.Location      // the locations of the NotBefore instants kept
	ar      arena                 // the ids
	// dueExamined counts the heap items ClaimEvents looked at (tests)
	dueExamined int
}

// entryRefs is what of an event the collector must follow: the first
// bytes of the event kept encoded (bot.MarshalEvent) and of its booking
// snapshot when shared with the stored booking (newEntries), nil if none.
// Their lengths, and the id (a blob of the outbox's arena), are in its
// entryMeta: 16 bytes to scan per event instead of 64.
type entryRefs struct {
	data, booking *byte
}

type entryMeta struct {
	dataLen      uint32
	bookLen      uint32
	id           uint32 // blob
	notBefore    int64  // Unix nanoseconds, in locs[notBeforeLoc-1]; notBeforeLoc 0: the zero instant
	leaseEnd     int64  // Unix nanoseconds; 0: not leased
	seq          uint64
	attempts     int32
	gen          uint32 // the due heap's current item for this slot (older ones are stale); never reset
	next         uint32 // 1 + the next slot whose id has the same hash
	notBeforeLoc uint8
	dead, gone   bool // gone: acknowledged, or a free slot
}

const pageLen = 512

func (o *outbox) m(slot uint32) *entryMeta { return &o.meta[slot/pageLen][slot%pageLen] }
func (o *outbox) r(slot uint32) *entryRefs { return &o.refs[slot/pageLen][slot%pageLen] }

// id returns the id of the event in slot; its bytes are never rewritten.
func (o *outbox) id(slot uint32) string {
	b := o.ar.bytes(o.m(slot).id)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// newEntry is an event ready to be appended, made before the lock is taken.
type newEntry struct {
	id        string
	data      []byte
	booking   []byte
	notBefore time.Time
	attempts  int
	lastError string
	dead      bool
}

// find returns 1 + the slot of the event id (0: none) and 1 + the slot
// before it in its hash chain (0: it heads the chain).
func (o *outbox) find(h uint64, id string) (at, prev uint32) {
	for i := o.index[h]; i != 0; prev, i = i, o.m(i-1).next {
		if o.id(i-1) == id {
			return i, prev
		}
	}
	return 0, 0
}

func (s *Store) appendLocked(entries []newEntry) {
	o := &s.out
	for i := range entries {
		ne := &entries[i]
		h := maphash.String(seed, ne.id)
		if at, _ := o.find(h, ne.id); at != 0 {
			continue
		}
		var slot uint32
		if k := len(o.free); k > 0 {
			slot = o.free[k-1]
			o.free = o.free[:k-1]
		} else {
			slot = o.slots
			if slot%pageLen == 0 {
				o.refs = append(o.refs, make([]entryRefs, pageLen))
				o.meta = append(o.meta, new([pageLen]entryMeta))
			}
			o.slots++
		}
		o.seq++
		m := o.m(slot)
		*m = entryMeta{dataLen: uint32(len(ne.data)), bookLen: uint32(len(ne.booking)), id: o.ar.put(unsafe.Slice(unsafe.StringData(ne.id), len(ne.id))), seq: o.seq, attempts: int32(ne.attempts), gen: m.gen, next: o.index[h], dead: ne.dead}
		m.notBefore, m.notBeforeLoc = o.instant(ne.notBefore)
		*o.r(slot) = entryRefs{data: unsafe.SliceData(ne.data), booking: unsafe.SliceData(ne.booking)}
		if ne.lastError != "" {
			if o.lastErr == nil {
				o.lastErr = map[uint32]string{}
			}
			o.lastErr[slot] = ne.lastError
		}
		if o.index == nil {
			o.index = map[uint64]uint32{}
		}
		o.index[h] = slot + 1
		o.n++
		o.schedule(slot)
	}
}

// instant keeps t as Unix nanoseconds and its location.
func (o *outbox) instant(t time.Time) (int64, uint8) {
	if t.IsZero() {
		return 0, 0
	}
	loc := t.Location()
	k := slices.Index(o.locs, loc)
	if k < 0 {
		k = len(o.locs)
		o.locs = append(o.locs, loc)
	}
	return t.UnixNano(), uint8(k + 1)
}

// newEntries appends events, as outbox entries, to dst before the store's
// lock is taken: every turn that books waits on that lock, so it is held
// for the slice writes only.
// An event whose snapshot is the booking being written (b, encoded as
// bdata) shares those bytes instead of holding a second copy. The events
// are encoded in a recycled buffer and copied out in one allocation that
// they share (a booking's reminders keep its first event's bytes, a
// hundred or two, until they are acknowledged).
func newEntries(dst []newEntry, events []bot.Event, b *bot.Booking, bdata []byte) ([]newEntry, error) {
	if len(events) == 0 {
		return dst, nil
	}
	eb := encBuffers.Get().(*encBuffer)
	defer eb.put()
	buf, ends := eb.b[:0], eb.ends[:0]
	for i := range events {
		ev := &events[i]
		var err error
		if b != nil && ev.Booking == b {
			cp := *ev
			cp.Booking = nil
			buf, err = bot.AppendEvent(buf, &cp)
		} else {
			buf, err = bot.AppendEvent(buf, ev)
		}
		if err != nil {
			return dst, err
		}
		ends = append(ends, len(buf))
	}
	eb.b, eb.ends = buf, ends
	all := bytes.Clone(buf)
	from := 0
	for i := range events {
		ev := &events[i]
		var shared []byte
		if b != nil && ev.Booking == b {
			shared = bdata
		}
		end := ends[i]
		dst = append(dst, newEntry{id: ev.ID, data: all[from:end:end], booking: shared, notBefore: ev.NotBefore, attempts: ev.Attempts, lastError: ev.LastError, dead: ev.Dead})
		from = end
	}
	return dst, nil
}

// encBuffer is the encoding buffer of newEntries, recycled.
type encBuffer struct {
	b    []byte
	ends []int
}

var encBuffers = sync.Pool{New: func() any { return &encBuffer{b: make([]byte, 0, 1024)} }}

func (eb *encBuffer) put() {
	if cap(eb.b) > 64<<10 {
		return // a rare big batch: left to the collector
	}
	encBuffers.Put(eb)
}

// event decodes the event in slot with its current delivery state.
func (o *outbox) event(slot uint32) (bot.Event, error) {
	r, m := o.r(slot), o.m(slot)
	ev, err := bot.UnmarshalEvent(unsafe.Slice(r.data, m.dataLen))
	if err != nil {
		return bot.Event{}, fmt.Errorf("outbox event %s: %w", o.id(slot), err)
	}
	if r.booking != nil {
		if ev.Booking, err = bot.UnmarshalBooking(unsafe.Slice(r.booking, m.bookLen)); err != nil {
			return bot.Event{}, fmt.Errorf("outbox event %s: %w", o.id(slot), err)
		}
	}
	ev.NotBefore = time.Time{}
	if m.notBeforeLoc != 0 {
		ev.NotBefore = time.Unix(0, m.notBefore).In(o.locs[m.notBeforeLoc-1])
	}
	ev.Attempts, ev.LastError, ev.Dead = int(m.attempts), o.lastErr[slot], m.dead
	return *ev, nil
}

// schedule puts the slot's event in the due heap at the instant it can
// next be claimed (its NotBefore or the end of its lease, the later); its
// previous item, if any, becomes stale and is dropped when it surfaces. A
// dead event is not scheduled: only a Retry brings it back.
func (o *outbox) schedule(slot uint32) {
	m := o.m(slot)
	m.gen++
	if m.gone || m.dead {
		return
	}
	at := int64(math.MinInt64)
	if m.notBeforeLoc != 0 {
		at = m.notBefore
	}
	if m.leaseEnd != 0 && m.leaseEnd > at {
		at = m.leaseEnd
	}
	o.due = grow(o.due)
	o.due.push(dueItem{at: at, seq: m.seq, slot: slot, gen: m.gen})
}

// stale reports whether a due item no longer stands for a pending event.
func (o *outbox) stale(it dueItem) bool {
	m := o.m(it.slot)
	return m.gone || m.dead || it.gen != m.gen
}

// ack removes the event id, if held.
func (o *outbox) ack(id string) {
	h := maphash.String(seed, id)
	at, prev := o.find(h, id)
	if at == 0 {
		return
	}
	slot := at - 1
	m := o.m(slot)
	if prev == 0 {
		if m.next == 0 {
			delete(o.index, h)
		} else {
			o.index[h] = m.next
		}
	} else {
		o.m(prev - 1).next = m.next
	}
	m.gone, m.next = true, 0
	*o.r(slot) = entryRefs{}
	o.ar.release(m.id)
	delete(o.lastErr, slot)
	o.free = append(o.free, slot)
	o.n--
	// An event acknowledged before it fell due (a cancelled booking's
	// reminders) leaves a stale item in the due heap: they are dropped
	// when they are half of it (deleting each at once made delivering n
	// events cost n² under the store's lock).
	if len(o.due) > 64 && o.n < len(o.due)/2 {
		o.due = slices.DeleteFunc(o.due, o.stale)
		heap.Init(&o.due)
	}
}

// dueItem is 24 bytes with no pointer: the heap holds one per pending
// event, three per booking until its reminders.
type dueItem struct {
	at   int64
	seq  uint64
	slot uint32
	gen  uint32
}

// dueNanos is t in Unix nanoseconds; the zero instant (« due at once »)
// sorts first.
func dueNanos(t time.Time) int64 {
	if t.IsZero() {
		return math.MinInt64
	}
	return t.UnixNano()
}

// dueHeap orders items by instant, then by append order.
type dueHeap []dueItem

func (h dueHeap) Len() int { return len(h) }
func (h dueHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h dueHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *dueHeap) Push(x any)   { *h = append(*h, x.(dueItem)) }
func (h *dueHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}

// push and pop are heap.Push and heap.Pop, step for step, without the
// item boxed in an interface: an allocation for each event scheduled and
// each claimed (three per booking).
func (h *dueHeap) push(it dueItem) {
	*h = append(*h, it)
	q := *h
	for j := len(q) - 1; ; {
		i := (j - 1) / 2 // parent
		if i == j || !q.Less(j, i) {
			break
		}
		q.Swap(i, j)
		j = i
	}
}

func (h *dueHeap) pop() dueItem {
	q := *h
	n := len(q) - 1
	q.Swap(0, n)
	for i := 0; ; {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && q.Less(j2, j1) {
			j = j2
		}
		if !q.Less(j, i) {
			break
		}
		q.Swap(i, j)
		i = j
	}
	it := q[n]
	*h = q[:n]
	return it
}
