package booking

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// VisitorBookings returns every booking of a visitor (for /mesdonnees).
func (s *Service) VisitorBookings(ctx context.Context, visitor string) ([]*bot.Booking, error) {
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
// many bookings it changed; run it periodically.
func (s *Service) Anonymise(ctx context.Context, retention time.Duration) (int, error) {
	all, err := s.store.ListBookings(ctx)
	if err != nil {
		return 0, fmt.Errorf("retention: %w", err)
	}
	limit := s.now().Add(-retention)
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
const anonymous = "anonyme"

func anonymise(b *bot.Booking) {
	b.Visitor = anonymous
	b.Conversation = ""
	b.Contact = ""
	b.Handoff = bot.Handoff{Reasons: b.Handoff.Reasons, Alternatives: b.Handoff.Alternatives}
	b.Follow.Note, b.Follow.OfferReason = "", "" // staff's words about the person
}
