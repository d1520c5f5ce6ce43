package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// Card actions (action_id "card:<action>", value = reference).
const (
	ActionClaim     = "claim"
	ActionReprogram = "reprogram"
	ActionAbsent    = "absent"
	ActionClose     = "close"
)

// cardRecord is what the adapter remembers of a reference's card, stored as
// JSON under "slackcard:<ref>". It also keeps the visitor's address and the
// operator, so that the relay works for urgent requests (not stored as
// bookings).
type cardRecord struct {
	Channel      string `json:"channel"`
	TS           string `json:"ts"`
	Seq          int    `json:"seq"`
	OperatorID   string `json:"operator"`
	VChannel     string `json:"visitor_channel"`
	VConv        string `json:"visitor_conversation"`
	Status       string `json:"status"`
	ClaimedBy    string `json:"claimed_by,omitempty"`     // advisor id
	ReprogramBy  string `json:"reprogram_by,omitempty"`   // advisor id
	AbsentBy     string `json:"absent_by,omitempty"`      // advisor id
	ClosedBy     string `json:"closed_by,omitempty"`      // advisor id
	ReplacedBy   string `json:"replaced_by,omitempty"`    // reference of the new booking
	ReprogramAt  int64  `json:"reprogram_at,omitempty"`   // unix seconds
	LastActionAt int64  `json:"last_action_at,omitempty"` // unix seconds
}

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

// Wants reports whether the event's operator has a Slack channel (for a
// router choosing notifiers).
func (n *Notifier) Wants(ev bot.Event) bool {
	// Handoff cards only: reminders go to visitors, registrations to
	// collective sessions are listed by `cepbot sessions list`.
	if ev.Booking == nil || ev.Type == bot.EventReminder || strings.HasPrefix(ev.Type, "session.") {
		return false
	}
	op := n.a.o.dir.Operator(ev.Booking.OperatorID)
	return op != nil && op.Notify.SlackChannel != ""
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
	op := a.o.dir.Operator(b.OperatorID)
	if op == nil || op.Notify.SlackChannel == "" {
		return nil, fmt.Errorf("slack: operator %q has no Slack channel", b.OperatorID)
	}
	rec, ver, err := a.loadCard(ctx, b.Ref)
	switch {
	case errors.Is(err, bot.ErrNotFound):
		if !create {
			return nil, nil
		}
		rec = &cardRecord{OperatorID: b.OperatorID, VChannel: b.Channel, VConv: b.Conversation, Status: b.Status, Seq: b.Seq}
		if change != nil {
			change(rec)
		}
		var ch, ts string
		err := a.call(ctx, func() error {
			var err error
			ch, ts, err = a.api.PostMessageContext(ctx, op.Notify.SlackChannel,
				slackapi.MsgOptionText(cardFallback(b), false), slackapi.MsgOptionBlocks(a.cardBlocks(b, rec)...))
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
			slackapi.MsgOptionText(cardFallback(b), false), slackapi.MsgOptionBlocks(a.cardBlocks(b, rec)...))
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

// French labels.
var (
	statusLabels = map[string]string{
		bot.StatusBooked:    "📅 Rendez-vous réservé",
		bot.StatusClaimed:   "🙋 Pris en charge",
		bot.StatusMoved:     "↪️ Remplacé par un autre rendez-vous",
		bot.StatusCancelled: "❌ Annulé par le visiteur",
		bot.StatusNoShow:    "🚫 Visiteur absent",
		bot.StatusClosed:    "✅ Clôturé",
		bot.StatusUrgent:    "🚨 Demande de contact urgente (sans rendez-vous)",
	}
	modalityLabels = map[string]string{
		string(directory.OnSite): "sur place",
		string(directory.Phone):  "par téléphone",
		string(directory.Video):  "en visio",
	}
	frWeekdays = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	frMonths   = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// FrenchDate formats t as "jeudi 3 décembre 2026 à 10 h 00".
func FrenchDate(t time.Time) string {
	day := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return fmt.Sprintf("%s %s %s %d à %d h %02d", frWeekdays[t.Weekday()], day, frMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

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
		return "aucun créneau"
	}
	loc := a.location(b.AgencyID)
	s := FrenchDate(b.Start.In(loc))
	if !b.End.IsZero() {
		e := b.End.In(loc)
		s += fmt.Sprintf(" – %d h %02d", e.Hour(), e.Minute())
	}
	if loc != time.UTC {
		s += " (" + loc.String() + ")"
	}
	return s
}

func cardFallback(b *bot.Booking) string {
	return "Demande " + b.Ref + " : " + statusText(b.Status)
}

func statusText(s string) string {
	if l, ok := statusLabels[s]; ok {
		return l
	}
	return s
}

// open reports whether advisors can still act on the booking.
func open(status string) bool {
	return status == bot.StatusBooked || status == bot.StatusClaimed || status == bot.StatusNoShow
}

// visibleFacts returns the analysed facts to show (flags that are off are
// left out): the disability only when the visitor agreed to share it.
func visibleFacts(b *bot.Booking) []string {
	var keys []string
	for k, v := range b.Handoff.Facts {
		if v == "" || v == "0" || v == "false" || (k == "handicap" && !b.Handoff.ShareHealth) {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = "• " + Escape(k) + " : " + Escape(b.Handoff.Facts[k])
	}
	return out
}

// cardBlocks renders the handoff card (fiche de liaison) of b.
func (a *Adapter) cardBlocks(b *bot.Booking, rec *cardRecord) []slackapi.Block {
	opName := b.OperatorID
	if op := a.o.dir.Operator(b.OperatorID); op != nil {
		opName = op.Name
	}
	route := Escape(opName)
	if ag := a.o.dir.Agency(b.AgencyID); ag != nil {
		route += " – " + Escape(ag.Name)
	}
	status := statusText(b.Status)
	switch {
	case b.Status == bot.StatusClaimed && rec != nil && rec.ClaimedBy != "":
		status += " par " + Escape(a.advisorName(rec.ClaimedBy))
	case b.Status == bot.StatusMoved && rec != nil && rec.ReplacedBy != "":
		status += " (" + Escape(rec.ReplacedBy) + ")"
	case b.Status == bot.StatusClosed && rec != nil && rec.ClosedBy != "":
		status += " par " + Escape(a.advisorName(rec.ClosedBy))
	}
	modality := modalityLabels[b.Modality]
	if modality == "" {
		modality = Escape(b.Modality)
	}
	fields := []*slackapi.TextBlockObject{
		mrkdwn("*Référence*\n" + Escape(b.Ref)),
		mrkdwn("*Statut*\n" + status),
		mrkdwn("*Créneau*\n" + Escape(a.slotLine(b))),
		mrkdwn("*Modalité*\n" + orDash(modality)),
		mrkdwn("*Orientation*\n" + route),
		mrkdwn("*Conseiller*\n" + orDash(Escape(a.advisorName(b.AdvisorID)))),
	}
	blocks := []slackapi.Block{
		slackapi.NewHeaderBlock(plain(truncate("Demande "+b.Ref, 150))),
		slackapi.NewSectionBlock(nil, fields, nil, slackapi.SectionBlockOptionBlockID("card-fields")),
	}
	if req := strings.TrimSpace(b.Handoff.Request); req != "" {
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(truncate("*Demande du visiteur*\n>"+strings.ReplaceAll(Escape(req), "\n", "\n>"), maxSectionText)), nil, nil))
	}
	if facts := visibleFacts(b); len(facts) > 0 {
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(truncate("*Éléments analysés*\n"+strings.Join(facts, "\n"), maxSectionText)), nil, nil))
	}
	if len(b.Handoff.Reasons) > 0 {
		rs := make([]string, len(b.Handoff.Reasons))
		for i, r := range b.Handoff.Reasons {
			rs[i] = "• " + Escape(r)
		}
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(truncate("*Motifs de l'orientation*\n"+strings.Join(rs, "\n"), maxSectionText)), nil, nil))
	}
	var ctx []string
	if b.Contact != "" {
		ctx = append(ctx, "Contact : "+Escape(b.Contact))
	}
	if b.Handoff.Previous != "" {
		ctx = append(ctx, "Remplace "+Escape(b.Handoff.Previous))
	}
	if rec != nil && rec.ReprogramBy != "" && open(b.Status) {
		ctx = append(ctx, "Nouveau créneau proposé au visiteur par "+Escape(a.advisorName(rec.ReprogramBy)))
	}
	if rec != nil && rec.AbsentBy != "" && b.Status == bot.StatusNoShow {
		ctx = append(ctx, "Absence notée par "+Escape(a.advisorName(rec.AbsentBy)))
	}
	switch {
	case b.Status == bot.StatusUrgent:
		ctx = append(ctx, "Répondez dans ce fil pour écrire au visiteur.")
	case open(b.Status):
		ctx = append(ctx, "Répondez dans ce fil pour écrire au visiteur ; ses messages y arrivent.")
	}
	if len(ctx) > 0 {
		blocks = append(blocks, slackapi.NewContextBlock("card-context", mrkdwn(strings.Join(ctx, " · "))))
	}
	if open(b.Status) {
		btn := func(action, label string, style slackapi.Style) slackapi.BlockElement {
			e := slackapi.NewButtonBlockElement(cardPrefix+action, b.Ref, plain(label))
			if style != "" {
				e = e.WithStyle(style)
			}
			return e
		}
		var els []slackapi.BlockElement
		if b.Status == bot.StatusBooked {
			els = append(els, btn(ActionClaim, "Prendre en charge", slackapi.StylePrimary))
		}
		els = append(els, btn(ActionReprogram, "Reprogrammer", ""))
		if b.Status != bot.StatusNoShow {
			els = append(els, btn(ActionAbsent, "Absent", ""))
		}
		els = append(els, btn(ActionClose, "Clôturer", slackapi.StyleDanger))
		blocks = append(blocks, slackapi.NewActionBlock("card-actions", els...))
	}
	return blocks
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
