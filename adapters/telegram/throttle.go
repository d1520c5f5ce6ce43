package telegram

import (
	"context"
	"sync"
	"time"
)

// Limits are the outbound message rates. A rate <= 0 disables that limit.
// Telegram's guidance: about 30 messages per second overall, one per second
// in a private chat (short bursts tolerated), 20 per minute in a group.
type Limits struct {
	Global        float64 // messages per second, all chats together
	GlobalBurst   int
	PerChat       float64 // messages per second in one private chat
	PerChatBurst  int
	PerGroup      float64 // messages per second in one group chat
	PerGroupBurst int
}

// DefaultLimits stay within Telegram's published limits.
var DefaultLimits = Limits{
	Global: 30, GlobalBurst: 30,
	PerChat: 1, PerChatBurst: 3,
	PerGroup: 20.0 / 60, PerGroupBurst: 3,
}

// Unlimited disables throttling (tests, local Bot API servers).
var Unlimited = Limits{}

// Limiter paces outbound messages. The default keeps the limits in the
// process; with several replicas on one bot token, a shared limiter (the
// Redis store's, see WithLimiter) keeps them for all replicas together.
type Limiter interface {
	// Wait blocks until a message to chat may be sent (chat 0: the
	// global limit only).
	Wait(ctx context.Context, chat int64) error
	// Pause holds every message to chat (0: all chats) for d, after a 429.
	Pause(ctx context.Context, chat int64, d time.Duration)
}

// Wait implements Limiter.
func (lm *limiter) Wait(ctx context.Context, chat int64) error { return lm.wait(ctx, chat) }

// Pause implements Limiter.
func (lm *limiter) Pause(_ context.Context, chat int64, d time.Duration) { lm.pause(chat, d) }

// Why a send waited, as told to WithThrottled.
const (
	ThrottleRateLimit  = "rate_limit"  // the adapter's own limits (Limits)
	ThrottleRetryAfter = "retry_after" // Telegram answered 429 with retry_after
)

// bucket is a token bucket whose tokens may go negative: a reservation takes
// a token at once and says how long to wait before using it, so waiters are
// served in reservation order.
type bucket struct {
	tokens float64
	last   time.Time
	until  time.Time // paused by a 429 until then
}

func (b *bucket) reserve(now time.Time, rate float64, burst int) time.Duration {
	if burst < 1 {
		burst = 1
	}
	if b.last.IsZero() {
		b.tokens, b.last = float64(burst), now
	}
	if el := now.Sub(b.last); el > 0 {
		b.tokens += el.Seconds() * rate
		if b.tokens > float64(burst) {
			b.tokens = float64(burst)
		}
		b.last = now
	}
	b.tokens--
	var wait time.Duration
	if b.tokens < 0 {
		wait = time.Duration(-b.tokens / rate * float64(time.Second))
	}
	if p := b.until.Sub(now); p > wait {
		wait = p
	}
	return wait
}

func (b *bucket) idle(now time.Time, rate float64, burst int) bool {
	return now.After(b.until) && b.tokens+now.Sub(b.last).Seconds()*rate >= float64(burst)
}

type limiter struct {
	l      Limits
	now    func() time.Time
	onWait func(reason string) // a send waits: ThrottleRateLimit (nil: not observed)
	mu     sync.Mutex
	global bucket
	chats  map[int64]*bucket
	sweep  time.Time
}

func newLimiter(l Limits, onWait func(reason string)) *limiter {
	return &limiter{l: l, now: time.Now, onWait: onWait, chats: map[int64]*bucket{}}
}

// wait blocks until a message to chat may be sent (chat 0: the global limit
// only).
func (lm *limiter) wait(ctx context.Context, chat int64) error {
	if chat != 0 {
		rate, burst := lm.l.PerChat, lm.l.PerChatBurst
		if chat < 0 { // groups, supergroups and channels have negative ids
			rate, burst = lm.l.PerGroup, lm.l.PerGroupBurst
		}
		if err := lm.take(ctx, func(now time.Time) time.Duration {
			b := lm.chats[chat]
			if b == nil {
				b = &bucket{}
				lm.chats[chat] = b
				lm.gc(now)
			}
			if rate <= 0 {
				return max(b.until.Sub(now), 0)
			}
			return b.reserve(now, rate, burst)
		}); err != nil {
			return err
		}
	}
	if lm.l.Global <= 0 {
		return nil
	}
	return lm.take(ctx, func(now time.Time) time.Duration {
		return lm.global.reserve(now, lm.l.Global, lm.l.GlobalBurst)
	})
}

func (lm *limiter) take(ctx context.Context, reserve func(time.Time) time.Duration) error {
	lm.mu.Lock()
	d := reserve(lm.now())
	lm.mu.Unlock()
	if d > 0 && lm.onWait != nil {
		lm.onWait(ThrottleRateLimit)
	}
	return sleep(ctx, d)
}

// pause holds every message to chat (0: all chats) for d, after a 429.
func (lm *limiter) pause(chat int64, d time.Duration) {
	lm.mu.Lock()
	defer lm.mu.Unlock()
	until := lm.now().Add(d)
	b := &lm.global
	if chat != 0 {
		if b = lm.chats[chat]; b == nil {
			b = &bucket{}
			lm.chats[chat] = b
		}
	}
	if until.After(b.until) {
		b.until = until
	}
}

// gc forgets idle chats now and then so the map stays small.
func (lm *limiter) gc(now time.Time) {
	if len(lm.chats) < 4096 || now.Sub(lm.sweep) < time.Minute {
		return
	}
	lm.sweep = now
	for id, b := range lm.chats {
		rate, burst := lm.l.PerChat, lm.l.PerChatBurst
		if id < 0 {
			rate, burst = lm.l.PerGroup, lm.l.PerGroupBurst
		}
		if rate <= 0 || b.idle(now, rate, max(burst, 1)) {
			delete(lm.chats, id)
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
