package bot

// More event types written to the outbox.
const (
	// EventReminderSent: a reminder reached the visitor (the operator sees
	// it on the card and through its webhook).
	EventReminderSent = "reminder.sent"
	// EventErased: the visitor used their right to erasure; every notifier
	// that received something about them is told to erase it.
	EventErased = "visitor.erased"
	// EventToClose: the appointment's end has passed while the booking was
	// still open; an advisor should close it (or mark the visitor absent).
	EventToClose = "handoff.to_close"
)

// StatusToClose marks a booking whose appointment is over but that nobody
// closed: it no longer stays "booked" forever. It holds no slot.
const StatusToClose = "to_close"

// IdempotencyKey is the key receivers use to drop a repeat: the original
// event's ID, the same for every notifier and every retry.
func (e *Event) IdempotencyKey() string {
	if e.Key != "" {
		return e.Key
	}
	return e.ID
}
