package bot

import "context"

// A Notifier delivers one outbox event to an operator: a Slack card, a
// signed webhook, a log line. It is called at least once per event; ev.ID
// is the idempotency key, so a receiver can drop a repeat. An error wrapping
// ErrTransient is retried with backoff; any other error is retried too, up
// to the dispatcher's attempt limit, then the event is dead-lettered.
type Notifier interface {
	Name() string
	Notify(ctx context.Context, ev Event) error
}
