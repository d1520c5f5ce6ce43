package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Durable replies
//
// Handle saves a turn's replies in the session (Session.Out), in the same
// atomic write as the turn itself, then sends them one by one, saving the
// session again without each one once the platform accepted it ("marked
// sent"). A crash, or a failed send, leaves the unmarked ones in the
// session: they are sent before anything else of the conversation, at the
// next update of that conversation — with the inbox, the very update whose
// entry was not removed. The cost is one more session write per reply.
//
// Delivery is at least once: a crash after a reply reached the platform and
// before its mark sends that reply once more. The engine lets at most
// Config.SendsInFlight replies (default 1, the whole process together) be
// between the two (sendgate.go), so a crash repeats at most that many
// replies. Nothing is lost: a reply's mark is written only after the
// platform accepted it.

// markTimeout bounds the wait for the store when marking replies sent.
const markTimeout = 15 * time.Second

type inboxCtxKey struct{}

// withRetry marks a context whose update is kept in the inbox until it is
// processed: a store outage is then not told to the visitor (the update is
// run again once the store is back).
func withRetry(ctx context.Context) context.Context {
	return context.WithValue(ctx, inboxCtxKey{}, true)
}

func retried(ctx context.Context) bool { v, _ := ctx.Value(inboxCtxKey{}).(bool); return v }

// Handle implements Handler: the turn, saved with its replies, then the
// replies sent and marked sent. Replies of an earlier turn left unsent (a
// crash) go first. A store failure returns an error; when the update comes
// from the inbox the visitor is told nothing (the update runs again later),
// otherwise they are told the service is momentarily unavailable.
func (e *Engine) Handle(ctx context.Context, in Inbound) error {
	start := time.Now()
	in.Time = e.cfg.Now() // one clock, as in Turn
	in = normalise(in)
	if in.Channel == "" || in.Conversation == "" {
		return errNoConversation
	}
	key := in.Addr().Key()
	if e.slots != nil {
		select {
		case e.slots <- struct{}{}:
		case <-ctx.Done():
			return fmt.Errorf("waiting for a turn: %w", ctx.Err())
		}
		defer func() { <-e.slots }()
	}
	unlock := e.locks.lock(key)
	defer unlock()

	var from string
	var sess *Session
	var err error
	for i := range maxConflictRetries {
		from, sess, err = e.durableTurn(ctx, key, in)
		if !errors.Is(err, ErrConflict) {
			break
		}
		backoff(i)
	}
	if e.cfg.Observer != nil {
		e.cfg.Observer.Turn(in.Channel, from, sess, time.Since(start), err)
	}
	if err == nil {
		if sess == nil {
			return nil // a duplicate
		}
		err := e.deliver(ctx, in.Addr(), sess)
		releaseSession(sess)
		return err
	}
	log := e.cfg.Logger.With("conversation", e.cfg.Pseudonym(key), "update", in.UpdateID, "state", from)
	var ve *VisitorError
	switch {
	case errors.As(err, &ve):
		log.Warn("turn refused", "err", err)
		return e.Send(ctx, in.Addr(), Reply{Text: ve.Message})
	case errors.Is(err, ErrUnavailable) || errors.Is(err, ErrTransient) || errors.Is(err, context.DeadlineExceeded):
		if retried(ctx) {
			log.Warn("turn postponed: store unavailable, the update stays in the inbox", "err", err)
			return err
		}
		log.Error("turn failed: store unavailable", "err", err)
		_ = e.Send(ctx, in.Addr(), Reply{Text: e.cfg.Texts.Unavailable})
		return err
	default:
		log.Error("turn failed", "err", err)
		_ = e.Send(ctx, in.Addr(), Reply{Text: e.cfg.Texts.Internal})
		return err
	}
}

// durableTurn loads the session, first delivers replies left unsent, then
// steps the dialogue (unless the update was already processed) and saves
// the session with the new replies in Out. sess is nil for a duplicate.
func (e *Engine) durableTurn(ctx context.Context, key string, in Inbound) (from string, sess *Session, err error) {
	s, err := e.load(ctx, key)
	if err != nil {
		return "", nil, err
	}
	from = s.State
	if len(s.Out) > 0 {
		switch {
		case e.mayDeliver(s):
			if err := e.deliver(ctx, in.Addr(), s); err != nil {
				return from, nil, err
			}
		case s.HasSeen(in.UpdateID):
			return from, nil, nil // a duplicate while its replies are being sent elsewhere
		default:
			return from, nil, fmt.Errorf("conversation busy: another replica is sending its replies: %w", ErrTransient)
		}
	}
	if s.HasSeen(in.UpdateID) {
		return from, nil, nil
	}
	if s.Created.IsZero() {
		s.Created = in.Time
		s.Channel, s.User = in.Channel, in.User
	}
	s.Inactive = false
	replies, err := e.cfg.Dialog.Step(ctx, s, in)
	if err != nil {
		return from, nil, err
	}
	s.MarkSeen(in.UpdateID)
	s.Updated = e.cfg.Now()
	s.Out, s.OutFor, s.OutBy, s.OutAt = replies, in.UpdateID, e.instance, time.Now()
	if len(replies) == 0 {
		s.OutBy, s.OutAt = "", time.Time{}
	}
	if err := e.save(ctx, s); err != nil {
		return from, nil, err
	}
	return from, s, nil
}

// deliver sends the session's pending replies one at a time, marking each
// sent (removing it from the stored session) before the next is handed to
// the platform, and at most Config.SendsInFlight replies of the whole
// process between the two: a crash repeats at most the reply in flight. A
// send that may succeed later (ErrTransient) leaves the rest pending and
// returns the error; a send refused for good (the visitor blocked the bot)
// is logged and the remaining replies are dropped.
func (e *Engine) deliver(ctx context.Context, to Address, s *Session) error {
	for len(s.Out) > 0 {
		outFor := s.OutFor
		tctx, t := e.ticket(ctx)
		err := e.Send(tctx, to, s.Out[0])
		n := 1
		if err != nil {
			if errors.Is(err, ErrTransient) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
				t.release()
				return err
			}
			e.cfg.Logger.Warn("replies dropped: the channel refused them", "conversation", e.cfg.Pseudonym(s.Key), "err", err)
			n = len(s.Out)
		}
		err = e.markSent(ctx, s, n)
		t.release()
		if err != nil {
			return err
		}
		if s.OutFor != outFor {
			return nil // another turn's replies now: not ours to send here
		}
	}
	return nil
}

// markSent removes the first n pending replies from the stored session. On
// a version conflict (another replica wrote meanwhile) it reloads and
// removes them only if they are still pending there.
func (e *Engine) markSent(ctx context.Context, s *Session, n int) error {
	outFor, pending := s.OutFor, len(s.Out)
	// The mark must be written even if the turn's context ends now: the
	// replies are out.
	// A store that is down now is waited for (a while): failing here would
	// send the replies again.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), markTimeout)
	defer cancel()
	wait := 50 * time.Millisecond
	for i := range maxConflictRetries {
		s.Out = s.Out[min(n, len(s.Out)):]
		if len(s.Out) == 0 {
			s.Out, s.OutFor, s.OutBy, s.OutAt = nil, "", "", time.Time{}
		}
		err := e.save(ctx, s)
		for errors.Is(err, ErrUnavailable) && ctx.Err() == nil {
			time.Sleep(wait)
			wait = min(2*wait, time.Second)
			err = e.save(ctx, s)
		}
		if !errors.Is(err, ErrConflict) {
			if err != nil {
				return fmt.Errorf("marking replies sent: %w", err)
			}
			return nil
		}
		backoff(i)
		fresh, err := e.load(ctx, s.Key)
		if err != nil {
			return fmt.Errorf("marking replies sent: %w", err)
		}
		*s = *fresh
		if len(fresh.Out) != pending || fresh.OutFor != outFor {
			return nil // marked, or replaced, by someone else
		}
	}
	return fmt.Errorf("marking replies sent: %w", ErrConflict)
}

// outPrefix marks, among a session's seen ids, those of messages sent
// outside of a visitor's turn (UpdateOnce).
const outPrefix = "out:"

// UpdateOnce is Update made idempotent by id (a reminder's event id, a
// relayed message's id; "" for none): fn runs and its replies are saved
// with the session, in one write that also records id, then delivered as a
// turn's are. Called again with the same id — the caller retried after a
// crash or an error — it runs nothing more: replies still pending are
// delivered, replies already sent are not sent again. Replies left unsent
// by an earlier turn go first.
func (e *Engine) UpdateOnce(ctx context.Context, to Address, id string, fn func(s *Session) ([]Reply, error)) error {
	key := to.Key()
	unlock := e.locks.lock(key)
	defer unlock()
	seen := ""
	if id != "" {
		seen = outPrefix + id
	}
	var s *Session
	var err error
	for i := range maxConflictRetries {
		s, err = e.updateOnce(ctx, key, to, seen, fn)
		if !errors.Is(err, ErrConflict) {
			break
		}
		backoff(i)
	}
	if err != nil || s == nil {
		return err
	}
	return e.deliver(ctx, to, s)
}

// updateOnce loads the session, delivers its pending replies, then runs fn
// and saves its replies as pending. s is nil when id was already done.
func (e *Engine) updateOnce(ctx context.Context, key string, to Address, seen string, fn func(s *Session) ([]Reply, error)) (*Session, error) {
	s, err := e.load(ctx, key)
	if err != nil {
		return nil, err
	}
	if len(s.Out) > 0 {
		if !e.mayDeliver(s) {
			return nil, fmt.Errorf("conversation busy: another replica is sending its replies: %w", ErrTransient)
		}
		if err := e.deliver(ctx, to, s); err != nil {
			return nil, err
		}
	}
	if s.HasSeen(seen) {
		return nil, nil
	}
	replies, err := fn(s)
	if err != nil {
		return nil, err
	}
	s.MarkSeen(seen)
	// Updated stays the visitor's last turn: a relay or a reminder is not
	// the visitor coming back.
	if len(replies) > 0 {
		s.Out, s.OutFor, s.OutBy, s.OutAt = replies, seen, e.instance, time.Now()
	}
	if err := e.save(ctx, s); err != nil {
		return nil, err
	}
	return s, nil
}

// SendOnce sends replies to a conversation outside of a visitor's turn,
// durably and once per id (see UpdateOnce): saved with the session, then
// delivered; a retry with the same id sends nothing already sent.
func (e *Engine) SendOnce(ctx context.Context, to Address, id string, replies ...Reply) error {
	return e.UpdateOnce(ctx, to, id, func(*Session) ([]Reply, error) { return replies, nil })
}

// Flush sends the replies a conversation's last turn saved but did not send
// (a crash, a channel down), and reports whether there were any.
func (e *Engine) Flush(ctx context.Context, to Address) (bool, error) {
	key := to.Key()
	unlock := e.locks.lock(key)
	defer unlock()
	s, err := e.load(ctx, key)
	if err != nil {
		return false, err
	}
	if len(s.Out) == 0 || !e.mayDeliver(s) {
		return false, nil
	}
	return true, e.deliver(ctx, to, s)
}

// outGrace is how long replies saved by another replica are left to it:
// past it, that replica is taken for dead (it bounds a turn's sending,
// throttling and retries included).
const outGrace = 2 * time.Minute

// mayDeliver reports whether this engine may send a session's pending
// replies: its own (a send that failed), those of a previous run of the
// same replica (it died), or those another replica left overdue. Replies
// another live replica is sending are left to it: sending them too would
// repeat them.
func (e *Engine) mayDeliver(s *Session) bool {
	if s.OutBy == "" || s.OutBy == e.instance {
		return true
	}
	if i := strings.LastIndexByte(s.OutBy, '/'); i >= 0 && s.OutBy[:i] == e.cfg.Replica {
		return true
	}
	return time.Since(s.OutAt) > outGrace
}

func randomToken() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
