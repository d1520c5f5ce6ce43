package memory

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
)

// testSlotKey is the k-th of a set of slot keys mixing the agenda's form
// (indexed exactly), strings in no form (hashed) and strings close to the
// form that must not be taken for it (a 32nd day, a 24th hour): the
// tables' model tests run on all three.
func testSlotKey(k int) string {
	adv := fmt.Sprint("adv", k%7)
	switch k % 5 {
	case 0:
		return fmt.Sprint("s", k)
	case 1:
		return fmt.Sprintf("%s@202612%02dT24%02dZ", adv, 1+k%28, k%60) // no 24th hour
	case 2:
		return fmt.Sprintf("%s@2026%02d32T0900Z", adv, 1+k%12) // no 32nd day
	default:
		return fmt.Sprintf("%s@2026%02d%02dT%02d%02dZ", adv, 1+k%12, 1+k%28, k%24, k%60)
	}
}

// The index key of a slot is its identity: two keys share one only if they
// are the same string, and a slot's key and the slot itself give the same.
func TestSlotIndexKeys(t *testing.T) {
	var advs advisorNumbers
	seen := map[uint64]string{}
	add := func(key string) {
		t.Helper()
		k, exact, ok := slotIndexKey(&advs, key, true)
		if !ok {
			t.Fatalf("%q: no index key", key)
		}
		if other, dup := seen[k]; dup && other != key && exact {
			t.Fatalf("%q and %q share the exact index key %x", key, other, k)
		}
		seen[k] = key
		if _, _, parsed := parseSlotKey(key); parsed != exact {
			t.Fatalf("%q: exact %v, parsed %v", key, exact, parsed)
		}
	}
	for k := range 5000 {
		add(testSlotKey(k))
	}
	// Times a key is never written for, each beside the key of the time
	// it would normalise to.
	for _, pair := range [][2]string{
		{"adv1@20260132T0900Z", "adv1@20260201T0900Z"},
		{"adv1@20260229T0900Z", "adv1@20260301T0900Z"}, // 2026 is not a leap year
		{"adv1@20261201T2400Z", "adv1@20261202T0000Z"},
		{"adv1@20261201T0960Z", "adv1@20261201T1000Z"},
		{"adv1@20261200T0900Z", "adv1@20261130T0900Z"},
		{"adv1@20261301T0900Z", "adv1@20270101T0900Z"},
	} {
		add(pair[1])
		add(pair[0])
		k0, exact0, _ := slotIndexKey(&advs, pair[0], false)
		k1, exact1, _ := slotIndexKey(&advs, pair[1], false)
		if k0 == k1 || exact0 || !exact1 {
			t.Errorf("%q and %q: index keys %x and %x (exact: %v, %v)", pair[0], pair[1], k0, k1, exact0, exact1)
		}
	}
	// Every minute of a few days around changes of month, year and DST,
	// for a few advisors: the slot's key gives the slot's index key.
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		start := time.Date(1960+rng.IntN(100), time.Month(1+rng.IntN(12)), 1+rng.IntN(31), rng.IntN(24), rng.IntN(60), rng.IntN(60), 0, paris)
		sl := agenda.Slot{AdvisorID: fmt.Sprint("adv", rng.IntN(9)), Start: start}
		key := sl.Key()
		add(key)
		k, exact, _ := slotIndexKey(&advs, key, false)
		minute, ok := minuteOf(sl.Start)
		if !exact || !ok || k != exactKey(advs.m[sl.AdvisorID], minute) {
			t.Fatalf("%v: key %q gives %x (exact %v), the slot %x", start, key, k, exact, exactKey(advs.m[sl.AdvisorID], minute))
		}
	}
	for _, c := range []struct {
		t    time.Time
		want uint64
	}{
		{time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), 0},
		{time.Date(0, 1, 1, 0, 1, 59, 0, time.UTC), 1},
		{time.Date(1969, 12, 31, 23, 59, 30, 0, time.UTC), epochMinute - 1},
		{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), epochMinute},
	} {
		if got, _ := minuteOf(c.t); got != c.want {
			t.Errorf("minuteOf(%v) = %d, want %d", c.t, got, c.want)
		}
	}
	if last, ok := minuteOf(time.Date(9999, 12, 31, 23, 59, 0, 0, time.UTC)); !ok || last >= 1<<minuteBits {
		t.Errorf("the last minute of 9999 is %d (ok %v): past %d bits", last, ok, minuteBits)
	}
	if _, ok := minuteOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
		t.Error("a minute of year 10000 has an index key")
	}
	// An advisor never numbered has nothing held: lookups give no key.
	if _, _, ok := slotIndexKey(&advs, "nobody@20261201T0900Z", false); ok {
		t.Error("a lookup numbered an advisor")
	}
}

// SlotStatesOf, which looks slots up by advisor and minute, answers what
// SlotHolders answers for their keys, over random bookings and holds of
// more advisors than its cache holds, some of them never booked or held.
func TestSlotStatesOfMatchesKeys(t *testing.T) {
	ctx := t.Context()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s := New(func() time.Time { return now })
	rng := rand.New(rand.NewPCG(9, 10))
	slot := func() agenda.Slot {
		start := now.Add(time.Duration(rng.IntN(200)) * 15 * time.Minute)
		return agenda.Slot{AgencyID: "ag", AdvisorID: fmt.Sprint("adv", rng.IntN(14)), Start: start, End: start.Add(15 * time.Minute)}
	}
	for i := range 3000 {
		switch sl := slot(); rng.IntN(3) {
		case 0:
			if sl.AdvisorID == "adv13" {
				continue // never booked
			}
			b := &bot.Booking{Ref: fmt.Sprint("R", i), Visitor: fmt.Sprint("v", rng.IntN(500)), AgencyID: "ag", AdvisorID: sl.AdvisorID,
				Start: sl.Start, End: sl.End, Status: bot.StatusBooked}
			if err := s.Book(ctx, b, nil); err != nil && !errors.Is(err, bot.ErrSlotTaken) {
				t.Fatal(err)
			}
		case 1:
			if sl.AdvisorID == "adv12" {
				continue // never held
			}
			if err := s.HoldSlot(ctx, "ag", fmt.Sprint("v", rng.IntN(500)), sl.Key(), time.Hour); err != nil && !errors.Is(err, bot.ErrSlotTaken) {
				t.Fatal(err)
			}
		default:
			slots := make([]agenda.Slot, 40)
			keys := make([]string, len(slots))
			for k := range slots {
				slots[k] = slot()
				keys[k] = slots[k].Key()
			}
			want, err := s.SlotHolders(ctx, "ag", "", keys)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.SlotStatesOf(ctx, "ag", "", slots)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("step %d: SlotStatesOf = %+v\nSlotHolders = %+v", i, got, want)
			}
		}
	}
}
