package redis

import (
	"context"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// RateLimits are the rates a RateLimiter shares between replicas (messages
// per second; <= 0 disables a limit). Chats with negative ids (groups) use
// the group rate.
type RateLimits struct {
	Global        float64
	GlobalBurst   int
	PerChat       float64
	PerChatBurst  int
	PerGroup      float64
	PerGroupBurst int
}

// RateLimiter is a token bucket kept in Redis, so that every replica
// sending with one Telegram token shares Telegram's limits (30 messages/s
// overall, 1/s per chat) instead of each taking them whole. A send costs one
// round trip (the chat's and the global bucket reserved by one script, on
// the server's clock); the sends of concurrent goroutines share round trips
// through the store's batcher. Its methods match adapters/telegram.Limiter.
type RateLimiter struct {
	s    *Store
	name string
	l    RateLimits
	// OnWait, when set, is called each time a send has to wait (metrics;
	// it must not block).
	OnWait func()
}

// RateLimiter returns the shared limiter called name (one per bot token).
func (s *Store) RateLimiter(name string, l RateLimits) *RateLimiter {
	return &RateLimiter{s: s, name: name, l: l}
}

// All of one limiter's buckets share a hash tag: the reservation of the
// chat's and the global bucket is one script.
func (r *RateLimiter) key(chat int64) string {
	base := r.s.prefix + ":rl:{" + r.name + "}:"
	if chat == 0 {
		return base + "g"
	}
	return base + strconv.FormatInt(chat, 10)
}

// reserveTokens: KEYS global bucket, chat bucket (or the global twice);
// ARGV global rate, burst, chat rate, burst (rate "0": no limit), pause
// (ms, "0": reserve; otherwise pause the first key for that long). A bucket
// is a hash t = tokens, l = last refill (µs), u = paused until (µs); tokens
// may go negative: a reservation is taken at once and its wait returned, so
// waiters are served in reservation order. Returns the wait in µs.
var reserveTokens = goredis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local function bucket(k, rate, burst)
  local b = redis.call('HMGET', k, 't', 'l', 'u')
  local tokens, last, untl = tonumber(b[1]), tonumber(b[2]), tonumber(b[3]) or 0
  local wait = 0
  if rate > 0 then
    if not tokens then tokens, last = burst, now end
    if now > last then
      tokens = math.min(burst, tokens + (now - last) / 1000000 * rate)
      last = now
    end
    tokens = tokens - 1
    if tokens < 0 then wait = -tokens / rate * 1000000 end
    redis.call('HSET', k, 't', tostring(tokens), 'l', tostring(last))
    -- kept while it matters: until refilled, and while paused
    redis.call('PEXPIRE', k, math.ceil(math.max(burst / rate * 1000, (untl - now) / 1000)) + 1000)
  end
  if untl - now > wait then wait = untl - now end
  return wait
end
if ARGV[5] ~= '0' then
  local untl = now + tonumber(ARGV[5]) * 1000
  local cur = tonumber(redis.call('HGET', KEYS[1], 'u') or '0')
  if untl > cur then
    redis.call('HSET', KEYS[1], 'u', tostring(untl))
    local ttl = redis.call('PTTL', KEYS[1])
    if ttl < tonumber(ARGV[5]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[5]) + 1000) end
  end
  return 0
end
local w = 0
if KEYS[2] ~= KEYS[1] then
  w = bucket(KEYS[2], tonumber(ARGV[3]), tonumber(ARGV[4]))
end
local g = bucket(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
return math.ceil(math.max(w, g))
`)

// Wait blocks until a message to chat may be sent (chat 0: the global
// limit only). One round trip.
func (r *RateLimiter) Wait(ctx context.Context, chat int64) error {
	rate, burst := r.l.PerChat, r.l.PerChatBurst
	if chat < 0 {
		rate, burst = r.l.PerGroup, r.l.PerGroupBurst
	}
	wait, err := r.run(ctx, chat, rate, burst, 0)
	if err != nil {
		return err
	}
	if wait <= 0 {
		return nil
	}
	if r.OnWait != nil {
		r.OnWait()
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Pause holds every message to chat (0: all chats) for d, after a 429, on
// every replica.
func (r *RateLimiter) Pause(ctx context.Context, chat int64, d time.Duration) {
	r.run(ctx, chat, 0, 1, max(d.Milliseconds(), 1))
}

func (r *RateLimiter) run(ctx context.Context, chat int64, rate float64, burst int, pauseMs int64) (time.Duration, error) {
	g, c := r.key(0), r.key(chat)
	keys := []string{g, c}
	if pauseMs > 0 {
		keys = []string{c, c}
	}
	cmd := goredis.NewCmd(ctx, "evalsha", reserveTokens.Hash(), 2, keys[0], keys[1],
		r.l.Global, max(r.l.GlobalBurst, 1), rate, max(burst, 1), pauseMs)
	err := r.s.hot(ctx, cmd)
	if err != nil && goredis.HasErrorPrefix(err, "NOSCRIPT") {
		cmd = reserveTokens.Run(ctx, r.s.rdb, keys, r.l.Global, max(r.l.GlobalBurst, 1), rate, max(burst, 1), pauseMs)
		err = cmd.Err()
	}
	if err != nil {
		return 0, r.s.fail("telegram rate limit", err)
	}
	us, err := cmd.Int64()
	if err != nil {
		return 0, r.s.fail("telegram rate limit", err)
	}
	return time.Duration(us) * time.Microsecond, nil
}
