package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// actor is who acts on a handoff from Slack: an advisor of its agency, or a
// manager of the agency or of its operator (adv nil when the manager is not
// an advisor there).
type actor struct {
	user string
	adv  *directory.Advisor
	id   string // advisor id, or bot.StaffActor(user)
}

// actorOn returns the actor the Slack user is for b, or false when they may
// not act on it.
func (a *Adapter) actorOn(user string, b *bot.Booking) (actor, bool) {
	d := a.o.dir
	var adv *directory.Advisor
	if b.AgencyID == "" {
		adv = a.staffOf(user, b.OperatorID) // an urgent request without an agency
	} else {
		adv = d.AdvisorBySlack(user, b.AgencyID)
	}
	switch {
	case adv != nil:
		return actor{user: user, adv: adv, id: adv.ID}, true
	case d.IsManager(user, b.AgencyID, b.OperatorID):
		return actor{user: user, id: bot.StaffActor(user)}, true
	}
	return actor{}, false
}

// onCardAction runs a card action of user on reference ref.
func (a *Adapter) onCardAction(ctx context.Context, user, channel, trigger, action, ref string) {
	log := a.o.logger.With("reference", ref, "action", action)
	fail := func(text string) { a.ephemeral(ctx, channel, user, "", text) }
	if a.o.handoffs == nil || a.o.dir == nil {
		log.Error("slack: card action without handoffs or directory configured")
		fail(a.tx.SlackFailed)
		return
	}
	b, err := a.o.handoffs.Get(ctx, ref)
	if err != nil {
		if errors.Is(err, bot.ErrNotFound) {
			fail(a.tx.SlackUnknownRef)
		} else {
			log.Warn("slack: card action: loading the booking failed", "err", err)
			fail(a.tx.SlackFailed)
		}
		return
	}
	act, ok := a.actorOn(user, b)
	if !ok {
		log.Info("slack: card action refused: not staff of the agency")
		fail(fmt.Sprintf(a.tx.SlackOnlyStaff, a.agencyName(b)))
		return
	}
	if !booking.Open(b) {
		a.refusedClosed(ctx, b, channel, user)
		return
	}
	switch action {
	case ActionClaim, ActionTakeOver:
		a.claimAction(ctx, b, act, channel, action == ActionTakeOver)
	case ActionAbsent:
		nb, err := a.o.handoffs.MarkAbsent(ctx, ref, act.id)
		switch {
		case errors.Is(err, booking.ErrNotStarted):
			fail(fmt.Sprintf(a.tx.SlackNotStarted, a.slotLabel(b.AgencyID, b.Start)))
		case errors.Is(err, booking.ErrNotOpen):
			fail(a.tx.SlackNotActive)
		case err != nil:
			log.Warn("slack: marking absent failed", "err", err)
			fail(a.tx.SlackFailed)
		case nb.Seq == b.Seq:
			a.refreshCard(ctx, nb)
		default:
			a.afterAction(ctx, nb, act, channel, fmt.Sprintf(a.tx.SlackThreadAbsent, a.who(act.id)), a.tx.SlackVisitorAbsent)
		}
	case ActionUndo:
		nb, err := a.o.handoffs.UndoAbsent(ctx, ref, act.id)
		switch {
		case errors.Is(err, booking.ErrUndoExpired):
			fail(a.tx.SlackUndoExpired)
		case errors.Is(err, booking.ErrNotAbsent):
			a.refreshCard(ctx, b)
		case err != nil:
			log.Warn("slack: undoing an absence failed", "err", err)
			fail(a.tx.SlackFailed)
		default:
			a.afterAction(ctx, nb, act, channel, fmt.Sprintf(a.tx.SlackThreadUndo, a.who(act.id)), "")
		}
	case ActionClose:
		if err := a.openView(ctx, trigger, a.closeView(b, channel)); err != nil {
			log.Warn("slack: opening the close modal failed", "err", err)
			fail(a.tx.SlackFailed)
		}
	case ActionReprogram:
		if b.Status == bot.StatusUrgent {
			return
		}
		slots, err := a.o.handoffs.AdvisorFreeSlots(ctx, b, maxOfferChoices)
		switch {
		case err != nil && !errors.Is(err, booking.ErrNoSlot):
			log.Warn("slack: free slots for a reschedule failed", "err", err)
			fail(a.tx.SlackFailed)
		case len(slots) == 0:
			fail(a.tx.SlackReschedNoSlot)
		default:
			var starts []time.Time
			for _, s := range slots {
				starts = append(starts, s.Start)
			}
			if err := a.openView(ctx, trigger, a.rescheduleView(b, channel, starts)); err != nil {
				log.Warn("slack: opening the reschedule modal failed", "err", err)
				fail(a.tx.SlackFailed)
			}
		}
	}
}

// maxOfferChoices is how many free slots the reschedule modal lists (a
// checkbox group holds at most 10).
const maxOfferChoices = 10

func (a *Adapter) refusedClosed(ctx context.Context, b *bot.Booking, channel, user string) {
	if b.Status == bot.StatusClosed {
		a.ephemeral(ctx, channel, user, "", a.tx.SlackIsClosed)
	} else {
		a.ephemeral(ctx, channel, user, "", a.tx.SlackNotActive)
	}
	a.refreshCard(ctx, b)
}

func (a *Adapter) refreshCard(ctx context.Context, b *bot.Booking) {
	if _, err := a.upsertCard(ctx, b, false, nil); err != nil {
		a.o.logger.Warn("slack: refreshing the card failed", "reference", b.Ref, "err", err)
	}
}

// claimAction assigns b to the actor. A booking in someone else's agenda
// is only taken over after a confirmation; the previous advisor is told;
// the visitor is told once per advisor.
func (a *Adapter) claimAction(ctx context.Context, b *bot.Booking, act actor, channel string, takeOver bool) {
	if act.adv == nil {
		a.askAssign(ctx, b, channel, act.user) // a manager: to whom?
		return
	}
	a.assign(ctx, b, act, act.adv, channel, takeOver)
}

// assign gives b to adv on behalf of act (the advisor themself, or a
// manager choosing adv).
func (a *Adapter) assign(ctx context.Context, b *bot.Booking, act actor, adv *directory.Advisor, channel string, takeOver bool) {
	fail := func(text string) { a.ephemeral(ctx, channel, act.user, "", text) }
	nb, prev, err := a.o.handoffs.Claim(ctx, b.Ref, adv.ID, act.id, takeOver)
	switch {
	case errors.Is(err, booking.ErrTakenByOther):
		a.askTakeOver(ctx, b, channel, act.user)
		return
	case errors.Is(err, bot.ErrSlotTaken):
		fail(a.tx.SlackBusyThen)
		return
	case errors.Is(err, booking.ErrNotOpen):
		if b.Status == bot.StatusNoShow {
			fail(a.tx.SlackAfterAbsent)
		} else {
			a.refusedClosed(ctx, b, channel, act.user)
		}
		return
	case err != nil:
		a.o.logger.Warn("slack: claim failed", "reference", b.Ref, "err", err)
		fail(a.tx.SlackFailed)
		return
	case nb.Seq == b.Seq:
		fail(a.tx.SlackAlreadyYours)
		return
	}
	// The visitor hears of an advisor when it is not the one they last
	// heard of: once per change, whatever the presses and redeliveries.
	rec, err := a.upsertCard(ctx, nb, true, nil)
	if err != nil {
		a.o.logger.Warn("slack: claim: updating the card failed", "reference", nb.Ref, "err", err)
	}
	tell := true
	if rec != nil {
		if _, err := a.updateRecord(ctx, nb.Ref, func(r *cardRecord) {
			tell = r.ToldAdvisor != adv.ID
			r.ToldAdvisor = adv.ID
		}); err != nil {
			a.o.logger.Warn("slack: claim: recording whom the visitor was told of failed", "reference", nb.Ref, "err", err)
		}
	}
	visitorText := ""
	if tell {
		visitorText = fmt.Sprintf(a.tx.SlackVisitorClaimed, adv.Name)
	}
	a.afterAction(ctx, nb, act, channel, fmt.Sprintf(a.tx.SlackThreadClaimed, a.who(adv.ID)), visitorText)
	if old := a.o.dir.Advisor(prev); old != nil && old.SlackUserID != "" && old.SlackUserID != act.user {
		a.dm(ctx, nb.Ref, old.SlackUserID, fmt.Sprintf(a.tx.SlackTakenOverTell, adv.Name, nb.Ref))
	}
	if adv.SlackUserID != "" && adv.SlackUserID != act.user {
		a.dm(ctx, nb.Ref, adv.SlackUserID, fmt.Sprintf(a.tx.SlackAssignedTell, nb.Ref, a.plainWho(act.id)))
	}
}

// dm writes to a Slack user (plain text).
func (a *Adapter) dm(ctx context.Context, ref, user, text string) {
	err := a.call(ctx, func() error {
		_, _, err := a.api.PostMessageContext(ctx, user, slackapi.MsgOptionText(Escape(text), false))
		return err
	})
	if err != nil {
		a.o.logger.Warn("slack: a direct message to staff failed", "reference", ref, "err", err)
	}
}

// assignPrefix starts the action id of a manager's advisor menu
// ("assign:<ref>", selected value = advisor id).
const assignPrefix = "assign:"

// askAssign answers a manager's « Prendre en charge » with a private menu
// of the agency's advisors.
func (a *Adapter) askAssign(ctx context.Context, b *bot.Booking, channel, user string) {
	var opts []*slackapi.OptionBlockObject
	for _, adv := range a.o.dir.AdvisorsOf(b.AgencyID) {
		if len(opts) == 100 {
			break
		}
		opts = append(opts, slackapi.NewOptionBlockObject(adv.ID, plain(truncate(adv.Name, 75)), nil))
	}
	if len(opts) == 0 {
		a.ephemeral(ctx, channel, user, "", a.tx.SlackNotAdvisorHere)
		return
	}
	sel := slackapi.NewOptionsSelectBlockElement(slackapi.OptTypeStatic, plain(a.tx.SlackAssignPick), truncate(assignPrefix+b.Ref, maxActionID), opts...)
	blocks := []slackapi.Block{
		slackapi.NewSectionBlock(mrkdwn(Escape(a.tx.SlackAssignAsk)), nil, slackapi.NewAccessory(sel), slackapi.SectionBlockOptionBlockID("assign")),
	}
	err := a.call(ctx, func() error {
		_, err := a.api.PostEphemeralContext(ctx, channel, user, slackapi.MsgOptionText(Escape(a.tx.SlackAssignAsk), false), slackapi.MsgOptionBlocks(blocks...))
		return err
	})
	if err != nil {
		a.o.logger.Warn("slack: assignment menu failed", "reference", b.Ref, "err", err)
	}
}

// onAssign applies a manager's choice in the advisor menu.
func (a *Adapter) onAssign(ctx context.Context, user, channel, ref, advisorID string) {
	fail := func(text string) { a.ephemeral(ctx, channel, user, "", text) }
	if a.o.handoffs == nil || a.o.dir == nil {
		return
	}
	b, err := a.o.handoffs.Get(ctx, ref)
	if err != nil {
		fail(a.tx.SlackUnknownRef)
		return
	}
	act, ok := a.actorOn(user, b)
	adv := a.o.dir.Advisor(advisorID)
	switch {
	case !ok:
		fail(fmt.Sprintf(a.tx.SlackOnlyStaff, a.agencyName(b)))
	case adv == nil || adv.AgencyID != b.AgencyID:
		fail(a.tx.SlackFailed)
	case !booking.Open(b):
		a.refusedClosed(ctx, b, channel, user)
	default:
		a.assign(ctx, b, act, adv, channel, true) // the manager's choice is the confirmation
	}
}

// askTakeOver answers a claim of someone else's booking with a private
// question and a confirmed « Reprendre » button.
func (a *Adapter) askTakeOver(ctx context.Context, b *bot.Booking, channel, user string) {
	name := a.plainWho(b.AdvisorID)
	text := fmt.Sprintf(a.tx.SlackTakeOverAsk, name)
	btn := slackapi.NewButtonBlockElement(cardPrefix+ActionTakeOver, b.Ref, plain(a.tx.SlackBtnTakeOver)).
		WithStyle(slackapi.StylePrimary).
		WithConfirm(a.confirm(a.tx.SlackConfirmTakeOverTitle, fmt.Sprintf(a.tx.SlackConfirmTakeOverText, name)))
	blocks := []slackapi.Block{
		slackapi.NewSectionBlock(mrkdwn(Escape(text)), nil, nil),
		slackapi.NewActionBlock("takeover", btn),
	}
	err := a.call(ctx, func() error {
		_, err := a.api.PostEphemeralContext(ctx, channel, user, slackapi.MsgOptionText(Escape(text), false), slackapi.MsgOptionBlocks(blocks...))
		return err
	})
	if err != nil {
		a.o.logger.Warn("slack: take-over question failed", "reference", b.Ref, "err", err)
	}
}

// afterAction updates the card, notes the action in its thread and tells
// the visitor (visitorText "" tells nothing).
func (a *Adapter) afterAction(ctx context.Context, b *bot.Booking, act actor, channel, threadNote, visitorText string) {
	log := a.o.logger.With("reference", b.Ref)
	rec, err := a.upsertCard(ctx, b, true, nil)
	if err != nil {
		log.Warn("slack: card action: updating the card failed", "err", err)
	}
	if rec != nil && threadNote != "" {
		a.threadNote(ctx, rec, threadNote)
	}
	if visitorText != "" {
		if err := a.tellVisitor(ctx, b, rec, visitorText); err != nil {
			log.Warn("slack: telling the visitor failed", "err", err)
			a.ephemeral(ctx, channel, act.user, "", a.tx.SlackVisitorNotTold)
		}
	}
	log.Info("slack: card action done", "status", b.Status)
}

// threadNote posts an mrkdwn line in the card's thread.
func (a *Adapter) threadNote(ctx context.Context, rec *cardRecord, text string) {
	err := a.call(ctx, func() error {
		_, _, err := a.api.PostMessageContext(ctx, rec.Channel, slackapi.MsgOptionTS(rec.TS), slackapi.MsgOptionText(text, false))
		return err
	})
	if err != nil {
		a.o.logger.Warn("slack: posting in the card thread failed", "err", err)
	}
}

// viewMeta is the private_metadata of the modals.
type viewMeta struct {
	Ref     string `json:"ref"`
	Channel string `json:"channel"` // where the card is (for private answers)
}

func (a *Adapter) openView(ctx context.Context, trigger string, v slackapi.ModalViewRequest) error {
	if trigger == "" {
		return errors.New("no trigger_id")
	}
	return a.call(ctx, func() error { _, err := a.api.OpenViewContext(ctx, trigger, v); return err })
}

func meta(ref, channel string) string {
	data, _ := json.Marshal(viewMeta{Ref: ref, Channel: channel})
	return string(data)
}

// closeView is the « Clôturer » modal: an outcome and a private note.
func (a *Adapter) closeView(b *bot.Booking, channel string) slackapi.ModalViewRequest {
	t := a.tx
	var opts []*slackapi.OptionBlockObject
	for _, o := range a.o.dir.OutcomeList() {
		opts = append(opts, slackapi.NewOptionBlockObject(o.ID, plain(truncate(o.Label, 75)), nil))
	}
	sel := slackapi.NewOptionsSelectBlockElement(slackapi.OptTypeStatic, plain(t.SlackCloseOutcome), actionInput, opts...)
	note := slackapi.NewPlainTextInputBlockElement(nil, actionInput)
	note.Multiline = true
	note.MaxLength = 2000
	noteBlock := slackapi.NewInputBlock(blockNote, plain(t.SlackCloseNote), plain(t.SlackCloseNoteHint), note)
	noteBlock.Optional = true
	return slackapi.ModalViewRequest{
		Type: slackapi.VTModal, CallbackID: viewClose, PrivateMetadata: meta(b.Ref, channel),
		Title: plain(truncate(t.SlackCloseTitle, 24)), Submit: plain(t.SlackCloseSubmit), Close: plain(t.SlackCancel),
		Blocks: slackapi.Blocks{BlockSet: []slackapi.Block{
			slackapi.NewContextBlock("ref", mrkdwn(Escape(b.Ref+" · "+a.header(b)))),
			slackapi.NewInputBlock(blockOutcome, plain(t.SlackCloseOutcome), nil, sel),
			noteBlock,
		}},
	}
}

// rescheduleView is the « Reprogrammer » modal: the advisor's free slots
// (up to 3 to tick) and a reason for the visitor.
func (a *Adapter) rescheduleView(b *bot.Booking, channel string, starts []time.Time) slackapi.ModalViewRequest {
	t := a.tx
	var opts []*slackapi.OptionBlockObject
	for _, s := range starts {
		opts = append(opts, slackapi.NewOptionBlockObject(strconv.FormatInt(s.Unix(), 10), plain(truncate(a.slotLabel(b.AgencyID, s), 75)), nil))
	}
	boxes := slackapi.NewCheckboxGroupsBlockElement(actionInput, opts...)
	reason := slackapi.NewPlainTextInputBlockElement(nil, actionInput)
	reason.MaxLength = 300
	reasonBlock := slackapi.NewInputBlock(blockReason, plain(t.SlackReschedReason), plain(t.SlackReschedReasonHint), reason)
	reasonBlock.Optional = true
	return slackapi.ModalViewRequest{
		Type: slackapi.VTModal, CallbackID: viewReschedule, PrivateMetadata: meta(b.Ref, channel),
		Title: plain(truncate(t.SlackReschedTitle, 24)), Submit: plain(t.SlackReschedSubmit), Close: plain(t.SlackCancel),
		Blocks: slackapi.Blocks{BlockSet: []slackapi.Block{
			slackapi.NewContextBlock("ref", mrkdwn(Escape(b.Ref+" · "+a.header(b)))),
			slackapi.NewInputBlock(blockSlots, plain(t.SlackReschedSlots), nil, boxes),
			reasonBlock,
		}},
	}
}

// ViewErrors is the answer to a view_submission with errors shown in the
// modal (response_action "errors").
type ViewErrors struct {
	ResponseAction string            `json:"response_action"`
	Errors         map[string]string `json:"errors"`
}

// validateView checks a modal submission before it is accepted: a non-nil
// answer keeps the modal open with the errors.
func (a *Adapter) validateView(cb slackapi.InteractionCallback) *ViewErrors {
	if cb.Type != slackapi.InteractionTypeViewSubmission || cb.View.CallbackID != viewReschedule {
		return nil
	}
	n := len(viewValue(cb, blockSlots).SelectedOptions)
	switch {
	case n == 0:
		return &ViewErrors{ResponseAction: "errors", Errors: map[string]string{blockSlots: a.tx.SlackReschedSlots}}
	case n > booking.MaxOffers:
		return &ViewErrors{ResponseAction: "errors", Errors: map[string]string{blockSlots: a.tx.SlackReschedTooMany}}
	}
	return nil
}

func viewValue(cb slackapi.InteractionCallback, block string) slackapi.BlockAction {
	if cb.View.State == nil {
		return slackapi.BlockAction{}
	}
	return cb.View.State.Values[block][actionInput]
}

// onViewSubmission applies a submitted modal (close or reschedule).
func (a *Adapter) onViewSubmission(ctx context.Context, cb slackapi.InteractionCallback) {
	var m viewMeta
	if json.Unmarshal([]byte(cb.View.PrivateMetadata), &m) != nil || m.Ref == "" {
		return
	}
	user := cb.User.ID
	if cb.View.CallbackID == viewNote {
		a.postNote(ctx, user, m, viewValue(cb, blockText).Value)
		return
	}
	fail := func(text string) { a.ephemeral(ctx, m.Channel, user, "", text) }
	log := a.o.logger.With("reference", m.Ref, "view", cb.View.CallbackID)
	if a.o.handoffs == nil || a.o.dir == nil {
		return
	}
	b, err := a.o.handoffs.Get(ctx, m.Ref)
	if err != nil {
		log.Warn("slack: modal: loading the booking failed", "err", err)
		fail(a.tx.SlackFailed)
		return
	}
	act, ok := a.actorOn(user, b)
	if !ok {
		fail(fmt.Sprintf(a.tx.SlackOnlyStaff, a.agencyName(b)))
		return
	}
	if !booking.Open(b) {
		a.refusedClosed(ctx, b, m.Channel, user)
		return
	}
	switch cb.View.CallbackID {
	case viewClose:
		outcome := viewValue(cb, blockOutcome).SelectedOption.Value
		note := viewValue(cb, blockNote).Value
		nb, err := a.o.handoffs.Close(ctx, m.Ref, act.id, outcome, note)
		if err != nil {
			log.Warn("slack: closing failed", "err", err)
			fail(a.tx.SlackFailed)
			return
		}
		a.afterAction(ctx, nb, act, m.Channel, fmt.Sprintf(a.tx.SlackThreadClosed, a.who(act.id), Escape(a.outcomeLabel(outcome))), a.tx.SlackVisitorClosed)
	case viewReschedule:
		var starts []time.Time
		for _, o := range viewValue(cb, blockSlots).SelectedOptions {
			if n, err := strconv.ParseInt(o.Value, 10, 64); err == nil {
				starts = append(starts, time.Unix(n, 0))
			}
		}
		reason := strings.TrimSpace(viewValue(cb, blockReason).Value)
		nb, err := a.o.handoffs.OfferSlots(ctx, m.Ref, act.id, starts, reason)
		switch {
		case errors.Is(err, booking.ErrNotOffered):
			fail(a.tx.SlackSlotGone)
			return
		case err != nil:
			log.Warn("slack: offering slots failed", "err", err)
			fail(a.tx.SlackFailed)
			return
		}
		if err := a.sendOffers(ctx, nb); err != nil {
			log.Warn("slack: sending the offers to the visitor failed", "err", err)
			fail(a.tx.SlackVisitorNotTold)
		}
		labels := make([]string, len(nb.Follow.Offers))
		for i, s := range nb.Follow.Offers {
			labels[i] = a.slotLabel(nb.AgencyID, s)
		}
		a.afterAction(ctx, nb, act, m.Channel, fmt.Sprintf(a.tx.SlackThreadOffered, a.who(act.id), Escape(strings.Join(labels, " ; ")), Escape(orDash(reason))), "")
		fail(fmt.Sprintf(a.tx.SlackOffersSent, len(nb.Follow.Offers)))
	}
}
