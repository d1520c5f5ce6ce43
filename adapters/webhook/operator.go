package webhook

import (
	"context"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// WithLiveDirectory makes the notifier read the directory held by l (its
// webhook addresses and secrets), so that a reloaded directory is used from
// the next delivery on.
func WithLiveDirectory(l *directory.Live) Option { return func(n *Notifier) { n.live = l } }

func (n *Notifier) directory() *directory.Directory {
	if n.live != nil {
		return n.live.Load()
	}
	return n.dir
}

// NotifierName is the name of an operator's webhook notifier: one per
// operator, so that its deliveries, retries, metrics and dead letters are
// its own ("webhook:reg-bretagne").
func NotifierName(operatorID string) string { return "webhook:" + operatorID }

// Operator is the webhook notifier of one operator. It implements
// bot.Notifier.
type Operator struct {
	n  *Notifier
	id string
}

var _ bot.Notifier = Operator{}

// For returns the notifier of one operator's webhook.
func (n *Notifier) For(operatorID string) Operator { return Operator{n: n, id: operatorID} }

// Route returns the webhook notifier the event goes to, if its operator has
// a webhook.
func (n *Notifier) Route(ev bot.Event) (Operator, bool) {
	if ev.Type == bot.EventReminder || !n.Wants(ev) {
		return Operator{}, false
	}
	return n.For(ev.Booking.OperatorID), true
}

// Name implements bot.Notifier.
func (o Operator) Name() string { return NotifierName(o.id) }

// Notify implements bot.Notifier: events of another operator are not
// this notifier's (acknowledged without a request).
func (o Operator) Notify(ctx context.Context, ev bot.Event) error {
	if ev.Booking == nil || ev.Booking.OperatorID != o.id {
		return nil
	}
	return o.n.Notify(ctx, ev)
}
