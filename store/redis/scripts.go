package redis

import goredis "github.com/redis/go-redis/v9"

// bkKeyNames are the booking-domain keys (under the {p:bk} tag). Every
// booking and outbox script receives all of them, in this order, as KEYS:
// declared keys keep the scripts valid on Redis Cluster.
var bkKeyNames = []string{
	"b",     // KEYS[1]  reference -> booking JSON
	"slot",  // KEYS[2]  slot key -> reference
	"act",   // KEYS[3]  visitor -> reference
	"hold",  // KEYS[4]  reference -> slot key
	"mv",    // KEYS[5]  reference -> moved-at time
	"oseq",  // KEYS[6]  outbox sequence
	"oid",   // KEYS[7]  event id -> m
	"oev",   // KEYS[8]  m -> event JSON
	"odue",  // KEYS[9]  m by due time (µs)
	"olive", // KEYS[10] m by sequence, pending
	"odead", // KEYS[11] m by sequence, dead
	"oat",   // KEYS[12] m -> attempts
	"ort",   // KEYS[13] m -> retry state
}

// luaAppend appends events given as ARGV quintuplets from index first:
// id, JSON, due score (µs), attempts, dead ("1"/"0"). Existing ids are
// skipped.
const luaAppend = `
local function append_events(first)
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
        redis.call('ZADD', KEYS[9], ARGV[i+2], m)
        redis.call('ZADD', KEYS[10], n, m)
      end
    end
  end
end
`

// luaHold indexes an active booking (ARGV: ref, slot, visitor).
const luaHold = `
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

var (
	// saveSession: KEYS[1] session; ARGV expected version, next version,
	// data, ttl ms ("0": none). Returns 1, or the stored version on conflict.
	saveSession = goredis.NewScript(`
local cur = redis.call('HGET', KEYS[1], 'v') or '0'
if cur ~= ARGV[1] then return cur end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'd', ARGV[3])
if ARGV[4] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[4]) else redis.call('PERSIST', KEYS[1]) end
return 1
`)

	// book: ARGV ref, JSON, slot, visitor, active, moved-at, then events.
	book = goredis.NewScript(luaAppend + luaHold + `
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

	// updateBooking: ARGV ref, JSON, slot, visitor, active, then events.
	updateBooking = goredis.NewScript(luaAppend + luaHold + `
local ref, slot, visitor = ARGV[1], ARGV[3], ARGV[4]
if redis.call('HEXISTS', KEYS[1], ref) == 0 then return 'missing' end
if ARGV[5] == '1' and slot ~= '' then
  local holder = redis.call('HGET', KEYS[2], slot)
  if holder and holder ~= ref then return 'taken' end
end
-- The former visitor (the stored one) loses the booking when it is
-- cancelled or anonymised (erasure changes the visitor id).
local stored = cjson.decode(redis.call('HGET', KEYS[1], ref))
local former = stored['visitor'] or ''
release(ref)
redis.call('HSET', KEYS[1], ref, ARGV[2])
redis.call('HDEL', KEYS[5], ref)
if former ~= '' and redis.call('HGET', KEYS[3], former) == ref and (ARGV[5] ~= '1' or former ~= visitor) then
  redis.call('HDEL', KEYS[3], former)
end
if ARGV[5] == '1' then hold(ref, slot, visitor) end
append_events(6)
return 'ok'
`)

	// getBooking: ARGV ref, or visitor when ARGV[2] == "active". Returns
	// {JSON, moved-at or false}, or false.
	getBooking = goredis.NewScript(`
local ref = ARGV[1]
if ARGV[2] == 'active' then
  ref = redis.call('HGET', KEYS[3], ref)
  if not ref then return false end
end
local b = redis.call('HGET', KEYS[1], ref)
if not b then return false end
return {b, redis.call('HGET', KEYS[5], ref) or ''}
`)

	// listBookings returns {HGETALL bookings, HGETALL moved} from one
	// consistent snapshot.
	listBookings = goredis.NewScript(`
return {redis.call('HGETALL', KEYS[1]), redis.call('HGETALL', KEYS[5])}
`)

	// appendEvents: ARGV events.
	appendEvents = goredis.NewScript(luaAppend + `
append_events(1)
return 1
`)

	// claimEvents: ARGV now (µs), lease end (µs), max. Returns a flat array
	// of (JSON, attempts, retry state) triplets.
	claimEvents = goredis.NewScript(`
local ms = redis.call('ZRANGEBYSCORE', KEYS[9], '-inf', ARGV[1], 'LIMIT', 0, ARGV[3])
local out = {}
for _, m in ipairs(ms) do
  redis.call('ZADD', KEYS[9], ARGV[2], m)
  local a = redis.call('HINCRBY', KEYS[12], m, 1)
  out[#out+1] = redis.call('HGET', KEYS[8], m) or ''
  out[#out+1] = tostring(a)
  out[#out+1] = redis.call('HGET', KEYS[13], m) or ''
end
return out
`)

	// listEvents: ARGV "1" for dead events. Same triplets as claimEvents.
	listEvents = goredis.NewScript(`
local src = KEYS[10]
if ARGV[1] == '1' then src = KEYS[11] end
local out = {}
for _, m in ipairs(redis.call('ZRANGE', src, 0, -1)) do
  out[#out+1] = redis.call('HGET', KEYS[8], m) or ''
  out[#out+1] = redis.call('HGET', KEYS[12], m) or '0'
  out[#out+1] = redis.call('HGET', KEYS[13], m) or ''
end
return out
`)

	// ack: ARGV id. Deletes the event everywhere.
	ack = goredis.NewScript(`
local m = redis.call('HGET', KEYS[7], ARGV[1])
if not m then return 0 end
redis.call('HDEL', KEYS[7], ARGV[1])
for _, k in ipairs({KEYS[8], KEYS[12], KEYS[13]}) do redis.call('HDEL', k, m) end
for _, k in ipairs({KEYS[9], KEYS[10], KEYS[11]}) do redis.call('ZREM', k, m) end
return 1
`)

	// retry: ARGV id, due (µs), retry state, dead. Returns 0 for an unknown id.
	retry = goredis.NewScript(`
local m = redis.call('HGET', KEYS[7], ARGV[1])
if not m then return 0 end
local n = tonumber(m, 16)
redis.call('HSET', KEYS[13], m, ARGV[3])
if ARGV[4] == '1' then
  redis.call('ZREM', KEYS[9], m)
  redis.call('ZREM', KEYS[10], m)
  redis.call('ZADD', KEYS[11], n, m)
else
  redis.call('ZREM', KEYS[11], m)
  redis.call('ZADD', KEYS[10], n, m)
  redis.call('ZADD', KEYS[9], ARGV[2], m)
end
return 1
`)

	allScripts = []*goredis.Script{saveSession, book, updateBooking, getBooking, listBookings, appendEvents, claimEvents, listEvents, ack, retry}
)
