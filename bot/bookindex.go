package bot

import (
	"context"
	"time"
)

// AnonymousVisitor replaces the visitor id of an anonymised booking.
const AnonymousVisitor = "anonyme"

// The interfaces below are optional: a BookingStore that keeps indexes
// implements them, and callers use them instead of ListBookings, which reads
// every booking (fine in memory or a file, a full scan on a shared server).

// VisitorIndex lists a visitor's bookings without reading the others.
type VisitorIndex interface {
	// VisitorBookings returns the bookings of visitor, session
	// registrations ("visitor|occurrence") included, sorted by start.
	VisitorBookings(ctx context.Context, visitor string) ([]*Booking, error)
}

// RetentionIndex finds the bookings due for anonymisation and archiving
// without reading the others.
type RetentionIndex interface {
	// EndedBefore returns bookings still holding personal data (visitor
	// not AnonymousVisitor) whose end (or creation, without an end) is
	// before t: at most max per call and store partition, so a caller loops
	// until it gets none.
	EndedBefore(ctx context.Context, t time.Time, max int) ([]*Booking, error)
	// PruneArchived deletes anonymised bookings that ended before t, with
	// their slot keys, at most max per call and partition, and returns how
	// many it deleted.
	PruneArchived(ctx context.Context, t time.Time, max int) (int, error)
}

// AgencyIndex lists an agency's bookings by start time (staff lists).
type AgencyIndex interface {
	// AgencyBookings returns the bookings of agency starting in [from, to),
	// sorted by start.
	AgencyBookings(ctx context.Context, agency string, from, to time.Time) ([]*Booking, error)
	// AgencyTakenSlots is TakenSlots for slots of one agency (one round
	// trip where TakenSlots needs two).
	AgencyTakenSlots(ctx context.Context, agency string, keys []string) ([]bool, error)
}
