package redis

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// The outbox of an agency lives with its bookings (same hash tag), so a
// booking and its events are one atomic step. The keys, stream and scripts
// per agency are those of the former single-tag outbox; claims look at the
// agencies whose outbox may hold something (one pipelined probe), and an
// event's agency is remembered by id for Ack and Retry.

// eventAgency is the agency whose outbox holds ev.
func eventAgency(ev *bot.Event) string {
	if ev.Booking != nil {
		return tagSafe(ev.Booking.AgencyID)
	}
	return noAgency
}

// pipe runs fn in one pipeline. After a server restart (scripts flushed)
// it loads the scripts and runs fn again: the commands of a pipeline that
// failed on NOSCRIPT did not run, and the others are idempotent where pipe
// is used. redis.Nil replies are not errors here (each command is checked).
func (s *Store) pipe(ctx context.Context, fn func(goredis.Pipeliner)) error {
	return s.pipeOn(ctx, s.rdb, fn)
}

func (s *Store) pipeOn(ctx context.Context, c goredis.Cmdable, fn func(goredis.Pipeliner)) error {
	return s.pipeWith(ctx, func(ctx context.Context) ([]goredis.Cmder, error) {
		return c.Pipelined(ctx, func(p goredis.Pipeliner) error { fn(p); return nil })
	})
}

// pipeHot is pipe for a step of a turn: fn's commands run contiguously, in
// order, in the batcher's next round trip (shared with other turns'
// commands), as they would in their own pipeline. Nothing blocking and no
// WAIT: it would hold the other callers' replies.
func (s *Store) pipeHot(ctx context.Context, fn func(goredis.Pipeliner)) error {
	if s.batch == nil {
		return s.pipe(ctx, fn)
	}
	return s.pipeWith(ctx, func(ctx context.Context) ([]goredis.Cmder, error) {
		p := s.rdb.Pipeline()
		fn(p)
		cmds := p.Cmds()
		if err := s.batch.doAll(ctx, cmds); err != nil {
			return nil, err // ctx or a closed store: the replies are not ours to read
		}
		return cmds, firstErr(cmds)
	})
}

// firstErr is the first error among cmds' replies (redis.Nil included, as
// Pipelined reports it).
func firstErr(cmds []goredis.Cmder) error {
	for _, c := range cmds {
		if err := c.Err(); err != nil {
			return err
		}
	}
	return nil
}

// anyNoScript reports whether a command of cmds failed on NOSCRIPT: the
// server lost its scripts (a restart, SCRIPT FLUSH), the caller reloads
// them and sends the commands once more.
func anyNoScript(cmds []goredis.Cmder) bool {
	for _, c := range cmds {
		if e := c.Err(); e != nil && goredis.HasErrorPrefix(e, "NOSCRIPT") {
			return true
		}
	}
	return false
}

// firstFailure is the first error of cmds other than goredis.Nil (a
// missing key is an answer, not a failure).
func firstFailure(cmds []goredis.Cmder) error {
	for _, c := range cmds {
		if e := c.Err(); e != nil && !errors.Is(e, goredis.Nil) {
			return e
		}
	}
	return nil
}

// pipeWith runs one pipeline with run and checks it: NOSCRIPT reloads the
// scripts and runs the pipeline once more.
func (s *Store) pipeWith(ctx context.Context, run func(context.Context) ([]goredis.Cmder, error)) error {
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		cmds, err := run(ctx)
		if err == nil {
			return nil
		}
		if cmds == nil {
			return err
		}
		if anyNoScript(cmds) && attempt == 0 {
			if err := s.loadScripts(ctx); err != nil {
				return err
			}
			continue
		}
		if e := firstFailure(cmds); e != nil {
			return e
		}
		return nil
	}
}

func (s *Store) loadScripts(ctx context.Context) error {
	for _, sc := range allScripts {
		if err := sc.Load(ctx, s.rdb).Err(); err != nil {
			return s.fail("loading the Redis scripts", err)
		}
	}
	return nil
}

// Append implements bot.Outbox: one script per agency, in one pipeline.
func (s *Store) Append(ctx context.Context, events ...bot.Event) error {
	if len(events) == 0 {
		return nil
	}
	groups := map[string][]bot.Event{}
	for _, ev := range events {
		ag := eventAgency(&ev)
		groups[ag] = append(groups[ag], ev)
	}
	args := map[string][]any{}
	for ag, evs := range groups {
		a, err := eventArgs(nil, evs)
		if err != nil {
			return err
		}
		args[ag] = a
	}
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for ag, evs := range groups {
			p.SAdd(ctx, s.agenciesKey(), ag)
			s.visitorHints(ctx, p, ag, evs)
		}
		for ag, a := range args {
			appendEvents.EvalSha(ctx, p, s.agencyKeys(ag), a...)
		}
	}); err != nil {
		return s.fail("appending outbox events", err)
	}
	return nil
}

// appendTo appends events to agency ag's outbox.
func (s *Store) appendTo(ctx context.Context, ag string, evs []bot.Event) error {
	a, err := eventArgs(nil, evs)
	if err != nil {
		return err
	}
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		p.SAdd(ctx, s.agenciesKey(), ag)
		s.visitorHints(ctx, p, ag, evs)
		appendEvents.EvalSha(ctx, p, s.agencyKeys(ag), a...)
	}); err != nil {
		return s.fail("appending outbox events", err)
	}
	return nil
}

// ClaimEvents implements bot.Outbox: one pipelined probe of every agency's
// outbox (O(log n) each, nothing read), then the claim script on the
// agencies with something, from a rotating start, until max events.
func (s *Store) ClaimEvents(ctx context.Context, consumer string, now time.Time, lease time.Duration, max int) ([]bot.Event, error) {
	if max <= 0 {
		return nil, nil
	}
	if consumer == "" {
		consumer = "cepbot"
	}
	op := "claiming outbox events"
	ags, err := s.agencies(ctx)
	if err != nil || len(ags) == 0 {
		return nil, err
	}
	probes := make([]*goredis.Cmd, len(ags))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for i, ag := range ags {
			probes[i] = probeOutbox.EvalSha(ctx, p, s.agencyKeys(ag), now.UnixMicro())
		}
	}); err != nil {
		return nil, s.fail(op, err)
	}
	var out []bot.Event
	first := int(s.rotor.Add(1)) % len(ags)
	for k := range ags {
		i := (first + k) % len(ags)
		if n, _ := probes[i].Int(); n == 0 {
			continue
		}
		res, err := claimEvents.Run(ctx, s.rdb, s.agencyKeys(ags[i]), now.UnixMicro(), now.Add(lease).UnixMicro(), max-len(out), consumer).Slice()
		if err != nil {
			return out, s.fail(op, err)
		}
		evs, err := decodeEvents(op, res, false)
		if err != nil {
			return out, err
		}
		for _, ev := range evs {
			s.evAgency.Store(ev.ID, ags[i])
		}
		out = append(out, evs...)
		if len(out) >= max {
			break
		}
	}
	return out, nil
}

// agencyOfEvent finds the agency of an event id: remembered from claims and
// listings, else probed on every agency (one pipeline).
func (s *Store) agencyOfEvent(ctx context.Context, id string) (string, error) {
	if v, ok := s.evAgency.Load(id); ok {
		return v.(string), nil
	}
	ags, err := s.agencies(ctx)
	if err != nil {
		return "", err
	}
	cmds := make([]*goredis.BoolCmd, len(ags))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for i, ag := range ags {
			cmds[i] = p.HExists(ctx, s.agencyKeys(ag)[6], id)
		}
	}); err != nil {
		return "", s.fail("finding event "+id, err)
	}
	for i, c := range cmds {
		if c.Val() {
			return ags[i], nil
		}
	}
	return "", nil
}

// Ack implements bot.Outbox. Acknowledging a missing event is not an error.
func (s *Store) Ack(ctx context.Context, id string) error {
	ag, err := s.agencyOfEvent(ctx, id)
	if err != nil || ag == "" {
		return err
	}
	if err := ack.Run(ctx, s.rdb, s.agencyKeys(ag), id).Err(); err != nil {
		return s.fail("acknowledging event "+id, err)
	}
	s.evAgency.Delete(id)
	return nil
}

// Retry implements bot.Outbox.
func (s *Store) Retry(ctx context.Context, id string, next time.Time, lastErr string, dead bool) error {
	ag, err := s.agencyOfEvent(ctx, id)
	if err != nil {
		return err
	}
	if ag == "" {
		return fmt.Errorf("retrying event %s: %w", id, bot.ErrNotFound)
	}
	nb := ""
	if !next.IsZero() {
		nb = strconv.FormatInt(next.UnixNano(), 10)
	}
	n, err := retry.Run(ctx, s.rdb, s.agencyKeys(ag), id, micros(next), nb+"\n"+lastErr, flag(dead)).Int()
	if err != nil {
		return s.fail("retrying event "+id, err)
	}
	if n == 0 {
		return fmt.Errorf("retrying event %s: %w", id, bot.ErrNotFound)
	}
	if dead {
		s.evAgency.Delete(id)
	}
	return nil
}

// Events implements bot.Outbox: every agency's listing in one pipeline,
// oldest first (creation time, then append order within an agency).
func (s *Store) Events(ctx context.Context, dead bool) ([]bot.Event, error) {
	op := "listing outbox events"
	ags, err := s.agencies(ctx)
	if err != nil || len(ags) == 0 {
		return nil, err
	}
	cmds := make([]*goredis.Cmd, len(ags))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for i, ag := range ags {
			cmds[i] = listEvents.EvalSha(ctx, p, s.agencyKeys(ag), flag(dead))
		}
	}); err != nil {
		return nil, s.fail(op, err)
	}
	var out []bot.Event
	for _, c := range cmds {
		res, err := c.Slice()
		if err != nil {
			return nil, s.fail(op, err)
		}
		evs, err := decodeEvents(op, res, dead)
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
	}
	slices.SortStableFunc(out, func(a, b bot.Event) int { return a.Created.Compare(b.Created) })
	return out, nil
}
