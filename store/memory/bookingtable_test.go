package memory

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestBookingTableMatchesMaps drives the table's registrations at random
// and checks them against the maps they replaced (slot -> ref, visitor -> ref).
func TestBookingTableMatchesMaps(t *testing.T) {
	var bt bookingTable
	slots, active := map[string]string{}, map[string]string{}
	rng := rand.New(rand.NewPCG(5, 6))
	var refs []string
	for i := range 50000 {
		switch op := rng.IntN(6); {
		case op == 0 || len(refs) == 0:
			ref := fmt.Sprint("R", len(refs))
			refs = append(refs, ref)
			if at := bt.add(ref, []byte(ref)); bt.ref(at) != ref {
				t.Fatalf("step %d: added %s, record says %s", i, ref, bt.ref(at))
			}
		case op == 1 || op == 2:
			ref, key := refs[rng.IntN(len(refs))], testSlotKey(rng.IntN(500))
			bt.setSlot(key, bt.find(ref))
			for k, r := range slots {
				if r == ref {
					delete(slots, k) // a booking occupies one slot
				}
			}
			slots[key] = ref
		case op == 3:
			key := testSlotKey(rng.IntN(500))
			bt.dropSlot(key)
			delete(slots, key)
		case op == 4:
			ref, vis := refs[rng.IntN(len(refs))], fmt.Sprint("v", rng.IntN(300))
			bt.setActive(vis, bt.find(ref))
			for v, r := range active {
				if r == ref {
					delete(active, v)
				}
			}
			active[vis] = ref
		default:
			vis := fmt.Sprint("v", rng.IntN(300))
			bt.dropActive(vis)
			delete(active, vis)
		}
		if i%1000 != 0 {
			continue
		}
		for k := range 500 {
			key := testSlotKey(k)
			got := ""
			if at := bt.slotHolder(key); at != 0 {
				got = bt.ref(at)
			}
			if got != slots[key] {
				t.Fatalf("step %d: slot %s held by %q, want %q", i, key, got, slots[key])
			}
		}
		for v := range 300 {
			vis := fmt.Sprint("v", v)
			got := ""
			if at := bt.activeOf(vis); at != 0 {
				got = bt.ref(at)
			}
			if got != active[vis] {
				t.Fatalf("step %d: %s active %q, want %q", i, vis, got, active[vis])
			}
		}
		for _, ref := range refs {
			if at := bt.find(ref); at == 0 || string(bt.bytes(at)) != ref {
				t.Fatalf("step %d: %s not found", i, ref)
			}
		}
	}
}
