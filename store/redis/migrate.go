package redis

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// The layout before issue 20: every booking-domain key under one hash tag
// {p:bk}. Kept here for the migration, which reads it, and for its tests,
// which write it as that code did.
var legacyKeyNames = []string{"b", "slot", "act", "hold", "mv", "oseq", "oid", "oev", "odue", "olive", "odead", "oat", "ort", "ostr", "olease", "osid"}

func legacyKeys(prefix string) []string {
	out := make([]string, len(legacyKeyNames))
	for i, n := range legacyKeyNames {
		out[i] = "{" + prefix + ":bk}:" + n
	}
	return out
}

// MigrateReport counts what Migrate moved.
type MigrateReport struct {
	Bookings, Active, Events, Dead int
	// Indexed: bookings of the per-agency layout whose derived indexes
	// were rebuilt (Reindex).
	Indexed int
}

// importAgency writes bookings of one agency as the new layout holds them;
// existing entries win (a second run changes nothing). ARGV: groups of 10,
// ref, JSON, moved-at or "", held slot or "", start (unix s), end (unix s),
// anonymised, queues, creation (unix s), advisor.
var importAgency = goredis.NewScript(luaAgency + `
for i = 1, #ARGV, 10 do
  local ref = ARGV[i]
  if redis.call('HSETNX', KEYS[1], ref, ARGV[i+1]) == 1 then
    if ARGV[i+2] ~= '' then redis.call('HSET', KEYS[5], ref, ARGV[i+2]) end
    if ARGV[i+3] ~= '' and not redis.call('HGET', KEYS[2], ARGV[i+3]) then hold(ref, ARGV[i+3]) end
    index(ref, ARGV[i+4], ARGV[i+5], ARGV[i+6])
    if ARGV[i+2] == '' then queues(ref, ARGV[i+7], ARGV[i+5], ARGV[i+8]) end
    adv_index(ref, ARGV[i+9], ARGV[i+4], nil)
  end
end
return 1
`)

// Migrate moves the data written in the single-tag layout (before issue 20)
// into the per-agency layout: bookings with their moved state, held slots
// and indexes, active bookings, pending and dead outbox events. It reads
// the old keys in batches of batch, writes with pipelines, and deletes the
// old keys only once everything is copied; it can be run again after a
// crash (what was copied is not copied twice).
func (s *Store) Migrate(ctx context.Context, batch int) (MigrateReport, error) {
	var rep MigrateReport
	if batch <= 0 {
		batch = 500
	}
	old := legacyKeys(s.prefix)
	agencyOf := map[string]string{} // ref -> agency
	var cursor uint64
	for {
		kv, next, err := s.rdb.HScan(ctx, old[0], cursor, "*", int64(batch)).Result()
		if err != nil {
			return rep, s.fail("migrating bookings", err)
		}
		if err := s.importBookings(ctx, old, kv, agencyOf); err != nil {
			return rep, err
		}
		rep.Bookings += len(kv) / 2
		cursor = next
		if cursor == 0 {
			break
		}
	}
	// Active bookings: visitor -> reference.
	cursor = 0
	for {
		kv, next, err := s.rdb.HScan(ctx, old[2], cursor, "*", int64(batch)).Result()
		if err != nil {
			return rep, s.fail("migrating active bookings", err)
		}
		if err := s.pipe(ctx, func(p goredis.Pipeliner) {
			for i := 0; i+1 < len(kv); i += 2 {
				visitor, ref := kv[i], kv[i+1]
				if ag, ok := agencyOf[ref]; ok {
					p.HSetNX(ctx, s.visitorKey(visitor), "a:"+visitor, ref+"\t"+ag)
					rep.Active++
				}
			}
		}); err != nil {
			return rep, s.fail("migrating active bookings", err)
		}
		cursor = next
		if cursor == 0 {
			break
		}
	}
	for _, dead := range []bool{false, true} {
		n, err := s.importEvents(ctx, old, dead, batch, agencyOf)
		if err != nil {
			return rep, err
		}
		if dead {
			rep.Dead = n
		} else {
			rep.Events = n
		}
	}
	if err := s.rdb.Unlink(ctx, old...).Err(); err != nil {
		return rep, s.fail("deleting the old layout", err)
	}
	n, err := s.Reindex(ctx, batch)
	rep.Indexed = n
	return rep, err
}

// reindexAgency rebuilds the derived indexes of bookings of one agency
// (agency/day, retention, archive, staff queues, advisor) from what the
// caller read. ARGV: groups of 8, ref, SHA-1 of the JSON read, start, end,
// anonymised, queues, creation, advisor. A booking rewritten since it was read is skipped: its
// writer maintained its indexes. A moved booking is in no queue. Returns
// how many it indexed.
var reindexAgency = goredis.NewScript(luaAgency + `
local n = 0
for i = 1, #ARGV, 8 do
  local ref = ARGV[i]
  local data = redis.call('HGET', KEYS[1], ref)
  if data and redis.sha1hex(data) == ARGV[i+1] then
    index(ref, ARGV[i+2], ARGV[i+3], ARGV[i+4])
    adv_index(ref, ARGV[i+7], ARGV[i+2], nil)
    if redis.call('HEXISTS', KEYS[5], ref) == 1 then
      queues(ref, '0000', 0, 0)
    else
      queues(ref, ARGV[i+5], ARGV[i+3], ARGV[i+6])
    end
    n = n + 1
  end
end
return n
`)

// Reindex rebuilds the derived indexes of every booking of the per-agency
// layout (the staff queues added after it, for data written before them),
// agency by agency, batch bookings per script; idempotent, and safe while
// the bot runs (a booking changed meanwhile keeps the indexes its writer
// set). It returns how many bookings it indexed.
func (s *Store) Reindex(ctx context.Context, batch int) (int, error) {
	if batch <= 0 {
		batch = 500
	}
	ags, err := s.agencies(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, ag := range ags {
		keys := s.agencyKeys(ag)
		var cursor uint64
		for {
			kv, next, err := s.rdb.HScan(ctx, keys[0], cursor, "*", int64(batch)).Result()
			if err != nil {
				return n, s.fail("reindexing the bookings of agency "+ag, err)
			}
			args := make([]any, 0, len(kv)/2*8)
			for i := 0; i+1 < len(kv); i += 2 {
				b, err := bot.UnmarshalBooking([]byte(kv[i+1]))
				if err != nil {
					return n, fmt.Errorf("reindexing booking %s: %w", kv[i], err)
				}
				sum := sha1.Sum([]byte(kv[i+1]))
				args = append(args, kv[i], hex.EncodeToString(sum[:]), unixScore(b.Start), endScore(b), anonymised(b), queueFlags(b), unixScore(b.Created), b.AdvisorID)
			}
			if len(args) > 0 {
				m, err := reindexAgency.Run(ctx, s.rdb, keys, args...).Int()
				if err != nil {
					return n, s.fail("reindexing the bookings of agency "+ag, err)
				}
				n += m
			}
			cursor = next
			if cursor == 0 {
				break
			}
		}
	}
	return n, nil
}

func (s *Store) importBookings(ctx context.Context, old []string, kv []string, agencyOf map[string]string) error {
	if len(kv) == 0 {
		return nil
	}
	refs := make([]string, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		refs = append(refs, kv[i])
	}
	var mv, held *goredis.SliceCmd
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		mv = p.HMGet(ctx, old[4], refs...)
		held = p.HMGet(ctx, old[3], refs...)
	}); err != nil {
		return s.fail("migrating bookings", err)
	}
	args := map[string][]any{}
	var bs []*bot.Booking
	for i, ref := range refs {
		b, err := bot.UnmarshalBooking([]byte(kv[2*i+1]))
		if err != nil {
			return fmt.Errorf("migrating booking %s: %w", ref, err)
		}
		moved, _ := mv.Val()[i].(string)
		slot, _ := held.Val()[i].(string)
		ag := tagSafe(b.AgencyID)
		agencyOf[ref] = ag
		args[ag] = append(args[ag], ref, kv[2*i+1], moved, slot, unixScore(b.Start), endScore(b), anonymised(b), queueFlags(b), unixScore(b.Created), b.AdvisorID)
		bs = append(bs, b)
	}
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for ag, a := range args {
			p.SAdd(ctx, s.agenciesKey(), ag)
			importAgency.EvalSha(ctx, p, s.agencyKeys(ag), a...)
		}
		for _, b := range bs {
			ag := agencyOf[b.Ref]
			p.Set(ctx, s.refKey(b.Ref), ag, 0)
			if b.AdvisorID != "" {
				p.HSet(ctx, s.advisorsKey(), b.AdvisorID, ag)
			}
			if b.Visitor != "" && b.Visitor != bot.AnonymousVisitor {
				p.HSet(ctx, s.visitorKey(b.Visitor), "r:"+b.Ref, ag)
			}
		}
	}); err != nil {
		return s.fail("migrating bookings", err)
	}
	return nil
}

// importEvents appends the old outbox's pending (or dead) events to their
// agencies' outboxes, keeping attempts, due time and last error.
func (s *Store) importEvents(ctx context.Context, old []string, dead bool, batch int, agencyOf map[string]string) (int, error) {
	src := old[9]
	if dead {
		src = old[10]
	}
	n := 0
	for start := int64(0); ; start += int64(batch) {
		ms, err := s.rdb.ZRange(ctx, src, start, start+int64(batch)-1).Result()
		if err != nil {
			return n, s.fail("migrating outbox events", err)
		}
		if len(ms) == 0 {
			return n, nil
		}
		var evs, ats, rts *goredis.SliceCmd
		var dues []*goredis.FloatCmd
		if err := s.pipe(ctx, func(p goredis.Pipeliner) {
			evs = p.HMGet(ctx, old[7], ms...)
			ats = p.HMGet(ctx, old[11], ms...)
			rts = p.HMGet(ctx, old[12], ms...)
			for _, m := range ms {
				dues = append(dues, p.ZScore(ctx, old[8], m))
			}
		}); err != nil {
			return n, s.fail("migrating outbox events", err)
		}
		out := map[string][]bot.Event{}
		for i := range ms {
			data, _ := evs.Val()[i].(string)
			if data == "" {
				continue
			}
			ev, err := bot.UnmarshalEvent([]byte(data))
			if err != nil {
				return n, fmt.Errorf("migrating outbox events: %w", err)
			}
			if a, _ := ats.Val()[i].(string); a != "" {
				ev.Attempts, _ = strconv.Atoi(a)
			}
			if st, _ := rts.Val()[i].(string); st != "" {
				nb, lastErr, _ := strings.Cut(st, "\n")
				ev.LastError = lastErr
				if ns, err := strconv.ParseInt(nb, 10, 64); err == nil {
					ev.NotBefore = time.Unix(0, ns)
				}
			}
			if sc, err := dues[i].Result(); err == nil && sc > 0 {
				ev.NotBefore = time.UnixMicro(int64(sc))
			} else if err != nil && !errors.Is(err, goredis.Nil) {
				return n, s.fail("migrating outbox events", err)
			}
			ev.Dead = dead
			ag := eventAgency(ev)
			if ev.Booking == nil {
				if a, ok := agencyOf[ev.Ref]; ok {
					ag = a // a reminder: its booking's agency
				}
			}
			out[ag] = append(out[ag], *ev)
			n++
		}
		for ag, evs := range out {
			if err := s.appendTo(ctx, ag, evs); err != nil {
				return n, err
			}
		}
	}
}
