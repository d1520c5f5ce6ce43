package redis

import (
	"context"
	"fmt"
	"slices"
	"strings"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// The erasure's redaction (booking.Service.RedactOutbox) needs the outbox
// events about one visitor. Each agency's outbox indexes them by visitor
// (ovis, written by the append script itself, removed by ack), and the
// agencies to look at are those of the visitor's bookings (r:<ref> fields
// of the visitor's hash: a booking's events live in its agency), those
// where an event about the visitor was appended outside a booking step
// (o:<agency> fields, written in the same pipeline as the append, before
// it), and the outbox of events without an agency. Two round trips,
// whatever the number of bookings and events stored.

// visitorEvents: ARGV visitor. Returns {pending triplets, dead triplets}
// (the triplets of listEvents) of the events indexed under the visitor,
// in append order.
var visitorEvents = goredis.NewScript(`
local pending, dead = {}, {}
local v = ARGV[1]
for _, e in ipairs(redis.call('ZRANGEBYLEX', KEYS[19], '[' .. v .. '\t', '(' .. v .. '\t\255')) do
  local m = string.sub(e, #v + 2)
  local out
  if redis.call('ZSCORE', KEYS[11], m) then out = dead
  elseif redis.call('ZSCORE', KEYS[10], m) then out = pending end
  if out then
    out[#out+1] = redis.call('HGET', KEYS[8], m) or ''
    out[#out+1] = redis.call('HGET', KEYS[12], m) or '0'
    out[#out+1] = redis.call('HGET', KEYS[13], m) or ''
  end
end
return {pending, dead}
`)

// VisitorEvents implements bot.VisitorOutbox: the visitor's hash, then one
// script per agency where the visitor may have events, in one pipeline.
// Events are about the visitor when their booking's visitor is the visitor
// or one of its session registrations ("visitor|occurrence").
func (s *Store) VisitorEvents(ctx context.Context, visitor string) (pending, dead []bot.Event, err error) {
	op := "listing the outbox events of a visitor"
	if visitor == "" || visitor == bot.AnonymousVisitor {
		return nil, nil, nil
	}
	h, err := s.rdb.HGetAll(ctx, s.visitorKey(visitor)).Result()
	if err != nil {
		return nil, nil, s.fail(op, err)
	}
	ags := map[string]bool{noAgency: true}
	for f, v := range h {
		switch {
		case strings.HasPrefix(f, "r:"):
			ags[tagSafe(v)] = true
		case strings.HasPrefix(f, "o:"):
			ags[tagSafe(strings.TrimPrefix(f, "o:"))] = true
		}
	}
	base := baseVisitor(visitor)
	cmds := make(map[string]*goredis.Cmd, len(ags))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for ag := range ags {
			cmds[ag] = visitorEvents.EvalSha(ctx, p, s.agencyKeys(ag), base)
		}
	}); err != nil {
		return nil, nil, s.fail(op, err)
	}
	for ag, c := range cmds {
		res, err := c.Slice()
		if err != nil {
			return nil, nil, s.fail(op, err)
		}
		if len(res) != 2 {
			return nil, nil, fmt.Errorf("%s: unexpected reply %v", op, res)
		}
		for i, dst := range []*[]bot.Event{&pending, &dead} {
			part, _ := res[i].([]any)
			evs, err := decodeEvents(op, part, i == 1)
			if err != nil {
				return nil, nil, err
			}
			for _, ev := range evs {
				if ev.Booking == nil || !(ev.Booking.Visitor == visitor || strings.HasPrefix(ev.Booking.Visitor, visitor+"|")) {
					continue // another visitor with the same base, or a corrupt entry
				}
				s.evAgency.Store(ev.ID, ag) // Ack and Retry without probing every agency
				*dst = append(*dst, ev)
			}
		}
	}
	byCreation := func(a, b bot.Event) int { return a.Created.Compare(b.Created) }
	slices.SortStableFunc(pending, byCreation)
	slices.SortStableFunc(dead, byCreation)
	return pending, dead, nil
}

// visitorHints records, in the visitor's hash, the agency of events about
// a visitor appended outside a booking step (written before the append, in
// its pipeline), so that VisitorEvents looks there.
func (s *Store) visitorHints(ctx context.Context, p goredis.Pipeliner, ag string, evs []bot.Event) {
	seen := map[string]bool{}
	for i := range evs {
		if v := eventVisitor(&evs[i]); v != "" && !seen[v] {
			seen[v] = true
			p.HSet(ctx, s.visitorKey(v), "o:"+ag, 1)
		}
	}
}
