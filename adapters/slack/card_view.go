package slack

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Card actions (action_id "card:<action>", value = reference).
const (
	ActionClaim     = "claim"
	ActionTakeOver  = "takeover" // claim of a booking assigned to someone else, confirmed
	ActionReprogram = "reprogram"
	ActionAbsent    = "absent"
	ActionUndo      = "undo_absent"
	ActionClose     = "close"
)

// Modal callback ids (view_submission).
const (
	viewClose      = "cep_close"
	viewReschedule = "cep_reschedule"
)

// Block and action ids inside the modals.
const (
	blockOutcome = "outcome"
	blockNote    = "note"
	blockSlots   = "slots"
	blockReason  = "reason"
	actionInput  = "input"
)

func (a *Adapter) statusText(s string) string {
	t := a.tx
	switch s {
	case bot.StatusBooked:
		return t.SlackStatusBooked
	case bot.StatusClaimed:
		return t.SlackStatusClaimed
	case bot.StatusMoved:
		return t.SlackStatusMoved
	case bot.StatusCancelled:
		return t.SlackStatusCancelled
	case bot.StatusNoShow:
		return t.SlackStatusAbsent
	case bot.StatusClosed:
		return t.SlackStatusClosed
	case bot.StatusUrgent:
		return t.SlackStatusUrgent
	case bot.StatusToClose:
		return t.SlackStatusToClose
	}
	return Escape(s)
}

func (a *Adapter) modalityText(m string) string {
	switch directory.Modality(m) {
	case directory.OnSite:
		return a.tx.SlackModOnSite
	case directory.Phone:
		return a.tx.SlackModPhone
	case directory.Video:
		return a.tx.SlackModVideo
	}
	return m
}

// valueText gives the French label of a coded fact value or operator kind.
func valueText(t *texts.Staff, v string) string {
	m := map[string]string{
		"demandeur_emploi": t.SlackValDemandeurEmploi, "salarie_prive": t.SlackValSalariePrive,
		"agent_public": t.SlackValAgentPublic, "independant": t.SlackValIndependant, "artisan": t.SlackValArtisan,
		"profession_liberale": t.SlackValProfessionLiberale, "auto_entrepreneur": t.SlackValAutoEntrepreneur,
		"etudiant": t.SlackValEtudiant, "reconversion": t.SlackValReconversion, "formation": t.SlackValFormation,
		"creation_activite": t.SlackValCreation, "reprise_activite": t.SlackValReprise, "vae": t.SlackValVAE,
		"bilan": t.SlackValBilan, "mobilite": t.SlackValMobilite, "information": t.SlackValInformation,
		"autre": t.SlackValAutre, directory.KindFranceTravail: t.SlackKindFranceTravail,
		directory.KindCapEmploi: t.SlackKindCapEmploi, directory.KindMissionLocale: t.SlackKindMissionLocale,
		directory.KindAPEC: t.SlackKindApec, directory.KindOperateurRegional: t.SlackKindRegional,
		directory.KindEmployeurPublic: t.SlackKindPublic,
	}
	if l, ok := m[v]; ok {
		return l
	}
	return v
}

// factOrder is the order facts are shown in, with their labels.
func factLabels(t *texts.Staff) []struct{ key, label string } {
	return []struct{ key, label string }{
		{"status", t.SlackFactStatus}, {"age", t.SlackFactAge}, {"project", t.SlackFactProject},
		{"commune", t.SlackFactCommune}, {"departement", t.SlackFactDepartement}, {"region", t.SlackFactRegion},
		{"cadre", t.SlackFactCadre}, {"jeune_diplome", t.SlackFactGraduate}, {"handicap", t.SlackFactHandicap},
		{"pour", t.SlackFactFor},
	}
}

// factLines renders the analysed facts in French, « non » included; the
// disability only when the visitor agreed to share it.
func (a *Adapter) factLines(b *bot.Booking) []string {
	t := a.tx
	var out []string
	known := map[string]bool{}
	for _, f := range factLabels(t) {
		known[f.key] = true
		v, ok := b.Handoff.Facts[f.key]
		if !ok || v == "" || (f.key == "handicap" && !b.Handoff.ShareHealth) {
			continue
		}
		switch f.key {
		case "cadre", "jeune_diplome", "handicap":
			switch strings.ToLower(v) {
			case "1", "true", "oui":
				v = t.SlackYes
			case "0", "false", "non":
				v = t.SlackNo
			}
		case "age":
			if n, err := strconv.Atoi(v); err == nil {
				v = fmt.Sprintf(t.SlackAgeYears, n)
			}
		case "departement":
			if d := directory.LookupDepartement(v); d != nil {
				v = d.Code + " — " + d.Name
			}
		case "region":
			if r := directory.LookupRegion(v); r != nil {
				v = r.Name
			}
		default:
			v = valueText(t, v)
		}
		out = append(out, "• "+Escape(f.label)+" : "+Escape(v))
	}
	var rest []string
	for k := range b.Handoff.Facts {
		if !known[k] && b.Handoff.Facts[k] != "" {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		out = append(out, "• "+Escape(k)+" : "+VisitorText(valueText(t, b.Handoff.Facts[k])))
	}
	return out
}

// dayTime formats t for staff: « mardi 1er décembre à 10 h 15 », the year
// only when it is not the current one.
func (a *Adapter) dayTime(t time.Time) string { return texts.Date(t, a.o.now()) }

func (a *Adapter) agencyName(b *bot.Booking) string {
	if ag := a.o.dir.Agency(b.AgencyID); ag != nil {
		return ag.Name
	}
	return a.operatorName(b.OperatorID)
}

// header is the card's header and notification: date, time, agency and
// modality.
func (a *Adapter) header(b *bot.Booking) string {
	if b.Start.IsZero() {
		return fmt.Sprintf(a.tx.SlackCardHeaderUrgent, a.agencyName(b))
	}
	return fmt.Sprintf(a.tx.SlackCardHeader, a.dayTime(b.Start.In(a.location(b.AgencyID))), a.agencyName(b), a.modalityText(b.Modality))
}

func (a *Adapter) cardFallback(b *bot.Booking) string {
	return Escape(fmt.Sprintf(a.tx.SlackCardFallback, b.Ref, a.statusText(b.Status), a.header(b)))
}

// who names an actor (advisor id or "slack:U…") for staff: the advisor's
// name and mention.
func (a *Adapter) who(actor string) string {
	if u, ok := strings.CutPrefix(actor, "slack:"); ok {
		return "<@" + u + ">"
	}
	if adv := a.o.dir.Advisor(actor); adv != nil {
		s := Escape(adv.Name)
		if adv.SlackUserID != "" {
			s += " (<@" + adv.SlackUserID + ">)"
		}
		return s
	}
	return Escape(actor)
}

// plainWho is who without mentions (texts shown to visitors or in
// plain_text).
func (a *Adapter) plainWho(actor string) string {
	if adv := a.o.dir.Advisor(actor); adv != nil {
		return adv.Name
	}
	return strings.TrimPrefix(actor, "slack:")
}

// cardBlocks renders the handoff card (fiche de liaison) of b.
func (a *Adapter) cardBlocks(b *bot.Booking, rec *cardRecord) []slackapi.Block {
	t := a.tx
	loc := a.location(b.AgencyID)
	route := Escape(a.operatorName(b.OperatorID))
	if ag := a.o.dir.Agency(b.AgencyID); ag != nil {
		route += " – " + Escape(ag.Name)
	}
	status := a.statusText(b.Status)
	if b.Status == bot.StatusMoved && rec != nil && rec.ReplacedBy != "" {
		status += " (" + Escape(rec.ReplacedBy) + ")"
	}
	adv := t.SlackNone
	if b.AdvisorID != "" {
		adv = a.who(b.AdvisorID)
	}
	channel := t.SlackChannelTelegram
	if b.Channel == Channel {
		channel = t.SlackChannelSlack
	} else if b.Channel != "telegram" && b.Channel != "" {
		channel = Escape(b.Channel)
	}
	contact := t.SlackContactChat
	if b.Contact != "" && b.Contact != "chat" {
		contact = VisitorText(b.Contact)
	}
	consent := t.SlackNone
	if !b.Handoff.ConsentAt.IsZero() {
		consent = Escape(fmt.Sprintf(t.SlackConsentLine, texts.DateYear(b.Handoff.ConsentAt.In(loc)), orDash(b.Handoff.ConsentText)))
	}
	f := func(label, value string) *slackapi.TextBlockObject {
		return mrkdwn("*" + Escape(label) + "*\n" + value)
	}
	fields := []*slackapi.TextBlockObject{
		f(t.SlackFieldRef, Escape(b.Ref)),
		f(t.SlackFieldStatus, status),
		f(t.SlackFieldSlot, Escape(a.slotLine(b))),
		f(t.SlackFieldModality, Escape(orDash(a.modalityText(b.Modality)))),
		f(t.SlackFieldRoute, route),
		f(t.SlackFieldAdvisor, adv),
		f(t.SlackFieldChannel, channel),
		f(t.SlackFieldContact, contact),
		f(t.SlackFieldConsent, consent),
	}
	entered := b.Follow.EnteredBy
	if entered == "" && rec != nil {
		entered = rec.EnteredBy
	}
	entered = a.enteredText(b, entered)
	switch {
	case b.ClaimedBy != "":
		fields = append(fields, f(t.SlackFieldClaimed, a.who(b.ClaimedBy)+", "+Escape(texts.DateYear(b.ClaimedAt.In(loc)))))
	case entered != "":
		fields = append(fields, f(t.SlackFieldEnteredBy, entered))
	}
	blocks := []slackapi.Block{
		slackapi.NewHeaderBlock(plain(truncate(a.header(b), 150))),
		slackapi.NewSectionBlock(nil, fields, nil, slackapi.SectionBlockOptionBlockID("card-fields")),
	}
	if b.ClaimedBy != "" && entered != "" {
		blocks = append(blocks, slackapi.NewContextBlock("card-entered", mrkdwn(Escape(t.SlackFieldEnteredBy)+" : "+entered)))
	}
	section := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(truncate("*"+Escape(title)+"*\n"+strings.Join(lines, "\n"), maxSectionText)), nil, nil))
	}
	if req := strings.TrimSpace(b.Handoff.Request); req != "" {
		section(t.SlackSecRequest, []string{">" + strings.ReplaceAll(VisitorText(req), "\n", "\n>")})
	}
	section(t.SlackSecFacts, a.factLines(b))
	var reasons []string
	for _, r := range b.Handoff.Reasons {
		reasons = append(reasons, "• "+Escape(r))
	}
	section(t.SlackSecReasons, reasons)
	if len(b.Handoff.Alternatives) > 0 {
		var alts []string
		for _, k := range b.Handoff.Alternatives {
			alts = append(alts, Escape(valueText(t, k)))
		}
		choice := fmt.Sprintf(t.SlackChoiceRouted, valueText(t, b.OperatorKind))
		if slices.Contains(b.Handoff.Alternatives, b.OperatorKind) {
			choice = fmt.Sprintf(t.SlackChoiceAlternative, valueText(t, b.OperatorKind))
		}
		section(t.SlackSecAlternatives, []string{strings.Join(alts, ", "), "*" + Escape(t.SlackSecChoice) + "* : " + Escape(choice)})
	}
	blocks = append(blocks, a.preparedBlocks(b)...)
	if b.Status == bot.StatusClosed && b.Follow.Outcome != "" {
		lines := []string{Escape(a.outcomeLabel(b.Follow.Outcome))}
		if b.Follow.Note != "" {
			lines = append(lines, ">"+strings.ReplaceAll(Escape(b.Follow.Note), "\n", "\n>"))
		}
		section(t.SlackSecOutcome, lines)
	}
	var ctx []string
	if b.Handoff.Previous != "" {
		ctx = append(ctx, fmt.Sprintf(t.SlackCtxReplaces, Escape(b.Handoff.Previous)))
	}
	if b.Handoff.CalendarUnchecked {
		ctx = append(ctx, t.SlackCtxCalendarUnchecked)
	}
	if b.Follow.Linked != "" {
		ctx = append(ctx, fmt.Sprintf(t.SlackCtxLinked, Escape(b.Follow.Linked)))
	}
	if !b.Follow.MovedFrom.IsZero() {
		ctx = append(ctx, fmt.Sprintf(t.SlackCtxMovedFrom, Escape(a.dayTime(b.Follow.MovedFrom.In(loc)))))
	}
	if len(b.Follow.Offers) > 0 && b.Active() {
		ctx = append(ctx, fmt.Sprintf(t.SlackCtxOffered, a.who(b.Follow.OfferedBy)))
	}
	if b.Status == bot.StatusNoShow && b.Follow.AbsentBy != "" {
		ctx = append(ctx, fmt.Sprintf(t.SlackCtxAbsentBy, a.who(b.Follow.AbsentBy)))
	}
	if b.Status == bot.StatusClosed && b.Follow.ClosedBy != "" {
		ctx = append(ctx, fmt.Sprintf(t.SlackCtxClosedBy, a.who(b.Follow.ClosedBy)))
	}
	switch {
	case b.Status == bot.StatusUrgent:
		ctx = append(ctx, Escape(t.SlackCtxReplyUrgent))
	case b.Active():
		ctx = append(ctx, Escape(t.SlackCtxReplyHere))
	}
	if len(ctx) > 0 {
		blocks = append(blocks, slackapi.NewContextBlock("card-context", mrkdwn(truncate(strings.Join(ctx, " · "), maxSectionText))))
	}
	if els := a.cardButtons(b); len(els) > 0 {
		blocks = append(blocks, slackapi.NewActionBlock("card-actions", els...))
	}
	return blocks
}

func (a *Adapter) confirm(title, text string) *slackapi.ConfirmationBlockObject {
	return slackapi.NewConfirmationBlockObject(plain(truncate(title, 100)), plain(truncate(text, 300)),
		plain(a.tx.SlackConfirmYes), plain(a.tx.SlackConfirmNo))
}

// cardButtons are the actions offered for the booking's state; every
// destructive one asks for confirmation (Block Kit confirm).
func (a *Adapter) cardButtons(b *bot.Booking) []slackapi.BlockElement {
	t := a.tx
	btn := func(action, label string, style slackapi.Style, c *slackapi.ConfirmationBlockObject) slackapi.BlockElement {
		e := slackapi.NewButtonBlockElement(cardPrefix+action, b.Ref, plain(label))
		if style != "" {
			e = e.WithStyle(style)
		}
		if c != nil {
			e = e.WithConfirm(c)
		}
		return e
	}
	closeBtn := btn(ActionClose, t.SlackBtnClose, slackapi.StyleDanger, a.confirm(t.SlackConfirmCloseTitle, t.SlackConfirmCloseText))
	var els []slackapi.BlockElement
	switch b.Status {
	case bot.StatusUrgent:
		if b.ClaimedBy == "" {
			els = append(els, btn(ActionClaim, t.SlackBtnClaim, slackapi.StylePrimary, nil))
		} else {
			els = append(els, btn(ActionTakeOver, t.SlackBtnTakeOver, "", a.confirm(t.SlackConfirmTakeOverTitle, fmt.Sprintf(t.SlackConfirmTakeOverText, a.plainWho(b.AdvisorID)))))
		}
		els = append(els, closeBtn)
	case bot.StatusBooked, bot.StatusClaimed, bot.StatusToClose:
		if b.ClaimedBy == "" {
			els = append(els, btn(ActionClaim, t.SlackBtnClaim, slackapi.StylePrimary, nil))
		} else {
			els = append(els, btn(ActionTakeOver, t.SlackBtnTakeOver, "", a.confirm(t.SlackConfirmTakeOverTitle, fmt.Sprintf(t.SlackConfirmTakeOverText, a.plainWho(b.AdvisorID)))))
		}
		els = append(els, btn(ActionReprogram, t.SlackBtnReschedule, "", nil),
			btn(ActionAbsent, t.SlackBtnAbsent, "", a.confirm(t.SlackConfirmAbsentTitle, t.SlackConfirmAbsentText)), closeBtn)
	case bot.StatusNoShow:
		els = append(els, btn(ActionUndo, t.SlackBtnUndoAbsent, "", a.confirm(t.SlackConfirmUndoTitle, t.SlackConfirmUndoText)),
			btn(ActionReprogram, t.SlackBtnReschedule, "", nil), closeBtn)
	}
	return els
}

func (a *Adapter) outcomeLabel(id string) string {
	if o := a.o.dir.Outcome(id); o != nil {
		return o.Label
	}
	return id
}

// slotLabel is a slot as offered to a visitor or an advisor.
func (a *Adapter) slotLabel(agencyID string, start time.Time) string {
	return a.dayTime(start.In(a.location(agencyID)))
}
