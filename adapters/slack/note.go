package slack

import (
	"context"
	"fmt"
	"strings"

	slackapi "github.com/slack-go/slack"
)

// ShortcutNote is the callback id of the « Note interne » message shortcut
// (declared in the Slack app): on a card or a message of its thread, it
// opens a modal whose text is posted in the thread for staff only.
const ShortcutNote = "cep_note"

const (
	viewNote  = "cep_note_view"
	blockText = "text"
)

// onNoteShortcut opens the « Note interne » modal for the card of the
// message the shortcut was used on.
func (a *Adapter) onNoteShortcut(ctx context.Context, cb slackapi.InteractionCallback) {
	channel := cb.Channel.ID
	ts := cb.Message.ThreadTimestamp
	if ts == "" {
		ts = cb.Message.Timestamp
	}
	ref, err := a.refOfThread(ctx, channel, ts)
	if err != nil {
		a.ephemeral(ctx, channel, cb.User.ID, "", a.tx.SlackNoteNoCard)
		return
	}
	input := slackapi.NewPlainTextInputBlockElement(nil, actionInput)
	input.Multiline = true
	input.MaxLength = 3000
	v := slackapi.ModalViewRequest{
		Type: slackapi.VTModal, CallbackID: viewNote, PrivateMetadata: meta(ref, channel),
		Title: plain(truncate(a.tx.SlackNoteTitle, 24)), Submit: plain(a.tx.SlackConfirmYes), Close: plain(a.tx.SlackCancel),
		Blocks: slackapi.Blocks{BlockSet: []slackapi.Block{
			slackapi.NewInputBlock(blockText, plain(a.tx.SlackNoteLabel), nil, input),
		}},
	}
	if err := a.openView(ctx, cb.TriggerID, v); err != nil {
		a.o.logger.Warn("slack: opening the note modal failed", "reference", ref, "err", err)
		a.ephemeral(ctx, channel, cb.User.ID, "", a.tx.SlackFailed)
	}
}

// postNote posts a submitted internal note in the card's thread (the bot's
// own messages are never relayed).
func (a *Adapter) postNote(ctx context.Context, user string, m viewMeta, text string) {
	text = strings.TrimSpace(text)
	if text == "" || a.o.handoffs == nil {
		return
	}
	b, err := a.o.handoffs.Get(ctx, m.Ref)
	if err != nil {
		a.ephemeral(ctx, m.Channel, user, "", a.tx.SlackFailed)
		return
	}
	act, ok := a.actorOn(user, b)
	if !ok {
		a.ephemeral(ctx, m.Channel, user, "", fmt.Sprintf(a.tx.SlackOnlyStaff, a.agencyName(b)))
		return
	}
	rec, _, err := a.loadCard(ctx, m.Ref)
	if err != nil {
		a.ephemeral(ctx, m.Channel, user, "", a.tx.SlackFailed)
		return
	}
	a.threadNote(ctx, rec, fmt.Sprintf(a.tx.SlackNotePosted, a.who(act.id), Escape(text)))
}
