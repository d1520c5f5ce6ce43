package booking

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// Reasons a due reminder is acknowledged without being sent.
const (
	SkipNotFound   = "booking not found"
	SkipInactive   = "booking no longer active"
	SkipStarted    = "appointment already started"
	SkipSuperseded = "a closer reminder is due"
	SkipStale      = "reminder of the time before a reschedule"
)

// ReminderOffset is how long before the appointment the reminder event was
// scheduled (from its ID "<ref>:reminder.due:<duration>[#round]"), or 0.
func ReminderOffset(ev bot.Event) time.Duration {
	id, _, _ := strings.Cut(ev.IdempotencyKey(), "#")
	i := strings.LastIndex(id, ":")
	if i < 0 {
		return 0
	}
	d, err := time.ParseDuration(id[i+1:])
	if err != nil {
		return 0
	}
	return d
}

// DueReminder decides, at now, whether the reminder event ev is to be sent:
// it returns the booking, or a reason not to send it (the booking is gone
// or no longer active, the appointment has started, or another reminder
// closer to the appointment is due as well or nearer in time — after a
// downtime, one reminder, not two).
func (s *Service) DueReminder(ctx context.Context, ev bot.Event) (*bot.Booking, string, error) {
	b, err := s.store.GetBooking(ctx, ev.Ref)
	if err != nil {
		if isNotFound(err) {
			return nil, SkipNotFound, nil
		}
		return nil, "", fmt.Errorf("reminder of %s: %w", ev.Ref, err)
	}
	now := s.now()
	switch {
	case !b.Active():
		return b, SkipInactive, nil
	case !now.Before(b.Start):
		return b, SkipStarted, nil
	}
	off := ReminderOffset(ev)
	// A reminder not yet retried still has its original due time: one
	// that does not match the appointment's current time was scheduled
	// before a reschedule (the new time has its own reminders).
	if off > 0 && ev.Attempts <= 1 && !ev.NotBefore.IsZero() && !ev.NotBefore.Equal(b.Start.Add(-off)) {
		return b, SkipStale, nil
	}
	left := b.Start.Sub(now)
	for _, o := range s.reminders {
		// A closer reminder exists for this booking (it was scheduled:
		// its time was after the booking), and the time left is nearer
		// to it than to this one: it is due too, or will be soon.
		if o < off && left < (o+off)/2 && b.Start.Add(-o).After(b.Created) {
			return b, SkipSuperseded, nil
		}
	}
	return b, "", nil
}

// ReminderSent records that the visitor was reminded: a reminder.sent event
// for the operator's notifiers (card context line, webhook), with the
// booking as it is.
func (s *Service) ReminderSent(ctx context.Context, b *bot.Booking, reminder bot.Event) error {
	now := s.now()
	snap := *b
	id, _, _ := strings.Cut(reminder.IdempotencyKey(), "#")
	ev := bot.Event{
		ID:   strings.Replace(id, bot.EventReminder, bot.EventReminderSent, 1),
		Type: bot.EventReminderSent, Ref: b.Ref, Created: now, Booking: &snap,
	}
	if err := s.store.Append(ctx, ev); err != nil {
		return fmt.Errorf("reminder of %s sent, recording it: %w", b.Ref, err)
	}
	return nil
}

// MarkOverdue sets the bookings whose appointment ended more than grace
// ago and that nobody closed to bot.StatusToClose (a handoff.to_close
// event tells the operator). It returns them. A store with an overdue
// index reads only the bookings due, in batches; the others are listed.
func (s *Service) MarkOverdue(ctx context.Context, grace time.Duration) ([]*bot.Booking, error) {
	limit := s.now().Add(-grace)
	ix, ok := s.store.(bot.OverdueIndex)
	if !ok {
		all, err := s.store.ListBookings(ctx)
		if err != nil {
			return nil, fmt.Errorf("overdue bookings: %w", err)
		}
		out, _, err := s.markOverdue(ctx, all, limit, nil)
		return out, err
	}
	var out []*bot.Booking
	for {
		due, err := ix.OpenEndedBefore(ctx, limit, overdueBatch)
		if err != nil {
			return out, fmt.Errorf("overdue bookings: %w", err)
		}
		var n int
		out, n, err = s.markOverdue(ctx, due, limit, out)
		// Fewer than a batch in all: no partition had more. Nothing
		// changed: do not loop on the same batch.
		if err != nil || n == 0 || len(due) < overdueBatch {
			return out, err
		}
	}
}

// overdueBatch bounds the bookings read per round of the overdue job (per
// store partition).
const overdueBatch = 200

// markOverdue sets the bookings of bs that are overdue at limit to
// bot.StatusToClose, appends them to out and counts them.
func (s *Service) markOverdue(ctx context.Context, bs []*bot.Booking, limit time.Time, out []*bot.Booking) ([]*bot.Booking, int, error) {
	n := 0
	for _, b := range bs {
		// Booked or claimed only: an absence or a closing is a decision
		// already taken.
		if !b.InQueue(bot.QueueOpen) || b.End.After(limit) {
			continue
		}
		nb, err := s.SetStatus(ctx, b.Ref, bot.StatusToClose)
		if err != nil {
			return out, n, err
		}
		out = append(out, nb)
		n++
	}
	return out, n, nil
}

func isNotFound(err error) bool { return errors.Is(err, bot.ErrNotFound) }
