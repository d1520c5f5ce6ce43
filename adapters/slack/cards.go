package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// cardRecord is what the adapter remembers of a reference's card, stored as
// JSON under "slackcard:<ref>". It also keeps the visitor's address and the
// operator, so that the relay works for urgent requests (not stored as
// bookings).
type cardRecord struct {
	Channel    string `json:"channel"`
	TS         string `json:"ts"`
	Seq        int    `json:"seq"`
	OperatorID string `json:"operator"`
	VChannel   string `json:"visitor_channel"`
	VConv      string `json:"visitor_conversation"`
	Status     string `json:"status"`
	ReplacedBy string `json:"replaced_by,omitempty"` // reference of the new booking
	EnteredBy  string `json:"entered_by,omitempty"`  // Slack user who booked it from a DM
	// ToldAdvisor is the advisor the visitor was last told has taken charge.
	ToldAdvisor string `json:"told_advisor,omitempty"`
	// Relayed lists the ts of the messages posted in the card's thread for
	// the visitor (their messages and files), oldest first, at most
	// maxRelayed: what an erasure deletes (chat.delete) in Slack.
	Relayed []string `json:"relayed,omitempty"`
}

// maxRelayed bounds the relayed message ts kept per card.
const maxRelayed = 1000

func cardKey(ref string) string           { return "slackcard:" + ref }
func threadKey(channel, ts string) string { return "slackthread:" + channel + ":" + ts }

var errNoStore = errors.New("slack: no store configured (WithStore)")

func (a *Adapter) loadCard(ctx context.Context, ref string) (*cardRecord, int64, error) {
	if a.o.kv == nil {
		return nil, 0, errNoStore
	}
	data, ver, err := a.o.kv.LoadSession(ctx, cardKey(ref))
	if err != nil {
		return nil, 0, err
	}
	rec := &cardRecord{}
	if err := json.Unmarshal(data, rec); err != nil {
		return nil, 0, fmt.Errorf("slack: card record of %s unreadable: %w", ref, err)
	}
	return rec, ver, nil
}

func (a *Adapter) saveCard(ctx context.Context, ref string, rec *cardRecord, ver int64) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	_, err = a.o.kv.SaveSession(ctx, cardKey(ref), data, ver, a.o.cardTTL)
	return err
}

func (a *Adapter) refOfThread(ctx context.Context, channel, ts string) (string, error) {
	if a.o.kv == nil {
		return "", errNoStore
	}
	data, _, err := a.o.kv.LoadSession(ctx, threadKey(channel, ts))
	if err != nil {
		return "", err
	}
	return string(data), nil
}

// Notifier posts and updates handoff cards. It implements bot.Notifier.
type Notifier struct{ a *Adapter }

var _ bot.Notifier = (*Notifier)(nil)

// Notifier returns the handoff-card notifier of the adapter (it needs
// WithDirectory and WithStore; WithHandoffs lets it render the latest state).
func (a *Adapter) Notifier() *Notifier { return &Notifier{a: a} }

// Name implements bot.Notifier.
func (n *Notifier) Name() string { return "slack" }

// Wants reports whether the event's agency or operator has a Slack channel
// (for a router choosing notifiers).
func (n *Notifier) Wants(ev bot.Event) bool {
	// Handoff cards only: reminders go to visitors, registrations to
	// collective sessions are listed by `cepbot sessions list`.
	if ev.Booking == nil || ev.Type == bot.EventReminder || strings.HasPrefix(ev.Type, "session.") {
		return false
	}
	return n.a.o.dir.CardChannel(ev.Booking.AgencyID, ev.Booking.OperatorID) != ""
}

// Notify implements bot.Notifier: it posts the reference's card in the
// operator's channel, or updates it when it exists (so a repeated event
// never creates a second card). A handoff.moved event also marks the
// replaced reference's card. Slack unreachable or rate limited → an error
// wrapping bot.ErrTransient.
func (n *Notifier) Notify(ctx context.Context, ev bot.Event) error {
	if !n.Wants(ev) {
		return nil
	}
	a := n.a
	b := a.latest(ctx, ev.Booking)
	if _, err := a.upsertCard(ctx, b, true, nil); err != nil {
		return err
	}
	if ev.Type == bot.EventMoved && b.Handoff.Previous != "" && a.o.handoffs != nil {
		prev, err := a.o.handoffs.Get(ctx, b.Handoff.Previous)
		if err == nil {
			if _, err := a.upsertCard(ctx, prev, false, func(r *cardRecord) { r.ReplacedBy = b.Ref }); err != nil {
				return err
			}
		}
	}
	a.o.logger.Info("slack: handoff card delivered", "event", ev.ID, "type", ev.Type, "reference", ev.Ref)
	return nil
}

// latest returns the stored state of the booking when it is at least as new
// as the snapshot (events may be delivered late, after other changes).
func (a *Adapter) latest(ctx context.Context, snap *bot.Booking) *bot.Booking {
	if a.o.handoffs == nil {
		return snap
	}
	b, err := a.o.handoffs.Get(ctx, snap.Ref)
	if err != nil || b.Seq < snap.Seq {
		return snap
	}
	return b
}

// upsertCard posts the card of b (create) or updates it, after applying
// change to its record. It returns the record.
func (a *Adapter) upsertCard(ctx context.Context, b *bot.Booking, create bool, change func(*cardRecord)) (*cardRecord, error) {
	cardChannel := a.o.dir.CardChannel(b.AgencyID, b.OperatorID)
	if cardChannel == "" {
		return nil, fmt.Errorf("slack: agency %q of operator %q has no Slack channel", b.AgencyID, b.OperatorID)
	}
	rec, ver, err := a.loadCard(ctx, b.Ref)
	switch {
	case errors.Is(err, bot.ErrNotFound):
		if !create {
			return nil, nil
		}
		rec = &cardRecord{OperatorID: b.OperatorID, VChannel: b.Channel, VConv: b.Conversation, Status: b.Status, Seq: b.Seq,
			EnteredBy: a.enteredBy(ctx, b)}
		if change != nil {
			change(rec)
		}
		var ch, ts string
		err := a.call(ctx, func() error {
			var err error
			ch, ts, err = a.api.PostMessageContext(ctx, cardChannel,
				slackapi.MsgOptionText(a.cardFallback(b), false), slackapi.MsgOptionBlocks(a.cardBlocks(b, rec)...))
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("slack: posting the card of %s: %w", b.Ref, err)
		}
		rec.Channel, rec.TS = ch, ts
		if err := a.saveCard(ctx, b.Ref, rec, 0); err != nil {
			// Another replica posted the same card meanwhile, or the store
			// failed: remove ours so that a retry cannot leave two cards.
			_ = a.call(ctx, func() error { _, _, err := a.api.DeleteMessageContext(ctx, ch, ts); return err })
			if errors.Is(err, bot.ErrConflict) {
				return a.upsertCard(ctx, b, false, change)
			}
			return nil, fmt.Errorf("slack: recording the card of %s: %w", b.Ref, asTransient(err))
		}
		if _, err := a.o.kv.SaveSession(ctx, threadKey(ch, ts), []byte(b.Ref), 0, a.o.cardTTL); err != nil && !errors.Is(err, bot.ErrConflict) {
			a.o.logger.Warn("slack: recording the card thread failed", "reference", b.Ref, "err", err)
		}
		if b.Channel != "" && b.Conversation != "" && (b.Active() || b.Status == bot.StatusUrgent) {
			if err := a.putKV(ctx, visitorKey(bot.Address{Channel: b.Channel, Conversation: b.Conversation}), b.Ref, a.o.cardTTL); err != nil {
				a.o.logger.Warn("slack: recording the visitor's card failed", "reference", b.Ref, "err", err)
			}
		}
		return rec, nil
	case err != nil:
		return nil, fmt.Errorf("slack: loading the card of %s: %w", b.Ref, asTransient(err))
	}
	if b.Seq < rec.Seq && change == nil {
		return rec, nil // an older snapshot: the card already shows newer
	}
	for i := 0; ; i++ {
		rec.Seq, rec.Status = max(rec.Seq, b.Seq), b.Status
		if b.Channel != "" {
			rec.VChannel, rec.VConv = b.Channel, b.Conversation
		}
		if change != nil {
			change(rec)
		}
		err = a.saveCard(ctx, b.Ref, rec, ver)
		if !errors.Is(err, bot.ErrConflict) || i >= 20 {
			break
		}
		if rec, ver, err = a.loadCard(ctx, b.Ref); err != nil {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("slack: recording the card of %s: %w", b.Ref, asTransient(err))
	}
	err = a.call(ctx, func() error {
		_, _, _, err := a.api.UpdateMessageContext(ctx, rec.Channel, rec.TS,
			slackapi.MsgOptionText(a.cardFallback(b), false), slackapi.MsgOptionBlocks(a.cardBlocks(b, rec)...))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("slack: updating the card of %s: %w", b.Ref, err)
	}
	return rec, nil
}

func asTransient(err error) error {
	if errors.Is(err, bot.ErrTransient) || errors.Is(err, bot.ErrConflict) {
		return err
	}
	return fmt.Errorf("%w: %v", bot.ErrTransient, err)
}

// FrenchDate formats t as « jeudi 3 décembre 2026 à 10 h » (staff).
func FrenchDate(t time.Time) string { return texts.DateYear(t) }

func (a *Adapter) location(agencyID string) *time.Location {
	if ag := a.o.dir.Agency(agencyID); ag != nil {
		return agenda.Location(ag)
	}
	return time.UTC
}

func (a *Adapter) advisorName(id string) string {
	if adv := a.o.dir.Advisor(id); adv != nil {
		return adv.Name
	}
	return id
}

func (a *Adapter) slotLine(b *bot.Booking) string {
	if b.Start.IsZero() {
		return a.tx.SlackNoSlot
	}
	loc := a.location(b.AgencyID)
	s := FrenchDate(b.Start.In(loc))
	if !b.End.IsZero() {
		e := b.End.In(loc)
		s += " – " + texts.Time(e)
	}
	if loc != time.UTC {
		s += " (" + loc.String() + ")"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// staffEntry is one advisor a Slack user is.
type staffEntry struct {
	advisor    *directory.Advisor
	operatorID string
}

func (a *Adapter) buildStaff() {
	a.staff = map[string][]staffEntry{}
	if a.o.dir == nil {
		return
	}
	for _, adv := range a.o.dir.Advisors {
		if adv.SlackUserID == "" {
			continue
		}
		ag := a.o.dir.Agency(adv.AgencyID)
		if ag == nil {
			continue
		}
		a.staff[adv.SlackUserID] = append(a.staff[adv.SlackUserID], staffEntry{adv, ag.OperatorID})
	}
}

// staffOf returns the advisor the Slack user is at that operator, or nil.
func (a *Adapter) staffOf(user, operatorID string) *directory.Advisor {
	a.staffOnce.Do(a.buildStaff)
	for _, e := range a.staff[user] {
		if e.operatorID == operatorID {
			return e.advisor
		}
	}
	return nil
}

// advisorIDs returns the advisor ids the Slack user is.
func (a *Adapter) advisorIDs(user string) []string {
	a.staffOnce.Do(a.buildStaff)
	var ids []string
	for _, e := range a.staff[user] {
		ids = append(ids, e.advisor.ID)
	}
	return slices.Compact(ids)
}

func (a *Adapter) operatorName(id string) string {
	if op := a.o.dir.Operator(id); op != nil {
		return op.Name
	}
	return id
}
