package memory

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// TestHoldsMatchModel runs random holds and releases, past purges and
// expiries, against the maps the hold table replaced.
func TestHoldsMatchModel(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s := New(func() time.Time { return now })
	type held struct {
		visitor string
		expires time.Time
	}
	slots := map[string]map[string]held{} // agency -> slot -> holder
	byVis := map[[2]string]string{}       // (agency, visitor) -> slot
	rng := rand.New(rand.NewPCG(3, 4))
	agencies := []string{"a", "b", "c"}
	for i := range 30000 {
		ag := agencies[rng.IntN(len(agencies))]
		vis := fmt.Sprint("v", rng.IntN(400))
		slot := testSlotKey(rng.IntN(300))
		now = now.Add(time.Duration(rng.IntN(3000)) * time.Millisecond)
		if rng.IntN(5) == 0 {
			if err := s.ReleaseHold(ctx, ag, vis); err != nil {
				t.Fatal(err)
			}
			if k, ok := byVis[[2]string{ag, vis}]; ok {
				if slots[ag][k].visitor == vis {
					delete(slots[ag], k)
				}
				delete(byVis, [2]string{ag, vis})
			}
		} else {
			err := s.HoldSlot(ctx, ag, vis, slot, time.Duration(1+rng.IntN(120))*time.Second)
			as := slots[ag]
			h, ok := as[slot]
			wantTaken := ok && h.visitor != vis && now.Before(h.expires)
			if wantTaken != errors.Is(err, bot.ErrSlotTaken) || (!wantTaken && err != nil) {
				t.Fatalf("step %d: HoldSlot(%s, %s, %s) = %v, want taken %v", i, ag, vis, slot, err, wantTaken)
			}
			if !wantTaken {
				if as == nil {
					as = map[string]held{}
					slots[ag] = as
				}
				if prev, ok := byVis[[2]string{ag, vis}]; ok && prev != slot && as[prev].visitor == vis {
					delete(as, prev)
				}
				as[slot] = held{vis, now.Add(s.holdTTLForTest(ag, slot))}
				byVis[[2]string{ag, vis}] = slot
			}
		}
		if i%500 == 0 {
			for _, ag := range agencies {
				keys := make([]string, 300)
				for k := range keys {
					keys[k] = testSlotKey(k)
				}
				st, err := s.SlotHolders(ctx, ag, "", keys)
				if err != nil {
					t.Fatal(err)
				}
				for k, key := range keys {
					want := ""
					if h, ok := slots[ag][key]; ok && now.Before(h.expires) {
						want = h.visitor
					}
					if st.Holders[k] != want {
						t.Fatalf("step %d: %s %s held by %q, want %q", i, ag, key, st.Holders[k], want)
					}
				}
			}
		}
	}
}

// holdTTLForTest reads back the expiry the table recorded for a hold.
func (s *Store) holdTTLForTest(agency, slot string) time.Duration {
	h := &s.holdTab.held
	at := h.findSlot(h.agencies[agency], slot)
	return time.Unix(0, h.recs[at-1].expires).Sub(s.now())
}
