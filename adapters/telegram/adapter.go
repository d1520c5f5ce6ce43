package telegram

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

// Channel is the name of this channel in bot.Inbound and bot.Address.
const Channel = "telegram"

// ErrBlocked: the visitor blocked the bot (Telegram answered 403). Retrying
// is useless; the conversation should be marked inactive.
var ErrBlocked = errors.New("telegram: the bot was blocked by the user")

// Adapter connects the engine to Telegram. It implements bot.Adapter.
type Adapter struct {
	cfg   Config
	o     options
	log   *slog.Logger
	api   *tgbot.Bot
	httpc *http.Client
	lim   Limiter
	seed  maphash.Seed

	secretSum [32]byte

	shards []chan job

	// pendingOffset is the offset of a polled batch left unconfirmed by a
	// shutdown; confirmed once the drain completes.
	pendingOffset atomic.Int64

	mu       sync.RWMutex // guards stopped against enqueues
	stopped  bool
	stopping chan struct{} // closed when workers must drain and exit

	started atomic.Bool
	handler cepbot.Handler // set by Run before workers start
	procCtx context.Context

	recent *idSet // update ids accepted recently (this process)
	groups *idSet // group chats already told to write privately (no claimer)
	values *valueCache
}

type job struct {
	u    *models.Update
	k    kind
	chat int64
	done func()
}

// New builds the adapter. It does no I/O.
func New(cfg Config, opts ...Option) (*Adapter, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("telegram configuration: %w", err)
	}
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	a := &Adapter{
		cfg:      cfg,
		o:        o,
		log:      o.logger.With("channel", Channel),
		lim:      o.limiter,
		seed:     maphash.MakeSeed(),
		stopping: make(chan struct{}),
		recent:   newIDSet(16384),
		groups:   newIDSet(16384),
		values:   newValueCache(16384),
	}
	if a.lim == nil {
		a.lim = newLimiter(o.limits, o.throttled)
	}
	if cfg.Secret != "" {
		a.secretSum = secretHash(cfg.Secret)
	}
	a.httpc = o.httpClient
	if a.httpc == nil {
		a.httpc = &http.Client{Timeout: o.pollTimeout + 15*time.Second}
	}
	api, err := tgbot.New(cfg.Token,
		tgbot.WithSkipGetMe(),
		tgbot.WithServerURL(cfg.APIURL),
		tgbot.WithHTTPClient(o.pollTimeout, a.httpc),
		tgbot.WithDefaultHandler(func(context.Context, *tgbot.Bot, *models.Update) {}),
		tgbot.WithErrorsHandler(func(err error) { a.log.Debug("telegram library", "err", a.redact(err)) }),
	)
	if err != nil {
		return nil, fmt.Errorf("telegram: %v", a.redact(err))
	}
	a.api = api
	a.shards = make([]chan job, o.workers)
	for i := range a.shards {
		a.shards[i] = make(chan job, o.queue)
	}
	return a, nil
}

// Channel implements bot.Adapter.
func (a *Adapter) Channel() string { return Channel }

// Run implements bot.Adapter. It sets the command menu, then either deletes
// any webhook and long-polls getUpdates, or registers the webhook (whose
// requests WebhookHandler serves). It returns nil when ctx ends, after the
// queued updates are processed (at most the drain timeout). Run may be
// called once.
func (a *Adapter) Run(ctx context.Context, h cepbot.Handler) error {
	if h == nil {
		return errors.New("telegram: Run needs a handler")
	}
	if !a.started.CompareAndSwap(false, true) {
		return errors.New("telegram: Run called twice")
	}
	a.handler = h
	procCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	a.procCtx = procCtx
	var wg sync.WaitGroup
	for i := range a.shards {
		wg.Go(func() { a.work(a.shards[i]) })
	}

	err := a.serve(ctx)

	a.mu.Lock()
	a.stopped = true
	close(a.stopping)
	a.mu.Unlock()
	drained := make(chan struct{})
	go func() { wg.Wait(); close(drained) }()
	select {
	case <-drained:
		a.confirmOffset(a.pendingOffset.Load())
	case <-time.After(a.o.drainTimeout):
		a.log.Warn("telegram: drain timeout, cancelling in-flight updates")
		cancel()
		<-drained
	}
	if ctx.Err() != nil && err == nil {
		return nil
	}
	return err
}

func (a *Adapter) serve(ctx context.Context) error {
	if len(a.o.commands) > 0 {
		err := a.call(ctx, "setMyCommands", 0, func(ctx context.Context) error {
			_, err := a.api.SetMyCommands(ctx, &tgbot.SetMyCommandsParams{Commands: a.o.commands})
			return err
		})
		if err != nil && ctx.Err() == nil {
			a.log.Warn("telegram: setting the command menu failed", "err", err)
		}
	}
	switch a.cfg.Mode {
	case ModeWebhook:
		err := a.call(ctx, "setWebhook", 0, func(ctx context.Context) error {
			_, err := a.api.SetWebhook(ctx, &tgbot.SetWebhookParams{
				URL: a.cfg.WebhookURL, SecretToken: a.cfg.Secret, AllowedUpdates: AllowedUpdates,
			})
			return err
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("telegram: registering the webhook: %w", err)
		}
		a.log.Info("telegram: webhook registered")
		<-ctx.Done()
		return nil
	default:
		err := a.call(ctx, "deleteWebhook", 0, func(ctx context.Context) error {
			_, err := a.api.DeleteWebhook(ctx, &tgbot.DeleteWebhookParams{})
			return err
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("telegram: removing the webhook before polling: %w", err)
		}
		a.log.Info("telegram: long polling")
		if a.o.inbox != nil {
			return a.pollInbox(ctx)
		}
		return a.poll(ctx)
	}
}

// accept is the single entry of updates: it classifies, dedupes and queues
// one update on its chat's worker. With block, it waits for room (polling);
// without, a full queue is reported (webhook: 503).
type acceptResult int

const (
	accepted acceptResult = iota
	ignored
	duplicate
	full
	stopped
)

func (a *Adapter) accept(ctx context.Context, u *models.Update, block bool, done func()) acceptResult {
	k, chat := route(u)
	if k == kindIgnored {
		a.log.Debug("telegram: update type ignored", "update", u.ID)
		return ignored
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	if a.stopped {
		return stopped
	}
	if !a.recent.add(u.ID) {
		return duplicate
	}
	ch := a.shards[a.shard(chat)]
	j := job{u: u, k: k, chat: chat, done: done}
	if block {
		select {
		case ch <- j:
			return accepted
		case <-ctx.Done():
		}
	} else {
		select {
		case ch <- j:
			return accepted
		default:
		}
	}
	a.recent.remove(u.ID)
	if block {
		return stopped
	}
	return full
}

func (a *Adapter) shard(chat int64) int {
	var b [8]byte
	for i := range b {
		b[i] = byte(uint64(chat) >> (8 * i))
	}
	return int(maphash.Bytes(a.seed, b[:]) % uint64(len(a.shards)))
}

func (a *Adapter) work(ch chan job) {
	for {
		select {
		case j := <-ch:
			a.process(j)
		case <-a.stopping:
			for {
				select {
				case j := <-ch:
					a.process(j)
				default:
					return
				}
			}
		}
	}
}

// process handles one update; a panic is recovered and logged, and the
// worker goes on with the next update.
func (a *Adapter) process(j job) {
	if j.done != nil {
		defer j.done()
	}
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("telegram: panic while processing an update", "update", j.u.ID,
				"chat", a.pseudo(j.chat), "panic_type", fmt.Sprintf("%T", p), "stack", string(debug.Stack()))
		}
	}()
	ctx, cancel := context.WithTimeout(a.procCtx, a.o.handlerTimeout)
	defer cancel()
	if err := a.run(ctx, a.handler, j); err != nil {
		a.log.Warn("telegram: update processing failed", "update", j.u.ID, "chat", a.pseudo(j.chat), "err", err)
	}
}

// run processes one classified update with h.
func (a *Adapter) run(ctx context.Context, h cepbot.Handler, j job) error {
	switch j.k {
	case kindMessage:
		return h.Handle(ctx, messageInbound(j.u.ID, j.u.Message))
	case kindGroup:
		a.onGroup(ctx, j.u.ID, j.chat)
	case kindCallback:
		return a.onCallback(ctx, h, j.u.ID, j.u.CallbackQuery)
	case kindMember:
		a.onMember(ctx, j.u.ID, j.u.MyChatMember)
	}
	return nil
}

// messageInbound turns a private message into an Inbound: commands lose
// their @BotName, /start's deep-link payload goes to Payload.
func messageInbound(id int64, m *models.Message) cepbot.Inbound {
	text := m.Text
	if text == "" {
		text = m.Caption
	}
	in := cepbot.Inbound{
		Channel:      Channel,
		Conversation: strconv.FormatInt(m.Chat.ID, 10),
		UpdateID:     strconv.FormatInt(id, 10),
		Text:         cleanText(text),
		Files:        fileRefs(m),
	}
	if m.From != nil {
		in.User = strconv.FormatInt(m.From.ID, 10)
	}
	if m.Date > 0 {
		in.Time = time.Unix(int64(m.Date), 0)
	}
	if cmd, arg, ok := parseCommand(in.Text); ok {
		in.Text = "/" + cmd
		if cmd == "start" {
			if validPayload(arg) {
				in.Payload = arg
			}
		} else if arg != "" {
			in.Text += " " + arg
		}
	}
	return in
}

func (a *Adapter) onCallback(ctx context.Context, h cepbot.Handler, id int64, cq *models.CallbackQuery) error {
	// Answer first: the visitor's button stops spinning at once, whatever
	// happens next.
	if err := a.call(ctx, "answerCallbackQuery", 0, func(ctx context.Context) error {
		_, err := a.api.AnswerCallbackQuery(ctx, &tgbot.AnswerCallbackQueryParams{CallbackQueryID: cq.ID})
		return err
	}); err != nil {
		a.log.Warn("telegram: answering a callback failed", "update", id, "err", err)
	}
	chat := callbackChat(cq)
	if chat.ID == 0 {
		return nil // inline-mode message: nothing to continue
	}
	if chat.Type != "" && chat.Type != models.ChatTypePrivate {
		a.onGroup(ctx, id, chat.ID)
		return nil
	}
	step, value, index, ok := parseCallback(cq.Data)
	if !ok {
		a.log.Warn("telegram: malformed callback data ignored", "update", id, "chat", a.pseudo(chat.ID))
		return nil
	}
	msg := cq.Message.Message
	label := buttonLabel(msg, cq.Data)
	in := cepbot.Inbound{
		Channel:      Channel,
		Conversation: strconv.FormatInt(chat.ID, 10),
		User:         strconv.FormatInt(cq.From.ID, 10),
		UpdateID:     strconv.FormatInt(id, 10),
		Choice:       value,
		Step:         step,
	}
	if index >= 0 {
		if v, ok := a.values.get(chat.ID, cq.Data); ok {
			in.Choice = v
		} else {
			// Sent by another replica or before a restart: pass the label
			// as if typed; the dialogue matches it against its choices.
			in.Text = label
		}
	}
	if msg != nil && label != "" {
		a.markChosen(ctx, chat.ID, msg, label)
	}
	return h.Handle(ctx, in)
}

// buttonLabel finds the label of the pressed button in the message's
// keyboard (Telegram sends it back with the callback).
func buttonLabel(msg *models.Message, data string) string {
	if msg == nil || msg.ReplyMarkup == nil {
		return ""
	}
	for _, row := range msg.ReplyMarkup.InlineKeyboard {
		for _, b := range row {
			if b.CallbackData == data {
				return b.Text
			}
		}
	}
	return ""
}

// markChosen replaces the keyboard of the answered question by the chosen
// label, so that old buttons cannot be pressed by mistake.
func (a *Adapter) markChosen(ctx context.Context, chat int64, msg *models.Message, label string) {
	text := cleanText(msg.Text) + "\n\n✔ " + cleanText(label)
	var err error
	if msg.Text != "" && utf16Len(text) <= maxMessage {
		err = a.call(ctx, "editMessageText", 0, func(ctx context.Context) error {
			_, err := a.api.EditMessageText(ctx, &tgbot.EditMessageTextParams{
				ChatID: chat, MessageID: msg.ID, Text: escapeHTML(text), ParseMode: models.ParseModeHTML,
			})
			return err
		})
	} else {
		err = a.call(ctx, "editMessageReplyMarkup", 0, func(ctx context.Context) error {
			_, err := a.api.EditMessageReplyMarkup(ctx, &tgbot.EditMessageReplyMarkupParams{
				ChatID: chat, MessageID: msg.ID,
				ReplyMarkup: &keyboard{Rows: [][]button{{{Text: truncate("✔ "+cleanText(label), maxLabel), Data: "x"}}}},
			})
			return err
		})
	}
	if err != nil && !errors.Is(err, ErrBlocked) {
		a.log.Info("telegram: marking the chosen button failed", "chat", a.pseudo(chat), "err", err)
	}
}

// onGroup answers a group or channel once, then ignores it.
func (a *Adapter) onGroup(ctx context.Context, id, chat int64) {
	if !a.once(ctx, "telegram:group:"+strconv.FormatInt(chat, 10), chat, a.groups, 365*24*time.Hour) {
		return
	}
	if err := a.sendText(ctx, chat, a.o.groupNotice, nil); err != nil {
		a.log.Info("telegram: group notice not sent", "update", id, "chat", a.pseudo(chat), "err", err)
	}
}

func (a *Adapter) onMember(ctx context.Context, id int64, m *models.ChatMemberUpdated) {
	if !a.once(ctx, "telegram:update:"+strconv.FormatInt(id, 10), id, nil, a.o.claimTTL) {
		return
	}
	switch m.Chat.Type {
	case models.ChatTypePrivate:
		switch m.NewChatMember.Type {
		case models.ChatMemberTypeBanned:
			a.log.Info("telegram: the visitor blocked the bot", "chat", a.pseudo(m.Chat.ID))
			a.blocked(m.Chat.ID)
		case models.ChatMemberTypeMember:
			a.log.Info("telegram: the visitor unblocked the bot", "chat", a.pseudo(m.Chat.ID))
		}
	default:
		switch m.NewChatMember.Type {
		case models.ChatMemberTypeMember, models.ChatMemberTypeAdministrator:
			a.onGroup(ctx, id, m.Chat.ID) // added to a group: say it once
		}
	}
}

// once reports whether key is claimed for the first time: across replicas
// with the Claimer, else in this process (local, keyed by id).
func (a *Adapter) once(ctx context.Context, key string, id int64, local *idSet, ttl time.Duration) bool {
	if a.o.claimer != nil {
		ok, err := a.o.claimer.Claim(ctx, key, ttl)
		if err == nil {
			return ok
		}
		a.log.Warn("telegram: claim failed, deduplicating in this process only", "err", err)
	}
	if local == nil {
		return true // the update id was already deduplicated by accept
	}
	return local.add(id)
}

func (a *Adapter) blocked(chat int64) {
	if a.o.onBlocked != nil {
		a.o.onBlocked(strconv.FormatInt(chat, 10))
	}
}

func (a *Adapter) pseudo(chat int64) slog.Value {
	return a.pseudoStr(strconv.FormatInt(chat, 10))
}

func (a *Adapter) pseudoStr(chat string) slog.Value {
	if a.o.pseudonym == nil {
		return slog.StringValue("-")
	}
	return slog.StringValue(a.o.pseudonym(chat))
}

// redact removes the token from an error's text (transport errors may
// contain the request URL).
func (a *Adapter) redact(err error) error {
	if err == nil {
		return nil
	}
	s := err.Error()
	if a.cfg.Token != "" && strings.Contains(s, a.cfg.Token) {
		return redactedError{msg: strings.ReplaceAll(s, a.cfg.Token, "***"), err: err}
	}
	return err
}

type redactedError struct {
	msg string
	err error
}

func (e redactedError) Error() string { return e.msg }

// Is keeps errors.Is working (context errors, library sentinels) without
// exposing the unredacted text through Unwrap.
func (e redactedError) Is(target error) bool { return errors.Is(e.err, target) }
