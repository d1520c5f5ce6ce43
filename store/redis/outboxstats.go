package redis

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
)

// The outbox gauges are computed at every scrape, on every replica. Listing
// the outbox (dispatch.Stats over Events) reads every event; here each
// agency's outbox keeps what the gauges need — per notifier, its live
// events in a sorted set by the start of their delivery round, and a count
// of its dead letters — maintained by the append, claim, retry and ack
// scripts, so that a scrape runs a few commands per agency and notifier,
// whatever the number of events.

// roundScores are the sorted-set scores of an event's delivery round start
// now and once tried (µs; -1 for "the time of the reading": a reminder
// retried without Since), as dispatch.Stats computes it from a listing.
func roundScores(ev bot.Event) (now, afterTry int64) {
	score := func(t time.Time) int64 {
		if t.IsZero() {
			return -1
		}
		return t.UnixMicro()
	}
	now = score(dispatch.RoundStart(ev, time.Time{}))
	ev.Attempts = max(ev.Attempts, 1)
	return now, score(dispatch.RoundStart(ev, time.Time{}))
}

// outboxStats: ARGV now (µs). Returns per notifier: name, live events,
// scheduled (round starting after now), the oldest round start at or
// before now ("" when none but "now" entries) and dead letters.
var outboxStats = goredis.NewScript(`
local out = {}
for _, n in ipairs(redis.call('SMEMBERS', KEYS[22])) do
  local z = KEYS[21] .. ':' .. n
  local first = redis.call('ZRANGEBYSCORE', z, 0, ARGV[1], 'WITHSCORES', 'LIMIT', 0, 1)
  out[#out+1] = n
  out[#out+1] = redis.call('ZCARD', z)
  out[#out+1] = redis.call('ZCOUNT', z, '(' .. ARGV[1], '+inf')
  out[#out+1] = first[2] or ''
  out[#out+1] = tonumber(redis.call('HGET', KEYS[23], n) or '0')
end
return out
`)

// OutboxStats is dispatch.Stats without listing the outbox: one script
// per agency, in one pipeline. Notifiers are sorted by name; those with
// nothing left are omitted.
func (s *Store) OutboxStats(ctx context.Context, now time.Time) ([]dispatch.Stat, error) {
	op := "outbox statistics"
	ags, err := s.agencies(ctx)
	if err != nil || len(ags) == 0 {
		return nil, err
	}
	cmds := make([]*goredis.Cmd, len(ags))
	nowMicros := now.UnixMicro()
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for i, ag := range ags {
			cmds[i] = outboxStats.EvalSha(ctx, p, s.agencyKeys(ag), nowMicros)
		}
	}); err != nil {
		return nil, s.fail(op, err)
	}
	by := map[string]*dispatch.Stat{}
	for _, c := range cmds {
		res, err := c.Slice()
		if err != nil {
			return nil, s.fail(op, err)
		}
		for i := 0; i+4 < len(res); i += 5 {
			name, _ := res[i].(string)
			live, _ := res[i+1].(int64)
			sched, _ := res[i+2].(int64)
			dead, _ := res[i+4].(int64)
			st := by[name]
			if st == nil {
				st = &dispatch.Stat{Notifier: name}
				by[name] = st
			}
			st.Pending += int(live - sched)
			st.Scheduled += int(sched)
			st.Dead += int(dead)
			if o, _ := res[i+3].(string); o != "" {
				us, err := strconv.ParseFloat(o, 64)
				if err != nil {
					return nil, fmt.Errorf("%s: corrupt round start %q", op, o)
				}
				st.Oldest = max(st.Oldest, now.Sub(time.UnixMicro(int64(us))))
			}
		}
	}
	out := make([]dispatch.Stat, 0, len(by))
	for _, st := range by {
		if st.Pending+st.Scheduled+st.Dead > 0 {
			out = append(out, *st)
		}
	}
	slices.SortFunc(out, func(a, b dispatch.Stat) int {
		if a.Notifier < b.Notifier {
			return -1
		}
		if a.Notifier > b.Notifier {
			return 1
		}
		return 0
	})
	return out, nil
}
