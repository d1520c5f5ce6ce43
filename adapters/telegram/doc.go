// Package telegram is the Telegram channel of cepbot, on
// github.com/go-telegram/bot (used for the Bot API calls only: its update
// dispatch is replaced, see below).
//
// Wiring (cmd/cepbot serve):
//
//	cfg, err := telegram.ConfigFromEnv(env.Getenv)       // CEPBOT_TELEGRAM_*
//	tg, err := telegram.New(cfg,
//		telegram.WithLogger(logger), telegram.WithPseudonym(pseudo),
//		telegram.WithClaimer(store), telegram.WithOnBlocked(markInactive))
//	engine.Attach(tg)
//	mux.Handle("POST /telegram/webhook", tg.WebhookHandler()) // webhook mode
//	go tg.Run(ctx, engine)                                     // both modes
//
// # Delivery guarantees
//
// Every update goes through one entry point that classifies it, drops
// update_ids already accepted by this process, and queues it on a worker
// chosen by hash(chat id) % workers. A worker handles its queue in order, so
// the updates of one chat are processed one at a time and in order, while
// chats on other workers run in parallel. Queues are bounded: a full queue
// makes the webhook answer 503 (Telegram delivers again later) and makes
// polling wait. A panic while processing an update is recovered and logged;
// the worker goes on.
//
// Long polling confirms a batch of updates to Telegram (the next getUpdates
// offset) only once the whole batch is processed, so a crash means
// redelivery, and redelivered updates are deduplicated by the engine
// (Inbound.UpdateID, kept in the session, shared by replicas through the
// store). Webhook updates are acknowledged once queued; a crash loses the
// queued ones (bounded by the queue size), as with any fast-acknowledging
// webhook. Updates that belong to no session (group chats, my_chat_member)
// are deduplicated with the Claimer across replicas when one is given.
//
// With WithInbox (what `cepbot serve` uses when its store has an inbox),
// nothing acknowledged is lost: every update is stored durably before
// Telegram is told it was received — the webhook answers 200 after the
// write and 503 when the store cannot take it; polling confirms a batch
// once all of it is stored — and is processed afterwards from the inbox by
// ProcessEntry (see bot.InboxRunner), in order per chat, with no queue to
// overflow: a burst makes the inbox longer, not refused.
//
// # Buttons
//
// Choices become an inline keyboard, one button per row. callback_data is
// "s<step>|<value>" (at most 64 bytes); a longer or empty value is sent as
// "s<step>#<index>" and its value kept in memory by the sending process;
// pressed on another replica or after a restart, the button's label is
// passed as Inbound.Text instead (with its Step), for the dialogue to match.
// Dialogue values should therefore stay short (ASCII ids well under 60
// bytes). Steps must not contain '|' or '#'. Every callback query is
// answered first; then the question's keyboard is replaced by "✔ <label>"
// (editMessageText), and the press is passed on with its step token: stale
// steps are recognised by the dialogue, not here.
//
// # Messages
//
// All text is HTML-escaped (&, <, >) and sent with parse_mode HTML; no markup
// is added, so the 4 096-character limit is checked exactly, in UTF-16 code
// units, cutting at line breaks (else spaces). Attachments are sent as
// documents (multipart). Sends are throttled (DefaultLimits: 30/s overall,
// 1/s per private chat with bursts of 3, 20/min per group; in the process,
// or across replicas with a shared Limiter, see WithLimiter), honour 429
// retry_after, retry 5xx and network failures with backoff, and give up
// with errors wrapping bot.ErrTransient; a 403 wraps ErrBlocked and calls the
// WithOnBlocked callback.
//
// # Groups and channels
//
// The dialogue is private (it collects personal data): in a group,
// supergroup or channel the adapter answers once GroupNotice ("Écrivez-moi
// en message privé : je ne réponds pas dans les groupes.") — also when the
// bot is added to a group — and then ignores that chat. Nothing from a group
// reaches the dialogue.
//
// # Privacy
//
// Logs never hold message text, names or phone numbers; chat ids appear only
// through WithPseudonym. Errors and logs never contain the token or the
// webhook secret.
package telegram
