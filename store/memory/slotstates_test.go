package memory

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
)

// SlotStatesOf answers what SlotHolders answers for the slots' keys.
func TestSlotStatesOfIsSlotHolders(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s := New(func() time.Time { return now })
	var slots []agenda.Slot
	for i := range 12 {
		start := now.Add(time.Duration(i) * 45 * time.Minute)
		slots = append(slots, agenda.Slot{AgencyID: "ag", AdvisorID: fmt.Sprint("adv", i%3), Start: start, End: start.Add(45 * time.Minute)})
	}
	// Booked, held by others, held by the caller, free.
	for _, i := range []int{1, 4} {
		b := &bot.Booking{Ref: fmt.Sprint("R", i), Visitor: fmt.Sprint("v", i), AgencyID: "ag", AdvisorID: slots[i].AdvisorID,
			Start: slots[i].Start, End: slots[i].End, Status: bot.StatusBooked}
		if err := s.Book(ctx, b, nil); err != nil {
			t.Fatal(err)
		}
	}
	for i, v := range map[int]string{2: "other", 7: "me", 9: "other2"} {
		if err := s.HoldSlot(ctx, "ag", v, slots[i].Key(), time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	keys := make([]string, len(slots))
	for i, sl := range slots {
		keys[i] = sl.Key()
	}
	want, err := s.SlotHolders(ctx, "ag", "me", keys)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.SlotStatesOf(ctx, "ag", "me", slots)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SlotStatesOf = %+v\nSlotHolders = %+v", got, want)
	}
	if !got.Taken[1] || got.Holders[2] != "other" || got.Holders[7] != "me" || got.Taken[0] || got.Holders[0] != "" {
		t.Errorf("states %+v", got)
	}
}
