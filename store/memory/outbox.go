package memory

import (
	"container/heap"
	"math"
	"time"
)

// schedule puts e in the due heap at the instant it can next be claimed
// (its NotBefore or the end of its lease, the later); the entry's previous
// item, if any, becomes stale and is dropped when it surfaces. A dead
// event is not scheduled: only a Retry brings it back.
func (s *Store) schedule(e *entry) {
	e.gen++
	if e.gone || e.dead {
		return
	}
	at := e.notBefore
	if e.leaseEnd.After(at) {
		at = e.leaseEnd
	}
	heap.Push(&s.due, dueItem{at: dueNanos(at), seq: e.seq, gen: e.gen, e: e})
}

// dueItem is 32 bytes (an instant as nanoseconds, not a time.Time): the
// heap holds one per pending event, three per booking until its reminders.
type dueItem struct {
	at  int64
	seq uint64
	e   *entry
	gen uint32
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
	old[len(old)-1] = dueItem{}
	*h = old[:len(old)-1]
	return it
}
