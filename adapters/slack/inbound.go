package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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
	Type        string `json:"type"`
	SubType     string `json:"subtype"`
	Channel     string `json:"channel"`
	ChannelType string `json:"channel_type"`
	User        string `json:"user"`
	BotID       string `json:"bot_id"`
	Text        string `json:"text"`
	TS          string `json:"ts"`
	ThreadTS    string `json:"thread_ts"`
	ClientMsgID string `json:"client_msg_id"`
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
			if a.claim(ctx, "slack:event:"+id) {
				a.onDirectMessage(ctx, id, e)
			}
		})
	case e.ThreadTS != "" && e.ThreadTS != e.TS:
		return a.enqueue(ctx, "thread:"+e.Channel+":"+e.ThreadTS, wait, func(ctx context.Context) {
			if a.claim(ctx, "slack:event:"+id) {
				a.onThreadReply(ctx, e)
			}
		})
	}
	return true
}

func (a *Adapter) onDirectMessage(ctx context.Context, eventID string, e innerEvent) {
	hp := a.handler.Load()
	if hp == nil {
		return
	}
	upd := e.ClientMsgID
	if upd == "" {
		upd = eventID
	}
	in := bot.Inbound{Channel: Channel, Conversation: e.Channel, User: e.User, UpdateID: upd, Text: unescape(e.Text)}
	if err := (*hp).Handle(ctx, in); err != nil {
		a.o.logger.Warn("slack: direct message turn failed", "event", eventID, "err", err)
	}
}

// acceptInteraction queues a block_actions interaction.
func (a *Adapter) acceptInteraction(ctx context.Context, cb slackapi.InteractionCallback, wait bool) bool {
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
	case strings.HasPrefix(act.ActionID, choicePrefix):
		step, ok := parseChoiceAction(act.ActionID)
		if !ok || channel == "" || cb.User.ID == "" {
			return true
		}
		return a.enqueue(ctx, "im:"+channel, wait, func(ctx context.Context) {
			a.onChoice(ctx, cb, act, channel, step)
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
				a.onCardAction(ctx, cb.User.ID, channel, strings.TrimPrefix(act.ActionID, cardPrefix), ref)
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
	if err := (*hp).Handle(ctx, in); err != nil {
		a.o.logger.Warn("slack: button turn failed", "err", err)
	}
}

// Texts told to visitors after card actions, and to advisors.
const (
	TextClaimed     = "Votre conseiller %s a pris en charge votre demande."
	TextReprogram   = "Votre conseiller vous propose de changer de créneau : écrivez /rdv pour en choisir un autre."
	TextAbsent      = "Nous avons noté votre absence au rendez-vous. Écrivez /rdv ou /start pour en reprendre un."
	TextClosed      = "Votre demande est clôturée. Merci d'avoir utilisé le conseil en évolution professionnelle."
	TextOnlyStaff   = "Seuls les conseillers de %s peuvent agir sur cette demande."
	TextIsClosed    = "Cette demande est clôturée."
	TextNotActive   = "Cette demande n'est plus active (annulée par le visiteur ou remplacée par un autre rendez-vous)."
	TextUnknownRef  = "Cette demande est introuvable."
	TextAfterAbsent = "Le visiteur a été noté absent : proposez-lui un autre créneau (Reprogrammer) ou clôturez la demande."
	TextFailed      = "L'action n'a pas pu aboutir, réessayez dans un instant."
	TextReprogramTh = "%s a invité le visiteur à choisir un autre créneau (/rdv)."
	TextVisitorMsg  = "Message du visiteur : %s"
	TextNotRelayed  = "Seuls les conseillers de %s peuvent écrire au visiteur : votre message ne lui a pas été transmis."
	TextRelayFailed = "Votre message n'a pas pu être transmis au visiteur, réessayez dans un instant."
	TextNoRelay     = "Votre conseiller ne peut pas recevoir de messages par ce moyen : il vous contactera au moment du rendez-vous."
)

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

// onCardAction runs a card action of user on reference ref.
func (a *Adapter) onCardAction(ctx context.Context, user, channel, action, ref string) {
	log := a.o.logger.With("reference", ref, "action", action)
	if a.o.handoffs == nil || a.o.dir == nil {
		log.Error("slack: card action without handoffs or directory configured")
		a.ephemeral(ctx, channel, user, "", TextFailed)
		return
	}
	b, err := a.o.handoffs.Get(ctx, ref)
	if err != nil {
		if errors.Is(err, bot.ErrNotFound) {
			a.ephemeral(ctx, channel, user, "", TextUnknownRef)
		} else {
			log.Warn("slack: card action: loading the booking failed", "err", err)
			a.ephemeral(ctx, channel, user, "", TextFailed)
		}
		return
	}
	adv := a.staffOf(user, b.OperatorID)
	if adv == nil {
		log.Info("slack: card action refused: not staff of the operator")
		a.ephemeral(ctx, channel, user, "", fmt.Sprintf(TextOnlyStaff, a.operatorName(b.OperatorID)))
		return
	}
	if !open(b.Status) {
		if b.Status == bot.StatusClosed {
			a.ephemeral(ctx, channel, user, "", TextIsClosed)
		} else {
			a.ephemeral(ctx, channel, user, "", TextNotActive)
		}
		if _, err := a.upsertCard(ctx, b, false, nil); err != nil {
			log.Warn("slack: refreshing the card failed", "err", err)
		}
		return
	}
	if b.Status == bot.StatusNoShow && (action == ActionClaim || action == ActionAbsent) {
		a.ephemeral(ctx, channel, user, "", TextAfterAbsent)
		return
	}
	var change func(*cardRecord)
	var visitorText string
	now := a.o.now().Unix()
	switch action {
	case ActionClaim:
		b, err = a.o.handoffs.SetStatus(ctx, ref, bot.StatusClaimed)
		change = func(r *cardRecord) { r.ClaimedBy, r.LastActionAt = adv.ID, now }
		visitorText = fmt.Sprintf(TextClaimed, adv.Name)
	case ActionReprogram:
		change = func(r *cardRecord) { r.ReprogramBy, r.ReprogramAt, r.LastActionAt = adv.ID, now, now }
		visitorText = TextReprogram
	case ActionAbsent:
		b, err = a.o.handoffs.SetStatus(ctx, ref, bot.StatusNoShow)
		change = func(r *cardRecord) { r.AbsentBy, r.LastActionAt = adv.ID, now }
		visitorText = TextAbsent
	case ActionClose:
		b, err = a.o.handoffs.SetStatus(ctx, ref, bot.StatusClosed)
		change = func(r *cardRecord) { r.ClosedBy, r.LastActionAt = adv.ID, now }
		visitorText = TextClosed
	default:
		return
	}
	if err != nil {
		log.Warn("slack: card action: status change failed", "err", err)
		a.ephemeral(ctx, channel, user, "", TextFailed)
		return
	}
	rec, err := a.upsertCard(ctx, b, true, change)
	if err != nil {
		log.Warn("slack: card action: updating the card failed", "err", err)
	}
	if action == ActionReprogram && rec != nil {
		err := a.call(ctx, func() error {
			_, _, err := a.api.PostMessageContext(ctx, rec.Channel, slackapi.MsgOptionTS(rec.TS),
				slackapi.MsgOptionText(Escape(fmt.Sprintf(TextReprogramTh, adv.Name)), false))
			return err
		})
		if err != nil {
			log.Warn("slack: posting in the card thread failed", "err", err)
		}
	}
	if err := a.tellVisitor(ctx, b, rec, visitorText); err != nil {
		log.Warn("slack: telling the visitor failed", "err", err)
		a.ephemeral(ctx, channel, user, "", "Le statut est enregistré, mais le visiteur n'a pas pu être prévenu.")
	}
	log.Info("slack: card action done", "status", b.Status)
}

// onThreadReply relays an advisor's reply in a card's thread to the visitor.
func (a *Adapter) onThreadReply(ctx context.Context, e innerEvent) {
	ref, err := a.refOfThread(ctx, e.Channel, e.ThreadTS)
	if err != nil {
		return // not a card thread (or no store): ignored
	}
	log := a.o.logger.With("reference", ref)
	rec, _, err := a.loadCard(ctx, ref)
	if err != nil {
		log.Warn("slack: thread reply: card record missing", "err", err)
		return
	}
	var b *bot.Booking
	if a.o.handoffs != nil {
		if got, err := a.o.handoffs.Get(ctx, ref); err == nil {
			b = got
		}
	}
	if b == nil { // urgent requests are not stored as bookings
		b = &bot.Booking{Ref: ref, OperatorID: rec.OperatorID, Status: rec.Status, Channel: rec.VChannel, Conversation: rec.VConv}
	}
	adv := a.staffOf(e.User, b.OperatorID)
	switch {
	case adv == nil:
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, fmt.Sprintf(TextNotRelayed, a.operatorName(b.OperatorID)))
		return
	case b.Status == bot.StatusClosed:
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, TextIsClosed)
		return
	case b.Status == bot.StatusCancelled || b.Status == bot.StatusMoved:
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, TextNotActive)
		return
	}
	text := strings.TrimSpace(unescape(e.Text))
	if text == "" {
		return
	}
	if err := a.tellVisitor(ctx, b, rec, adv.Name+" : "+text); err != nil {
		log.Warn("slack: relaying an advisor's reply failed", "err", err)
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, TextRelayFailed)
		return
	}
	log.Info("slack: advisor reply relayed")
}

// ToAdvisor implements dialogs.Relay: the visitor's message is posted in the
// thread of the booking's card (the card is posted first if the notifier has
// not done it yet). An operator without a Slack channel cannot receive it:
// the visitor is told so (a *bot.VisitorError).
func (a *Adapter) ToAdvisor(ctx context.Context, b *bot.Booking, text string) error {
	if a.o.dir == nil || a.o.kv == nil {
		return bot.Tell(TextNoRelay, errors.New("slack relay: directory or store not configured"))
	}
	op := a.o.dir.Operator(b.OperatorID)
	if op == nil || op.Notify.SlackChannel == "" {
		return bot.Tell(TextNoRelay, fmt.Errorf("slack relay: operator %q has no Slack channel", b.OperatorID))
	}
	rec, _, err := a.loadCard(ctx, b.Ref)
	if errors.Is(err, bot.ErrNotFound) {
		rec, err = a.upsertCard(ctx, b, true, nil)
	}
	if err != nil {
		return fmt.Errorf("slack relay of %s: %w", b.Ref, asTransient(err))
	}
	err = a.call(ctx, func() error {
		_, _, err := a.api.PostMessageContext(ctx, rec.Channel, slackapi.MsgOptionTS(rec.TS),
			slackapi.MsgOptionText(fmt.Sprintf(TextVisitorMsg, VisitorText(text)), false))
		return err
	})
	if err != nil {
		return fmt.Errorf("slack relay of %s: %w", b.Ref, err)
	}
	a.o.logger.Info("slack: visitor message relayed", "reference", b.Ref)
	return nil
}
