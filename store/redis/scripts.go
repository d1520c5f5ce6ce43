package redis

import goredis "github.com/redis/go-redis/v9"

// luaEnqueue puts a due event on the stream.
//
// The group is read only by claimEvents, which runs ensure_group first, and
// it starts at '0': a stream that XADD creates without its group (a new
// agency, a server restarted without data, a stream deleted by hand) has
// every entry delivered by the next claim. So enqueue neither checks the
// stream (an EXISTS per booking) nor creates the group (an XGROUP CREATE
// failing on every append); TestOutboxStreamLostKeepsItsEvents holds it.
const luaEnqueue = `
local function enqueue(m)
  local sid = redis.call('XADD', KEYS[14], '*', 'm', m)
  redis.call('HSET', KEYS[16], m, sid)
end
`

// luaStream is luaEnqueue with what the claims, acks and retries need:
// the consumer group's creation, the removal of an entry and the outbox
// statistics. Appends (luaAppend) leave it out: every local function of a
// script is a closure made at each call (TestHotScriptsMakeOnlyTheClosuresTheyCall).
const luaStream = luaEnqueue + `
local function ensure_group()
  redis.pcall('XGROUP', 'CREATE', KEYS[14], 'dispatch', '0', 'MKSTREAM')
end
local function dequeue(m)
  local sid = redis.call('HGET', KEYS[16], m)
  if sid then
    redis.pcall('XACK', KEYS[14], 'dispatch', sid)
    redis.call('XDEL', KEYS[14], sid)
    redis.call('HDEL', KEYS[16], m)
  end
  redis.call('HDEL', KEYS[15], m)
end
-- outbox statistics per notifier (OutboxStats): live events in a sorted
-- set per notifier by the start of their delivery round, dead ones counted
local function stat_of(m)
  local v = redis.call('HGET', KEYS[21], m)
  if not v then return nil, nil end
  return string.match(v, '^(.*)\t([^\t]*)$')
end
local function stat_dead(m, dead)
  local n, s1 = stat_of(m)
  if not n then return end
  if dead then
    redis.call('ZREM', KEYS[21] .. ':' .. n, m)
    redis.call('HINCRBY', KEYS[23], n, 1)
  else
    redis.call('HINCRBY', KEYS[23], n, -1)
    redis.call('ZADD', KEYS[21] .. ':' .. n, s1, m)
  end
end
local function stat_drop(m, dead)
  local n = stat_of(m)
  if not n then return end
  if dead then redis.call('HINCRBY', KEYS[23], n, -1) else redis.call('ZREM', KEYS[21] .. ':' .. n, m) end
  redis.call('HDEL', KEYS[21], m)
end
`

// luaAppend appends events given as ARGV groups of 9 from index first:
// id, JSON, due score (µs, 0 = now), attempts, dead ("1"/"0"), visitor
// ("": none; indexed in ovis for the erasure's redaction), notifier, start
// of the delivery round now and after a try (µs, -1: the time of the
// reading) for the outbox statistics. Existing ids are skipped. An event due now goes on the stream; a later one (a
// reminder) waits in the due sorted set until a claim promotes it.
//
// Each event makes its own calls (12 for a booking's notice, 9 for a
// reminder: 30 of the 41 of a booking with two reminders). Gathering the
// writes by key for all the events (one HMGET for the ids, one INCRBY, one
// write per key: 14 calls for those three) was tried and costs Redis
// more: a redis.call of an HSET is ≈ 4 100 instructions and two HSETs
// merged into one save ≈ 3 000, but the Lua tables that gather the
// arguments cost more than the calls they save (callgrind, redis-server
// 7.0 fed EVALSHA 2 000 times: a script filling one table of 6 elements,
// +6 100 instructions a call; two of 3, +8 400). 400 sequential Book calls
// of three events: 542 200 → 570 100 Redis instructions per booking.
const luaAppend = luaEnqueue + `
local function append_events(first)
  for i = first, #ARGV, 9 do
    local id = ARGV[i]
    if redis.call('HEXISTS', KEYS[7], id) == 0 then
      local n = redis.call('INCR', KEYS[6])
      local m = string.format('%016x', n)
      redis.call('HSET', KEYS[7], id, m)
      redis.call('HSET', KEYS[8], m, ARGV[i+1])
      if ARGV[i+3] ~= '0' then redis.call('HSET', KEYS[12], m, ARGV[i+3]) end
      if ARGV[i+5] ~= '' then
        redis.call('ZADD', KEYS[19], 0, ARGV[i+5] .. '\t' .. m)
        redis.call('HSET', KEYS[20], m, ARGV[i+5])
      end
      if ARGV[i+6] ~= '' then
        redis.call('HSET', KEYS[21], m, ARGV[i+6] .. '\t' .. ARGV[i+8])
        redis.call('SADD', KEYS[22], ARGV[i+6])
        if ARGV[i+4] == '1' then
          redis.call('HINCRBY', KEYS[23], ARGV[i+6], 1)
        else
          redis.call('ZADD', KEYS[21] .. ':' .. ARGV[i+6], ARGV[i+7], m)
        end
      end
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
	// saveSession: KEYS[1] session; ARGV expected version, next version,
	// data, ttl ms ("0": none). Returns 1, or the stored version on conflict.
	saveSession = goredis.NewScript(`
local cur = redis.call('HGET', KEYS[1], 'v') or '0'
if cur ~= ARGV[1] then return cur end
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'd', ARGV[3])
if ARGV[4] ~= '0' then redis.call('PEXPIRE', KEYS[1], ARGV[4]) else redis.call('PERSIST', KEYS[1]) end
return 1
`)

	// appendEvents: ARGV events.
	appendEventsLua = luaAppend + `
append_events(1)
return 1
`
	appendEvents = goredis.NewScript(appendEventsLua)

	// claimEvents: ARGV now (µs), lease end (µs), max, consumer. Returns a
	// flat array of (JSON, attempts, retry state) triplets. Due delayed
	// events are promoted to the stream; pending entries whose lease ended
	// (their consumer died or gave up) are taken back with XAUTOCLAIM; new
	// entries are read with XREADGROUP. Leases are kept per event with the
	// caller's clock, so a claim is the same on every replica.
	claimEvents = goredis.NewScript(luaStream + `
ensure_group()
local now, leaseEnd, max, consumer = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3]), ARGV[4]
for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[9], '-inf', now, 'LIMIT', 0, max)) do
  redis.call('ZREM', KEYS[9], m)
  enqueue(m)
end
local out, n = {}, 0
local function take(sid, m)
  if redis.call('HEXISTS', KEYS[8], m) == 0 or redis.call('HGET', KEYS[16], m) ~= sid then
    -- acknowledged or requeued meanwhile: a stale entry
    redis.pcall('XACK', KEYS[14], 'dispatch', sid)
    redis.call('XDEL', KEYS[14], sid)
    return
  end
  redis.call('HSET', KEYS[15], m, leaseEnd)
  local a = redis.call('HINCRBY', KEYS[12], m, 1)
  local sn, s1 = stat_of(m)
  if sn then redis.call('ZADD', KEYS[21] .. ':' .. sn, 'XX', s1, m) end
  out[#out+1] = redis.call('HGET', KEYS[8], m)
  out[#out+1] = tostring(a)
  out[#out+1] = redis.call('HGET', KEYS[13], m) or ''
  n = n + 1
end
local cursor = '0-0'
repeat
  local r = redis.call('XAUTOCLAIM', KEYS[14], 'dispatch', consumer, 0, cursor, 'COUNT', 100)
  cursor = r[1]
  for _, e in ipairs(r[2]) do
    if n >= max then break end
    local m = e[2][2]
    local lease = tonumber(redis.call('HGET', KEYS[15], m) or '0')
    if lease <= now then take(e[1], m) end
  end
until cursor == '0-0' or n >= max
if n < max then
  local r = redis.call('XREADGROUP', 'GROUP', 'dispatch', consumer, 'COUNT', max - n, 'STREAMS', KEYS[14], '>')
  if r then
    for _, e in ipairs(r[1][2]) do take(e[1], e[2][2]) end
  end
end
return out
`)

	// probeOutbox: ARGV now (µs). Whether the agency's outbox may have
	// something to claim: events due in the delayed set, or entries on the
	// stream (new, or leased and perhaps expired). O(log n), reads nothing.
	probeOutbox = goredis.NewScript(`
return redis.call('ZCOUNT', KEYS[9], '-inf', ARGV[1]) + redis.call('XLEN', KEYS[14])
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
	ack = goredis.NewScript(luaStream + `
local m = redis.call('HGET', KEYS[7], ARGV[1])
if not m then return 0 end
dequeue(m)
stat_drop(m, redis.call('ZSCORE', KEYS[11], m) ~= false)
redis.call('HDEL', KEYS[7], ARGV[1])
local v = redis.call('HGET', KEYS[20], m)
if v then
  redis.call('ZREM', KEYS[19], v .. '\t' .. m)
  redis.call('HDEL', KEYS[20], m)
end
for _, k in ipairs({KEYS[8], KEYS[12], KEYS[13]}) do redis.call('HDEL', k, m) end
for _, k in ipairs({KEYS[9], KEYS[10], KEYS[11]}) do redis.call('ZREM', k, m) end
return 1
`)

	// retry: ARGV id, due (µs), retry state, dead. Returns 0 for an unknown id.
	retry = goredis.NewScript(luaStream + `
local m = redis.call('HGET', KEYS[7], ARGV[1])
if not m then return 0 end
dequeue(m)
local n = tonumber(m, 16)
redis.call('HSET', KEYS[13], m, ARGV[3])
local wasDead = redis.call('ZSCORE', KEYS[11], m) ~= false
if (ARGV[4] == '1') ~= wasDead then stat_dead(m, ARGV[4] == '1') end
if ARGV[4] == '1' then
  redis.call('ZREM', KEYS[9], m)
  redis.call('ZREM', KEYS[10], m)
  redis.call('ZADD', KEYS[11], n, m)
else
  redis.call('ZREM', KEYS[11], m)
  redis.call('ZADD', KEYS[10], n, m)
  if ARGV[2] == '0' then enqueue(m) else redis.call('ZADD', KEYS[9], ARGV[2], m) end
end
return 1
`)

	allScripts = append([]*goredis.Script{saveSession, appendEvents, claimEvents, listEvents, ack, retry, probeOutbox, reserveTokens, visitorEvents, outboxStats}, bookingScripts...)
)
