package slack

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/slack-go/slack/socketmode"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// Handoffs is what card actions need from the booking service
// (*booking.Service satisfies it; errors are those of package booking).
type Handoffs interface {
	Get(ctx context.Context, ref string) (*bot.Booking, error)
	Claim(ctx context.Context, ref, advisorID, actor string, takeOver bool) (*bot.Booking, string, error)
	MarkAbsent(ctx context.Context, ref, actor string) (*bot.Booking, error)
	UndoAbsent(ctx context.Context, ref, actor string) (*bot.Booking, error)
	Close(ctx context.Context, ref, actor, outcome, note string) (*bot.Booking, error)
	AdvisorFreeSlots(ctx context.Context, b *bot.Booking, n int) ([]agenda.Slot, error)
	OfferSlots(ctx context.Context, ref, actor string, starts []time.Time, reason string) (*bot.Booking, error)
	AcceptOffer(ctx context.Context, ref string, from bot.Address, start time.Time) (*bot.Booking, error)
}

// BookingLister lists bookings for /cep (bot.BookingStore satisfies it).
type BookingLister interface {
	ListBookings(ctx context.Context) ([]*bot.Booking, error)
}

// VisitorMessenger sends a message to a visitor on their own channel.
// *bot.Engine satisfies it (its Send is variadic).
type VisitorMessenger interface {
	Send(ctx context.Context, to bot.Address, replies ...bot.Reply) error
}

// An Option tunes an Adapter.
type Option func(*options)

type options struct {
	logger     *slog.Logger
	claimer    bot.Claimer
	kv         bot.SessionStore
	dir        *directory.Directory
	handoffs   Handoffs
	bookings   BookingLister
	visitors   VisitorMessenger
	httpClient *http.Client
	workers    int
	queue      int
	maxBody    int64
	claimTTL   time.Duration
	cardTTL    time.Duration
	now        func() time.Time
	turnTO     time.Duration
	maxWait    time.Duration
	socketOpts []socketmode.Option
	inbox      Inbox
	throttled  func(reason string)
}

func defaultOptions() options {
	return options{
		logger:   slog.New(slog.DiscardHandler),
		workers:  16,
		queue:    64,
		maxBody:  1 << 20,
		claimTTL: time.Hour,
		cardTTL:  120 * 24 * time.Hour,
		now:      time.Now,
		turnTO:   time.Minute,
		maxWait:  5 * time.Second,
	}
}

// WithThrottled is called each time a Web API call waits out Slack's rate
// limit (reason "retry_after"). For metrics; it must not block.
func WithThrottled(f func(reason string)) Option { return func(o *options) { o.throttled = f } }

// WithLogger sets the structured logger (default: discard). The adapter logs
// event ids, types, references and errors; never message text, names,
// phone numbers or tokens.
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithClaimer dedupes deliveries across retries and replicas (the store
// implements it): keys "slack:event:<event_id>" and
// "slack:action:<trigger_id>", for one hour. Without it, duplicates are
// only dropped within this process.
func WithClaimer(c bot.Claimer) Option { return func(o *options) { o.claimer = c } }

// WithStore is where the adapter keeps its small records (card of a
// reference, reference of a thread): a bot.SessionStore used as a versioned
// key-value store with keys "slackcard:<ref>" and
// "slackthread:<channel>:<ts>". Required for cards, actions and the relay.
func WithStore(s bot.SessionStore) Option { return func(o *options) { o.kv = s } }

// WithDirectory gives the operators (Slack channel), agencies (time zones)
// and advisors (Slack user ids). Required for cards, actions, relay and /cep.
func WithDirectory(d *directory.Directory) Option { return func(o *options) { o.dir = d } }

// WithHandoffs gives the booking service for card actions.
func WithHandoffs(h Handoffs) Option { return func(o *options) { o.handoffs = h } }

// WithBookings gives the booking list for /cep.
func WithBookings(b BookingLister) Option { return func(o *options) { o.bookings = b } }

// WithVisitors is how visitors are told about card actions and advisors'
// replies (usually the *bot.Engine). It can also be set after construction
// with SetVisitors (the engine is built after the dialogue that needs the
// adapter as its Relay).
func WithVisitors(v VisitorMessenger) Option { return func(o *options) { o.visitors = v } }

// WithHTTPClient sets the client for the Web API (default: 15 s timeout).
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.httpClient = c } }

// WithWorkers sets how many inbound items are processed in parallel (default
// 16) and the queue length per worker (default 64). Items of one
// conversation always go to the same worker, in order.
func WithWorkers(n, queue int) Option {
	return func(o *options) {
		if n > 0 {
			o.workers = n
		}
		if queue > 0 {
			o.queue = queue
		}
	}
}

// WithMaxBody bounds request bodies on Handler (default 1 MiB; larger → 413).
func WithMaxBody(n int64) Option { return func(o *options) { o.maxBody = n } }

// WithClock sets the clock (signature window excepted: slack-go uses the
// real time).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithMaxRetryAfter sets the longest Retry-After waited in place before a
// rate-limited call is returned as transient (default 5 s).
func WithMaxRetryAfter(d time.Duration) Option { return func(o *options) { o.maxWait = d } }
