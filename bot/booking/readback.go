package booking

import (
	"context"
	"errors"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// readBackTimeout bounds the wait for the store when a booking's outcome
// is unknown.
const readBackTimeout = 5 * time.Second

// readBack resolves an ambiguous booking: the store failed in a way that
// says nothing of whether the write happened (a timeout or a lost
// connection after the script ran). The reference is deterministic, so the
// booking is read back before anyone is told anything: found, and it is
// this request's (same visitor, same slot), the booking is done; not found,
// it is not, and err is returned. If the store still cannot answer, err is
// returned: the turn fails without a word of success, and its retry books
// the same reference again, which is a no-op if the first write happened.
func (s *Service) readBack(ctx context.Context, b *bot.Booking, err error) (*bot.Booking, error) {
	if !errors.Is(err, bot.ErrUnavailable) && !errors.Is(err, bot.ErrTransient) && !errors.Is(err, context.DeadlineExceeded) {
		return nil, err // a refusal (slot taken…): nothing was written
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), readBackTimeout)
	defer cancel()
	wait := 50 * time.Millisecond
	for {
		got, gerr := s.store.GetBooking(rctx, b.Ref)
		switch {
		case gerr == nil:
			if got.Visitor == b.Visitor && got.SlotKey() == b.SlotKey() && got.Active() {
				return got, nil
			}
			return nil, err
		case errors.Is(gerr, bot.ErrNotFound):
			return nil, err
		}
		select {
		case <-rctx.Done():
			return nil, err
		case <-time.After(wait):
			wait = min(2*wait, time.Second)
		}
	}
}
