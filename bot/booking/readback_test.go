package booking_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

// lostAnswer is a store whose Book writes, then reports a timeout (the
// connection died after the script ran), or fails without writing.
type lostAnswer struct {
	*memory.Store
	write bool
}

func (s lostAnswer) Book(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	if s.write {
		if err := s.Store.Book(ctx, b, events); err != nil {
			return err
		}
	}
	return fmt.Errorf("booking script: %w: i/o timeout", bot.ErrUnavailable)
}

// An ambiguous failure is resolved by reading the reference back: written
// means booked, not written means the error.
func TestAmbiguousBookingIsReadBack(t *testing.T) {
	for _, c := range []struct {
		name    string
		written bool
	}{{"written", true}, {"not written", false}} {
		t.Run(c.name, func(t *testing.T) {
			st := memory.New(func() time.Time { return now })
			svc := booking.New(lostAnswer{Store: st, write: c.written}, directory.Sample(), booking.WithClock(func() time.Time { return now }))
			ref := booking.New(st, directory.Sample(), booking.WithClock(func() time.Time { return now }))
			r := request(ref, t, "v-ambigu", "ft-69", 0)
			b, err := svc.Book(context.Background(), r)
			if c.written {
				if err != nil || b == nil || b.Ref != r.Ref {
					t.Fatalf("written but reported %v, %v", b, err)
				}
				return
			}
			if !errors.Is(err, bot.ErrUnavailable) || b != nil {
				t.Fatalf("not written but reported %v, %v", b, err)
			}
		})
	}
}
