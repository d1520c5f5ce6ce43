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
func (s *Store) holdBase(agency string) string {
	return s.prefix + ":hold:{a:" + agency + "}:"
}

// holdSlot takes KEYS[1] (slot hold) for ARGV[1] (visitor) for ARGV[2]
// milliseconds unless another visitor has it, or, when KEYS[4] (the
// bookings' slot hash) is given, a booking has the slot ARGV[3]; it
// releases the visitor's previous hold, named by KEYS[2] (same hash slot),
// and takes the visitor out of those choosing (KEYS[3]).
var holdSlot = goredis.NewScript(`
if KEYS[4] and redis.call('HEXISTS', KEYS[4], ARGV[3]) == 1 then return 0 end
local cur = redis.call('GET', KEYS[1])
if cur and cur ~= ARGV[1] then return 0 end
local prev = redis.call('GET', KEYS[2])
if prev and prev ~= KEYS[1] and redis.call('GET', prev) == ARGV[1] then
  redis.call('DEL', prev)
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], KEYS[1], 'PX', ARGV[2])
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

// slotStates reads, for the n = #KEYS-2 slot keys ARGV[1..n], the hold key
// KEYS[i] and the field ARGV[i] of the bookings' slot hash KEYS[n+1], and
// counts the visitors choosing in the sorted set KEYS[n+2] (scored by the
// time their choice expires), after adding ARGV[n+1] (unless empty) until
// ARGV[n+2] ms. One script: every key has the agency's hash tag.
var slotStates, countChoosing *goredis.Script

// luaChoosing: ARGV now and until are unix ms.
const luaChoosing = `
local function choosing(key, visitor, now, untilms)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if visitor ~= '' then
    redis.call('ZADD', key, untilms, visitor)
    redis.call('PEXPIRE', key, untilms - now)
  end
  return redis.call('ZCARD', key)
end
`

func init() {
	slotStates = goredis.NewScript(luaChoosing + `
local n = #KEYS - 2
local out = {}
if n > 0 then
  -- two calls, not two per slot: a Lua redis.call costs the server more
  -- than the reply it reads
  local held = redis.call('MGET', unpack(KEYS, 1, n))
  local taken = redis.call('HMGET', KEYS[n+1], unpack(ARGV, 1, n))
  for i = 1, n do
    out[2*i-1] = held[i] or ''
    out[2*i] = taken[i] and 1 or 0
  end
end
out[2*n+1] = choosing(KEYS[n+2], ARGV[n+1], ARGV[n+2], ARGV[n+3])
return out
`)
	countChoosing = goredis.NewScript(luaChoosing + `return choosing(KEYS[1], ARGV[1], ARGV[2], ARGV[3])`)
}

// countChoosing is the presence part alone.
// SlotHolders implements bot.HoldStore in one round trip: one script (the
// holds and the agency's slot hash share the agency's hash tag).
func (s *Store) SlotHolders(ctx context.Context, agency, choosing string, keys []string) (bot.SlotState, error) {
	st := bot.SlotState{Holders: make([]string, len(keys)), Taken: make([]bool, len(keys))}
	if err := checkAgency(agency); err != nil {
		return st, err
	}
	base := s.holdBase(agency)
	names := holdKeys(base+"s:", keys)
	now := time.Now()
	// The arguments point into p rather than box each value (a string or
	// a large integer in an interface is an allocation): p holds a copy
	// of keys, which the caller may reuse once it has returned, even when
	// it gave up while the batch was still being written.
	p := &slotArgs{keys: slices.Clone(keys), choosing: choosing, now: now.UnixMilli(), until: now.Add(bot.ChoosingTTL).UnixMilli()}
	args := make([]any, 0, len(keys)+3)
	for i := range p.keys {
		args = append(args, &p.keys[i])
	}
	args = append(args, &p.choosing, &p.now, &p.until)
	res, err := s.evalHot(ctx, slotStates, append(names, s.agencyKeys(agency)[1], base+"choosing"), args...).Slice()
	if err != nil {
		return st, s.fail("reading held slots", err)
	}
	if len(res) != 2*len(keys)+1 {
		return st, fmt.Errorf("reading held slots: %d values for %d keys", len(res), len(keys))
	}
	for i := range keys {
		st.Holders[i], _ = res[2*i].(string)
		n, _ := res[2*i+1].(int64)
		st.Taken[i] = n == 1 && keys[i] != ""
	}
	c, _ := res[2*len(keys)].(int64)
	st.Choosing = int(c)
	return st, nil
}

// slotArgs holds SlotHolders' script arguments.
type slotArgs struct {
	keys       []string
	choosing   string
	now, until int64
}

// holdKeys returns stem+k for every slot key k, slices of one string: one
// allocation for the lot, not one per slot (with room for the two keys
// SlotHolders appends).
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
func init() { allScripts = append(allScripts, holdSlot, releaseHold, slotStates, countChoosing) }
