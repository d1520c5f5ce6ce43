package bot

import (
	"context"
	"time"
)

// HoldStore keeps slots held for a visitor while they finish booking (the
// contact question, the confirmation): a held slot is not offered to others,
// and the booking service books a slot only for the visitor holding it.
// Holds are scoped by agency (on Redis, one Cluster hash slot per agency,
// with the agency's bookings) and expire on their own.
type HoldStore interface {
	// HoldSlot holds slotKey of agency for visitor until ttl from now,
	// atomically: it returns ErrSlotTaken (wrapped) when another visitor's
	// unexpired hold has the slot, or an active booking (on Redis Cluster,
	// where bookings and holds are on different nodes, the booking is
	// found when booking instead). A visitor holds one slot per agency: the
	// previous one is released. Holding the same slot again extends it.
	HoldSlot(ctx context.Context, agency, visitor, slotKey string, ttl time.Duration) error
	// ReleaseHold drops the visitor's hold in agency; no hold is not an error.
	ReleaseHold(ctx context.Context, agency, visitor string) error
	// SlotHolders returns, for each slot key of agency, the visitor holding
	// it and whether an active booking has it (as TakenSlots), and how many
	// visitors are choosing a slot in the agency, in one round trip.
	// choosing, when not "", is recorded as one of them for ChoosingTTL,
	// or until they hold a slot (across replicas: offers are spread when a
	// crowd is choosing).
	SlotHolders(ctx context.Context, agency, choosing string, keys []string) (SlotState, error)
}

// ChoosingTTL is how long a visitor offered slots counts as choosing.
const ChoosingTTL = 2 * time.Minute

// SlotState is SlotHolders' answer.
type SlotState struct {
	Holders  []string // per key: the visitor holding it, "" for none
	Taken    []bool   // per key: an active booking has it
	Choosing int      // visitors choosing in the agency, the caller included
}
