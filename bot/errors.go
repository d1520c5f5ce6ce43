package bot

import (
	"errors"
	"fmt"
)

// Sentinel errors of the store contracts, checked with errors.Is.
var (
	// ErrNotFound: the key, booking or event does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict: an optimistic write found another version than expected.
	ErrConflict = errors.New("version conflict")
	// ErrSlotTaken: the advisor slot is already booked by someone else.
	ErrSlotTaken = errors.New("slot already taken")
	// ErrTransient: the operation may succeed if retried later (network,
	// rate limit, store restarting).
	ErrTransient = errors.New("transient failure")
	// ErrUnavailable: the store cannot be reached; the visitor is told to
	// try again in a moment.
	ErrUnavailable = errors.New("store unavailable")
)

// VisitorError carries a polite sentence for the visitor next to the
// internal cause, which is logged and never shown.
type VisitorError struct {
	Message string // French, for the visitor
	Err     error  // internal cause; may be nil
}

func (e *VisitorError) Error() string {
	if e.Err == nil {
		return "visitor error: " + e.Message
	}
	return fmt.Sprintf("visitor error: %v", e.Err)
}

func (e *VisitorError) Unwrap() error { return e.Err }

// Tell wraps err with a message for the visitor.
func Tell(message string, err error) error { return &VisitorError{Message: message, Err: err} }
