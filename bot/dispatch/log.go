package dispatch

import (
	"context"
	"log/slog"

	"github.com/cep-accueil/cepbot/bot"
)

// LogNotifier writes handoff events to a structured log: the console's
// "operator", and a trace in production. It never logs the request text or
// contact details, only references and routing.
type LogNotifier struct{ Logger *slog.Logger }

// Name implements bot.Notifier.
func (LogNotifier) Name() string { return "log" }

// Notify implements bot.Notifier.
func (n LogNotifier) Notify(_ context.Context, ev bot.Event) error {
	attrs := []any{"event", ev.ID, "type", ev.Type, "reference", ev.Ref}
	if b := ev.Booking; b != nil {
		attrs = append(attrs, "operator", b.OperatorKind, "agency", b.AgencyID, "advisor", b.AdvisorID,
			"start", b.Start, "modality", b.Modality, "status", b.Status)
	}
	n.Logger.Info("handoff", attrs...)
	return nil
}
