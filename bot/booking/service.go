// Package booking is the appointment and handoff service: it finds free
// slots in the directory's agendas, books them atomically through the store,
// writes the handoff events and reminders to the outbox in the same step, and
// renders calendar files.
package booking

import (
	"context"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/ics"
)

// Store is what the service needs from a backend.
type Store interface {
	bot.BookingStore
	bot.HoldStore
	bot.Outbox
}

// Service books appointments. It is safe for concurrent use.
type Service struct {
	store     Store
	dir       *directory.Live // replaced on reload (WithLiveDirectory)
	now       func() time.Time
	reminders []time.Duration
	// reminderIDs[i] ends the ID of reminders[i]'s event (made by New:
	// Duration.String allocated for every booking)
	reminderIDs []string
	hold        time.Duration // how long a chosen slot is held (offers.go)
	busy        BusyTimes     // advisors' calendars, optional
	crowd       crowd         // visitors choosing, per agency
	front       frontiers     // booked-up mornings, per agency (offers.go)
	calText     CalendarText
}

// Option configures a Service.
type Option func(*Service)

// WithClock sets the clock (default time.Now).
func WithClock(now func() time.Time) Option { return func(s *Service) { s.now = now } }

// WithReminders sets how long before an appointment reminders are due
// (default: 24 h before; add 2*time.Hour for a second one).
func WithReminders(d ...time.Duration) Option { return func(s *Service) { s.reminders = d } }

// New returns a service over store and dir.
func New(store Store, dir *directory.Directory, opts ...Option) *Service {
	s := &Service{store: store, dir: directory.NewLive(dir), now: time.Now, reminders: []time.Duration{24 * time.Hour}, hold: DefaultHold}
	for _, o := range opts {
		o(s)
	}
	for _, d := range s.reminders {
		s.reminderIDs = append(s.reminderIDs, reminderID(d))
	}
	return s
}

// reminderID ends the ID of the reminder event due before the appointment.
func reminderID(before time.Duration) string { return ":" + bot.EventReminder + ":" + before.String() }

// Directory returns the directory the service books in.
func (s *Service) Directory() *directory.Directory { return s.dir.Load() }

// maxScan bounds the rounds of "generate candidates, ask the store which are
// taken": each round costs one store round trip.
const maxScan = 6

// takenIn is TakenSlots for slots of one agency, through the store's agency
// index when it has one (one round trip on Redis instead of two).
func (s *Service) takenIn(ctx context.Context, agencyID string, keys []string) ([]bool, error) {
	if ix, ok := s.store.(bot.AgencyIndex); ok {
		return ix.AgencyTakenSlots(ctx, agencyID, keys)
	}
	return s.store.TakenSlots(ctx, keys)
}

// Request is what the visitor confirmed.
type Request struct {
	Ref          string // from Reference; the same request retried books once
	Visitor      string
	Channel      string
	Conversation string
	OperatorKind string
	Slot         agenda.Slot
	Modality     string
	Contact      string
	Handoff      bot.Handoff
	// Previous is the visitor's active booking when the caller knows it
	// (the dialogue keeps it in the session): with PreviousKnown, Book
	// does not look it up — one store round trip less.
	Previous      string
	PreviousKnown bool
	// KeepAdvisor: the visitor asked for this advisor. Otherwise, when the
	// slot is taken, another advisor free at the same time is booked.
	KeepAdvisor bool
	// HeldAt is when the caller held Slot for Visitor (Service.Hold at the
	// slot choice). A hold with more than a minute left is not taken again:
	// the booking turn costs one store round trip less.
	HeldAt time.Time
}

// Reference derives a booking reference from stable inputs, so a turn that is
// retried after a conflict books the same reference (a no-op) instead of a
// second appointment. Crockford-like base32 without ambiguous letters.
//
// The parts are joined in a stack buffer and the encoding made once: the
// reference is the one allocation.
func Reference(parts ...string) string {
	var buf [256]byte
	in := buf[:0]
	for i, p := range parts {
		if i > 0 {
			in = append(in, 0)
		}
		in = append(in, p...)
	}
	h := sha256.Sum256(in)
	var out [len("CEP-") + 8]byte // 5 bytes: 8 characters, no padding
	copy(out[:], "CEP-")
	refEncoding.Encode(out[len("CEP-"):], h[:5])
	return string(out[:])
}

var refEncoding = base32.NewEncoding("ABCDEFGHJKLMNPQRSTUVWXYZ23456789").WithPadding(base32.NoPadding)

// Book books the slot. It returns bot.ErrSlotTaken (wrapped) when someone
// else took it first; the visitor's previous active booking, if any, is moved.
func (s *Service) Book(ctx context.Context, r Request) (*bot.Booking, error) {
	ag := s.dir.Agency(r.Slot.AgencyID)
	if ag == nil {
		return nil, fmt.Errorf("booking: unknown agency %q", r.Slot.AgencyID)
	}
	now := s.now()
	b := &bot.Booking{
		Ref: r.Ref, Visitor: r.Visitor, Channel: r.Channel, Conversation: r.Conversation,
		OperatorKind: r.OperatorKind, OperatorID: ag.OperatorID, AgencyID: ag.ID, AdvisorID: r.Slot.AdvisorID,
		Start: r.Slot.Start, End: r.Slot.End, Modality: r.Modality, Status: bot.StatusBooked,
		Contact: r.Contact, Created: now, Updated: now, Handoff: r.Handoff,
	}
	typ := bot.EventBooked
	prevRef := r.Previous
	if !r.PreviousKnown {
		prev, err := s.store.ActiveBooking(ctx, r.Visitor)
		switch {
		case err == nil:
			prevRef = prev.Ref
		case !errors.Is(err, bot.ErrNotFound):
			return nil, fmt.Errorf("booking %s: %w", r.Ref, err)
		}
	}
	if prevRef != "" && prevRef != r.Ref {
		typ = bot.EventMoved
		b.Handoff.Previous = prevRef
	}
	// The slot is held for the visitor first (extending their hold, or
	// taking another advisor at the same time): a booking is only written
	// by the visitor holding its slot, so a held slot cannot be lost.
	var tried []string
	fresh := !r.HeldAt.IsZero() && now.Sub(r.HeldAt) < s.hold-time.Minute
	for {
		sl := r.Slot
		if !fresh || len(tried) > 0 {
			var err error
			sl, err = s.holdExcept(ctx, r.Visitor, r.Slot, !r.KeepAdvisor, tried)
			if (err != nil && errors.Is(err, bot.ErrSlotTaken)) || sl.AdvisorID != r.Slot.AdvisorID {
				// A retried turn finds its own booking on the slot: the
				// same request booked once.
				if done, gerr := s.store.GetBooking(ctx, r.Ref); gerr == nil && done.Visitor == r.Visitor {
					if err == nil { // the other advisor's slot just held is not needed
						if rerr := s.store.ReleaseHold(ctx, sl.AgencyID, r.Visitor); rerr != nil {
							return nil, fmt.Errorf("booking %s: %w", r.Ref, rerr)
						}
					}
					return done, nil
				}
			}
			if err != nil {
				return nil, fmt.Errorf("booking %s: %w", r.Ref, err)
			}
		}
		b.AdvisorID = sl.AdvisorID
		b.Handoff.CalendarUnchecked = s.Unchecked(ag.ID, sl.AdvisorID)
		// The event carries b itself, not a snapshot: the store copies
		// or encodes it before Book returns (bot.BookingStore), and b
		// does not change in between.
		events := s.appendReminders(append(make([]bot.Event, 0, 1+len(s.reminders)), s.eventOf(typ, b, now)), b, now)
		err := s.store.Book(ctx, b, events)
		if err == nil {
			if typ == bot.EventMoved {
				s.front.clear() // the previous slot is free
			}
			break
		}
		if !errors.Is(err, bot.ErrSlotTaken) || r.KeepAdvisor {
			return s.readBack(ctx, b, fmt.Errorf("booking slot %s: %w", sl.Key(), err))
		}
		tried = append(tried, sl.AdvisorID) // booked without a hold: the next advisor
	}
	// b is what was stored, or, for a retried turn, the same request: not
	// read back (one Redis round trip less on the booking turn).
	return b, nil
}

func (s *Service) event(typ string, b *bot.Booking, now time.Time) bot.Event {
	snap := *b
	return s.eventOf(typ, &snap, now)
}

// eventOf is event with b as the event's booking, for a caller that hands
// b to the store at once and does not change it before.
func (s *Service) eventOf(typ string, b *bot.Booking, now time.Time) bot.Event {
	return bot.Event{ID: b.Ref + ":" + typ + ":" + strconv.Itoa(b.Seq), Type: typ, Ref: b.Ref, Created: now, Booking: b}
}

func (s *Service) reminderEvents(b *bot.Booking, now time.Time) []bot.Event {
	return s.appendReminders(nil, b, now)
}

// appendReminders appends the booking's reminder events to out.
func (s *Service) appendReminders(out []bot.Event, b *bot.Booking, now time.Time) []bot.Event {
	for i, before := range s.reminders {
		at := b.Start.Add(-before)
		if !at.After(now) {
			continue
		}
		suffix := ""
		if len(s.reminderIDs) == len(s.reminders) {
			suffix = s.reminderIDs[i]
		} else {
			suffix = reminderID(before) // a Service not made by New
		}
		out = append(out, bot.Event{
			ID: b.Ref + suffix, Type: bot.EventReminder,
			Ref: b.Ref, Created: now, NotBefore: at,
		})
	}
	return out
}

// Active returns the visitor's active booking, or bot.ErrNotFound.
func (s *Service) Active(ctx context.Context, visitor string) (*bot.Booking, error) {
	return s.store.ActiveBooking(ctx, visitor)
}

// Get returns a booking by reference.
func (s *Service) Get(ctx context.Context, ref string) (*bot.Booking, error) {
	return s.store.GetBooking(ctx, ref)
}

// SetStatus changes a booking's status (cancel, claim, no-show, close) and
// writes the matching event. Cancelling frees the slot.
func (s *Service) SetStatus(ctx context.Context, ref, status string) (*bot.Booking, error) {
	b, err := s.store.GetBooking(ctx, ref)
	if err != nil {
		return nil, fmt.Errorf("booking %s: %w", ref, err)
	}
	if b.Status == status {
		return b, nil
	}
	now := s.now()
	b.Status, b.Updated = status, now
	b.Seq++
	typ := "handoff." + status
	if status == bot.StatusCancelled {
		typ = bot.EventCancelled
	}
	if err := s.store.UpdateBooking(ctx, b, []bot.Event{s.event(typ, b, now)}); err != nil {
		return nil, fmt.Errorf("booking %s to %s: %w", ref, status, err)
	}
	s.front.clear()
	if status == bot.StatusCancelled && b.AgencyID != "" && b.Visitor != "" {
		// The slot is free for others at once, not when the hold expires.
		if err := s.store.ReleaseHold(ctx, b.AgencyID, b.Visitor); err != nil {
			return nil, fmt.Errorf("booking %s cancelled: %w", ref, err)
		}
	}
	return b, nil
}

// Urgent records a request for a human without a slot (/conseiller) and
// sends it to the operator as a handoff.urgent event. It is stored as a
// booking with status urgent (so that staff can claim, close and list it)
// under the visitor id "<visitor>|urgent", which keeps the visitor's
// appointment their active booking; Follow.Linked names that appointment,
// whose agency it takes when the request has none.
func (s *Service) Urgent(ctx context.Context, r Request) (*bot.Booking, error) {
	now := s.now()
	b := &bot.Booking{
		Ref: r.Ref, Visitor: r.Visitor + UrgentSuffix, Channel: r.Channel, Conversation: r.Conversation,
		OperatorKind: r.OperatorKind, AgencyID: r.Slot.AgencyID, Status: bot.StatusUrgent,
		Contact: r.Contact, Created: now, Updated: now, Handoff: r.Handoff,
	}
	switch cur, err := s.store.ActiveBooking(ctx, r.Visitor); {
	case err == nil:
		b.Follow.Linked = cur.Ref
		if b.AgencyID == "" || cur.OperatorKind == r.OperatorKind {
			b.AgencyID, b.OperatorKind = cur.AgencyID, cur.OperatorKind
		}
	case !errors.Is(err, bot.ErrNotFound):
		return nil, fmt.Errorf("urgent handoff %s: %w", r.Ref, err)
	}
	if ag := s.dir.Agency(b.AgencyID); ag != nil {
		b.OperatorID = ag.OperatorID
	}
	if err := s.store.Book(ctx, b, []bot.Event{s.event(bot.EventUrgent, b, now)}); err != nil {
		return nil, fmt.Errorf("urgent handoff %s: %w", r.Ref, err)
	}
	return b, nil
}

// UrgentSuffix marks the visitor id of an urgent contact request.
const UrgentSuffix = "|urgent"

// VisitorOf returns the pseudonymous visitor of a stored booking, without
// the suffix of a session seat or a contact request.
func VisitorOf(b *bot.Booking) string {
	v, _, _ := strings.Cut(b.Visitor, "|")
	return v
}

// Calendar renders the booking as an .ics file (a cancellation when the
// booking is cancelled). Its texts are put together in a recycled buffer
// and handed to ics.Render as views of it (Render copies what it writes):
// a dozen strings fewer per file.
func (s *Service) Calendar(b *bot.Booking) []byte {
	ag := s.dir.Agency(b.AgencyID)
	w := s.calText
	c := calBuffers.Get().(*calBuf)
	defer c.put()
	ev := ics.Event{
		Sequence: b.Seq, Start: b.Start, End: b.End, Stamp: b.Updated,
		Cancelled: b.Status == bot.StatusCancelled || b.Status == bot.StatusMoved,
	}
	uid := c.add(b.Ref, "@cepbot")
	summary := c.add(w.ICSSummary)
	var location span
	if op := s.dir.Operator(b.OperatorID); op != nil {
		// The agency's name is the operator as people say it (« Mission
		// locale de Rouen et environs », not the network « Missions
		// locales »).
		name := op.Name
		if ag != nil && ag.Name != "" {
			name = ag.Name
		}
		summary = c.format(w.ICSSummaryOperator, w.ICSSummary, name)
		ev.Organizer = op.Name
	}
	if ag != nil {
		ev.TimeZone = agenda.Location(ag).String()
		switch directory.Modality(b.Modality) {
		case directory.OnSite:
			location = c.add(ag.Name, ", ", ag.Address)
		case directory.Phone:
			location = c.add(w.ICSPhoneLocation)
			if n := readablePhone(b.Contact); n != "" && w.ICSPhoneNumber != "" {
				c.desc = append(c.desc, c.format(w.ICSPhoneNumber, n))
			} else {
				c.desc = append(c.desc, c.add(w.ICSPhoneNote))
			}
		case directory.Video:
			location = c.add(w.ICSVideoLocation)
			if ct := b.Contact; ct != "" && ct != "chat" && w.ICSVideoContact != "" {
				if n := readablePhone(ct); n != "" {
					ct = n
				}
				c.desc = append(c.desc, c.format(w.ICSVideoContact, ct))
			} else {
				c.desc = append(c.desc, c.add(w.ICSVideoNote))
			}
		}
	}
	if adv := s.dir.Advisor(b.AdvisorID); adv != nil {
		c.desc = append(c.desc, c.format(w.ICSAdvisor, adv.Name))
	}
	if IsSessionSeat(b) {
		id, _, _ := strings.Cut(strings.TrimPrefix(b.AdvisorID, "session:"), "#")
		if occ, ok := s.Occurrence(id); ok {
			summary = c.format(w.ICSSessionSummary, occ.Session.Title)
			c.desc = c.desc[:0]
			if occ.Session.Visio != "" {
				location = c.format(w.ICSSessionVideo, occ.Session.Visio)
				c.desc = append(c.desc, c.format(w.ICSSessionLink, occ.Session.Visio))
			}
		}
	}
	c.desc = append(c.desc, c.format(w.ICSReference, b.Ref), c.add(w.ICSHowToChange))
	// The non-empty parts, one per line.
	from := len(c.b)
	for _, d := range c.desc {
		if d.from == d.to {
			continue
		}
		if len(c.b) > from {
			c.b = append(c.b, '\n')
		}
		c.b = append(c.b, c.b[d.from:d.to]...)
	}
	description := span{from, len(c.b)}
	// The buffer is complete: its views are taken now (an append may have
	// moved it).
	ev.UID, ev.Summary, ev.Location, ev.Description = c.str(uid), c.str(summary), c.str(location), c.str(description)
	return ics.Render(ev)
}

// calBuf is the scratch of one calendar file, recycled: the texts, one
// after the other, and the description's parts.
type calBuf struct {
	b    []byte
	desc []span
}

// span is the text at b[from:to] of a calBuf.
type span struct{ from, to int }

var calBuffers = sync.Pool{New: func() any { return &calBuf{b: make([]byte, 0, 512)} }}

func (c *calBuf) put() {
	if cap(c.b) > 8<<10 {
		return // a very long text: left to the collector
	}
	c.b, c.desc = c.b[:0], c.desc[:0]
	calBuffers.Put(c)
}

// add appends the concatenation of parts.
func (c *calBuf) add(parts ...string) span {
	from := len(c.b)
	for _, p := range parts {
		c.b = append(c.b, p...)
	}
	return span{from, len(c.b)}
}

// format appends format(f, args...) (see calendartext.go).
func (c *calBuf) format(f string, args ...string) span {
	from := len(c.b)
	c.b = appendFormat(c.b, f, args...)
	return span{from, len(c.b)}
}

// str is the text of sp, a view of the buffer: valid until put.
func (c *calBuf) str(sp span) string {
	if sp.from == sp.to {
		return ""
	}
	return unsafe.String(&c.b[sp.from], sp.to-sp.from)
}
