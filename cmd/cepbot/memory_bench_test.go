package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

// BenchmarkRedisMemoryPerConversation measures the Redis memory of stored
// conversations (INFO memory used_memory before and after): 300 real
// reception conversations are run to their booking through the engine, and
// their stored sessions are written again under new keys, with the store's
// own SaveSession and the default 30-day expiry, up to
// CEPBOT_MEMORY_CONVERSATIONS (default 1 000 000). It needs a Redis of its
// own, CEPBOT_MEMORY_REDIS_URL, since it reads the whole server's memory:
//
//	redis-server --port 16421 --save '' --appendonly no &
//	CEPBOT_MEMORY_REDIS_URL=redis://127.0.0.1:16421/0 go test ./cmd/cepbot -run '^$' -bench RedisMemory -benchtime 1x
func BenchmarkRedisMemoryPerConversation(b *testing.B) {
	url := os.Getenv("CEPBOT_MEMORY_REDIS_URL")
	if url == "" {
		b.Skip("set CEPBOT_MEMORY_REDIS_URL to a Redis of its own")
	}
	n := 1_000_000
	if v := os.Getenv("CEPBOT_MEMORY_CONVERSATIONS"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	ctx := context.Background()
	for b.Loop() {
		prefix := fmt.Sprintf("mem%d", time.Now().UnixNano())
		store, err := redisstore.Open(ctx, url, redisstore.WithPrefix(prefix))
		if err != nil {
			b.Fatal(err)
		}
		rdb := store.Client()
		used := func() int64 {
			rdb.Do(ctx, "MEMORY", "PURGE")
			info, err := rdb.Info(ctx, "memory").Result()
			if err != nil {
				b.Fatal(err)
			}
			for line := range strings.SplitSeq(info, "\n") {
				if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
					n, _ := strconv.ParseInt(v, 10, 64)
					return n
				}
			}
			b.Fatal("no used_memory in INFO memory")
			return 0
		}
		env := &Env{Getenv: func(string) string { return "" }, Now: time.Now}
		dir, _ := loadDirectory("")
		a := newApp(env, store, dir, slog.New(slog.DiscardHandler), appOptions{})
		res := benchRun(ctx, a.engine, 300, 30)
		if res.Errors > 0 {
			b.Fatalf("%d errors in the real conversations", res.Errors)
		}
		var samples [][]byte
		iter := rdb.Scan(ctx, 0, prefix+":s:*", 1000).Iterator()
		for iter.Next(ctx) {
			key := iter.Val()
			name := strings.TrimSuffix(strings.TrimPrefix(key, prefix+":s:{"), "}")
			data, _, err := store.LoadSession(ctx, name)
			if err != nil {
				b.Fatal(err)
			}
			samples = append(samples, data)
		}
		if len(samples) == 0 {
			b.Fatal("no stored session")
		}
		before := used()
		var wg sync.WaitGroup
		var mu sync.Mutex
		var firstErr error
		const workers = 64
		for w := range workers {
			wg.Go(func() {
				for i := w; i < n; i += workers {
					// keys like a Telegram conversation: channel and chat id
					if _, err := store.SaveSession(ctx, "tg:"+strconv.Itoa(600000000+i), samples[i%len(samples)], 0, 30*24*time.Hour); err != nil {
						mu.Lock()
						firstErr = err
						mu.Unlock()
						return
					}
				}
			})
		}
		wg.Wait()
		if firstErr != nil {
			b.Fatal(firstErr)
		}
		after := used()
		var avg int
		for _, s := range samples {
			avg += len(s)
		}
		per := float64(after-before) / float64(n)
		b.ReportMetric(per, "bytes/conversation")
		b.ReportMetric(float64(after-before)/(1<<30), "GiB")
		b.ReportMetric(float64(avg)/float64(len(samples)), "session-bytes")
		b.Logf("%d conversations: used_memory %d -> %d bytes (+%.0f MiB), %.0f bytes per conversation; stored sessions average %d bytes (%d samples)",
			n, before, after, float64(after-before)/(1<<20), per, avg/len(samples), len(samples))
		iter = rdb.Scan(ctx, 0, prefix+":*", 5000).Iterator()
		var keys []string
		for iter.Next(ctx) {
			keys = append(keys, iter.Val())
			if len(keys) == 5000 {
				rdb.Unlink(ctx, keys...)
				keys = keys[:0]
			}
		}
		if len(keys) > 0 {
			rdb.Unlink(ctx, keys...)
		}
		store.Close()
		_ = goredis.Nil
	}
}
