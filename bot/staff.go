package bot

import "time"

// Events of staff actions on a handoff (Slack card), written with the new
// state of the booking and the actor.
const (
	EventClaimed      = "handoff.claimed"       // an advisor took charge (or took over)
	EventAbsent       = "handoff.absent"        // the visitor was marked absent
	EventAbsentUndone = "handoff.absent_undone" // the absence mark was withdrawn
	EventClosed       = "handoff.closed"        // closed with an outcome
	EventRescheduled  = "handoff.rescheduled"   // moved to a slot the advisor offered
)

// Follow is what staff did with a handoff. Actors are advisor ids, or
// "slack:<user id>" for managers who are not advisors of the agency.
// Booking.ClaimedBy is such an actor and Booking.AdvisorID the assignee.
type Follow struct {
	AbsentBy     string    `json:"absent_by,omitempty"`
	AbsentAt     time.Time `json:"absent_at,omitzero"`
	StatusBefore string    `json:"status_before_absent,omitempty"` // restored by an undo
	ClosedBy     string    `json:"closed_by,omitempty"`
	ClosedAt     time.Time `json:"closed_at,omitzero"`
	Outcome      string    `json:"outcome,omitempty"` // directory outcome id
	Note         string    `json:"note,omitempty"`    // private to staff; erased with the personal data
	// Slots the advisor offered for a reschedule, the reason given, by whom.
	Offers      []time.Time `json:"offers,omitempty"`
	OfferReason string      `json:"offer_reason,omitempty"`
	OfferedBy   string      `json:"offered_by,omitempty"`
	OfferedAt   time.Time   `json:"offered_at,omitzero"`
	// MovedFrom is the start before the last reschedule.
	MovedFrom time.Time `json:"moved_from,omitzero"`
	// EnteredBy is the staff member (Slack user id) who booked it for a
	// caller, from a Slack DM.
	EnteredBy string `json:"entered_by,omitempty"`
	// Linked is, for an urgent contact request, the visitor's appointment
	// at the time.
	Linked string `json:"linked,omitempty"`
}

// StaffActor names a Slack user who is not an advisor (a manager).
func StaffActor(slackUser string) string { return "slack:" + slackUser }
