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
	// unexpired hold has the slot. A visitor holds one slot per agency:
	// the previous one is released. Holding the same slot again extends it.
	HoldSlot(ctx context.Context, agency, visitor, slotKey string, ttl time.Duration) error
	// ReleaseHold drops the visitor's hold in agency; no hold is not an error.
	ReleaseHold(ctx context.Context, agency, visitor string) error
	// SlotHolders returns, for each slot key of agency, the visitor holding
	// it ("" when no unexpired hold has it) and whether an active booking
	// has it (as TakenSlots), in one round trip.
	SlotHolders(ctx context.Context, agency string, keys []string) (holders []string, taken []bool, err error)
}
