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
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// maxHomeItems bounds each list of the App Home (a view holds 100 blocks).
const maxHomeItems = 15

// scope is what a Slack user works on: the agencies where they are an
// advisor or a manager, the operators they manage.
type scope struct {
	advisors  []string
	agencies  []string
	operators []string
}

func (s scope) empty() bool {
	return len(s.advisors) == 0 && len(s.agencies) == 0 && len(s.operators) == 0
}

func (s scope) covers(b *bot.Booking) bool {
	return slices.Contains(s.agencies, b.AgencyID) || slices.Contains(s.operators, b.OperatorID)
}

func (a *Adapter) scopeOf(user string) scope {
	var s scope
	if a.o.dir == nil || user == "" {
		return s
	}
	a.staffOnce.Do(a.buildStaff)
	for _, e := range a.staff[user] {
		s.advisors = append(s.advisors, e.advisor.ID)
		s.agencies = append(s.agencies, e.advisor.AgencyID)
	}
	for _, ag := range a.o.dir.Agencies {
		if slices.Contains(ag.Managers, user) {
			s.agencies = append(s.agencies, ag.ID)
		}
	}
	for _, op := range a.o.dir.Operators {
		if slices.Contains(op.Managers, user) {
			s.operators = append(s.operators, op.ID)
		}
	}
	slices.Sort(s.agencies)
	s.agencies = slices.Compact(s.agencies)
	return s
}

// lists are the App Home's three lists.
type lists struct {
	mine, unassigned, urgent []*bot.Booking
}

// staffIndex is a store that lists an advisor's bookings by start and an
// agency's staff queues without reading the others (Redis); the App Home
// lists every booking of the other stores.
type staffIndex interface {
	advisorIndex
	Queue(ctx context.Context, agency, q string, from, to time.Time) ([]*bot.Booking, error)
}

// advisorIndex is a store that lists an advisor's bookings by start.
type advisorIndex interface {
	AdvisorBookings(ctx context.Context, agency, advisor string, from, to time.Time) ([]*bot.Booking, error)
}

func (a *Adapter) homeLists(ctx context.Context, sc scope) (lists, error) {
	var l lists
	if a.o.bookings == nil {
		return l, errors.New("slack: no booking list (WithBookings)")
	}
	now := a.o.now()
	var urgent, open, mine []*bot.Booking
	if ix, ok := a.o.bookings.(staffIndex); ok && a.o.dir != nil {
		var err error
		if urgent, open, mine, err = a.homeIndexed(ctx, ix, sc, now); err != nil {
			return l, err
		}
	} else {
		all, err := a.o.bookings.ListBookings(ctx)
		if err != nil {
			return l, err
		}
		urgent, open, mine = all, all, all
	}
	for _, b := range urgent {
		if b.Status == bot.StatusUrgent && sc.covers(b) {
			l.urgent = append(l.urgent, b)
		}
	}
	for _, b := range open {
		if b.Active() && !b.End.Before(now) && b.Status == bot.StatusBooked && b.ClaimedBy == "" && sc.covers(b) {
			l.unassigned = append(l.unassigned, b)
		}
	}
	for _, b := range mine {
		if b.Active() && !b.End.Before(now) && slices.Contains(sc.advisors, b.AdvisorID) && b.Start.Before(endOfTomorrow(now, a.location(b.AgencyID))) {
			l.mine = append(l.mine, b)
		}
	}
	bot.SortBookings(l.mine)
	bot.SortBookings(l.unassigned)
	slices.SortFunc(l.urgent, func(x, y *bot.Booking) int { return x.Created.Compare(y.Created) })
	return l, nil
}

// homeIndexed reads the App Home's candidates through the store's indexes:
// the urgent and unassigned queues of the scope's agencies (and those of
// its operators), the user's appointments as advisors from a day ago to the
// end of tomorrow; homeLists filters them as it filters a full listing.
func (a *Adapter) homeIndexed(ctx context.Context, ix staffIndex, sc scope, now time.Time) (urgent, open, mine []*bot.Booking, err error) {
	for _, ag := range a.scopeAgencies(sc) {
		bs, err := ix.Queue(ctx, ag, bot.QueueUrgent, time.Time{}, time.Time{})
		if err != nil {
			return nil, nil, nil, err
		}
		urgent = append(urgent, bs...)
		if bs, err = ix.Queue(ctx, ag, bot.QueueUnassigned, now, time.Time{}); err != nil {
			return nil, nil, nil, err
		}
		open = append(open, bs...)
	}
	for _, id := range sc.advisors {
		adv := a.o.dir.Advisor(id)
		if adv == nil {
			continue
		}
		bs, err := ix.AdvisorBookings(ctx, adv.AgencyID, id, now.Add(-24*time.Hour), endOfTomorrow(now, a.location(adv.AgencyID)))
		if err != nil {
			return nil, nil, nil, err
		}
		mine = append(mine, bs...)
	}
	return urgent, open, mine, nil
}

func endOfTomorrow(now time.Time, loc *time.Location) time.Time {
	n := now.In(loc)
	return time.Date(n.Year(), n.Month(), n.Day()+2, 0, 0, 0, 0, loc)
}

// relDay is « aujourd'hui à 10 h 15 », « demain à 9 h » or the date.
func (a *Adapter) relDay(b *bot.Booking) string {
	loc := a.location(b.AgencyID)
	if b.Start.IsZero() {
		return texts.When(b.Created.In(loc), a.o.now())
	}
	return texts.When(b.Start.In(loc), a.o.now())
}

// permalink returns the link to the card of b (chat.getPermalink, cached
// for the process), or "" when it has none.
func (a *Adapter) permalink(ctx context.Context, ref string) string {
	if v, ok := a.links.Load(ref); ok {
		return v.(string)
	}
	rec, _, err := a.loadCard(ctx, ref)
	if err != nil || rec.Channel == "" {
		return ""
	}
	var link string
	err = a.call(ctx, func() error {
		var err error
		link, err = a.api.GetPermalinkContext(ctx, &slackapi.PermalinkParameters{Channel: rec.Channel, Ts: rec.TS})
		return err
	})
	if err != nil || link == "" {
		return ""
	}
	a.links.Store(ref, link)
	return link
}

// itemLine is one booking in a list.
func (a *Adapter) itemLine(b *bot.Booking) string {
	parts := []string{"*" + Escape(a.relDay(b)) + "*", "`" + Escape(b.Ref) + "`", Escape(a.agencyName(b))}
	if m := a.modalityText(b.Modality); m != "" && !b.Start.IsZero() {
		parts = append(parts, Escape(m))
	}
	parts = append(parts, a.statusText(b.Status))
	if b.AdvisorID != "" {
		parts = append(parts, Escape(a.plainWho(b.AdvisorID)))
	}
	if b.Status == bot.StatusUrgent {
		if req := strings.TrimSpace(b.Handoff.Request); req != "" {
			parts = append(parts, "« "+Escape(truncate(req, 120))+" »")
		}
	}
	return strings.Join(parts, " — ")
}

// listBlocks renders a titled list, each item with a button to its card.
func (a *Adapter) listBlocks(ctx context.Context, title string, bs []*bot.Booking) []slackapi.Block {
	blocks := []slackapi.Block{slackapi.NewSectionBlock(mrkdwn("*"+Escape(title)+"* ("+itoa(len(bs))+")"), nil, nil)}
	if len(bs) == 0 {
		return append(blocks, slackapi.NewContextBlock("", mrkdwn(Escape(a.tx.SlackHomeEmpty))))
	}
	for i, b := range bs {
		if i == maxHomeItems {
			blocks = append(blocks, slackapi.NewContextBlock("", mrkdwn(Escape(fmt.Sprintf(a.tx.SlackCepMore, len(bs)-maxHomeItems)))))
			break
		}
		var acc *slackapi.Accessory
		if link := a.permalink(ctx, b.Ref); link != "" {
			btn := slackapi.NewButtonBlockElement("home:open", b.Ref, plain(a.tx.SlackHomeOpenCard)).WithURL(link)
			acc = slackapi.NewAccessory(btn)
		}
		blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn(truncate(a.itemLine(b), maxSectionText)), nil, acc))
	}
	return blocks
}

// HomeView is the App Home of a Slack user: their appointments today and
// tomorrow, their agencies' unassigned requests, the urgent contact
// requests, each with a link to its card.
func (a *Adapter) HomeView(ctx context.Context, user string) (slackapi.HomeTabViewRequest, error) {
	v := slackapi.HomeTabViewRequest{Type: slackapi.VTHomeTab}
	sc := a.scopeOf(user)
	blocks := []slackapi.Block{slackapi.NewHeaderBlock(plain(a.tx.SlackHomeTitle))}
	blocks = append(blocks, a.callerHomeBlock())
	if sc.empty() {
		v.Blocks.BlockSet = append(blocks, slackapi.NewSectionBlock(mrkdwn(Escape(a.tx.SlackCepNotStaff)), nil, nil))
		return v, nil
	}
	l, err := a.homeLists(ctx, sc)
	if err != nil {
		return v, err
	}
	blocks = append(blocks, a.listBlocks(ctx, a.tx.SlackHomeMine, l.mine)...)
	blocks = append(blocks, slackapi.NewDividerBlock())
	blocks = append(blocks, a.listBlocks(ctx, a.tx.SlackHomeUnassigned, l.unassigned)...)
	blocks = append(blocks, slackapi.NewDividerBlock())
	blocks = append(blocks, a.listBlocks(ctx, a.tx.SlackHomeUrgent, l.urgent)...)
	v.Blocks.BlockSet = blocks
	return v, nil
}

// publishHome answers app_home_opened with views.publish.
func (a *Adapter) publishHome(ctx context.Context, user string) error {
	v, err := a.HomeView(ctx, user)
	if err != nil {
		return err
	}
	return a.call(ctx, func() error {
		_, err := a.api.PublishViewContext(ctx, slackapi.PublishViewContextRequest{UserID: user, View: v})
		return err
	})
}
