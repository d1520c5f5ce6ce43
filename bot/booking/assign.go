package booking

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// Errors of the staff operations (claim, absent, close, reschedule). They
// are wrapped with the reference; test them with errors.Is.
var (
	ErrNotOpen        = errors.New("handoff no longer open")
	ErrTakenByOther   = errors.New("handoff assigned to another advisor")
	ErrNotStarted     = errors.New("appointment not started yet")
	ErrNotAbsent      = errors.New("visitor not marked absent")
	ErrUndoExpired    = errors.New("too late to undo")
	ErrUnknownOutcome = errors.New("unknown outcome")
	ErrNotOffered     = errors.New("slot not offered")
	ErrNoSlot         = errors.New("no slot to offer")
)

// UndoWindow is how long an absence mark can be withdrawn.
const UndoWindow = 24 * time.Hour

// MaxOffers bounds the slots an advisor offers for a reschedule.
const MaxOffers = 3

// Open reports whether staff can still act on the booking.
func Open(b *bot.Booking) bool {
	switch b.Status {
	case bot.StatusBooked, bot.StatusClaimed, bot.StatusNoShow, bot.StatusUrgent, bot.StatusToClose:
		return true
	}
	return false
}

// change loads a booking, applies fn and stores it with the event of type
// typ (no event when typ is ""). fn returns errNoChange to leave it as is.
func (s *Service) change(ctx context.Context, ref, typ, actor string, fn func(b *bot.Booking, now time.Time) error) (*bot.Booking, error) {
	return s.changeWith(ctx, ref, typ, actor, fn, nil)
}

// changeWith is change with more events derived from the new state, in the
// same atomic update.
func (s *Service) changeWith(ctx context.Context, ref, typ, actor string, fn func(b *bot.Booking, now time.Time) error, more func(b *bot.Booking, now time.Time) []bot.Event) (*bot.Booking, error) {
	b, err := s.store.GetBooking(ctx, ref)
	if err != nil {
		return nil, fmt.Errorf("booking %s: %w", ref, err)
	}
	now := s.now()
	if err := fn(b, now); err != nil {
		if errors.Is(err, errNoChange) {
			return b, nil
		}
		return b, fmt.Errorf("booking %s: %w", ref, err)
	}
	b.Updated = now
	b.Seq++
	var events []bot.Event
	if typ != "" {
		ev := s.event(typ, b, now)
		ev.Actor = actor
		events = append(events, ev)
	}
	if more != nil {
		events = append(events, more(b, now)...)
	}
	if err := s.store.UpdateBooking(ctx, b, events); err != nil {
		return nil, fmt.Errorf("booking %s (%s): %w", ref, typ, err)
	}
	s.front.clear() // a claim, an absence or a move may free a slot
	return b, nil
}

var errNoChange = errors.New("no change")

// Claim assigns the booking to advisorID on behalf of actor (the advisor
// themself, or a manager): the booking's advisor becomes advisorID, with
// ClaimedBy and ClaimedAt, and the slot moves to that advisor's agenda
// (bot.ErrSlotTaken when they already have an appointment then). A booking
// in someone else's agenda is taken over only with takeOver
// (ErrTakenByOther otherwise). previous is the advisor it was assigned to
// before, "" when unchanged; claiming again one's own claimed booking
// changes nothing.
func (s *Service) Claim(ctx context.Context, ref, advisorID, actor string, takeOver bool) (b *bot.Booking, previous string, err error) {
	if s.dir.Advisor(advisorID) == nil {
		return nil, "", fmt.Errorf("booking %s: unknown advisor %q", ref, advisorID)
	}
	b, err = s.change(ctx, ref, bot.EventClaimed, actor, func(b *bot.Booking, now time.Time) error {
		switch {
		case b.Status == bot.StatusNoShow:
			return fmt.Errorf("absent visitor: %w", ErrNotOpen)
		case !Open(b):
			return ErrNotOpen
		case b.AdvisorID == advisorID && b.ClaimedBy != "":
			return errNoChange
		case b.AdvisorID != "" && b.AdvisorID != advisorID && !takeOver:
			return ErrTakenByOther
		}
		if ag := s.dir.Advisor(advisorID); b.AgencyID != "" && ag.AgencyID != b.AgencyID {
			return fmt.Errorf("advisor %s is not of agency %s", advisorID, b.AgencyID)
		}
		if b.AdvisorID != advisorID {
			previous = b.AdvisorID
		}
		b.AdvisorID, b.ClaimedBy, b.ClaimedAt = advisorID, actor, now
		if b.Status == bot.StatusBooked {
			b.Status = bot.StatusClaimed
		}
		return nil
	})
	if err != nil {
		return b, "", err
	}
	return b, previous, nil
}

// MarkAbsent records that the visitor did not come. Only once the
// appointment has started (ErrNotStarted before); the slot stays taken and
// UndoAbsent withdraws the mark within UndoWindow.
func (s *Service) MarkAbsent(ctx context.Context, ref, actor string) (*bot.Booking, error) {
	return s.change(ctx, ref, bot.EventAbsent, actor, func(b *bot.Booking, now time.Time) error {
		switch {
		case b.Status == bot.StatusNoShow:
			return errNoChange
		case b.Status != bot.StatusBooked && b.Status != bot.StatusClaimed && b.Status != bot.StatusToClose:
			return ErrNotOpen
		case b.Start.IsZero() || now.Before(b.Start):
			return ErrNotStarted
		}
		b.Follow.StatusBefore = b.Status
		b.Status = bot.StatusNoShow
		b.Follow.AbsentBy, b.Follow.AbsentAt = actor, now
		return nil
	})
}

// UndoAbsent withdraws an absence mark made less than UndoWindow ago.
func (s *Service) UndoAbsent(ctx context.Context, ref, actor string) (*bot.Booking, error) {
	return s.change(ctx, ref, bot.EventAbsentUndone, actor, func(b *bot.Booking, now time.Time) error {
		switch {
		case b.Status != bot.StatusNoShow:
			return ErrNotAbsent
		case !now.Before(b.Follow.AbsentAt.Add(UndoWindow)):
			return ErrUndoExpired
		}
		b.Status = b.Follow.StatusBefore
		if b.Status == "" {
			b.Status = bot.StatusBooked
		}
		b.Follow.StatusBefore, b.Follow.AbsentBy, b.Follow.AbsentAt = "", "", time.Time{}
		return nil
	})
}

// Close closes the handoff with an outcome of the directory and a private
// note; the relay ends and the slot is freed.
func (s *Service) Close(ctx context.Context, ref, actor, outcome, note string) (*bot.Booking, error) {
	if s.dir.Outcome(outcome) == nil {
		return nil, fmt.Errorf("booking %s: %w %q", ref, ErrUnknownOutcome, outcome)
	}
	return s.change(ctx, ref, bot.EventClosed, actor, func(b *bot.Booking, now time.Time) error {
		if !Open(b) {
			return ErrNotOpen
		}
		b.Status = bot.StatusClosed
		b.Follow.ClosedBy, b.Follow.ClosedAt = actor, now
		b.Follow.Outcome, b.Follow.Note = outcome, strings.TrimSpace(note)
		b.Follow.Offers = nil
		return nil
	})
}

// AdvisorFreeSlots returns up to n free slots of the booking's advisor
// (their own agenda only), earliest first, within the agency's lead time
// and horizon.
func (s *Service) AdvisorFreeSlots(ctx context.Context, b *bot.Booking, n int) ([]agenda.Slot, error) {
	ag, adv := s.dir.Agency(b.AgencyID), s.dir.Advisor(b.AdvisorID)
	if ag == nil || adv == nil {
		return nil, fmt.Errorf("free slots of %s: %w", b.Ref, ErrNoSlot)
	}
	var taken map[string]bool
	for range maxScan {
		cands := agenda.FreeSlots(ag, advisorsOnly(adv), s.now(), n+len(taken), "", func(sl agenda.Slot) bool {
			return taken[sl.Key()] || sl.Start.Equal(b.Start)
		})
		if len(cands) == 0 {
			return nil, nil
		}
		keys := make([]string, len(cands))
		for i, c := range cands {
			keys[i] = c.Key()
		}
		got, err := s.store.TakenSlots(ctx, keys)
		if err != nil {
			return nil, fmt.Errorf("free slots of %s: %w", b.Ref, err)
		}
		var out []agenda.Slot
		for i, c := range cands {
			if got[i] {
				if taken == nil {
					taken = map[string]bool{}
				}
				taken[c.Key()] = true
				continue
			}
			if len(out) < n {
				out = append(out, c)
			}
		}
		if len(out) >= n || len(out) == len(cands) {
			return out, nil
		}
	}
	return nil, fmt.Errorf("free slots of %s: too many taken slots scanned", b.Ref)
}

// OfferSlots records up to MaxOffers slots of the booking's advisor
// offered to the visitor for a reschedule, with the reason. Every start
// must be a free slot of that advisor now (ErrNotOffered otherwise).
func (s *Service) OfferSlots(ctx context.Context, ref, actor string, starts []time.Time, reason string) (*bot.Booking, error) {
	if len(starts) == 0 || len(starts) > MaxOffers {
		return nil, fmt.Errorf("booking %s: %d slots offered (1 to %d): %w", ref, len(starts), MaxOffers, ErrNotOffered)
	}
	b, err := s.store.GetBooking(ctx, ref)
	if err != nil {
		return nil, fmt.Errorf("booking %s: %w", ref, err)
	}
	free, err := s.AdvisorFreeSlots(ctx, b, 200)
	if err != nil {
		return nil, err
	}
	for _, st := range starts {
		if !slices.ContainsFunc(free, func(sl agenda.Slot) bool { return sl.Start.Equal(st) }) {
			return nil, fmt.Errorf("booking %s: %s: %w", ref, st.Format(time.RFC3339), ErrNotOffered)
		}
	}
	return s.change(ctx, ref, "", actor, func(b *bot.Booking, now time.Time) error {
		if b.Status != bot.StatusBooked && b.Status != bot.StatusClaimed && b.Status != bot.StatusNoShow && b.Status != bot.StatusToClose {
			return ErrNotOpen
		}
		b.Follow.Offers = slices.Clone(starts)
		slices.SortFunc(b.Follow.Offers, time.Time.Compare)
		b.Follow.OfferReason, b.Follow.OfferedBy, b.Follow.OfferedAt = strings.TrimSpace(reason), actor, now
		return nil
	})
}

// AcceptOffer moves the booking, in place (same reference, advisor and
// claim), to one of the offered slots, chosen by its visitor (the
// conversation the booking was made from). The old slot
// is freed and the new one taken atomically (bot.ErrSlotTaken when it was
// taken meanwhile); reminders are scheduled for the new time; the event is
// handoff.rescheduled.
func (s *Service) AcceptOffer(ctx context.Context, ref string, from bot.Address, start time.Time) (*bot.Booking, error) {
	return s.changeWith(ctx, ref, bot.EventRescheduled, "visitor", func(b *bot.Booking, now time.Time) error {
		switch {
		case b.Channel != from.Channel || b.Conversation != from.Conversation:
			return fmt.Errorf("not the visitor's booking: %w", bot.ErrNotFound)
		case b.Status != bot.StatusBooked && b.Status != bot.StatusClaimed && b.Status != bot.StatusNoShow && b.Status != bot.StatusToClose:
			return ErrNotOpen
		case !slices.ContainsFunc(b.Follow.Offers, start.Equal):
			return ErrNotOffered
		}
		ag := s.dir.Agency(b.AgencyID)
		if ag == nil {
			return fmt.Errorf("unknown agency %q", b.AgencyID)
		}
		d := b.End.Sub(b.Start)
		if d <= 0 {
			d = time.Duration(ag.SlotMinutes) * time.Minute
		}
		b.Follow.MovedFrom = b.Start
		b.Start, b.End = start, start.Add(d)
		if b.Status == bot.StatusToClose { // a past appointment given a new time is open again
			b.Status = bot.StatusBooked
			if b.ClaimedBy != "" {
				b.Status = bot.StatusClaimed
			}
		}
		if b.Status == bot.StatusNoShow {
			b.Status = b.Follow.StatusBefore
			if b.Status == "" {
				b.Status = bot.StatusBooked
			}
			b.Follow.StatusBefore, b.Follow.AbsentBy, b.Follow.AbsentAt = "", "", time.Time{}
		}
		b.Follow.Offers, b.Follow.OfferReason = nil, ""
		return nil
	}, s.movedReminders)
}

// movedReminders are the reminders of a rescheduled booking: their ids
// carry the sequence, so they are not taken for the (already appended)
// reminders of the old time, which remind() skips as stale.
func (s *Service) movedReminders(b *bot.Booking, now time.Time) []bot.Event {
	var out []bot.Event
	for _, ev := range s.reminderEvents(b, now) {
		ev.ID = fmt.Sprintf("%s:%s:s%d:%s", b.Ref, bot.EventReminder, b.Seq, strings.TrimPrefix(ev.ID, b.Ref+":"+bot.EventReminder+":"))
		out = append(out, ev)
	}
	return out
}

func advisorsOnly(adv *directory.Advisor) []*directory.Advisor { return []*directory.Advisor{adv} }
