package telegram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

// maxLabel bounds a button's label, in runes.
const maxLabel = 64

// keyboard and button are the inline keyboard as sent: the library's
// InlineKeyboardButton always adds an empty copy_text, which Telegram may
// refuse; these marshal only what is set.
type keyboard struct {
	Rows [][]button `json:"inline_keyboard"`
}

type button struct {
	Text string `json:"text"`
	Data string `json:"callback_data"`
}

// Send implements bot.Adapter: the text (HTML-escaped, split at 4 096
// characters on line breaks), the choices as an inline keyboard under the
// last part, then each attachment as a document. Errors wrap ErrBlocked
// (403: the visitor blocked the bot) or bot.ErrTransient (rate limit or
// network failure persisting after the retries).
func (a *Adapter) Send(ctx context.Context, to cepbot.Address, r cepbot.Reply) error {
	chat, err := strconv.ParseInt(to.Conversation, 10, 64)
	if err != nil || chat == 0 {
		return fmt.Errorf("telegram: conversation id %q is not a chat id", to.Conversation)
	}
	var kb *keyboard
	if len(r.Choices) > 0 {
		kb = a.keyboard(chat, r)
	}
	text := r.Text
	if text == "" && kb != nil {
		text = "…"
	}
	if sent, err := a.sendHTML(ctx, chat, r); err != nil {
		return err
	} else if !sent {
		if err := a.sendText(ctx, chat, text, kb); err != nil {
			return err
		}
	}
	for _, att := range r.Attachments {
		name := att.Name
		if name == "" {
			name = "document"
		}
		err := a.call(ctx, "sendDocument", chat, func(ctx context.Context) error {
			_, err := a.api.SendDocument(ctx, &tgbot.SendDocumentParams{
				ChatID:   chat,
				Document: &models.InputFileUpload{Filename: name, Data: bytes.NewReader(att.Data)},
			})
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (a *Adapter) keyboard(chat int64, r cepbot.Reply) *keyboard {
	kb := &keyboard{Rows: make([][]button, 0, len(r.Choices))}
	for i, c := range r.Choices {
		data, byIndex := encodeCallback(r.Step, c.Value, i)
		if byIndex {
			a.values.put(chat, data, c.Value)
		}
		label := truncate(cleanText(c.Label), maxLabel)
		if label == "" {
			label = strconv.Itoa(i + 1)
		}
		kb.Rows = append(kb.Rows, []button{{Text: label, Data: data}})
	}
	return kb
}

// sendText sends text in parts; kb, if any, goes under the last part.
func (a *Adapter) sendText(ctx context.Context, chat int64, text string, kb *keyboard) error {
	parts := splitText(cleanText(text), maxMessage)
	for i, p := range parts {
		params := &tgbot.SendMessageParams{ChatID: chat, Text: escapeHTML(p), ParseMode: models.ParseModeHTML}
		if kb != nil && i == len(parts)-1 {
			params.ReplyMarkup = kb
		}
		if err := a.call(ctx, "sendMessage", chat, func(ctx context.Context) error {
			_, err := a.api.SendMessage(ctx, params)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// call runs one Bot API call within the rate limits (chat 0: global limit
// only, or none for calls that are not messages), waiting out 429s and
// retrying transient failures with backoff, a bounded number of times.
func (a *Adapter) call(ctx context.Context, method string, chat int64, fn func(context.Context) error) error {
	var last error
	backoff := a.o.backoff
	for attempt := 1; attempt <= a.o.attempts; attempt++ {
		if chat != 0 || strings.HasPrefix(method, "edit") { // edits: global limit only
			if err := a.lim.Wait(ctx, chat); err != nil {
				return err
			}
		}
		if chat != 0 {
			// A reply the engine delivers waits here, after the pacing,
			// for its in-flight slot (bot.Sending): a crash repeats at
			// most the replies sent and not yet marked sent.
			if err := cepbot.Sending(ctx); err != nil {
				return err
			}
		}
		err := fn(ctx)
		if err == nil {
			return nil
		}
		err = a.redact(err)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if tm, ok := errors.AsType[*tgbot.TooManyRequestsError](err); ok {
			d := time.Duration(max(tm.RetryAfter, 1)) * time.Second
			if d > a.o.maxRetryAfter {
				return fmt.Errorf("telegram %s: rate limited for %v: %w", method, d, cepbot.ErrTransient)
			}
			a.lim.Pause(ctx, chat, d)
			if a.o.throttled != nil {
				a.o.throttled(ThrottleRetryAfter)
			}
			a.log.Warn("telegram: rate limited by Telegram", "method", method, "retry_after", d, "chat", a.pseudo(chat))
			last = err
			if err := sleep(ctx, d); err != nil {
				return err
			}
			continue
		}
		switch {
		case errors.Is(err, tgbot.ErrorForbidden):
			if chat > 0 {
				a.blocked(chat)
			}
			return fmt.Errorf("telegram %s: %w", method, ErrBlocked)
		case errors.Is(err, tgbot.ErrorBadRequest), errors.Is(err, tgbot.ErrorUnauthorized),
			errors.Is(err, tgbot.ErrorNotFound), errors.Is(err, tgbot.ErrorConflict):
			return fmt.Errorf("telegram %s: %w", method, err)
		}
		if _, ok := errors.AsType[*tgbot.MigrateError](err); ok {
			return fmt.Errorf("telegram %s: %w", method, err)
		}
		// Network failure, 5xx, unreadable answer: may succeed later.
		last = err
		if attempt < a.o.attempts {
			if err := sleep(ctx, backoff); err != nil {
				return err
			}
			backoff = min(2*backoff, 8*time.Second)
		}
	}
	return fmt.Errorf("telegram %s: giving up after %d attempts (%v): %w", method, a.o.attempts, last, cepbot.ErrTransient)
}
