package telegram

import (
	"context"

	tgbot "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	cepbot "github.com/cep-accueil/cepbot/bot"
)

// sendHTML sends r.HTML (markup already made for Telegram, e.g. an
// advisor's formatted reply) as one message when it fits and no keyboard
// goes with it; sent is false when the plain text must be sent instead.
func (a *Adapter) sendHTML(ctx context.Context, chat int64, r cepbot.Reply) (sent bool, err error) {
	if r.HTML == "" || len(r.Choices) > 0 || utf16Len(r.HTML) > maxMessage {
		return false, nil
	}
	params := &tgbot.SendMessageParams{ChatID: chat, Text: cleanText(r.HTML), ParseMode: models.ParseModeHTML}
	err = a.call(ctx, "sendMessage", chat, func(ctx context.Context) error {
		_, err := a.api.SendMessage(ctx, params)
		return err
	})
	return err == nil, err
}
