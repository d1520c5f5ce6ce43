package redis

// The code of the single-tag layout (main before issue 20), kept for the
// migration tests: it writes bookings and events exactly as that code did.

import (
	"context"
	"fmt"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

const legacyLuaHold = `
local function hold(ref, slot, visitor)
  if slot ~= '' then
    redis.call('HSET', KEYS[2], slot, ref)
    redis.call('HSET', KEYS[4], ref, slot)
  end
  if visitor ~= '' then redis.call('HSET', KEYS[3], visitor, ref) end
end
local function release(ref)
  local held = redis.call('HGET', KEYS[4], ref)
  if held then
    if redis.call('HGET', KEYS[2], held) == ref then redis.call('HDEL', KEYS[2], held) end
    redis.call('HDEL', KEYS[4], ref)
  end
end
`

// legacyLuaAppend is luaAppend as it was: quintuplets, no visitor index.
const legacyLuaAppend = luaStream + `
local function append_events(first)
  ensure_group()
  for i = first, #ARGV, 5 do
    local id = ARGV[i]
    if redis.call('HEXISTS', KEYS[7], id) == 0 then
      local n = redis.call('INCR', KEYS[6])
      local m = string.format('%016x', n)
      redis.call('HSET', KEYS[7], id, m)
      redis.call('HSET', KEYS[8], m, ARGV[i+1])
      if ARGV[i+3] ~= '0' then redis.call('HSET', KEYS[12], m, ARGV[i+3]) end
      if ARGV[i+4] == '1' then
        redis.call('ZADD', KEYS[11], n, m)
      else
        redis.call('ZADD', KEYS[10], n, m)
        if ARGV[i+2] == '0' then enqueue(m) else redis.call('ZADD', KEYS[9], ARGV[i+2], m) end
      end
    end
  end
end
`

var (
	legacyBookScript = goredis.NewScript(legacyLuaAppend + legacyLuaHold + `
local ref, slot, visitor = ARGV[1], ARGV[3], ARGV[4]
if redis.call('HEXISTS', KEYS[1], ref) == 1 then return 'dup' end
if slot ~= '' then
  local holder = redis.call('HGET', KEYS[2], slot)
  if holder and holder ~= ref then return 'taken' end
end
if visitor ~= '' then
  local prev = redis.call('HGET', KEYS[3], visitor)
  if prev then
    release(prev)
    if redis.call('HEXISTS', KEYS[1], prev) == 1 then redis.call('HSET', KEYS[5], prev, ARGV[6]) end
    redis.call('HDEL', KEYS[3], visitor)
  end
end
redis.call('HSET', KEYS[1], ref, ARGV[2])
if ARGV[5] == '1' then hold(ref, slot, visitor) end
append_events(7)
return 'ok'
`)
)

// LegacyBook is Store.Book of the single-tag layout.
func LegacyBook(ctx context.Context, s *Store, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	moved, err := b.Created.MarshalText()
	if err != nil {
		return err
	}
	args, err := eventArgs([]any{b.Ref, data, b.SlotKey(), b.Visitor, flag(b.Active()), moved}, events)
	if err != nil {
		return err
	}
	// the events as quintuplets, without what this code did not index
	const head, group = 6, 9
	legacy := append([]any(nil), args[:head]...)
	for i := head; i < len(args); i += group {
		legacy = append(legacy, args[i:i+5]...)
	}
	args = legacy
	res, err := legacyBookScript.Run(ctx, s.rdb, legacyKeys(s.prefix), args...).Text()
	if err != nil {
		return err
	}
	if res == "taken" {
		return fmt.Errorf("legacy booking %s: %w", b.Ref, bot.ErrSlotTaken)
	}
	return nil
}

// LegacyKeys are the keys of the single-tag layout.
func LegacyKeys(s *Store) []string { return legacyKeys(s.prefix) }

// Import writes bookings in the per-agency layout as the migration does
// (pipelined batches): a fast way to fill a store for scale tests.
func Import(ctx context.Context, s *Store, bs []*bot.Booking) error {
	kv := make([]string, 0, 2*len(bs))
	for _, b := range bs {
		data, err := bot.MarshalBooking(b)
		if err != nil {
			return err
		}
		kv = append(kv, b.Ref, string(data))
	}
	return s.importBookings(ctx, legacyKeys(s.prefix), kv, map[string]string{})
}

// ScriptSHA names the scripts of the booking steps, for fault injection.
func ScriptSHA(name string) string {
	return map[string]*goredis.Script{
		"intent": intent, "book": bookAgency, "commit": commit, "moveOut": moveOut, "rollback": rollback,
	}[name].Hash()
}

// SetIntentTimes shortens the intent deadline and margin for tests.
func SetIntentTimes(grace, margin time.Duration) func() {
	g, m := intentGrace, intentMargin
	intentGrace, intentMargin = grace, margin
	return func() { intentGrace, intentMargin = g, m }
}

// QueueKeys are the staff queue keys of an agency.
func QueueKeys(s *Store, agency string) []string { return s.agencyKeys(agency)[23:27] }

// AdvisorKey is the advisor index key of an advisor of an agency.
func AdvisorKey(s *Store, agency, advisor string) string {
	k := s.agencyKeys(agency)[0]
	return k[:len(k)-1] + "adv:" + advisor
}
