package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
)

// MaxRelayFile bounds a file relayed from Slack to a visitor (Telegram bots
// send documents up to 50 MB; a relay stays well under).
const MaxRelayFile = 20 << 20

// relayFileLimit is MaxRelayFile as told to people.
const relayFileLimit = "20 Mo"

// Reactions on relayed advisor messages.
const (
	reactionSent   = "white_check_mark"
	reactionFailed = "x"
	reactionNote   = "lock"
)

// isNote reports whether an advisor's thread message is an internal note:
// it starts with the note marker (« note : », any case, spaces before the
// colon optional).
func (a *Adapter) isNote(text string) bool {
	word := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.ToLower(a.tx.SlackNoteMarker)), ":"))
	t := strings.ToLower(strings.TrimSpace(text))
	rest, ok := strings.CutPrefix(t, word)
	return ok && word != "" && strings.HasPrefix(strings.TrimLeft(rest, " \u00a0\u202f"), ":")
}

// onThreadReply relays an advisor's reply in a card's thread to the
// visitor: mrkdwn becomes Telegram HTML, files become documents; a ✅
// reaction says the visitor's channel accepted it, an ❌ and a private
// message that it did not. Internal notes stay in Slack.
func (a *Adapter) onThreadReply(ctx context.Context, claimKey string, e innerEvent) {
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
	if b == nil { // an urgent request recorded before they were stored
		b = &bot.Booking{Ref: ref, OperatorID: rec.OperatorID, Status: rec.Status, Channel: rec.VChannel, Conversation: rec.VConv}
	}
	act, ok := a.actorOn(e.User, b)
	switch {
	case !ok:
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, fmt.Sprintf(a.tx.SlackNotRelayed, a.agencyName(b)))
		return
	case a.isNote(e.Text):
		a.react(ctx, e.Channel, e.TS, reactionNote)
		return
	case b.Status == bot.StatusClosed:
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, a.tx.SlackIsClosed)
		return
	case b.Status == bot.StatusCancelled || b.Status == bot.StatusMoved:
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, a.tx.SlackNotActive)
		return
	}
	name := "un conseiller"
	if act.adv != nil {
		name = act.adv.Name
	}
	r := ToTelegram(strings.TrimSpace(e.Text), a.slackName)
	var reply bot.Reply
	if strings.TrimSpace(r.Plain) != "" {
		reply.Text = name + " : " + r.Plain
		reply.HTML = htmlEscape(name) + " : " + r.HTML
	}
	for _, f := range e.Files {
		if f.Size > MaxRelayFile {
			a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, fmt.Sprintf(a.tx.SlackRelayTooBig, relayFileLimit))
			continue
		}
		data, err := a.download(ctx, f)
		if err != nil {
			log.Warn("slack: downloading a file to relay failed", "err", err)
			a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, a.tx.SlackRelayFailed)
			a.react(ctx, e.Channel, e.TS, reactionFailed)
			return
		}
		reply.Attachments = append(reply.Attachments, bot.Attachment{Name: f.Name, MIME: f.Mimetype, Data: data})
	}
	if reply.Text == "" && len(reply.Attachments) == 0 {
		return
	}
	// Once per Slack message: a retry (the inbox entry run again) finds it
	// sent or pending, not to send again.
	if err := a.tellVisitorReply(ctx, b, rec, reply, "slack:"+e.Channel+":"+e.TS); err != nil {
		if a.retryLater(ctx, claimKey, err) {
			log.Warn("slack: relaying an advisor's reply postponed (kept in the inbox)", "err", err)
			return
		}
		log.Warn("slack: relaying an advisor's reply failed", "err", err)
		a.react(ctx, e.Channel, e.TS, reactionFailed)
		a.ephemeral(ctx, e.Channel, e.User, e.ThreadTS, a.tx.SlackRelayFailed)
		return
	}
	a.react(ctx, e.Channel, e.TS, reactionSent)
	log.Info("slack: advisor reply relayed", "files", len(reply.Attachments))
}

// slackName is the directory name of a Slack user, for mentions.
func (a *Adapter) slackName(user string) string {
	a.staffOnce.Do(a.buildStaff)
	if es := a.staff[user]; len(es) > 0 {
		return es[0].advisor.Name
	}
	return ""
}

func (a *Adapter) react(ctx context.Context, channel, ts, name string) {
	if ts == "" {
		return
	}
	err := a.call(ctx, func() error {
		return a.api.AddReactionContext(ctx, name, slackapi.ItemRef{Channel: channel, Timestamp: ts})
	})
	if err != nil {
		a.o.logger.Warn("slack: adding a reaction failed", "err", err)
	}
}

// download fetches a shared file (bot token), within MaxRelayFile.
func (a *Adapter) download(ctx context.Context, f slackFile) ([]byte, error) {
	if f.URLDownload == "" {
		return nil, errors.New("file without a download URL")
	}
	var buf bytes.Buffer
	w := &limitWriter{w: &buf, n: MaxRelayFile}
	if err := a.api.GetFileContext(ctx, f.URLDownload, w); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type limitWriter struct {
	w *bytes.Buffer
	n int
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if len(p) > l.n {
		return 0, errors.New("file over the relay limit")
	}
	l.n -= len(p)
	return l.w.Write(p)
}

// onceMessenger is the engine's durable send (bot.Engine.SendOnce): the
// reply saved with the visitor's session, then sent, once per id.
type onceMessenger interface {
	SendOnce(ctx context.Context, to bot.Address, id string, replies ...bot.Reply) error
}

func (a *Adapter) tellVisitorReply(ctx context.Context, b *bot.Booking, rec *cardRecord, r bot.Reply, id string) error {
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
	if o, ok := v.(onceMessenger); ok && id != "" {
		return o.SendOnce(ctx, to, id, r)
	}
	return v.Send(ctx, to, r)
}

// ToAdvisor implements dialogs.Relay: the visitor's message is posted in the
// thread of the booking's card (the card is posted first if the notifier has
// not done it yet), and its ts recorded on the card (see cardRecord.Relayed).
// An agency without a Slack channel cannot receive it: the visitor is told
// so (a *bot.VisitorError).
func (a *Adapter) ToAdvisor(ctx context.Context, b *bot.Booking, text string) error {
	return a.relayToThread(ctx, b, fmt.Sprintf(a.tx.SlackVisitorMsg, VisitorText(text)), nil)
}

// FileToAdvisor uploads a visitor's file in the thread of the booking's
// card. Files over MaxRelayFile are refused with a message for the
// visitor (a *bot.VisitorError).
func (a *Adapter) FileToAdvisor(ctx context.Context, b *bot.Booking, f bot.Attachment) error {
	if len(f.Data) > MaxRelayFile {
		return bot.Tell(fmt.Sprintf(a.tx.SlackVisitorFileTooBig, relayFileLimit), fmt.Errorf("slack relay of %s: file of %d bytes", b.Ref, len(f.Data)))
	}
	return a.relayToThread(ctx, b, "", &f)
}

func (a *Adapter) relayToThread(ctx context.Context, b *bot.Booking, text string, f *bot.Attachment) error {
	if a.o.dir == nil || a.o.kv == nil {
		return bot.Tell(a.tx.SlackVisitorNoRelay, errors.New("slack relay: directory or store not configured"))
	}
	if a.o.dir.CardChannel(b.AgencyID, b.OperatorID) == "" {
		return bot.Tell(a.tx.SlackVisitorNoRelay, fmt.Errorf("slack relay: agency %q has no Slack channel", b.AgencyID))
	}
	rec, _, err := a.loadCard(ctx, b.Ref)
	if errors.Is(err, bot.ErrNotFound) {
		rec, err = a.upsertCard(ctx, b, true, nil)
	}
	if err != nil {
		return fmt.Errorf("slack relay of %s: %w", b.Ref, asTransient(err))
	}
	var ts string
	if f != nil {
		name := f.Name
		if name == "" {
			name = "fichier"
		}
		err = a.call(ctx, func() error {
			fs, err := a.api.UploadFileContext(ctx, slackapi.UploadFileParameters{
				Channel: rec.Channel, ThreadTimestamp: rec.TS, Filename: name, Title: name,
				Reader: bytes.NewReader(f.Data), FileSize: len(f.Data),
				InitialComment: fmt.Sprintf(a.tx.SlackVisitorFile, name),
			})
			if fs != nil {
				ts = fs.ID
			}
			return err
		})
	} else {
		err = a.call(ctx, func() error {
			_, t, err := a.api.PostMessageContext(ctx, rec.Channel, slackapi.MsgOptionTS(rec.TS), slackapi.MsgOptionText(text, false))
			ts = t
			return err
		})
	}
	if err != nil {
		return fmt.Errorf("slack relay of %s: %w", b.Ref, err)
	}
	if ts != "" {
		if _, err := a.updateRecord(ctx, b.Ref, func(r *cardRecord) {
			r.Relayed = append(r.Relayed, ts)
			if len(r.Relayed) > maxRelayed {
				r.Relayed = r.Relayed[len(r.Relayed)-maxRelayed:]
			}
		}); err != nil {
			a.o.logger.Warn("slack: recording a relayed message failed", "reference", b.Ref, "err", err)
		}
	}
	a.o.logger.Info("slack: visitor message relayed", "reference", b.Ref, "file", f != nil)
	return nil
}

// RelayedMessages returns the channel and ts of the messages posted in the
// card's thread for the visitor of ref (files: their file id), for an
// erasure to delete them.
func (a *Adapter) RelayedMessages(ctx context.Context, ref string) (channel string, ts []string, err error) {
	rec, _, err := a.loadCard(ctx, ref)
	if err != nil {
		return "", nil, err
	}
	return rec.Channel, append([]string(nil), rec.Relayed...), nil
}

func dmKey(channel string) string { return "slackdm:" + channel }

// rememberDM records who writes in a staff DM, once per process.
func (a *Adapter) rememberDM(ctx context.Context, channel, user string) {
	if a.o.kv == nil || channel == "" || user == "" {
		return
	}
	if u, ok := a.dms.Load(channel); ok && u == user {
		return
	}
	if err := a.putKV(ctx, dmKey(channel), user, a.o.cardTTL); err != nil {
		a.o.logger.Warn("slack: recording a DM's user failed", "err", err)
		return
	}
	a.dms.Store(channel, user)
}

// enteredBy returns the staff member who made a booking from a Slack DM.
func (a *Adapter) enteredBy(ctx context.Context, b *bot.Booking) string {
	if b.Follow.EnteredBy != "" || b.Channel != Channel || a.o.kv == nil {
		return b.Follow.EnteredBy
	}
	data, _, err := a.o.kv.LoadSession(ctx, dmKey(b.Conversation))
	if err != nil {
		return ""
	}
	return string(data)
}

// SuggestToAdvisor implements dialogs.Suggester: the knowledge base's
// answer to the visitor's question, in the card's thread, for the advisor
// only (the visitor does not receive it).
func (a *Adapter) SuggestToAdvisor(ctx context.Context, b *bot.Booking, answer string) error {
	rec, _, err := a.loadCard(ctx, b.Ref)
	if err != nil {
		return fmt.Errorf("slack suggestion for %s: %w", b.Ref, err)
	}
	text := fmt.Sprintf(a.tx.SlackSuggested, "\n>"+strings.ReplaceAll(Escape(truncate(answer, 2500)), "\n", "\n>"))
	return a.call(ctx, func() error {
		_, _, err := a.api.PostMessageContext(ctx, rec.Channel, slackapi.MsgOptionTS(rec.TS), slackapi.MsgOptionText(text, false))
		return err
	})
}

// updateRecord applies fn to the stored card record with optimistic retries.
func (a *Adapter) updateRecord(ctx context.Context, ref string, fn func(*cardRecord)) (*cardRecord, error) {
	for range 20 {
		rec, ver, err := a.loadCard(ctx, ref)
		if err != nil {
			return nil, err
		}
		fn(rec)
		err = a.saveCard(ctx, ref, rec, ver)
		if !errors.Is(err, bot.ErrConflict) {
			return rec, err
		}
	}
	return nil, fmt.Errorf("slack: card record of %s: %w", ref, bot.ErrConflict)
}
