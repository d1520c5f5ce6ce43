package slack

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
)

// CommandResponse is the ephemeral answer to /cep (JSON body over HTTP, ack
// payload in Socket Mode).
type CommandResponse struct {
	ResponseType string           `json:"response_type"`
	Text         string           `json:"text"`
	Blocks       []slackapi.Block `json:"blocks,omitempty"`
}

// maxListed bounds the appointments listed by /cep.
const maxListed = 15

const cepHelp = "Utilisation : `/cep` affiche vos prochains rendez-vous ; `/cep rdv REFERENCE` affiche une demande."

func ephemeralText(s string) CommandResponse {
	return CommandResponse{ResponseType: "ephemeral", Text: s}
}

// command answers /cep: the caller's next appointments, or one handoff with
// "/cep rdv REF". Only advisors of the directory (by Slack user id) see
// anything, and only the handoffs of their own operator.
func (a *Adapter) command(ctx context.Context, cmd slackapi.SlashCommand) CommandResponse {
	if a.o.dir == nil {
		return ephemeralText("Le service n'est pas configuré pour cette commande.")
	}
	ids := a.advisorIDs(cmd.UserID)
	if len(ids) == 0 {
		return ephemeralText("Vous n'êtes pas enregistré comme conseiller dans l'annuaire cepbot.")
	}
	fields := strings.Fields(cmd.Text)
	switch {
	case len(fields) == 0:
		return a.upcoming(ctx, ids)
	case len(fields) == 2 && strings.EqualFold(fields[0], "rdv"):
		return a.oneHandoff(ctx, cmd.UserID, strings.ToUpper(fields[1]))
	}
	return ephemeralText(cepHelp)
}

func (a *Adapter) upcoming(ctx context.Context, ids []string) CommandResponse {
	if a.o.bookings == nil {
		return ephemeralText("La liste des rendez-vous n'est pas disponible.")
	}
	all, err := a.upcomingBookings(ctx, ids)
	if err != nil {
		a.o.logger.Warn("slack: /cep: listing bookings failed", "err", err)
		return ephemeralText("La liste des rendez-vous est indisponible pour le moment, réessayez dans un instant.")
	}
	now := a.o.now()
	var mine []*bot.Booking
	for _, b := range all {
		if b.Active() && slices.Contains(ids, b.AdvisorID) && b.End.After(now) {
			mine = append(mine, b)
		}
	}
	bot.SortBookings(mine)
	if len(mine) == 0 {
		return ephemeralText("Vous n'avez aucun rendez-vous à venir.")
	}
	lines := []string{fmt.Sprintf("*Vos prochains rendez-vous* (%d)", len(mine))}
	for i, b := range mine {
		if i == maxListed {
			lines = append(lines, fmt.Sprintf("… et %d autres.", len(mine)-maxListed))
			break
		}
		mod := modalityLabels[b.Modality]
		if mod == "" {
			mod = Escape(b.Modality)
		}
		lines = append(lines, fmt.Sprintf("• %s — `%s` — %s — %s", Escape(a.slotLine(b)), Escape(b.Ref), mod, statusText(b.Status)))
	}
	text := strings.Join(lines, "\n")
	var blocks []slackapi.Block
	for _, c := range chunks(text, maxSectionText) {
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(c), nil, nil))
	}
	return CommandResponse{ResponseType: "ephemeral", Text: truncate(text, 3000), Blocks: blocks}
}

func (a *Adapter) oneHandoff(ctx context.Context, user, ref string) CommandResponse {
	if a.o.handoffs == nil {
		return ephemeralText("Les demandes ne sont pas disponibles.")
	}
	b, err := a.o.handoffs.Get(ctx, ref)
	switch {
	case errors.Is(err, bot.ErrNotFound):
		return ephemeralText(TextUnknownRef)
	case err != nil:
		a.o.logger.Warn("slack: /cep rdv: loading failed", "reference", ref, "err", err)
		return ephemeralText("La demande est indisponible pour le moment, réessayez dans un instant.")
	}
	if a.staffOf(user, b.OperatorID) == nil {
		return ephemeralText(fmt.Sprintf("Seuls les conseillers de %s peuvent consulter cette demande.", a.operatorName(b.OperatorID)))
	}
	var rec *cardRecord
	if r, _, err := a.loadCard(ctx, ref); err == nil {
		rec = r
	}
	blocks := a.cardBlocks(b, rec)
	// Ephemeral view: no buttons (act on the card in the channel).
	blocks = slices.DeleteFunc(blocks, func(bl slackapi.Block) bool { return bl.BlockType() == slackapi.MBTAction })
	return CommandResponse{ResponseType: "ephemeral", Text: cardFallback(b), Blocks: blocks}
}

// upcomingHorizon bounds /cep's list on a store with an agency index.
const upcomingHorizon = 92 * 24 * time.Hour

// upcomingBookings reads the advisors' agencies only, through the store's
// agency index when it has one (a shared Redis: no full scan per command).
func (a *Adapter) upcomingBookings(ctx context.Context, ids []string) ([]*bot.Booking, error) {
	ix, ok := a.o.bookings.(bot.AgencyIndex)
	if !ok {
		return a.o.bookings.ListBookings(ctx)
	}
	now := a.o.now()
	var out []*bot.Booking
	seen := map[string]bool{}
	for _, id := range ids {
		adv := a.o.dir.Advisor(id)
		if adv == nil || seen[adv.AgencyID] {
			continue
		}
		seen[adv.AgencyID] = true
		bs, err := ix.AgencyBookings(ctx, adv.AgencyID, now.Add(-24*time.Hour), now.Add(upcomingHorizon))
		if err != nil {
			return nil, err
		}
		out = append(out, bs...)
	}
	return out, nil
}
