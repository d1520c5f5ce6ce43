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

func ephemeralText(s string) CommandResponse {
	return CommandResponse{ResponseType: "ephemeral", Text: Escape(s)}
}

// command answers /cep: the caller's next appointments; "aujourd'hui" or
// "semaine": their agencies' appointments today or over 7 days; "rdv REF":
// one handoff. Only advisors and managers of the directory (by Slack user
// id) see anything, and only what their agencies or operators handle.
func (a *Adapter) command(ctx context.Context, cmd slackapi.SlashCommand) CommandResponse {
	if a.o.dir == nil {
		return ephemeralText(a.tx.SlackCepNotConfigured)
	}
	sc := a.scopeOf(cmd.UserID)
	if sc.empty() {
		return ephemeralText(a.tx.SlackCepNotStaff)
	}
	fields := strings.Fields(cmd.Text)
	word := ""
	if len(fields) > 0 {
		word = strings.ToLower(strings.NewReplacer("’", "", "'", "", "é", "e").Replace(fields[0]))
	}
	switch {
	case len(fields) == 0:
		return a.upcoming(ctx, sc.advisors)
	case len(fields) == 1 && (word == "aujourdhui" || word == "jour" || word == "today"):
		return a.agencyDays(ctx, sc, 1, a.tx.SlackCepToday)
	case len(fields) == 1 && (word == "semaine" || word == "week"):
		return a.agencyDays(ctx, sc, 7, a.tx.SlackCepWeek)
	case len(fields) == 2 && word == "rdv":
		return a.oneHandoff(ctx, cmd.UserID, strings.ToUpper(fields[1]))
	}
	return ephemeralText(a.tx.SlackCepHelp)
}

func (a *Adapter) listResponse(title string, bs []*bot.Booking) CommandResponse {
	if len(bs) == 0 {
		return ephemeralText(title + " : " + a.tx.SlackCepNothing)
	}
	lines := []string{fmt.Sprintf("*%s* (%d)", Escape(title), len(bs))}
	for i, b := range bs {
		if i == maxListed {
			lines = append(lines, Escape(fmt.Sprintf(a.tx.SlackCepMore, len(bs)-maxListed)))
			break
		}
		lines = append(lines, "• "+a.itemLine(b))
	}
	text := strings.Join(lines, "\n")
	var blocks []slackapi.Block
	for _, c := range chunks(text, maxSectionText) {
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(c), nil, nil))
	}
	return CommandResponse{ResponseType: "ephemeral", Text: truncate(text, 3000), Blocks: blocks}
}

func (a *Adapter) allBookings(ctx context.Context) ([]*bot.Booking, bool) {
	if a.o.bookings == nil {
		return nil, false
	}
	all, err := a.o.bookings.ListBookings(ctx)
	if err != nil {
		a.o.logger.Warn("slack: /cep: listing bookings failed", "err", err)
		return nil, false
	}
	return all, true
}

func (a *Adapter) upcoming(ctx context.Context, ids []string) CommandResponse {
	if a.o.bookings == nil {
		return ephemeralText(a.tx.SlackCepUnavailable)
	}
	all, err := a.upcomingBookings(ctx, ids)
	if err != nil {
		a.o.logger.Warn("slack: /cep: listing bookings failed", "err", err)
		return ephemeralText(a.tx.SlackCepUnavailable)
	}
	now := a.o.now()
	var mine []*bot.Booking
	for _, b := range all {
		if b.Active() && slices.Contains(ids, b.AdvisorID) && b.End.After(now) {
			mine = append(mine, b)
		}
	}
	bot.SortBookings(mine)
	return a.listResponse(a.tx.SlackHomeMine, mine)
}

// agencyDays lists the appointments of the caller's agencies (and managed
// operators) from today to days-1 days later, in each agency's time zone.
func (a *Adapter) agencyDays(ctx context.Context, sc scope, days int, title string) CommandResponse {
	all, ok := a.daysBookings(ctx, sc, days)
	if !ok {
		return ephemeralText(a.tx.SlackCepUnavailable)
	}
	now := a.o.now()
	var out []*bot.Booking
	for _, b := range all {
		if !b.Active() || b.Start.IsZero() || !sc.covers(b) {
			continue
		}
		loc := a.location(b.AgencyID)
		n := now.In(loc)
		from := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, loc)
		if !b.Start.Before(from) && b.Start.Before(from.AddDate(0, 0, days)) {
			out = append(out, b)
		}
	}
	bot.SortBookings(out)
	return a.listResponse(title, out)
}

func (a *Adapter) oneHandoff(ctx context.Context, user, ref string) CommandResponse {
	if a.o.handoffs == nil {
		return ephemeralText(a.tx.SlackCepUnavailable)
	}
	b, err := a.o.handoffs.Get(ctx, ref)
	switch {
	case errors.Is(err, bot.ErrNotFound):
		return ephemeralText(a.tx.SlackUnknownRef)
	case err != nil:
		a.o.logger.Warn("slack: /cep rdv: loading failed", "reference", ref, "err", err)
		return ephemeralText(a.tx.SlackCepUnavailable)
	}
	if _, ok := a.actorOn(user, b); !ok {
		return ephemeralText(fmt.Sprintf(a.tx.SlackCepOnlyStaffView, a.agencyName(b)))
	}
	var rec *cardRecord
	if r, _, err := a.loadCard(ctx, ref); err == nil {
		rec = r
	}
	blocks := a.cardBlocks(b, rec)
	// Ephemeral view: no buttons (act on the card in the channel), a link
	// to the card instead.
	blocks = slices.DeleteFunc(blocks, func(bl slackapi.Block) bool { return bl.BlockType() == slackapi.MBTAction })
	if link := a.permalink(ctx, ref); link != "" {
		btn := slackapi.NewButtonBlockElement("home:open", ref, plain(a.tx.SlackHomeOpenCard)).WithURL(link)
		blocks = append(blocks, slackapi.NewActionBlock("card-link", btn))
	}
	return CommandResponse{ResponseType: "ephemeral", Text: a.cardFallback(b), Blocks: blocks}
}

// daysBookings reads the bookings that may be in the scope's lists of the
// coming days: through the store's agency index when it has one (the
// scope's agencies, those of its operators, and the bookings without an
// agency of a manager's operators), each from its own midnight; else every
// booking (agencyDays filters them the same way).
func (a *Adapter) daysBookings(ctx context.Context, sc scope, days int) ([]*bot.Booking, bool) {
	ix, ok := a.o.bookings.(bot.AgencyIndex)
	if !ok || a.o.dir == nil {
		return a.allBookings(ctx)
	}
	now := a.o.now()
	var out []*bot.Booking
	for _, ag := range a.scopeAgencies(sc) {
		n := now.In(a.location(ag))
		from := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, n.Location())
		bs, err := ix.AgencyBookings(ctx, ag, from, from.AddDate(0, 0, days))
		if err != nil {
			a.o.logger.Warn("slack: /cep: listing an agency's bookings failed", "agency", ag, "err", err)
			return nil, false
		}
		out = append(out, bs...)
	}
	return out, true
}

// scopeAgencies are the agencies whose bookings the scope may cover: its
// own, those of its operators, and "" (bookings without an agency) for a
// manager of operators.
func (a *Adapter) scopeAgencies(sc scope) []string {
	ags := slices.Clone(sc.agencies)
	for _, ag := range a.o.dir.Agencies {
		if slices.Contains(sc.operators, ag.OperatorID) {
			ags = append(ags, ag.ID)
		}
	}
	if len(sc.operators) > 0 {
		ags = append(ags, "")
	}
	slices.Sort(ags)
	return slices.Compact(ags)
}

// upcomingHorizon bounds /cep's list on a store with an agency index.
const upcomingHorizon = 92 * 24 * time.Hour

// upcomingBookings reads the advisors' own bookings through the store's
// advisor index when it has one, else their agencies' through its agency
// index (a shared Redis: no full scan per command), else every booking.
func (a *Adapter) upcomingBookings(ctx context.Context, ids []string) ([]*bot.Booking, error) {
	now := a.o.now()
	if ax, ok := a.o.bookings.(advisorIndex); ok && a.o.dir != nil {
		var out []*bot.Booking
		for _, id := range ids {
			adv := a.o.dir.Advisor(id)
			if adv == nil {
				continue
			}
			bs, err := ax.AdvisorBookings(ctx, adv.AgencyID, id, now.Add(-24*time.Hour), now.Add(upcomingHorizon))
			if err != nil {
				return nil, err
			}
			out = append(out, bs...)
		}
		return out, nil
	}
	ix, ok := a.o.bookings.(bot.AgencyIndex)
	if !ok {
		return a.o.bookings.ListBookings(ctx)
	}
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
