package redis_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// Three replicas sending with one Telegram token share its limits through
// Redis: together they hold 30 messages/s (± 10 %), and one chat gets about
// one message a second, however many goroutines push.
func TestSharedRateLimitAcrossReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("measures rates over 3 s")
	}
	url := redistest.URL(t)
	prefix := uniquePrefix()
	limits := redis.RateLimits{Global: 30, GlobalBurst: 30, PerChat: 1, PerChatBurst: 3}
	ctx, cancel := context.WithTimeout(context.Background(), 3200*time.Millisecond)
	defer cancel()
	start := time.Now()
	var mu sync.Mutex
	var sends, hot []time.Duration
	var chat atomic.Int64
	var wg sync.WaitGroup
	for range 3 {
		lim := openPrefix(t, url, prefix).RateLimiter("tg", limits)
		for g := range 21 {
			wg.Go(func() {
				for ctx.Err() == nil {
					id := int64(42) // one chat everyone writes to
					if g > 0 {
						id = 1000 + chat.Add(1) // fresh chats: only the global limit binds
					}
					if err := lim.Wait(ctx, id); err != nil {
						return
					}
					at := time.Since(start)
					mu.Lock()
					sends = append(sends, at)
					if id == 42 {
						hot = append(hot, at)
					}
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	// The first second spends the burst; count over the next two.
	in := func(ts []time.Duration) int {
		n := 0
		for _, at := range ts {
			if at >= time.Second && at < 3*time.Second {
				n++
			}
		}
		return n
	}
	n, h := in(sends), in(hot)
	t.Logf("3 replicas, 63 senders: %d messages in 2 s (%.1f/s); chat 42: %d", n, float64(n)/2, h)
	if n < 54 || n > 66 {
		t.Errorf("%d messages in 2 s, want 60 ± 10 %% (30/s shared by the replicas)", n)
	}
	if h < 1 || h > 3 {
		t.Errorf("chat 42 got %d messages in 2 s, want about 2 (1/s)", h)
	}
	// A 429 seen by one replica pauses the others.
	a := openPrefix(t, url, prefix).RateLimiter("tg", limits)
	b := openPrefix(t, url, prefix).RateLimiter("tg", limits)
	a.Pause(context.Background(), 77, 300*time.Millisecond)
	c2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if err := b.Wait(c2, 77); err == nil {
		t.Error("a chat paused by one replica was not paused for another")
	}
}
