package telegram

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/go-telegram/bot/models"

	cepbot "github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// GroupNotice is said once in a group chat or channel; the adapter then
// ignores that chat (the dialogue is private: it asks for personal data).
var GroupNotice = texts.FR().CommandGroupNotice

// Commands is the French command menu set with setMyCommands at start.
var Commands = Menu(texts.FR())

// Menu is the command menu of a catalogue: the one list of commands
// (texts.CommandNames) with that language's descriptions.
func Menu(c *texts.Catalog) []models.BotCommand {
	var out []models.BotCommand
	for _, e := range c.Menu() {
		out = append(out, models.BotCommand{Command: e.Command, Description: e.Description})
	}
	return out
}

// AllowedUpdates are the update types requested from Telegram.
var AllowedUpdates = []string{models.AllowedUpdateMessage, models.AllowedUpdateCallbackQuery, models.AllowedUpdateMyChatMember}

// WebhookSecretHeader carries the webhook secret on Telegram's requests.
const WebhookSecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// An Option tunes an Adapter.
type Option func(*options)

type options struct {
	logger         *slog.Logger
	pseudonym      func(string) string
	claimer        cepbot.Claimer
	onBlocked      func(chatID string)
	workers        int
	queue          int
	httpClient     *http.Client
	pollTimeout    time.Duration
	limits         Limits
	limiter        Limiter
	maxBody        int64
	handlerTimeout time.Duration
	drainTimeout   time.Duration
	attempts       int
	backoff        time.Duration
	maxRetryAfter  time.Duration
	groupNotice    string
	commands       []models.BotCommand
	claimTTL       time.Duration
	inbox          Inbox
	throttled      func(reason string)
}

func defaultOptions() options {
	return options{
		logger:         slog.New(slog.DiscardHandler),
		workers:        32,
		queue:          64,
		pollTimeout:    50 * time.Second,
		limits:         DefaultLimits,
		maxBody:        1 << 20,
		handlerTimeout: time.Minute,
		drainTimeout:   10 * time.Second,
		attempts:       6,
		backoff:        250 * time.Millisecond,
		maxRetryAfter:  time.Minute,
		groupNotice:    GroupNotice,
		commands:       Commands,
		claimTTL:       48 * time.Hour,
	}
}

// WithLogger sets the structured logger (default: discard). The adapter
// never logs message text, names or phone numbers.
func WithLogger(l *slog.Logger) Option {
	return func(o *options) {
		if l != nil {
			o.logger = l
		}
	}
}

// WithPseudonym makes chat ids appear in logs as f(id); without it chat ids
// are not logged at all.
func WithPseudonym(f func(string) string) Option { return func(o *options) { o.pseudonym = f } }

// WithClaimer dedupes, across replicas, the updates that are not tied to a
// session (group chats, my_chat_member) and makes the group notice be sent
// once per group across replicas. Private messages and button presses are
// deduplicated by the engine (bot.Inbound.UpdateID).
func WithClaimer(c cepbot.Claimer) Option { return func(o *options) { o.claimer = c } }

// WithOnBlocked is called with the chat id (decimal) when the visitor blocks
// the bot (a 403 on send, or a my_chat_member update to "kicked"), so that
// the service can mark the conversation inactive. It must not block long.
func WithOnBlocked(f func(chatID string)) Option { return func(o *options) { o.onBlocked = f } }

// WithWorkers sets the number of workers (default 32). Updates of one chat
// always go to the same worker, in order; chats are spread over workers.
func WithWorkers(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.workers = n
		}
	}
}

// WithQueueSize sets each worker's queue length (default 64). When a queue is
// full the webhook answers 503 (Telegram redelivers later) and polling waits.
func WithQueueSize(n int) Option {
	return func(o *options) {
		if n > 0 {
			o.queue = n
		}
	}
}

// WithHTTPClient sets the client for Bot API calls. Its Timeout, if any,
// must exceed the poll timeout (long polling).
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.httpClient = c } }

// WithPollTimeout sets the long-polling timeout (default 50 s).
func WithPollTimeout(d time.Duration) Option {
	return func(o *options) {
		if d >= time.Second {
			o.pollTimeout = d
		}
	}
}

// WithLimits sets the outbound rates (default DefaultLimits).
func WithLimits(l Limits) Option { return func(o *options) { o.limits = l } }

// WithLimiter replaces the in-process limiter (built from the Limits) by
// l, typically one shared by every replica sending with the same token.
func WithLimiter(l Limiter) Option { return func(o *options) { o.limiter = l } }

// WithMaxBody sets the largest webhook body accepted (default 1 MiB).
func WithMaxBody(n int64) Option {
	return func(o *options) {
		if n > 0 {
			o.maxBody = n
		}
	}
}

// WithHandlerTimeout bounds the processing of one update (default 1 min).
func WithHandlerTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.handlerTimeout = d
		}
	}
}

// WithDrainTimeout bounds how long Run waits, once its context ends, for
// queued updates to be processed (default 10 s).
func WithDrainTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.drainTimeout = d
		}
	}
}

// WithRetry sets the attempts per Bot API call (default 6, 429s included)
// and the first backoff after a transient failure (default 250 ms, doubled
// each time, capped at 8 s).
func WithRetry(attempts int, backoff time.Duration) Option {
	return func(o *options) {
		if attempts > 0 {
			o.attempts = attempts
		}
		if backoff > 0 {
			o.backoff = backoff
		}
	}
}

// WithMaxRetryAfter: a 429 asking to wait longer than d is not waited for;
// the call fails with bot.ErrTransient (default 1 min).
func WithMaxRetryAfter(d time.Duration) Option { return func(o *options) { o.maxRetryAfter = d } }

// WithGroupNotice replaces GroupNotice.
func WithGroupNotice(text string) Option {
	return func(o *options) {
		if text != "" {
			o.groupNotice = text
		}
	}
}

// WithThrottled is called each time a send waits: reason is
// ThrottleRateLimit (the adapter's own limits) or ThrottleRetryAfter (a 429
// from Telegram). For metrics; it must not block.
func WithThrottled(f func(reason string)) Option { return func(o *options) { o.throttled = f } }

// WithCommands replaces the command menu (nil: none is set).
func WithCommands(c []models.BotCommand) Option { return func(o *options) { o.commands = c } }
