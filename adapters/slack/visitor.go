package slack

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// offerPrefix starts the value of a slot offered by an advisor
// ("rsv:<ref>:<unix start>").
const offerPrefix = "rsv:"

// offerTTL bounds how long a visitor's typed number is read as a choice
// among offered slots.
const offerTTL = 30 * 24 * time.Hour

// typedOfferWindow bounds how long after an offer a typed number is read as
// a choice among the offered slots (buttons stay valid as long as the
// offer).
const typedOfferWindow = 7 * 24 * time.Hour

func offerKey(to bot.Address) string { return "slackoffer:" + to.Key() }

// sendOffers sends the visitor the slots their advisor offered, as buttons
// (also accepted typed as their number), and remembers the offer for typed
// answers.
func (a *Adapter) sendOffers(ctx context.Context, b *bot.Booking) error {
	v := a.visitorMessenger()
	if v == nil {
		return errors.New("slack: no visitor messenger")
	}
	reason := ""
	if r := strings.TrimRight(strings.TrimSpace(b.Follow.OfferReason), "."); r != "" {
		reason = fmt.Sprintf(a.tx.SlackVisitorReason, r)
	}
	reply := bot.Reply{Text: fmt.Sprintf(a.tx.SlackVisitorOffers, reason)}
	for i, s := range b.Follow.Offers {
		reply.Choices = append(reply.Choices, bot.Choice{
			Label: strconv.Itoa(i+1) + ". " + a.slotLabel(b.AgencyID, s),
			Value: offerPrefix + b.Ref + ":" + strconv.FormatInt(s.Unix(), 10),
		})
	}
	to := bot.Address{Channel: b.Channel, Conversation: b.Conversation}
	if a.o.kv != nil {
		if err := a.putKV(ctx, offerKey(to), b.Ref, offerTTL); err != nil {
			a.o.logger.Warn("slack: remembering an offer failed", "reference", b.Ref, "err", err)
		}
	}
	return v.Send(ctx, to, reply)
}

// putKV overwrites a small record of the adapter's store.
func (a *Adapter) putKV(ctx context.Context, key, value string, ttl time.Duration) error {
	for range 10 {
		_, ver, err := a.o.kv.LoadSession(ctx, key)
		if err != nil && !errors.Is(err, bot.ErrNotFound) {
			return err
		}
		_, err = a.o.kv.SaveSession(ctx, key, []byte(value), ver, ttl)
		if !errors.Is(err, bot.ErrConflict) {
			return err
		}
	}
	return bot.ErrConflict
}

// Visitors wraps the engine's handler for visitors' channels: a visitor's
// answer to slots offered by their advisor (button, or the slot's number
// typed while an offer is pending) moves the booking in place; files go to
// the thread of their card (SetFileFetcher); anything else goes to next.
// cmd wraps the handler of every visitor channel with it.
func (a *Adapter) Visitors(next bot.Handler) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, in bot.Inbound) error {
		if len(in.Files) > 0 {
			return a.visitorFiles(ctx, in, next)
		}
		ref, start, ok := a.offerChoice(ctx, in)
		if !ok {
			return next.Handle(ctx, in)
		}
		if in.UpdateID != "" && !a.claim(ctx, "slack:offer:"+in.Channel+":"+in.UpdateID) {
			return nil // a redelivered answer
		}
		return a.acceptOffer(ctx, in.Addr(), ref, start)
	})
}

// offerChoice reads an answer to offered slots.
func (a *Adapter) offerChoice(ctx context.Context, in bot.Inbound) (string, time.Time, bool) {
	if rest, ok := strings.CutPrefix(in.Choice, offerPrefix); ok {
		i := strings.LastIndexByte(rest, ':')
		if i <= 0 {
			return "", time.Time{}, false
		}
		n, err := strconv.ParseInt(rest[i+1:], 10, 64)
		if err != nil {
			return "", time.Time{}, false
		}
		return rest[:i], time.Unix(n, 0), true
	}
	text := strings.TrimSpace(in.Text)
	if in.Choice != "" || len(text) != 1 || text[0] < '1' || text[0] > '9' || a.o.kv == nil || a.o.handoffs == nil {
		return "", time.Time{}, false
	}
	data, _, err := a.o.kv.LoadSession(ctx, offerKey(in.Addr()))
	if err != nil {
		return "", time.Time{}, false
	}
	b, err := a.o.handoffs.Get(ctx, string(data))
	now := a.o.now()
	if err != nil || len(b.Follow.Offers) == 0 || !b.Active() || now.Sub(b.Follow.OfferedAt) > typedOfferWindow || !b.Follow.Offers[0].After(now) {
		// Not a pending offer any more: the number is the dialogue's.
		if err == nil {
			_ = a.o.kv.DeleteSession(ctx, offerKey(in.Addr()))
		}
		return "", time.Time{}, false
	}
	k := int(text[0] - '1')
	if k >= len(b.Follow.Offers) {
		return "", time.Time{}, false
	}
	return b.Ref, b.Follow.Offers[k], true
}

func (a *Adapter) acceptOffer(ctx context.Context, to bot.Address, ref string, start time.Time) error {
	v := a.visitorMessenger()
	if a.o.handoffs == nil || v == nil {
		return errors.New("slack: offers need handoffs and a visitor messenger")
	}
	log := a.o.logger.With("reference", ref)
	b, err := a.o.handoffs.AcceptOffer(ctx, ref, to, start)
	if err != nil {
		if errors.Is(err, bot.ErrTransient) {
			return err
		}
		log.Info("slack: an offered slot could not be taken", "err", err)
		return v.Send(ctx, to, bot.Reply{Text: a.tx.SlackVisitorOfferGone})
	}
	if a.o.kv != nil {
		_ = a.o.kv.DeleteSession(ctx, offerKey(to))
	}
	when := a.slotLabel(b.AgencyID, b.Start)
	if err := v.Send(ctx, to, bot.Reply{Text: fmt.Sprintf(a.tx.SlackVisitorMoved, when)}); err != nil {
		log.Warn("slack: telling the visitor of the move failed", "err", err)
	}
	if a.o.dir != nil && a.o.kv != nil {
		rec, err := a.upsertCard(ctx, b, true, nil)
		if err != nil {
			log.Warn("slack: updating the card after a move failed", "err", err)
		} else if rec != nil {
			a.threadNote(ctx, rec, Escape(fmt.Sprintf(a.tx.SlackThreadMoved, when)))
		}
	}
	log.Info("slack: booking rescheduled by the visitor")
	return nil
}

// SetFileFetcher sets how files sent on a visitor channel are downloaded
// (the Telegram adapter).
func (a *Adapter) SetFileFetcher(channel string, f bot.FileFetcher) { a.fetchers.Store(channel, f) }

func visitorKey(to bot.Address) string { return "slackvisitor:" + to.Key() }

// visitorFiles relays a visitor's files to the thread of their open
// handoff, telling them what was sent and what was not (size limit); the
// caption, if any, then goes to next as a message.
func (a *Adapter) visitorFiles(ctx context.Context, in bot.Inbound, next bot.Handler) error {
	v := a.visitorMessenger()
	f, _ := a.fetchers.Load(in.Channel)
	fetcher, _ := f.(bot.FileFetcher)
	if v == nil || fetcher == nil || a.o.kv == nil || a.o.handoffs == nil {
		return next.Handle(ctx, in)
	}
	if in.UpdateID != "" && !a.claim(ctx, "slack:files:"+in.Channel+":"+in.UpdateID) {
		return nil
	}
	var b *bot.Booking
	if data, _, err := a.o.kv.LoadSession(ctx, visitorKey(in.Addr())); err == nil {
		if got, err := a.o.handoffs.Get(ctx, string(data)); err == nil && (got.Active() || got.Status == bot.StatusUrgent) {
			b = got
		}
	}
	var replies []bot.Reply
	for _, file := range in.Files {
		var text string
		switch {
		case b == nil:
			text = a.tx.SlackVisitorFileNone
		case file.Size > MaxRelayFile:
			text = fmt.Sprintf(a.tx.SlackVisitorFileTooBig, relayFileLimit)
		default:
			data, err := fetcher.FetchFile(ctx, file)
			if err == nil {
				err = a.FileToAdvisor(ctx, b, bot.Attachment{Name: file.Name, MIME: file.MIME, Data: data})
			}
			switch ve, isVE := errors.AsType[*bot.VisitorError](err); {
			case err == nil:
				text = fmt.Sprintf(a.tx.SlackVisitorFileSent, file.Name)
			case isVE:
				text = ve.Message
			default:
				a.o.logger.Warn("slack: relaying a visitor's file failed", "reference", b.Ref, "err", err)
				text = a.tx.SlackVisitorFileFailed
			}
		}
		replies = append(replies, bot.Reply{Text: text})
		if b == nil {
			break
		}
	}
	for _, r := range replies {
		if err := v.Send(ctx, in.Addr(), r); err != nil {
			return err
		}
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil
	}
	in.Files = nil
	return next.Handle(ctx, in)
}
