package booking

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/agenda"
)

// TestLeastLoadedFirstIsTheOrdersFirst: pick takes the first slot of
// leastLoaded's order without building it; both must agree for any loads,
// ties and rotation.
func TestLeastLoadedFirstIsTheOrdersFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for range 5000 {
		n := 1 + rng.IntN(6)
		slots := make([]agenda.Slot, n)
		load := map[string]int{}
		for i := range slots {
			id := "adv" + strconv.Itoa(i)
			slots[i] = agenda.Slot{AgencyID: "a", AdvisorID: id, Start: at, End: at.Add(time.Hour)}
			if rng.IntN(3) > 0 {
				load[id] = rng.IntN(3)
			}
		}
		h := rng.Uint32()
		want := leastLoaded(slots, load, h)[0]
		if got := slots[leastLoadedFirst(slots, load, h)]; got != want {
			t.Fatalf("loads %v, h %d: first %s, want %s", load, h, got.AdvisorID, want.AdvisorID)
		}
	}
}
