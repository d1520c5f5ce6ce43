package bot

import (
	"context"
	"time"
)

// SessionStore keeps conversation state. Implementations are safe for
// concurrent use and copy the bytes they are given.
type SessionStore interface {
	// LoadSession returns the stored bytes and their version, or
	// ErrNotFound.
	LoadSession(ctx context.Context, key string) (data []byte, version int64, err error)
	// SaveSession writes data if the stored version is still version (0:
	// the key must not exist) and returns the new version; otherwise it
	// returns ErrConflict and writes nothing. ttl > 0 expires the key after
	// that much inactivity.
	SaveSession(ctx context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error)
	// DeleteSession removes the key; deleting a missing key is not an error.
	DeleteSession(ctx context.Context, key string) error
}

// SessionStringLoader is an optional SessionStore method for stores that
// keep each session as an immutable string: the engine reads it in place
// instead of copying it to bytes and back at every turn.
type SessionStringLoader interface {
	// LoadSessionString is LoadSession with the bytes as a string.
	LoadSessionString(ctx context.Context, key string) (data string, version int64, err error)
}

// Claimer records that something happened once (an intake event id, a card
// action). Claim returns true the first time a key is claimed within ttl,
// false afterwards, atomically across replicas.
type Claimer interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// BookingStore keeps appointments, with the guarantees of the booking
// contract on every backend.
type BookingStore interface {
	// Book stores b as the visitor's active booking, in one atomic step:
	// the advisor slot b.SlotKey() is taken (ErrSlotTaken if another
	// booking holds it), the visitor's previous active booking, if any, is
	// set to status "moved" and its slot freed, and events are appended to
	// the outbox. Booking the same reference again is a no-op that returns
	// nil, so a retried turn never books twice. The store keeps copies (or
	// encodings) of b and of the events' bookings: the caller may change
	// them once Book returns.
	Book(ctx context.Context, b *Booking, events []Event) error
	// UpdateBooking replaces a stored booking (same reference) and appends
	// events, atomically. A booking whose status is no longer active frees
	// its slot and stops being the visitor's active booking.
	UpdateBooking(ctx context.Context, b *Booking, events []Event) error
	// GetBooking returns the booking or ErrNotFound.
	GetBooking(ctx context.Context, ref string) (*Booking, error)
	// ActiveBooking returns the visitor's active booking or ErrNotFound.
	ActiveBooking(ctx context.Context, visitor string) (*Booking, error)
	// ListBookings returns every booking, sorted by start time.
	ListBookings(ctx context.Context) ([]*Booking, error)
	// TakenSlots reports, for each slot key, whether an active booking holds it.
	TakenSlots(ctx context.Context, keys []string) ([]bool, error)
}

// Outbox is the durable queue of events for notifiers and of scheduled
// messages (reminders). Delivery is at least once: an event is leased to one
// consumer at a time and stays until acknowledged.
type Outbox interface {
	// Append adds events. Appending an ID that already exists is a no-op.
	Append(ctx context.Context, events ...Event) error
	// ClaimEvents leases up to max events due at now (NotBefore <= now, not dead,
	// not leased by someone else) until now+lease, and returns them with
	// Attempts incremented.
	ClaimEvents(ctx context.Context, consumer string, now time.Time, lease time.Duration, max int) ([]Event, error)
	// Ack removes a delivered event.
	Ack(ctx context.Context, id string) error
	// Retry releases a failed event: due again at next, or dead (kept, never
	// claimed again) when dead is true.
	Retry(ctx context.Context, id string, next time.Time, lastErr string, dead bool) error
	// Events lists pending events (dead ones when dead is true), oldest first.
	Events(ctx context.Context, dead bool) ([]Event, error)
}

// Store is everything the engine needs from a backend.
type Store interface {
	SessionStore
	Claimer
	BookingStore
	HoldStore
	Outbox
	// Ping checks that the backend is reachable (readiness).
	Ping(ctx context.Context) error
	Close() error
}
