package slack

import (
	"context"
	"errors"
	"fmt"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// ErasingNotifier is the handoff-card notifier that also notes the
// reminders sent to the visitor in the card's thread (event reminder.sent:
// « 🔔 Rappel envoyé au visiteur le … »), and carries out a visitor's
// erasure in Slack (event visitor.erased): the messages relayed
// from the visitor in the card's thread are deleted (chat.delete) when the
// adapter records them, and the card is redrawn from the erased booking
// (chat.update: no request, facts or contact; the relay to the visitor
// ends). It never posts a card for an erased visitor. Other events go to
// the card notifier unchanged.
type ErasingNotifier struct{ *Notifier }

// ErasingNotifier returns the card notifier with erasure.
func (a *Adapter) ErasingNotifier() ErasingNotifier { return ErasingNotifier{a.Notifier()} }

// relayedMessages is implemented by an adapter that records the messages it
// relays into card threads.
type relayedMessages interface {
	RelayedMessages(ctx context.Context, ref string) (channel string, ts []string, err error)
}

// Notify implements bot.Notifier.
func (n ErasingNotifier) Notify(ctx context.Context, ev bot.Event) error {
	switch ev.Type {
	case bot.EventReminderSent:
		return n.reminderSent(ctx, ev)
	case bot.EventErased:
	default:
		return n.Notifier.Notify(ctx, ev)
	}
	if !n.Wants(ev) {
		return nil
	}
	a := n.a
	if r, ok := any(a).(relayedMessages); ok {
		ch, tss, err := r.RelayedMessages(ctx, ev.Ref)
		switch {
		case err == nil:
			for _, ts := range tss {
				err := a.call(ctx, func() error { _, _, err := a.api.DeleteMessageContext(ctx, ch, ts); return err })
				if err != nil && !strings.Contains(err.Error(), "message_not_found") {
					return fmt.Errorf("slack: erasing a relayed message of %s: %w", ev.Ref, asTransient(err))
				}
			}
		case !errors.Is(err, bot.ErrNotFound):
			return fmt.Errorf("slack: erasing the thread of %s: %w", ev.Ref, asTransient(err))
		}
	}
	b := *a.latest(ctx, ev.Booking)
	b.Contact, b.Conversation = "", ""
	b.Handoff = bot.Handoff{Previous: b.Handoff.Previous}
	if _, err := a.upsertCard(ctx, &b, false, nil); err != nil {
		return err
	}
	a.o.logger.Info("slack: card of an erased visitor redacted", "reference", ev.Ref)
	return nil
}

var _ bot.Notifier = ErasingNotifier{}

// reminderSent notes a reminder in the card's thread (nothing when the
// booking has no card).
func (n ErasingNotifier) reminderSent(ctx context.Context, ev bot.Event) error {
	if !n.Wants(ev) {
		return nil
	}
	a := n.a
	rec, _, err := a.loadCard(ctx, ev.Ref)
	if errors.Is(err, bot.ErrNotFound) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("slack: card of %s: %w", ev.Ref, asTransient(err))
	}
	text := fmt.Sprintf(texts.FR().CardReminderSent, texts.Date(ev.Created.In(a.location(ev.Booking.AgencyID)), ev.Created))
	err = a.call(ctx, func() error {
		_, _, err := a.api.PostMessageContext(ctx, rec.Channel, slackapi.MsgOptionTS(rec.TS), slackapi.MsgOptionText(text, false))
		return err
	})
	if err != nil {
		return fmt.Errorf("slack: noting the reminder of %s: %w", ev.Ref, err)
	}
	return nil
}
