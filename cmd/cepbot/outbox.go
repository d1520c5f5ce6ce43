package main

import (
	"context"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
)

// router sends each handoff event to the log (an audit trail without
// personal data) and to the operator's configured targets: its own webhook
// notifier ("webhook:<operator id>") when it has a webhook, and the Slack
// notifier when it has a channel. Each is delivered and retried on its own.
func (a *app) router() dispatch.Router {
	logN := dispatch.LogNotifier{Logger: a.logger}
	return func(ev bot.Event) []bot.Notifier {
		out := []bot.Notifier{logN}
		if a.webhooks != nil {
			if n, ok := a.webhooks.Route(ev); ok {
				out = append(out, n)
			}
		}
		for _, n := range a.notifiers {
			if w, ok := n.(interface{ Wants(bot.Event) bool }); ok && !w.Wants(ev) {
				continue
			}
			out = append(out, n)
		}
		return out
	}
}

// remind sends a due reminder, worded from the time actually left, unless
// the booking is no longer active, the appointment has started, a closer
// reminder is due too, or the visitor blocked the bot: then the event is
// acknowledged with the reason logged. A sent reminder is logged
// (pseudonymous) and told to the operator (reminder.sent).
func (a *app) remind(ctx context.Context, ev bot.Event) error {
	b, reason, err := a.bookings.DueReminder(ctx, ev)
	if err != nil {
		return err
	}
	log := a.logger.With("event", ev.IdempotencyKey(), "reference", ev.Ref)
	if reason == "" && !a.engine.Attached(b.Channel) {
		reason = "channel not served here"
	}
	if reason != "" {
		log.Info("reminder not sent", "reason", reason)
		return nil
	}
	now := a.now()
	reply := a.dialog.Reminder(b, now)
	sent := false
	// Once per reminder event: a retry after a crash or an error (the
	// outbox delivers at least once) finds it already sent, or pending.
	err = a.engine.UpdateOnce(ctx, bot.Address{Channel: b.Channel, Conversation: b.Conversation}, "reminder:"+ev.IdempotencyKey(), func(s *bot.Session) ([]bot.Reply, error) {
		if s.Inactive {
			return nil, nil
		}
		sent = true
		return []bot.Reply{reply}, nil
	})
	if err != nil {
		return err
	}
	if !sent {
		log.Info("reminder not sent", "reason", "the visitor blocked the bot")
		return nil
	}
	log.Info("reminder sent", "visitor", b.Visitor, "channel", b.Channel, "left", b.Start.Sub(now).Round(time.Minute).String())
	// Sent: a failure to record it must not send it again.
	if err := a.bookings.ReminderSent(ctx, b, ev); err != nil {
		log.Warn("reminder sent but not recorded for the operator", "err", err)
	}
	return nil
}

// overdueGrace is how long after its end an appointment still open is
// marked to be closed.
const overdueGrace = time.Hour

// markOverdue marks appointments over and still open as to be closed.
func (a *app) markOverdue(ctx context.Context) {
	bs, err := a.bookings.MarkOverdue(ctx, overdueGrace)
	if err != nil {
		a.logger.Warn("marking past appointments to be closed", "err", err)
	}
	if len(bs) > 0 {
		a.logger.Info("past appointments marked to be closed", "count", len(bs))
	}
}
