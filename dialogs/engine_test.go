package dialogs_test

import (
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/memory"
)

// newEngine wires the reception dialogue as the service does, on a memory
// store, the sample directory and the given clock.
func newEngine(clock func() time.Time) (*bot.Engine, *memory.Store, *booking.Service) {
	return newEngineWith(clock, directory.Sample())
}

// newEngineWith is newEngine on another directory.
func newEngineWith(clock func() time.Time, dir *directory.Directory) (*bot.Engine, *memory.Store, *booking.Service) {
	st := memory.New(clock)
	svc := booking.New(st, dir, booking.WithClock(clock))
	e := bot.NewEngine(bot.Config{Store: st, Dialog: dialogs.New(dialogs.Deps{Bookings: svc}), Texts: dialogs.Texts(), Now: clock})
	return e, st, svc
}
