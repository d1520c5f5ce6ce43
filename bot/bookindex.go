package bot

import (
	"context"
	"slices"
	"strings"
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

// AdvisorIndex lists an advisor's bookings by start time (an advisor's own
// lists) without reading the agency's others. Session seats are in none.
type AdvisorIndex interface {
	// AdvisorBookings returns the bookings of advisor in agency starting
	// in [from, to) (a zero from or to leaves that side open), sorted by
	// start.
	AdvisorBookings(ctx context.Context, agency, advisor string, from, to time.Time) ([]*Booking, error)
}

// VisitorOutbox lists the outbox events about a visitor without reading the
// others (the erasure's redaction).
type VisitorOutbox interface {
	// VisitorEvents returns the pending and the dead events whose booking
	// is the visitor's (session registrations "visitor|occurrence"
	// included), oldest first.
	VisitorEvents(ctx context.Context, visitor string) (pending, dead []Event, err error)
}

// Staff queues: the bookings waiting for someone, per agency. A store with a
// QueueIndex keeps each queue as an index maintained by the same atomic
// step that writes the booking; InQueue is the definition every backend and
// every fallback over ListBookings share.
const (
	// QueueOpen: booked or claimed appointments (session seats excluded),
	// by end: the overdue job closes those whose end has passed.
	QueueOpen = "open"
	// QueueToClose: appointments over that nobody closed (StatusToClose),
	// by end.
	QueueToClose = "to_close"
	// QueueUrgent: contact requests without a slot (StatusUrgent), by
	// creation.
	QueueUrgent = "urgent"
	// QueueUnassigned: booked appointments nobody claimed (session seats
	// included, as staff lists show them), by end.
	QueueUnassigned = "unassigned"
)

// Queues lists the staff queues.
var Queues = [...]string{QueueOpen, QueueToClose, QueueUrgent, QueueUnassigned}

// SessionSeat tells a session registration (its "advisor" is a seat,
// "session:<occurrence>#<n>") from an appointment.
func (b *Booking) SessionSeat() bool { return strings.HasPrefix(b.AdvisorID, "session:") }

// InQueue reports whether b is in the staff queue q.
func (b *Booking) InQueue(q string) bool {
	switch q {
	case QueueOpen:
		return (b.Status == StatusBooked || b.Status == StatusClaimed) && !b.End.IsZero() && !b.SessionSeat()
	case QueueToClose:
		return b.Status == StatusToClose
	case QueueUrgent:
		return b.Status == StatusUrgent
	case QueueUnassigned:
		return b.Status == StatusBooked && b.ClaimedBy == ""
	}
	return false
}

// QueueTime is the time a queue orders b by: its creation in QueueUrgent,
// else its end (its creation when it has none).
func (b *Booking) QueueTime(q string) time.Time {
	if q == QueueUrgent || b.End.IsZero() {
		return b.Created
	}
	return b.End
}

// QueueIndex lists an agency's bookings in a staff queue without reading
// the others.
type QueueIndex interface {
	// Queue returns the bookings of agency in queue q whose QueueTime is
	// in [from, to) (a zero from or to leaves that side open), sorted by
	// QueueTime then reference.
	Queue(ctx context.Context, agency, q string, from, to time.Time) ([]*Booking, error)
}

// OverdueIndex finds open appointments that ended (the overdue job) without
// reading the others.
type OverdueIndex interface {
	// OpenEndedBefore returns bookings in QueueOpen whose end is not after
	// t, earliest end first: at most max per call and store partition, so
	// a caller loops until it gets none it can change.
	OpenEndedBefore(ctx context.Context, t time.Time, max int) ([]*Booking, error)
}

// InWindow reports whether QueueTime(q) of b is in [from, to) (zero: open).
func InWindow(b *Booking, q string, from, to time.Time) bool {
	t := b.QueueTime(q)
	return (from.IsZero() || !t.Before(from)) && (to.IsZero() || t.Before(to))
}

// SortQueue orders bookings by QueueTime(q), then reference.
func SortQueue(bs []*Booking, q string) {
	slices.SortFunc(bs, func(a, b *Booking) int {
		if c := a.QueueTime(q).Compare(b.QueueTime(q)); c != 0 {
			return c
		}
		return strings.Compare(a.Ref, b.Ref)
	})
}
