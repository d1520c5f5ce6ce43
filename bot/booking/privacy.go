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
func (s *Service) Erase(ctx context.Context, visitor string) (int, error) {
	bs, err := s.VisitorBookings(ctx, visitor)
	if err != nil {
		return 0, err
	}
	now := s.now()
	for _, b := range bs {
		var events []bot.Event
		if b.Active() && b.AgencyID != "" && !IsSessionSeat(b) {
			// The slot is free for others at once, not when the hold expires.
			if err := s.store.ReleaseHold(ctx, b.AgencyID, visitor); err != nil {
				return 0, fmt.Errorf("erasing booking %s: %w", b.Ref, err)
			}
		}
		if b.Active() {
			b.Status = bot.StatusCancelled
			b.Seq++
			events = append(events, s.event(bot.EventCancelled, b, now))
		}
		anonymise(b)
		b.Updated = now
		if err := s.store.UpdateBooking(ctx, b, events); err != nil {
			return 0, fmt.Errorf("erasing booking %s: %w", b.Ref, err)
		}
	}
	return len(bs), nil
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
		m, err := ix.PruneArchived(ctx, limit, retentionBatch)
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
