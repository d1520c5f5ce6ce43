package memory

import (
	"container/heap"
	"math/rand/v2"
	"testing"
)

// The due heap's own push and pop keep the order container/heap keeps,
// ties and duplicates included.
func TestDueHeapIsContainerHeap(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	var mine, theirs dueHeap
	for i := range 20000 {
		if rng.IntN(3) > 0 || len(mine) == 0 {
			it := dueItem{at: int64(rng.IntN(50)), seq: uint64(rng.IntN(30)), slot: uint32(i), gen: uint32(rng.IntN(4))}
			mine.push(it)
			heap.Push(&theirs, it)
			continue
		}
		got, want := mine.pop(), heap.Pop(&theirs).(dueItem)
		if got != want {
			t.Fatalf("step %d: pop %+v, container/heap pops %+v", i, got, want)
		}
	}
	for len(theirs) > 0 {
		if got, want := mine.pop(), heap.Pop(&theirs).(dueItem); got != want {
			t.Fatalf("draining: pop %+v, container/heap pops %+v", got, want)
		}
	}
}
