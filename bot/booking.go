package bot

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// Booking statuses. StatusBooked, StatusClaimed and StatusNoShow hold a
// slot: a visitor marked absent keeps the slot taken (the mark can be undone).
const (
	StatusBooked    = "booked"    // confirmed by the visitor
	StatusClaimed   = "claimed"   // an advisor took charge
	StatusMoved     = "moved"     // replaced by another booking of the same visitor
	StatusCancelled = "cancelled" // cancelled by the visitor or erased
	StatusNoShow    = "absent"    // the visitor did not come
	StatusClosed    = "closed"    // handled; relay ended
	StatusUrgent    = "urgent"    // a request for a human without a slot
)

// Active reports whether the booking holds its slot.
func (b *Booking) Active() bool {
	return b.Status == StatusBooked || b.Status == StatusClaimed || b.Status == StatusNoShow
}

// Booking is an appointment with a referent advisor and its handoff record
// (fiche de liaison).
type Booking struct {
	Ref          string    `json:"reference"`
	Visitor      string    `json:"visitor"` // pseudonymous visitor id
	Channel      string    `json:"channel"`
	Conversation string    `json:"conversation"`
	OperatorKind string    `json:"operator"`
	OperatorID   string    `json:"operator_id"`
	AgencyID     string    `json:"agency"`
	AdvisorID    string    `json:"advisor"`
	Start        time.Time `json:"start"`
	End          time.Time `json:"end"`
	Modality     string    `json:"modality"`
	Status       string    `json:"status"`
	Contact      string    `json:"contact,omitempty"` // "chat", or a phone number / e-mail
	Created      time.Time `json:"created_at"`
	Updated      time.Time `json:"updated_at"`
	Seq          int       `json:"sequence"` // bumps on each change (iCalendar SEQUENCE)
	Handoff      Handoff   `json:"handoff"`
	ClaimedBy    string    `json:"claimed_by,omitempty"` // who took charge (staff.go)
	ClaimedAt    time.Time `json:"claimed_at,omitzero"`
	Follow       Follow    `json:"follow,omitzero"` // what staff did with it (staff.go)
}

// SlotKey identifies the advisor slot the booking holds.
func (b *Booking) SlotKey() string {
	if b.AdvisorID == "" || b.Start.IsZero() {
		return ""
	}
	return string(AppendSlotKeyOf(make([]byte, 0, len(b.AdvisorID)+15), b.AdvisorID, b.Start))
}

// AppendSlotKey appends SlotKey to dst without building a string (the
// memory store looks the key up and copies it: no allocation).
func (b *Booking) AppendSlotKey(dst []byte) []byte {
	if b.AdvisorID == "" || b.Start.IsZero() {
		return dst
	}
	return AppendSlotKeyOf(dst, b.AdvisorID, b.Start)
}

// AppendSlotKeyOf appends the key of advisor's slot starting at start,
// "advisor@20060102T1504Z" in UTC: the one writer of a slot key, for a
// booking (SlotKey) as for an offered slot (agenda.Slot.Key), so that the
// two always meet. Hand-formatted: keys are built for every candidate slot
// on the dialogue's hot path, and time.Format was a tenth of a turn's CPU.
func AppendSlotKeyOf(dst []byte, advisor string, start time.Time) []byte {
	t := start.UTC()
	y, mo, d := t.Date()
	h, mi, _ := t.Clock()
	dst = append(dst, advisor...)
	dst = append(dst, '@')
	dst = append(dst, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	dst = append(dst, byte('0'+int(mo)/10), byte('0'+int(mo)%10), byte('0'+d/10), byte('0'+d%10), 'T')
	return append(dst, byte('0'+h/10), byte('0'+h%10), byte('0'+mi/10), byte('0'+mi%10), 'Z')
}

// Handoff is what the advisor receives before the appointment.
type Handoff struct {
	Request      string            `json:"request"`             // the visitor's own words
	Facts        map[string]string `json:"facts"`               // analysed fields
	Reasons      []string          `json:"reasons"`             // why this operator
	Alternatives []string          `json:"alternatives"`        // operators the visitor could choose
	ShareHealth  bool              `json:"share_handicap"`      // the visitor agreed to share the disability
	ConsentAt    time.Time         `json:"consent_at,omitzero"` // consent to processing
	ConsentText  string            `json:"consent_version,omitempty"`
	Source       string            `json:"source,omitempty"`   // deep-link payload
	Previous     string            `json:"previous,omitempty"` // reference this booking replaces
	// CalendarUnchecked: the advisor's calendar could not be read when
	// booking; the slot comes from the directory's hours only.
	CalendarUnchecked bool `json:"calendar_unchecked,omitempty"`
	Prepared               // what the visitor asked and saw before booking, who entered it (prepared.go)
}

// Event types written to the outbox.
const (
	EventBooked    = "handoff.booked"
	EventMoved     = "handoff.moved"
	EventCancelled = "handoff.cancelled"
	EventUrgent    = "handoff.urgent"
	EventReminder  = "reminder.due"
	// EventRegistered: a seat taken at a collective information session.
	EventRegistered = "session.registered"
)

// Event is one outbox entry. ID is the idempotency key notifiers use.
type Event struct {
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	Ref       string    `json:"reference"`
	Created   time.Time `json:"created_at"`
	NotBefore time.Time `json:"not_before,omitzero"` // not delivered earlier (reminders)
	Attempts  int       `json:"attempts"`
	LastError string    `json:"last_error,omitempty"`
	Dead      bool      `json:"dead,omitempty"`
	Booking   *Booking  `json:"booking,omitempty"` // snapshot at the time of the event
	Actor     string    `json:"actor,omitempty"`   // who acted, for staff actions (staff.go)
	// Delivery per notifier (bot/dispatch): an event due to several
	// notifiers is split into one entry per notifier, each with its own
	// attempts and retry state. Notifier names the one it goes to, Key is
	// the idempotency key receivers see (the original event's ID), Since
	// starts the current delivery round (the retry horizon counts from it).
	Notifier string    `json:"notifier,omitempty"`
	Key      string    `json:"key,omitempty"`
	Since    time.Time `json:"since,omitzero"`
	Round    int       `json:"round,omitempty"`
}

// MarshalBooking and UnmarshalBooking are the stored form of a booking, shared
// by the backends that hold bytes.
func MarshalBooking(b *Booking) ([]byte, error) {
	bp := jsonBufs.Get().(*[]byte)
	out, ok := appendBookingJSON((*bp)[:0], b)
	if ok {
		data := slices.Clone(out)
		*bp = out
		jsonBufs.Put(bp)
		return data, nil
	}
	jsonBufs.Put(bp)
	data, err := json.Marshal(b)
	if err != nil {
		return nil, fmt.Errorf("encoding booking %s: %w", b.Ref, err)
	}
	return data, nil
}

// jsonBufs lends the buffers bookings are encoded in before their exact
// copy is returned.
var jsonBufs = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// UnmarshalBooking decodes MarshalBooking's output.
func UnmarshalBooking(data []byte) (*Booking, error) {
	b := &Booking{}
	if err := json.Unmarshal(data, b); err != nil {
		return nil, fmt.Errorf("decoding booking: %w", err)
	}
	return b, nil
}

// MarshalEvent and UnmarshalEvent are the stored form of an outbox event.
func MarshalEvent(e *Event) ([]byte, error) {
	bp := jsonBufs.Get().(*[]byte)
	out, ok := appendEventJSON((*bp)[:0], e)
	if ok {
		data := slices.Clone(out)
		*bp = out
		jsonBufs.Put(bp)
		return data, nil
	}
	jsonBufs.Put(bp)
	return marshalEventSlow(e)
}

// AppendEvent appends MarshalEvent's bytes to dst (the memory store encodes
// a booking's events in one buffer, copied out at once).
func AppendEvent(dst []byte, e *Event) ([]byte, error) {
	if out, ok := appendEventJSON(dst, e); ok {
		return out, nil
	}
	data, err := marshalEventSlow(e)
	if err != nil {
		return dst, err
	}
	return append(dst, data...), nil
}

// marshalEventSlow is encoding/json's encoding, of a copy: e itself does
// not escape, so a caller's event can stay on its stack.
func marshalEventSlow(e *Event) ([]byte, error) {
	cp := *e
	data, err := json.Marshal(&cp)
	if err != nil {
		return nil, fmt.Errorf("encoding event %s: %w", cp.ID, err)
	}
	return data, nil
}

// UnmarshalEvent decodes MarshalEvent's output.
func UnmarshalEvent(data []byte) (*Event, error) {
	e := &Event{}
	if err := json.Unmarshal(data, e); err != nil {
		return nil, fmt.Errorf("decoding event: %w", err)
	}
	return e, nil
}

// SortBookings orders bookings by start time, then reference, so listings are
// stable whatever the backend.
func SortBookings(bs []*Booking) {
	slices.SortFunc(bs, func(a, b *Booking) int {
		if c := a.Start.Compare(b.Start); c != 0 {
			return c
		}
		return strings.Compare(a.Ref, b.Ref)
	})
}
