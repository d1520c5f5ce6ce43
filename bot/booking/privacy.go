package booking

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// VisitorBookings returns every booking of a visitor (for /mesdonnees).
// A store with a visitor index reads only the visitor's bookings.
func (s *Service) VisitorBookings(ctx context.Context, visitor string) ([]*bot.Booking, error) {
	if ix, ok := s.store.(bot.VisitorIndex); ok {
		bs, err := ix.VisitorBookings(ctx, visitor)
		if err != nil {
			return nil, fmt.Errorf("listing bookings of a visitor: %w", err)
		}
		return bs, nil
	}
	all, err := s.store.ListBookings(ctx)
	if err != nil {
		return nil, fmt.Errorf("listing bookings of a visitor: %w", err)
	}
	var out []*bot.Booking
	for _, b := range all {
		// Session registrations are kept under "visitor|occurrence".
		if b.Visitor == visitor || strings.HasPrefix(b.Visitor, visitor+"|") {
			out = append(out, b)
		}
	}
	return out, nil
}

// Erase applies a visitor's right to erasure: future bookings are cancelled
// (the operator is notified through the outbox), and the personal data of
// every booking of the visitor is removed. What remains — operator, agency,
// slot, status — is kept for statistics and holds nothing about the person.
//
// The events written carry no personal data either: the cancellation is
// sent redacted (no contact, request or facts), and a visitor.erased event
// per booking tells every notifier of its operator to erase what it
// received (it carries the references and the pseudonymous visitor id,
// nothing else). Pending and dead outbox events about the visitor are
// redacted in place (RedactOutbox).
func (s *Service) Erase(ctx context.Context, visitor string) (int, error) {
	bs, err := s.VisitorBookings(ctx, visitor)
	if err != nil {
		return 0, err
	}
	// Redacted first, so that what was waiting is delivered (redacted)
	// before the cancellation and the erasure notice.
	refs := map[string]bool{}
	for _, b := range bs {
		refs[b.Ref] = true
	}
	if _, err := s.RedactOutbox(ctx, visitor, refs); err != nil {
		return 0, err
	}
	now := s.now()
	for _, b := range bs {
		pseudo := VisitorOf(b)
		var events []bot.Event
		if b.Active() && b.AgencyID != "" && !IsSessionSeat(b) {
			// The slot is free for others at once, not when the hold expires.
			if err := s.store.ReleaseHold(ctx, b.AgencyID, visitor); err != nil {
				return 0, fmt.Errorf("erasing booking %s: %w", b.Ref, err)
			}
		}
		wasActive := b.Active()
		if wasActive {
			b.Status = bot.StatusCancelled
			b.Seq++
		}
		b.Updated = now
		redact(b)
		if wasActive {
			events = append(events, s.event(bot.EventCancelled, b, now))
		}
		erased := s.event(bot.EventErased, b, now)
		erased.Booking.Visitor = pseudo // the receiver's key to what it holds
		events = append(events, erased)
		// The cancellation above names the pseudonymous visitor too, so
		// that the receiver can match it; the stored booking does not.
		for i := range events {
			events[i].Booking.Visitor = pseudo
		}
		anonymise(b)
		if err := s.store.UpdateBooking(ctx, b, events); err != nil {
			return 0, fmt.Errorf("erasing booking %s: %w", b.Ref, err)
		}
	}
	s.front.clear()
	return len(bs), nil
}

// RedactOutbox rewrites the outbox events about a visitor (or about one of
// refs) that still carry personal data, pending or dead, without it: each
// is appended again under "<id>~r" with the same idempotency key and
// attempts, due at once (reminders keep their time), then the original
// removed. It returns how many it
// redacted.
func (s *Service) RedactOutbox(ctx context.Context, visitor string, refs map[string]bool) (int, error) {
	n := 0
	lists, err := s.outboxOf(ctx, visitor)
	if err != nil {
		return n, fmt.Errorf("redacting the outbox: %w", err)
	}
	for _, evs := range lists {
		for _, ev := range evs {
			b := ev.Booking
			if b == nil || !(refs[ev.Ref] || b.Visitor == visitor || strings.HasPrefix(b.Visitor, visitor+"|")) || !personal(b) {
				continue
			}
			red := ev
			snap := *b
			redact(&snap)
			red.Booking, red.Key, red.ID = &snap, ev.IdempotencyKey(), ev.ID+"~r"
			if ev.Type != bot.EventReminder && !ev.Dead {
				// Due now: delivered before the erasure notice that
				// follows it in the outbox, not after it at its next
				// retry.
				red.NotBefore = time.Time{}
			}
			if err := s.store.Append(ctx, red); err != nil {
				return n, fmt.Errorf("redacting outbox event %s: %w", ev.ID, err)
			}
			if err := s.store.Ack(ctx, ev.ID); err != nil {
				return n, fmt.Errorf("redacting outbox event %s: %w", ev.ID, err)
			}
			n++
		}
	}
	return n, nil
}

// outboxOf returns the pending and the dead events that may be about the
// visitor: only the visitor's on a store with a visitor index of the outbox,
// else every one (the caller filters).
func (s *Service) outboxOf(ctx context.Context, visitor string) ([2][]bot.Event, error) {
	if ix, ok := s.store.(bot.VisitorOutbox); ok {
		pending, dead, err := ix.VisitorEvents(ctx, visitor)
		return [2][]bot.Event{pending, dead}, err
	}
	var out [2][]bot.Event
	for i, dead := range []bool{false, true} {
		evs, err := s.store.Events(ctx, dead)
		if err != nil {
			return out, err
		}
		out[i] = evs
	}
	return out, nil
}

// redact removes what identifies or describes the person from a booking,
// keeping the pseudonymous visitor id, the routing and the slot.
func redact(b *bot.Booking) {
	b.Contact = ""
	b.Conversation = ""
	// The reasons and alternatives say why this operator ("moins de 26
	// ans", "handicap reconnu"): facts about the person too.
	b.Handoff = bot.Handoff{Previous: b.Handoff.Previous}
}

// personal reports whether a booking snapshot still holds personal data.
func personal(b *bot.Booking) bool {
	return b.Contact != "" || b.Conversation != "" || b.Handoff.Request != "" || len(b.Handoff.Facts) > 0 ||
		len(b.Handoff.Reasons) > 0 || !b.Handoff.ConsentAt.IsZero() || b.Handoff.Source != ""
}

// Anonymise removes the personal data of bookings whose appointment ended
// more than retention ago (SPEC §7: 90 days by default). It returns how
// many bookings it changed; run it periodically. A store with a retention
// index reads only the bookings due, in batches.
func (s *Service) Anonymise(ctx context.Context, retention time.Duration) (int, error) {
	limit := s.now().Add(-retention)
	if ix, ok := s.store.(bot.RetentionIndex); ok {
		n := 0
		for {
			due, err := ix.EndedBefore(ctx, limit, retentionBatch)
			if err != nil {
				return n, fmt.Errorf("retention: %w", err)
			}
			if len(due) == 0 {
				return n, nil
			}
			m, err := s.anonymiseAll(ctx, due, limit)
			n += m
			if err != nil {
				return n, err
			}
			if m == 0 {
				return n, nil // nothing changed: do not loop on the same batch
			}
		}
	}
	all, err := s.store.ListBookings(ctx)
	if err != nil {
		return 0, fmt.Errorf("retention: %w", err)
	}
	return s.anonymiseAll(ctx, all, limit)
}

// retentionBatch bounds the bookings read per round of the retention job.
const retentionBatch = 200

// archiveBatch bounds the bookings deleted per partition in one round of
// the archive job. A deletion is a dozen commands in a script (the slot
// keys, the indexes, the outbox queues): at 200 per partition, one round
// on 50 agencies was 10 000 deletions in one pipeline, long enough under
// load for the client's read timeout (CI failed on it, « archive: 0, … i/o
// timeout », with 100 000 bookings). At 50 a round stays short and the job
// loops until nothing is left.
const archiveBatch = 50

// Prune deletes anonymised bookings whose appointment ended more than
// archive ago, with their slot keys, on stores that keep an archive index
// (the others keep every booking). It returns how many it deleted.
func (s *Service) Prune(ctx context.Context, archive time.Duration) (int, error) {
	ix, ok := s.store.(bot.RetentionIndex)
	if !ok || archive <= 0 {
		return 0, nil
	}
	limit := s.now().Add(-archive)
	n := 0
	for {
		m, err := ix.PruneArchived(ctx, limit, archiveBatch)
		n += m
		if err != nil {
			return n, fmt.Errorf("archive: %w", err)
		}
		if m == 0 {
			return n, nil
		}
	}
}

func (s *Service) anonymiseAll(ctx context.Context, all []*bot.Booking, limit time.Time) (int, error) {
	n := 0
	for _, b := range all {
		end := b.End
		if end.IsZero() {
			end = b.Created
		}
		if end.After(limit) || b.Visitor == anonymous {
			continue
		}
		anonymise(b)
		if err := s.store.UpdateBooking(ctx, b, nil); err != nil {
			return n, fmt.Errorf("retention of %s: %w", b.Ref, err)
		}
		n++
	}
	return n, nil
}

// anonymous replaces the visitor id of an anonymised booking.
const anonymous = bot.AnonymousVisitor

func anonymise(b *bot.Booking) {
	b.Visitor = anonymous
	b.Conversation = ""
	b.Contact = ""
	b.Handoff = bot.Handoff{Reasons: b.Handoff.Reasons, Alternatives: b.Handoff.Alternatives}
	b.Follow.Note, b.Follow.OfferReason = "", "" // staff's words about the person
}
