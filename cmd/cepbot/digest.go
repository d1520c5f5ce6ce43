package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// digestConfig is when advisors get their digest (CEPBOT_DIGEST_AT).
type digestConfig struct {
	Off          bool
	Hour, Minute int // local time of each agency
}

func loadDigestConfig(env *Env, t *texts.Catalog, problems *[]string) digestConfig {
	v := strings.TrimSpace(env.Getenv("CEPBOT_DIGEST_AT"))
	switch strings.ToLower(v) {
	case "":
		return digestConfig{Hour: 17}
	case "off", "non", "0":
		return digestConfig{Off: true}
	}
	at, err := time.Parse("15:04", v)
	if err != nil {
		*problems = append(*problems, fmt.Sprintf(t.DigestAtBad, v))
		return digestConfig{Hour: 17}
	}
	return digestConfig{Hour: at.Hour(), Minute: at.Minute()}
}

// digestMessage is one advisor's digest.
type digestMessage struct {
	AdvisorID, SlackUser, Key string // Key: claimed once per advisor and day
	Text                      string
}

// digests builds, at now, the digest of each advisor with a Slack id whose
// local digest time has passed today: tomorrow's appointments, and the
// appointments over but still open (to be closed). Advisors with nothing to
// report get no message. done holds the keys already handled here.
func (a *app) digests(ctx context.Context, dir *directory.Directory, cfg digestConfig, now time.Time, done map[string]bool) ([]digestMessage, error) {
	type due struct {
		adv      *directory.Advisor
		loc      *time.Location
		key      string
		tomorrow string
	}
	var todo []due
	for _, adv := range dir.Advisors {
		ag := dir.Agency(adv.AgencyID)
		if adv.SlackUserID == "" || ag == nil {
			continue
		}
		loc := agenda.Location(ag)
		local := now.In(loc)
		at := time.Date(local.Year(), local.Month(), local.Day(), cfg.Hour, cfg.Minute, 0, 0, loc)
		key := "digest:" + adv.ID + ":" + local.Format(time.DateOnly)
		if local.Before(at) || done[key] {
			continue
		}
		todo = append(todo, due{adv, loc, key, local.AddDate(0, 0, 1).Format(time.DateOnly)})
	}
	if len(todo) == 0 {
		return nil, nil
	}
	agencies := map[string]*time.Location{}
	for _, d := range todo {
		agencies[d.adv.AgencyID] = d.loc
	}
	all, err := digestBookings(ctx, a.store, agencies, now)
	if err != nil {
		return nil, fmt.Errorf("digest: %w", err)
	}
	byAdvisor := map[string][]*bot.Booking{}
	for _, b := range all {
		if !booking.IsSessionSeat(b) && b.AdvisorID != "" {
			byAdvisor[b.AdvisorID] = append(byAdvisor[b.AdvisorID], b)
		}
	}
	o := &texts.FR().Ops
	var out []digestMessage
	for _, d := range todo {
		var tomorrow, open []*bot.Booking
		for _, b := range byAdvisor[d.adv.ID] {
			switch {
			case b.Active() && b.Start.In(d.loc).Format(time.DateOnly) == d.tomorrow:
				tomorrow = append(tomorrow, b)
			case b.Status == bot.StatusToClose ||
				((b.Status == bot.StatusBooked || b.Status == bot.StatusClaimed) && !b.End.IsZero() && b.End.Before(now)):
				open = append(open, b)
			}
		}
		done[d.key] = true
		if len(tomorrow) == 0 && len(open) == 0 {
			continue
		}
		bot.SortBookings(tomorrow)
		bot.SortBookings(open)
		var lines []string
		day := texts.Day(now.In(d.loc).AddDate(0, 0, 1), now)
		if len(tomorrow) > 0 {
			lines = append(lines, fmt.Sprintf(o.DigestTitle, day))
			for _, b := range tomorrow {
				lines = append(lines, fmt.Sprintf(o.DigestLine, texts.Time(b.Start.In(d.loc)), modalityLabel(o, b.Modality), b.Ref, statusLabel(o, b.Status)))
			}
		} else {
			lines = append(lines, fmt.Sprintf(o.DigestNone, day))
		}
		if len(open) > 0 {
			lines = append(lines, "", fmt.Sprintf(o.DigestToClose, len(open)))
			for _, b := range open {
				lines = append(lines, fmt.Sprintf(o.DigestOpenLine, texts.Date(b.Start.In(d.loc), now), b.Ref))
			}
			lines = append(lines, o.DigestClose)
		}
		out = append(out, digestMessage{AdvisorID: d.adv.ID, SlackUser: d.adv.SlackUserID, Key: d.key, Text: strings.Join(lines, "\n")})
	}
	return out, nil
}

// digestBookings reads what the digests of the agencies' advisors may list:
// through the store's agency and queue indexes when it has them (each
// agency's appointments of tomorrow in its time zone, its bookings to close
// and its open ones already over), else every booking; digests filters
// either the same way.
func digestBookings(ctx context.Context, st bot.BookingStore, agencies map[string]*time.Location, now time.Time) ([]*bot.Booking, error) {
	ix, ok := st.(bot.AgencyIndex)
	qi, ok2 := st.(bot.QueueIndex)
	if !ok || !ok2 {
		return st.ListBookings(ctx)
	}
	var out []*bot.Booking
	seen := map[string]bool{}
	add := func(bs []*bot.Booking) {
		for _, b := range bs {
			if !seen[b.Ref] {
				seen[b.Ref] = true
				out = append(out, b)
			}
		}
	}
	for ag, loc := range agencies {
		n := now.In(loc)
		from := time.Date(n.Year(), n.Month(), n.Day()+1, 0, 0, 0, 0, loc)
		bs, err := ix.AgencyBookings(ctx, ag, from, time.Date(n.Year(), n.Month(), n.Day()+2, 0, 0, 0, 0, loc))
		if err != nil {
			return nil, err
		}
		add(bs)
		if bs, err = qi.Queue(ctx, ag, bot.QueueToClose, time.Time{}, time.Time{}); err != nil {
			return nil, err
		}
		add(bs)
		if bs, err = qi.Queue(ctx, ag, bot.QueueOpen, time.Time{}, now); err != nil {
			return nil, err
		}
		add(bs)
	}
	return out, nil
}

// digestSender is what the digest needs from Slack: a direct message.
type digestSender interface {
	Send(ctx context.Context, to bot.Address, r bot.Reply) error
	Channel() string
}

// sendDigests sends the due digests, each claimed once across replicas
// (a failed send is logged, not repeated: the next day's digest lists the
// appointments still open).
func (a *app) sendDigests(ctx context.Context, sl digestSender, dir *directory.Directory, cfg digestConfig, done map[string]bool) {
	msgs, err := a.digests(ctx, dir, cfg, a.now(), done)
	if err != nil {
		a.logger.Warn("advisors' digest", "err", err)
		return
	}
	for _, m := range msgs {
		ok, err := a.store.Claim(ctx, m.Key, 72*time.Hour)
		if err != nil || !ok {
			if err != nil {
				a.logger.Warn("advisors' digest: claim", "advisor", m.AdvisorID, "err", err)
			}
			continue
		}
		if err := sl.Send(ctx, bot.Address{Channel: sl.Channel(), Conversation: m.SlackUser}, bot.Reply{Text: m.Text}); err != nil {
			a.logger.Warn("advisors' digest not sent", "advisor", m.AdvisorID, "err", err)
			continue
		}
		a.logger.Info("advisors' digest sent", "advisor", m.AdvisorID)
	}
}

// digestLoop checks every minute for digests due.
func (a *app) digestLoop(ctx context.Context, sl digestSender, live *directory.Live, cfg digestConfig) error {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	done := map[string]bool{}
	for {
		a.sendDigests(ctx, sl, live.Load(), cfg, done)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if len(done) > 100000 {
			clear(done) // a new day's keys differ; the store's claims still hold
		}
	}
}
