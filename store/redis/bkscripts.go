package redis

import (
	"regexp"
	"strconv"

	goredis "github.com/redis/go-redis/v9"
)

// luaAgency is shared by the agency scripts (KEYS: agencyKeyNames).
const luaAgency = luaQueues + luaAgencyCore + luaMoveOut

// luaQueues writes a booking's staff queues.
const luaQueues = `
-- queues keeps the staff queues (KEYS 24 to 27, in bot.Queues order) of a
-- booking: q holds one '1' or '0' per queue, computed by the caller from
-- the booking it writes (bot.Booking.InQueue); urgent requests are scored
-- by creation, the others by end. fresh: the reference was in no index
-- (a booking not stored before), so there is nothing to remove. Each key
-- is named by its number (no KEYS[23 + i]): bookAgency's text renumbers
-- them (bookKeyOrder), and a key a call does not use is never read.
local function queue(on, k, sc, ref, fresh)
  if on then
    redis.call('ZADD', k, sc, ref)
  elseif not fresh then
    redis.call('ZREM', k, ref)
  end
end
local function queues(ref, q, ends, created, fresh)
  queue(string.sub(q, 1, 1) == '1', KEYS[24], ends, ref, fresh)
  queue(string.sub(q, 2, 2) == '1', KEYS[25], ends, ref, fresh)
  queue(string.sub(q, 3, 3) == '1', KEYS[26], created, ref, fresh)
  queue(string.sub(q, 4, 4) == '1', KEYS[27], ends, ref, fresh)
end
`

// luaMoveOut frees the slot of a booking and marks it moved. bookAgency
// defines it only when it has a booking to move: every local function is a
// closure made at each call (TestHotScriptsMakeOnlyTheClosuresTheyCall).
const luaMoveOut = `
local function release(ref)
  local held = redis.call('HGET', KEYS[4], ref)
  if held then
    if redis.call('HGET', KEYS[2], held) == ref then redis.call('HDEL', KEYS[2], held) end
    redis.call('HDEL', KEYS[4], ref)
  end
end
-- move_out marks an active booking of this agency moved and frees its slot.
local function move_out(ref, at)
  if redis.call('HEXISTS', KEYS[5], ref) == 1 then return 0 end
  local data = redis.call('HGET', KEYS[1], ref)
  if not data then return 0 end
  local st = cjson.decode(data)['status']
  if st ~= 'booked' and st ~= 'claimed' then return 0 end
  release(ref)
  redis.call('HSET', KEYS[5], ref, at)
  queues(ref, '0000', 0, 0)
  return 1
end
`

// luaAgencyCore is luaAgency but for luaQueues and luaMoveOut.
const luaAgencyCore = `
-- The advisor index: an advisor's bookings by start (unix s), in the
-- agency's slot under the agency's key base (KEYS[1] without its "b") and
-- "adv:<advisor>"; session seats and bookings without a start are in none.
local function adv_key(adv) return string.sub(KEYS[1], 1, -2) .. 'adv:' .. adv end
local function adv_indexed(adv) return type(adv) == 'string' and adv ~= '' and string.sub(adv, 1, 8) ~= 'session:' end
local function adv_index(ref, adv, start, old, fresh)
  if adv_indexed(old) and old ~= adv then redis.call('ZREM', adv_key(old), ref) end
  if adv_indexed(adv) then
    if start ~= '0' then
      redis.call('ZADD', adv_key(adv), start, ref)
    elseif not fresh then
      redis.call('ZREM', adv_key(adv), ref)
    end
  end
end
local function hold(ref, slot)
  if slot ~= '' then
    redis.call('HSET', KEYS[2], slot, ref)
    redis.call('HSET', KEYS[4], ref, slot)
  end
end
local function index(ref, start, ends, anon, fresh)
  redis.call('ZADD', KEYS[3], start, ref)
  if anon == '1' then
    if not fresh then redis.call('ZREM', KEYS[17], ref) end
    redis.call('ZADD', KEYS[18], ends, ref)
  else
    if not fresh then redis.call('ZREM', KEYS[18], ref) end
    redis.call('ZADD', KEYS[17], ends, ref)
  end
end
`

// luaFetch reads bookings for getAgency and rangeAgency; the other agency
// scripts leave it out (TestHotScriptsMakeOnlyTheClosuresTheyCall).
const luaFetch = `
-- fetch returns {ref, JSON, moved-at or ''} triples of the stored refs.
local function fetch(refs)
  local out = {}
  if #refs == 0 then return out end
  local bs = redis.call('HMGET', KEYS[1], unpack(refs))
  local ms = redis.call('HMGET', KEYS[5], unpack(refs))
  for i, ref in ipairs(refs) do
    if bs[i] then
      out[#out+1] = ref
      out[#out+1] = bs[i]
      out[#out+1] = ms[i] or ''
    end
  end
  return out
end
`

// bookKeyOrder is the order of the agency's keys (their numbers in
// agencyKeyNames) in a booking step's KEYS: first the bookKeysShort keys
// a usual booking writes (a new booking, not anonymised, in the open
// and unassigned queues at most, its events never tried nor dead, due now
// or later), then those only a rarer one needs: the moved-at hash (a
// previous booking moved), the dead, attempts, retry-state, lease and
// dead-count keys of the outbox, the archive index, the to-close and
// urgent queues.
//
// Every KEYS string costs Redis ≈ 1 900 instructions (the argument read,
// its Lua string, its collection) and go-redis ≈ 500 to write: a usual
// booking sends 18 keys instead of 27. Callgrind, a redis-server fed the
// same 27 keys, 17 of them read: 60 500 instructions a call; given the
// used ones and copies of the first for the others, 59 600 (the copies
// cost as much as other strings); built in the script from the first,
// only those read, 75 500.
var bookKeyOrder = []int{1, 2, 3, 4, 6, 7, 8, 9, 10, 14, 16, 17, 19, 20, 21, 22, 24, 27,
	5, 11, 12, 13, 15, 18, 23, 25, 26}

// bookKeysShort is how many keys of bookKeyOrder a usual booking needs.
const bookKeysShort = 18

var keysRef = regexp.MustCompile(`KEYS\[(\d+)\]`)

// renumberKeys rewrites every KEYS[n] of src for KEYS given in order
// (order[j] is the number of the key given at j+1).
func renumberKeys(src string, order []int) string {
	at := make(map[int]int, len(order))
	for j, n := range order {
		at[n] = j + 1
	}
	return keysRef.ReplaceAllStringFunc(src, func(m string) string {
		n, _ := strconv.Atoi(m[5 : len(m)-1])
		j, ok := at[n]
		if !ok {
			panic("renumberKeys: KEYS[" + strconv.Itoa(n) + "] has no place")
		}
		return "KEYS[" + strconv.Itoa(j) + "]"
	})
}

// luaIntent reads a visitor's pending intent
// "ref\tagency\tdeadline\tprev\tprevagency\tprev2\tprev2agency": the
// booking being made and up to two bookings to move once it is stored (the
// visitor's active one, and when the intent supersedes another intent, that
// one's booking and the booking it was replacing).
const luaIntent = `
local function parse(p)
  local f = {}
  for x in string.gmatch(p .. '\t', '([^\t]*)\t') do f[#f+1] = x end
  return f
end
local function split_act(a)
  if not a then return '', '' end
  local ref, ag = string.match(a, '^([^\t]*)\t(.*)$')
  return ref or '', ag or ''
end
`

var (
	// bookAgency, the atomic step of a booking in its agency. ARGV ref,
	// JSON, slot, flags (bookFlags: the queues, then active and anonymised,
	// '1' or '0' each), the previous reference (the caller's hint: moved
	// here when it is a booking of this agency) and the moved-at time
	// joined by a tab ("": none), deadline (ms, "0": none), start (unix s),
	// end (unix s), creation (unix s), advisor, then events from 11.
	// Returns 'ok', 'dup' (already booked: a retry), 'taken' or 'expired'
	// (the intent's deadline passed: a recoverer may have rolled it back).
	//
	// KEYS are the agency's keys in bookKeyOrder (the script's text is
	// renumbered accordingly), all of them or the first bookKeysShort,
	// those of a usual booking (bookKeys): a call given only those that
	// would need another is refused with 'keys' before anything is
	// written, and Book sends it again with all of them.
	bookAgencyLua = renumberKeys(luaAppend+`
local flags = ARGV[4]
local anon = string.sub(flags, 6, 6)
if #KEYS < `+strconv.Itoa(len(agencyKeyNames))+` then
  if ARGV[5] ~= '' or anon == '1' or string.sub(flags, 2, 3) ~= '00' then
    return 'keys'
  end
  for i = 11, #ARGV, 9 do
    if ARGV[i+3] ~= '0' or ARGV[i+4] == '1' then return 'keys' end
  end
end
local ref, slot = ARGV[1], ARGV[3]
local stored = redis.call('HGET', KEYS[1], ref)
if stored then
  -- rewritten as is: a write of this connection that a following WAIT
  -- covers, so a retried booking is confirmed only once replicated
  redis.call('HSET', KEYS[1], ref, stored)
  return 'dup'
end
if ARGV[6] ~= '0' then
  local t = redis.call('TIME')
  if tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) > tonumber(ARGV[6]) then return 'expired' end
end
if slot ~= '' then
  local holder = redis.call('HGET', KEYS[2], slot)
  if holder and holder ~= ref then return 'taken' end
end
if ARGV[5] ~= '' then
`+luaQueues+luaMoveOut+`
  -- split at the last tab: a moved-at time holds none
  local prev, at = string.match(ARGV[5], '^(.*)\t(.*)$')
  move_out(prev, at)
end
-- a reference is in an index only while its booking is stored (prune
-- drops both), so this new one is in none: only additions. What index,
-- queues, adv_index and hold write for a booking in no index, written
-- here without them: every local function is a closure made at each call
-- (TestBookWritesWhatAnUpdateWrites holds the two alike).
redis.call('HSET', KEYS[1], ref, ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[7], ref)
if anon == '1' then
  redis.call('ZADD', KEYS[18], ARGV[8], ref)
else
  redis.call('ZADD', KEYS[17], ARGV[8], ref)
end
if string.sub(flags, 1, 1) == '1' then redis.call('ZADD', KEYS[24], ARGV[8], ref) end
if string.sub(flags, 2, 2) == '1' then redis.call('ZADD', KEYS[25], ARGV[8], ref) end
if string.sub(flags, 3, 3) == '1' then redis.call('ZADD', KEYS[26], ARGV[9], ref) end
if string.sub(flags, 4, 4) == '1' then redis.call('ZADD', KEYS[27], ARGV[8], ref) end
local adv = ARGV[10]
if adv ~= '' and string.sub(adv, 1, 8) ~= 'session:' and ARGV[7] ~= '0' then
  redis.call('ZADD', string.sub(KEYS[1], 1, -2) .. 'adv:' .. adv, ARGV[7], ref)
end
if string.sub(flags, 5, 5) == '1' and slot ~= '' then
  redis.call('HSET', KEYS[2], slot, ref)
  redis.call('HSET', KEYS[4], ref, slot)
end
append_events(11)
return 'ok'
`, bookKeyOrder)
	bookAgency = goredis.NewScript(bookAgencyLua)

	// moveOut: ARGV ref, moved-at. Idempotent.
	moveOut = goredis.NewScript(luaAgency + `
return move_out(ARGV[1], ARGV[2])
`)

	// updateAgency: ARGV ref, JSON, slot, active, start, end, anonymised,
	// queues, creation, advisor, then events from 11. Returns {'ok', former
	// visitor}, 'missing' or 'taken'.
	updateAgency = goredis.NewScript(luaAppend + luaAgency + `
local ref, slot = ARGV[1], ARGV[3]
local stored = redis.call('HGET', KEYS[1], ref)
if not stored then return 'missing' end
if ARGV[4] == '1' and slot ~= '' then
  local holder = redis.call('HGET', KEYS[2], slot)
  if holder and holder ~= ref then return 'taken' end
end
local old = cjson.decode(stored)
local former = old['visitor'] or ''
release(ref)
redis.call('HSET', KEYS[1], ref, ARGV[2])
redis.call('HDEL', KEYS[5], ref)
index(ref, ARGV[5], ARGV[6], ARGV[7])
queues(ref, ARGV[8], ARGV[6], ARGV[9])
adv_index(ref, ARGV[10], ARGV[5], old['advisor'])
if ARGV[4] == '1' then hold(ref, slot) end
append_events(11)
return {'ok', former}
`)

	// getAgency: ARGV refs. Returns fetch triples.
	getAgency = goredis.NewScript(luaAgency + luaFetch + `
return fetch(ARGV)
`)

	// rangeAgency: ARGV index ("start", "ret", "arc", a bot.Queues name or
	// "adv:<advisor>"), min, max (unix s), limit. Returns fetch triples of
	// the references scored in [min, max].
	rangeAgency = goredis.NewScript(luaAgency + luaFetch + `
local k
if string.sub(ARGV[1], 1, 4) == 'adv:' then
  k = adv_key(string.sub(ARGV[1], 5))
else
  k = KEYS[({start = 3, ret = 17, arc = 18, open = 24, to_close = 25, urgent = 26, unassigned = 27})[ARGV[1]] or 3]
end
local refs = redis.call('ZRANGEBYSCORE', k, ARGV[2], ARGV[3], 'LIMIT', 0, tonumber(ARGV[4]))
return fetch(refs)
`)

	// pruneAgency: ARGV before (unix s), limit. Deletes anonymised bookings
	// that ended before, with their slot keys and index entries. Returns the
	// references deleted.
	pruneAgency = goredis.NewScript(luaAgency + `
local refs = redis.call('ZRANGEBYSCORE', KEYS[18], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, ref in ipairs(refs) do
  release(ref)
  local data = redis.call('HGET', KEYS[1], ref)
  if data then adv_index(ref, nil, '0', cjson.decode(data)['advisor']) end
  redis.call('HDEL', KEYS[1], ref)
  redis.call('HDEL', KEYS[5], ref)
  redis.call('ZREM', KEYS[3], ref)
  redis.call('ZREM', KEYS[17], ref)
  redis.call('ZREM', KEYS[18], ref)
  queues(ref, '0000', 0, 0)
end
return refs
`)

	// intent, the visitor step before a booking. KEYS[1] visitor hash; ARGV
	// ref, agency, visitor, deadline (ms). Indexes the reference and records
	// the intent with the bookings to move: the visitor's active one, or,
	// when another intent is pending (a booking whose commit was left to
	// later, or one in flight), that intent's booking and its own previous
	// one. Returns {'ok', intent} or {'done'} when the reference is already
	// the active one.
	intent = goredis.NewScript(luaIntent + `
local h, ref, ag, v, dl = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4]
-- one read and one write: the intent and the active pointer together, the
-- index entry with the intent
local cur = redis.call('HMGET', h, 'p:' .. v, 'a:' .. v)
local p = cur[1]
local f
if p then
  local o = parse(p)
  if o[1] == ref then
    f = {ref, ag, dl, o[4], o[5], o[6], o[7]}
  else
    f = {ref, ag, dl, o[1], o[2], o[4], o[5]}
  end
else
  local aref, aag = split_act(cur[2])
  if aref == ref then
    redis.call('HSET', h, 'r:' .. ref, ag)
    return {'done'}
  end
  f = {ref, ag, dl, aref, aag, '', ''}
end
local val = table.concat(f, '\t')
redis.call('HSET', h, 'r:' .. ref, ag, 'p:' .. v, val)
return {'ok', val}
`)

	// commit, the visitor step after a booking and the moves: the intent's
	// reference becomes the active booking. KEYS[1] visitor hash; ARGV ref,
	// visitor. Returns 'ok', 'done' (already) or 'other' (superseded).
	commit = goredis.NewScript(luaIntent + `
local h, ref, v = KEYS[1], ARGV[1], ARGV[2]
local p = redis.call('HGET', h, 'p:' .. v)
if not p then
  local aref = split_act(redis.call('HGET', h, 'a:' .. v))
  if aref == ref then return 'done' end
  return 'other'
end
local f = parse(p)
if f[1] ~= ref then return 'other' end
redis.call('HSET', h, 'a:' .. v, ref .. '\t' .. f[2])
redis.call('HDEL', h, 'p:' .. v)
return 'ok'
`)

	// rollback drops an intent whose booking was not stored. KEYS[1]
	// visitor hash; ARGV visitor, the intent as read, margin (ms; "-1":
	// at once, the caller's own refused booking). Returns 1, 0 when the
	// intent changed, -1 when its deadline (plus margin) has not passed.
	rollback = goredis.NewScript(luaIntent + `
local h, v = KEYS[1], ARGV[1]
if redis.call('HGET', h, 'p:' .. v) ~= ARGV[2] then return 0 end
local f = parse(ARGV[2])
if ARGV[3] ~= '-1' then
  local t = redis.call('TIME')
  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  if now <= tonumber(f[3]) + tonumber(ARGV[3]) then return -1 end
end
redis.call('HDEL', h, 'r:' .. f[1])
if f[4] ~= '' then
  -- the booking this intent replaced (the active one, or a superseded
  -- intent's) is pending again, due at once: its completer decides
  redis.call('HSET', h, 'p:' .. v, table.concat({f[4], f[5], '0', f[6], f[7], '', ''}, '\t'))
else
  redis.call('HDEL', h, 'p:' .. v)
end
return 1
`)

	// unlink, the visitor step after an update: KEYS[1] visitor hash; ARGV
	// ref, former visitor, drop the active pointer ("1"), drop the index
	// entry ("1").
	unlink = goredis.NewScript(luaIntent + `
local h, ref, v = KEYS[1], ARGV[1], ARGV[2]
if ARGV[3] == '1' then
  local aref = split_act(redis.call('HGET', h, 'a:' .. v))
  if aref == ref then redis.call('HDEL', h, 'a:' .. v) end
end
if ARGV[4] == '1' then redis.call('HDEL', h, 'r:' .. ref) end
return 1
`)

	bookingScripts = []*goredis.Script{importAgency, reindexAgency, bookAgency, moveOut, updateAgency, getAgency, rangeAgency, pruneAgency, intent, commit, rollback, unlink}
)
