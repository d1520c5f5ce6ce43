package bot

import "context"

// Handler receives what adapters read from their channel. Handle returns once
// the message is processed (or durably refused): adapters acknowledge their
// platform after that, so a crash before it means redelivery, which the engine
// deduplicates.
type Handler interface {
	Handle(ctx context.Context, in Inbound) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, in Inbound) error

// Handle calls f.
func (f HandlerFunc) Handle(ctx context.Context, in Inbound) error { return f(ctx, in) }

// An Adapter connects the engine to one channel.
//
// Run blocks, delivering inbound messages to h, until ctx ends; it returns
// nil on a clean stop. Send delivers one reply to a conversation; it may be
// called concurrently with Run and with itself. Errors that may succeed
// later wrap ErrTransient.
type Adapter interface {
	Channel() string
	Run(ctx context.Context, h Handler) error
	Send(ctx context.Context, to Address, r Reply) error
}
