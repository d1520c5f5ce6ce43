package redis

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// Holds live in their own keys, tagged by agency so that they share one
// Cluster hash slot with each other and with the agency's bookings
// (keys.go: the same tag {a:<agency>}):
//
//	<prefix>:hold:{a:<agency>}:s:<slot key> -> visitor       (PX ttl)
//	<prefix>:hold:{a:<agency>}:v:<visitor>  -> slot hold key (PX ttl)
//	<prefix>:hold:{a:<agency>}:choosing     -> sorted set: visitor by the
//	                                           time their choice expires
//
// Redis expires them; nothing sweeps.
func (s *Store) holdBase(agency string) string { return s.holdStems(agency).base }

// holdStemSet is an agency's hold key stems: base (holdBase), base+"s:"
// (the slots' holds) and base+"choosing".
type holdStemSet struct{ base, slot, choosing string }

// holdStems returns agency's hold key stems, built once per agency (a few
// hundred) like its booking keys (agency): three concatenations, three
// allocations, per offer otherwise (SlotHolders), and one per hold.
func (s *Store) holdStems(agency string) *holdStemSet {
	if v, ok := s.hstems.Load(agency); ok {
		return v.(*holdStemSet)
	}
	base := s.prefix + ":hold:{a:" + agency + "}:"
	v, _ := s.hstems.LoadOrStore(agency, &holdStemSet{base: base, slot: base + "s:", choosing: base + "choosing"})
	return v.(*holdStemSet)
}

// holdSlot takes KEYS[1] (slot hold) for ARGV[1] (visitor) for ARGV[2]
// milliseconds unless another visitor has it, or, when KEYS[4] (the
// bookings' slot hash) is given, a booking has the slot ARGV[3]; it
// releases the visitor's previous hold, named by KEYS[2] (same hash slot),
// and takes the visitor out of those choosing (KEYS[3]).
//
// SET … NX GET (Redis 7.0) takes a free slot and reads its holder in one
// call, and SET … GET moves the visitor's pointer and reads the previous
// hold in one: a redis.call costs ≈ 3 200 instructions beyond its command
// (README, « Performance »), and the usual hold (a free slot) makes four
// calls instead of six. Measured with callgrind on a redis-server fed 4 000
// holds: 60 000 → 53 000 instructions per hold. A slot held by
// another visitor is still refused before anything is written.
var holdSlot = goredis.NewScript(`
if KEYS[4] and redis.call('HEXISTS', KEYS[4], ARGV[3]) == 1 then return 0 end
local cur = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'GET', 'PX', ARGV[2])
if cur then
  if cur ~= ARGV[1] then return 0 end
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
local prev = redis.call('SET', KEYS[2], KEYS[1], 'GET', 'PX', ARGV[2])
if prev and prev ~= KEYS[1] and redis.call('GET', prev) == ARGV[1] then
  redis.call('DEL', prev)
end
redis.call('ZREM', KEYS[3], ARGV[1])
return 1
`)

// releaseHold drops the hold named by KEYS[1] (the visitor's entry) if it
// is still ARGV[1]'s.
var releaseHold = goredis.NewScript(`
local prev = redis.call('GET', KEYS[1])
if prev and redis.call('GET', prev) == ARGV[1] then
  redis.call('DEL', prev)
end
redis.call('DEL', KEYS[1])
return 1
`)

func checkAgency(agency string) error {
	if agency == "" || strings.ContainsAny(agency, "{}") {
		return fmt.Errorf("holds: invalid agency id %q", agency)
	}
	return nil
}

// HoldSlot implements bot.HoldStore: one script.
func (s *Store) HoldSlot(ctx context.Context, agency, visitor, slotKey string, ttl time.Duration) error {
	if err := checkAgency(agency); err != nil {
		return err
	}
	// The agency's slot hash shares the holds' hash slot: one script reads
	// the bookings too, on a Cluster as well. The three hold keys share one
	// string and the arguments point into v rather than box each value.
	base := s.holdBase(agency)
	all := base + "s:" + slotKey + base + "v:" + visitor + base + "choosing"
	n1 := len(base) + 2 + len(slotKey)
	n2 := n1 + len(base) + 2 + len(visitor)
	v := &holdVals{keys: [4]string{all[:n1], all[n1:n2], all[n2:], s.agencyKeys(agency)[1]},
		visitor: visitor, slot: slotKey, ttl: max(millis(ttl), 1)}
	ok, err := s.evalHot(ctx, holdSlot, v.keys[:], &v.visitor, &v.ttl, &v.slot).Int()
	if err != nil {
		return s.fail("holding "+slotKey, err)
	}
	if ok == 0 {
		return fmt.Errorf("slot %s held: %w", slotKey, bot.ErrSlotTaken)
	}
	return nil
}

// holdVals holds HoldSlot's keys and arguments.
type holdVals struct {
	keys          [4]string
	visitor, slot string
	ttl           int64
}

// ReleaseHold implements bot.HoldStore.
func (s *Store) ReleaseHold(ctx context.Context, agency, visitor string) error {
	if err := checkAgency(agency); err != nil {
		return err
	}
	if err := s.evalHot(ctx, releaseHold, []string{s.holdBase(agency) + "v:" + visitor}, visitor).Err(); err != nil {
		return s.fail("releasing the hold of "+visitor, err)
	}
	return nil
}

// SlotHolders implements bot.HoldStore in one round trip of plain
// commands: the slots' holds (MGET), the agency's slot hash (HMGET) and the
// visitors choosing in the sorted set <base>choosing, scored by the time
// their choice expires (expired ones dropped, the caller's choice added
// until ChoosingTTL, then counted). All keys share the agency's hash tag,
// so a Cluster sends them to one node as well.
//
// The reads need no atomicity: an offer is a snapshot, and the hold and
// the booking scripts check the slot again atomically when the visitor
// takes it. Plain commands cost Redis a fraction of a script's: measured
// with callgrind on a Redis of this machine, one offer's script was
// ≈ 190 000 instructions, most of it the Lua interpreter turning 29
// arguments and 25 replies into Lua strings (≈ 1 800 instructions an
// argument plus ≈ 15 a byte), 12 % of Redis' instructions per turn of
// cepbot bench; with these commands Redis' instructions per turn went
// from 155 400 to 139 600 (tools: valgrind --tool=callgrind redis-server).
func (s *Store) SlotHolders(ctx context.Context, agency, choosing string, keys []string) (bot.SlotState, error) {
	st := bot.SlotState{Holders: make([]string, len(keys)), Taken: make([]bool, len(keys))}
	if err := checkAgency(agency); err != nil {
		return st, err
	}
	stems := s.holdStems(agency)
	now := time.Now()
	// The arguments point into p rather than box each value (a string or
	// a large integer in an interface is an allocation): p holds a copy
	// of keys, which the caller may reuse once it has returned, even when
	// it gave up while the batch was still being written.
	p := &slotArgs{keys: slices.Clone(keys), names: holdKeys(stems.slot, keys), hash: s.agencyKeys(agency)[1],
		zset: stems.choosing, choosing: choosing, now: now.UnixMilli(), until: now.Add(bot.ChoosingTTL).UnixMilli()}
	p.ttl = p.until - p.now
	// The commands live in p too, their small arguments in one array:
	// two allocations for the six commands rather than twelve.
	cmds := p.cmds[:0]
	held, taken := &p.held, &p.taken
	if len(keys) > 0 {
		a := make([]any, 0, 2*len(keys)+3)
		a = append(a, "mget")
		for i := range p.names {
			a = append(a, &p.names[i])
		}
		// The holders as strings: a missing hold reads as "", as the
		// caller wants it, and no value is boxed (two allocations per
		// held slot with a SliceCmd, one here).
		p.held = *goredis.NewStringSliceCmd(ctx, a...)
		b := a[len(a):]
		b = append(b, "hmget", &p.hash)
		for i := range p.keys {
			b = append(b, &p.keys[i])
		}
		p.taken = *goredis.NewSliceCmd(ctx, b...)
		cmds = append(cmds, held, taken)
	}
	p.small = [...]any{"zremrangebyscore", &p.zset, "-inf", &p.now, "zadd", &p.zset, &p.until, &p.choosing,
		"pexpire", &p.zset, &p.ttl, "zcard", &p.zset}
	p.zrem = *goredis.NewIntCmd(ctx, p.small[0:4]...)
	cmds = append(cmds, &p.zrem)
	if choosing != "" {
		p.zadd = *goredis.NewIntCmd(ctx, p.small[4:8]...)
		p.pexpire = *goredis.NewBoolCmd(ctx, p.small[8:11]...)
		cmds = append(cmds, &p.zadd, &p.pexpire)
	}
	p.zcard = *goredis.NewIntCmd(ctx, p.small[11:13]...)
	count := &p.zcard
	cmds = append(cmds, count)
	if err := s.hotAll(ctx, cmds); err != nil {
		return st, s.fail("reading held slots", err)
	}
	for _, c := range cmds {
		if err := c.Err(); err != nil {
			return st, s.fail("reading held slots", err)
		}
	}
	if len(keys) > 0 {
		hv, tv := held.Val(), taken.Val()
		if len(hv) != len(keys) || len(tv) != len(keys) {
			return st, fmt.Errorf("reading held slots: %d and %d values for %d keys", len(hv), len(tv), len(keys))
		}
		for i := range keys {
			st.Holders[i] = hv[i]
			st.Taken[i] = tv[i] != nil && keys[i] != ""
		}
	}
	st.Choosing = int(count.Val())
	return st, nil
}

// slotArgs holds SlotHolders' commands and their arguments.
type slotArgs struct {
	keys, names          []string
	hash, zset, choosing string
	now, until, ttl      int64
	small                [13]any
	held                 goredis.StringSliceCmd
	taken                goredis.SliceCmd
	zrem, zadd, zcard    goredis.IntCmd
	pexpire              goredis.BoolCmd
	cmds                 [6]goredis.Cmder
}

// holdKeys returns stem+k for every slot key k, slices of one string: one
// allocation for the lot, not one per slot.
func holdKeys(stem string, keys []string) []string {
	n := 0
	for _, k := range keys {
		n += len(stem) + len(k)
	}
	var b strings.Builder
	b.Grow(n)
	for _, k := range keys {
		b.WriteString(stem)
		b.WriteString(k)
	}
	all := b.String()
	names := make([]string, len(keys), len(keys)+2)
	at := 0
	for i, k := range keys {
		names[i] = all[at : at+len(stem)+len(k)]
		at += len(stem) + len(k)
	}
	return names
}

// The hold scripts are loaded with the others at Open, so that their first
// use costs one round trip, not an EVALSHA refused then an EVAL.
func init() { allScripts = append(allScripts, holdSlot, releaseHold) }
