package storetest

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// RunHolds runs the bot.HoldStore contract against fresh stores from
// newStore (same requirements as Run).
func RunHolds(t *testing.T, newStore func(t *testing.T) bot.Store, opt Options) {
	for _, c := range holdCases {
		t.Run(c.name, func(t *testing.T) {
			if c.ttl && opt.SkipTTL {
				t.Skip("TTL cases skipped for this backend")
			}
			t.Logf("contract: %s", c.explanation)
			c.run(t, newStore(t), opt)
		})
	}
}

var holdCases = []testCase{
	{name: "HoldExclusive", explanation: "a slot held by one visitor cannot be held by another; the holder may hold it again; holders are reported per key", run: holdExclusive},
	{name: "HoldOnePerVisitor", explanation: "a visitor holds one slot per agency: holding another releases the first", run: holdOnePerVisitor},
	{name: "HoldRelease", explanation: "a released hold frees the slot; releasing without a hold is not an error; agencies are separate", run: holdRelease},
	{name: "HoldRace", explanation: "among concurrent visitors holding one slot, exactly one wins", run: holdRace},
	{name: "HoldTaken", explanation: "SlotHolders also reports which slots an active booking has, like TakenSlots; a booked slot cannot be held (unless HoldsOnDifferentNodes)", run: holdTaken},
	{name: "Choosing", explanation: "SlotHolders counts the distinct visitors recorded as choosing in an agency, per agency, until they hold a slot", run: holdChoosing},
	{name: "HoldTTL", explanation: "a hold expires after its TTL and the slot can be held by someone else", ttl: true, run: holdTTL},
}

const slotA, slotB = "adv-1@20261201T0900Z", "adv-1@20261201T0945Z"

func holders(t *testing.T, s bot.Store, agency string, keys ...string) []string {
	t.Helper()
	st, err := s.SlotHolders(ctx(t), agency, "", keys)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Holders) != len(keys) || len(st.Taken) != len(keys) {
		t.Fatalf("SlotHolders returned %d and %d values for %d keys", len(st.Holders), len(st.Taken), len(keys))
	}
	return st.Holders
}

func holdExclusive(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if h := holders(t, s, "ag-1", slotA, slotB); h[0] != "" || h[1] != "" {
		t.Fatalf("holders before any hold: %q", h)
	}
	if err := s.HoldSlot(c, "ag-1", "v1", slotA, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.HoldSlot(c, "ag-1", "v2", slotA, time.Hour); !errors.Is(err, bot.ErrSlotTaken) {
		t.Fatalf("second visitor's hold = %v, want bot.ErrSlotTaken", err)
	}
	if err := s.HoldSlot(c, "ag-1", "v1", slotA, time.Hour); err != nil {
		t.Fatalf("the holder holding again: %v", err)
	}
	if h := holders(t, s, "ag-1", slotA, slotB); h[0] != "v1" || h[1] != "" {
		t.Fatalf("holders = %q, want [v1 \"\"]", h)
	}
}

func holdOnePerVisitor(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if err := s.HoldSlot(c, "ag-1", "v1", slotA, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.HoldSlot(c, "ag-1", "v1", slotB, time.Hour); err != nil {
		t.Fatal(err)
	}
	if h := holders(t, s, "ag-1", slotA, slotB); h[0] != "" || h[1] != "v1" {
		t.Fatalf("holders after changing the choice = %q, want [\"\" v1]", h)
	}
	if err := s.HoldSlot(c, "ag-1", "v2", slotA, time.Hour); err != nil {
		t.Fatalf("the released slot cannot be held: %v", err)
	}
}

func holdRelease(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if err := s.ReleaseHold(c, "ag-1", "nobody"); err != nil {
		t.Fatalf("releasing without a hold: %v", err)
	}
	if err := s.HoldSlot(c, "ag-1", "v1", slotA, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.HoldSlot(c, "ag-2", "v2", slotA, time.Hour); err != nil {
		t.Fatalf("the same slot key in another agency: %v", err)
	}
	if err := s.ReleaseHold(c, "ag-1", "v1"); err != nil {
		t.Fatal(err)
	}
	if h := holders(t, s, "ag-1", slotA); h[0] != "" {
		t.Fatalf("holder after release = %q", h[0])
	}
	if h := holders(t, s, "ag-2", slotA); h[0] != "v2" {
		t.Fatalf("the other agency's hold was released too: %q", h[0])
	}
	// A release after someone else took the slot does not free their hold.
	if err := s.HoldSlot(c, "ag-1", "v3", slotA, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.ReleaseHold(c, "ag-1", "v1"); err != nil {
		t.Fatal(err)
	}
	if h := holders(t, s, "ag-1", slotA); h[0] != "v3" {
		t.Fatalf("holder = %q, want v3", h[0])
	}
}

func holdRace(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	const n = 50
	var (
		mu   sync.Mutex
		wins []string
		wg   sync.WaitGroup
	)
	for i := range n {
		wg.Go(func() {
			v := fmt.Sprint("v", i)
			err := s.HoldSlot(c, "ag-1", v, slotA, time.Hour)
			switch {
			case err == nil:
				mu.Lock()
				wins = append(wins, v)
				mu.Unlock()
			case !errors.Is(err, bot.ErrSlotTaken):
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if len(wins) != 1 {
		t.Fatalf("%d visitors hold the slot (%v), want 1", len(wins), wins)
	}
	if h := holders(t, s, "ag-1", slotA); h[0] != wins[0] {
		t.Fatalf("holder = %q, winner %q", h[0], wins[0])
	}
}

func holdTTL(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if err := s.HoldSlot(c, "ag-1", "v1", slotA, time.Second); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1200 * time.Millisecond)
	if h := holders(t, s, "ag-1", slotA); h[0] != "" {
		t.Fatalf("holder after the TTL = %q", h[0])
	}
	if err := s.HoldSlot(c, "ag-1", "v2", slotA, time.Hour); err != nil {
		t.Fatalf("holding an expired hold: %v", err)
	}
}

func holdTaken(t *testing.T, s bot.Store, opt Options) {
	c := ctx(t)
	start := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	b := &bot.Booking{Ref: "CEP-HOLD1", Visitor: "v1", AgencyID: "ag-1", AdvisorID: "adv-1", Start: start,
		End: start.Add(45 * time.Minute), Status: bot.StatusBooked, Created: start, Updated: start}
	if err := s.Book(c, b, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.HoldSlot(c, "ag-1", "v2", slotB, time.Hour); err != nil {
		t.Fatal(err)
	}
	st, err := s.SlotHolders(c, "ag-1", "", []string{slotA, slotB, ""})
	if err != nil {
		t.Fatal(err)
	}
	h, taken := st.Holders, st.Taken
	if b.SlotKey() != slotA {
		t.Fatalf("test slot key %s, want %s", b.SlotKey(), slotA)
	}
	if !taken[0] || taken[1] || taken[2] || h[0] != "" || h[1] != "v2" || h[2] != "" {
		t.Fatalf("holders %q, taken %v; want [\"\" v2 \"\"], [true false false]", h, taken)
	}
	if opt.HoldsOnDifferentNodes {
		return
	}
	if err := s.HoldSlot(c, "ag-1", "v3", slotA, time.Hour); !errors.Is(err, bot.ErrSlotTaken) {
		t.Fatalf("holding a booked slot: %v, want bot.ErrSlotTaken", err)
	}
}

func holdChoosing(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	count := func(agency, visitor string) int {
		t.Helper()
		st, err := s.SlotHolders(c, agency, visitor, nil)
		if err != nil {
			t.Fatal(err)
		}
		return st.Choosing
	}
	if n := count("ag-1", ""); n != 0 {
		t.Fatalf("choosing before anyone = %d", n)
	}
	for i, want := range []int{1, 2, 2, 3} {
		v := []string{"v1", "v2", "v1", "v3"}[i]
		if n := count("ag-1", v); n != want {
			t.Fatalf("after %s: choosing = %d, want %d", v, n, want)
		}
	}
	if n := count("ag-2", "v1"); n != 1 {
		t.Fatalf("another agency: choosing = %d, want 1", n)
	}
	if n := count("ag-1", ""); n != 3 {
		t.Fatalf("a read without a visitor: choosing = %d, want 3", n)
	}
	if err := s.HoldSlot(c, "ag-1", "v2", slotB, time.Hour); err != nil {
		t.Fatal(err)
	}
	if n := count("ag-1", ""); n != 2 {
		t.Fatalf("after v2 held a slot: choosing = %d, want 2", n)
	}
}
