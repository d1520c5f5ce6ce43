package slack

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
)

// envelope is the outer Events API payload. It is decoded leniently (only
// the fields used) rather than with slackevents.ParseEvent, which in v0.35
// rejects a whole event for one malformed block or an unknown inner type.
type envelope struct {
	Type      string     `json:"type"`
	Challenge string     `json:"challenge"`
	EventID   string     `json:"event_id"`
	Event     innerEvent `json:"event"`
}

type innerEvent struct {
	Type        string      `json:"type"`
	SubType     string      `json:"subtype"`
	Channel     string      `json:"channel"`
	ChannelType string      `json:"channel_type"`
	User        string      `json:"user"`
	BotID       string      `json:"bot_id"`
	Text        string      `json:"text"`
	TS          string      `json:"ts"`
	ThreadTS    string      `json:"thread_ts"`
	ClientMsgID string      `json:"client_msg_id"`
	Tab         string      `json:"tab"` // app_home_opened: "home" or "messages"
	Files       []slackFile `json:"files"`
}

// slackFile is a file shared in a message.
type slackFile struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Mimetype    string `json:"mimetype"`
	Size        int    `json:"size"`
	URLDownload string `json:"url_private_download"`
}

func decodeEnvelope(body []byte) (envelope, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return envelope{}, err
	}
	if env.Type == "" {
		return envelope{}, errors.New("no type")
	}
	return env, nil
}

// acceptEvent queues an event_callback. It returns false when it could not
// be queued (not running, or the queue is full and wait is false).
func (a *Adapter) acceptEvent(ctx context.Context, env envelope, wait bool) bool {
	e := env.Event
	if e.Type == "app_home_opened" {
		if e.User == "" || (e.Tab != "" && e.Tab != "home") {
			return true
		}
		return a.enqueue(ctx, "home:"+e.User, wait, func(ctx context.Context) {
			if err := a.publishHome(ctx, e.User); err != nil {
				a.o.logger.Warn("slack: publishing the App Home failed", "err", err)
			}
		})
	}
	if e.Type != "message" || e.BotID != "" || e.User == "" || e.Channel == "" ||
		(e.SubType != "" && e.SubType != "thread_broadcast" && e.SubType != "file_share") {
		return true // not for us: acknowledged, ignored
	}
	id := env.EventID
	if id == "" {
		id = e.Channel + ":" + e.TS
	}
	switch {
	case e.ChannelType == "im":
		return a.enqueue(ctx, "im:"+e.Channel, wait, func(ctx context.Context) {
			if key := "slack:event:" + id; a.claim(ctx, key) {
				a.onDirectMessage(ctx, key, id, e)
			}
		})
	case e.ThreadTS != "" && e.ThreadTS != e.TS:
		return a.enqueue(ctx, "thread:"+e.Channel+":"+e.ThreadTS, wait, func(ctx context.Context) {
			if key := "slack:event:" + id; a.claim(ctx, key) {
				a.onThreadReply(ctx, key, e)
			}
		})
	}
	return true
}

func (a *Adapter) onDirectMessage(ctx context.Context, claimKey, eventID string, e innerEvent) {
	hp := a.handler.Load()
	if hp == nil {
		return
	}
	upd := e.ClientMsgID
	if upd == "" {
		upd = eventID
	}
	a.rememberDM(ctx, e.Channel, e.User)
	in := bot.Inbound{Channel: Channel, Conversation: e.Channel, User: e.User, UpdateID: upd, Text: unescape(e.Text)}
	if err := (*hp).Handle(ctx, in); err != nil && !a.retryLater(ctx, claimKey, err) {
		a.o.logger.Warn("slack: direct message turn failed", "event", eventID, "err", err)
	}
}

// acceptInteraction queues a block_actions interaction or a modal
// submission (validated first with validateView by the caller).
func (a *Adapter) acceptInteraction(ctx context.Context, cb slackapi.InteractionCallback, wait bool) bool {
	if cb.Type == slackapi.InteractionTypeViewSubmission {
		if cb.User.ID == "" || cb.View.ID == "" {
			return true
		}
		// Actions on one reference run one at a time (same worker as its
		// card's buttons).
		key := "view:" + cb.View.ID
		var m viewMeta
		if json.Unmarshal([]byte(cb.View.PrivateMetadata), &m) == nil && m.Ref != "" {
			key = "card:" + m.Ref
		}
		return a.enqueue(ctx, key, wait, func(ctx context.Context) {
			key := cb.View.ID + ":" + cb.View.Hash
			if a.claim(ctx, "slack:view:"+key) {
				a.onViewSubmission(ctx, cb)
			}
		})
	}
	if cb.Type == slackapi.InteractionTypeMessageAction && cb.CallbackID == ShortcutNote {
		if cb.User.ID == "" || cb.TriggerID == "" {
			return true
		}
		return a.enqueue(ctx, "note:"+cb.User.ID, wait, func(ctx context.Context) {
			if a.claim(ctx, "slack:shortcut:"+cb.TriggerID) {
				a.onNoteShortcut(ctx, cb)
			}
		})
	}
	if cb.Type != slackapi.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) == 0 {
		return true
	}
	act := cb.ActionCallback.BlockActions[0]
	if act == nil {
		return true
	}
	channel := cb.Container.ChannelID
	if channel == "" {
		channel = cb.Channel.ID
	}
	switch {
	case act.ActionID == ActionCallerStart:
		return a.acceptCallerStart(ctx, cb, wait)
	case strings.HasPrefix(act.ActionID, choicePrefix):
		step, ok := parseChoiceAction(act.ActionID)
		if !ok || channel == "" || cb.User.ID == "" {
			return true
		}
		return a.enqueue(ctx, "im:"+channel, wait, func(ctx context.Context) {
			a.onChoice(ctx, cb, act, channel, step)
		})
	case strings.HasPrefix(act.ActionID, assignPrefix):
		ref := strings.TrimPrefix(act.ActionID, assignPrefix)
		advisor := act.SelectedOption.Value
		if ref == "" || advisor == "" || cb.User.ID == "" || channel == "" {
			return true
		}
		return a.enqueue(ctx, "card:"+ref, wait, func(ctx context.Context) {
			if a.claim(ctx, "slack:action:"+cb.TriggerID+":"+act.ActionTs+":"+cb.User.ID) {
				a.onAssign(ctx, cb.User.ID, channel, ref, advisor)
			}
		})
	case strings.HasPrefix(act.ActionID, cardPrefix):
		ref := act.Value
		if ref == "" || cb.User.ID == "" || channel == "" {
			return true
		}
		return a.enqueue(ctx, "card:"+ref, wait, func(ctx context.Context) {
			key := cb.TriggerID
			if key == "" {
				key = cb.Container.MessageTs + ":" + act.ActionTs + ":" + cb.User.ID
			}
			if a.claim(ctx, "slack:action:"+key) {
				a.onCardAction(ctx, cb.User.ID, channel, cb.TriggerID, strings.TrimPrefix(act.ActionID, cardPrefix), ref)
			}
		})
	}
	return true
}

// onChoice handles a pressed choice button in a DM: the message is updated
// to show the choice (old buttons disappear), then the turn runs.
func (a *Adapter) onChoice(ctx context.Context, cb slackapi.InteractionCallback, act *slackapi.BlockAction, channel, step string) {
	ts := cb.Container.MessageTs
	if ts == "" {
		ts = cb.Message.Timestamp
	}
	label := act.Text.Text
	if label == "" {
		label = act.Value
	}
	if ts != "" {
		err := a.call(ctx, func() error {
			_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts,
				slackapi.MsgOptionText("✔ "+Escape(label), false), slackapi.MsgOptionBlocks(answeredBlocks(cb.Message.Blocks.BlockSet, label)...))
			return err
		})
		if err != nil {
			a.o.logger.Warn("slack: updating the answered message failed", "err", err)
		}
	}
	hp := a.handler.Load()
	if hp == nil {
		return
	}
	upd := "action:" + ts + ":" + act.ActionTs
	if act.ActionTs == "" {
		upd = "action:" + cb.TriggerID
	}
	in := bot.Inbound{Channel: Channel, Conversation: channel, User: cb.User.ID, UpdateID: upd, Choice: act.Value, Step: step}
	if err := (*hp).Handle(ctx, in); err != nil && !a.retryLater(ctx, "", err) {
		a.o.logger.Warn("slack: button turn failed", "err", err)
	}
}

func (a *Adapter) ephemeral(ctx context.Context, channel, user, threadTS, text string) {
	opts := []slackapi.MsgOption{slackapi.MsgOptionText(Escape(text), false)}
	if threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(threadTS))
	}
	err := a.call(ctx, func() error { _, err := a.api.PostEphemeralContext(ctx, channel, user, opts...); return err })
	if err != nil {
		a.o.logger.Warn("slack: ephemeral message failed", "err", err)
	}
}

func (a *Adapter) tellVisitor(ctx context.Context, b *bot.Booking, rec *cardRecord, text string) error {
	v := a.visitorMessenger()
	if v == nil {
		return errors.New("slack: no visitor messenger (WithVisitors or SetVisitors)")
	}
	to := bot.Address{Channel: b.Channel, Conversation: b.Conversation}
	if to.Channel == "" && rec != nil {
		to = bot.Address{Channel: rec.VChannel, Conversation: rec.VConv}
	}
	if to.Channel == "" || to.Conversation == "" {
		return errors.New("slack: the visitor's address is unknown")
	}
	return v.Send(ctx, to, bot.Reply{Text: text})
}
