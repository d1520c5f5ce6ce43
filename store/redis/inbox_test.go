package redis_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func TestInboxConformance(t *testing.T) {
	url := redistest.URL(t)
	prefixes := map[bot.Inbox]string{}
	storetest.RunInbox(t, func(t *testing.T) bot.Inbox {
		p := uniquePrefix()
		s := openPrefix(t, url, p)
		prefixes[s] = p
		return s
	}, storetest.InboxOptions{Reopen: func(t *testing.T, old bot.Inbox) bot.Inbox {
		// A restarted process: a new client on the same keys.
		return openPrefix(t, url, prefixes[old])
	}})
}

// The inbox streams of a cluster are spread by shard and every command
// stays within one slot.
func TestInboxConformanceCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	url := redistest.StartCluster(t)
	storetest.RunInbox(t, func(t *testing.T) bot.Inbox { return open(t, url) }, storetest.InboxOptions{})
}

var _ bot.Inbox = (*redis.Store)(nil)

// Two replicas share the inbox: each chat's updates still run one at a
// time and in order, although the stream hands them to either replica.
func TestInboxOrderAcrossReplicas(t *testing.T) {
	url := redistest.URL(t)
	p := uniquePrefix()
	stores := []*redis.Store{openPrefix(t, url, p), openPrefix(t, url, p)}
	var mu sync.Mutex
	ran := map[string][]int64{}
	running := map[string]bool{}
	byReplica := map[string]int{}
	var overlap atomic.Bool
	process := func(name string) bot.InboxProcessor {
		return func(_ context.Context, e bot.InboxEntry) error {
			mu.Lock()
			if running[e.Chat] {
				overlap.Store(true)
			}
			running[e.Chat] = true
			byReplica[name]++
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			ran[e.Chat] = append(ran[e.Chat], e.Seq)
			running[e.Chat] = false
			mu.Unlock()
			return nil
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i, st := range stores {
		name := fmt.Sprint("replica-", i)
		r := bot.NewInboxRunner(bot.InboxConfig{Inbox: st, Consumer: name, Poll: 2 * time.Millisecond, MaxHeld: 8})
		r.Register("telegram", process(name))
		wg.Go(func() { _ = r.Run(ctx) })
	}
	const chats, per = 4, 15
	seq := int64(0)
	for range per {
		for c := range chats {
			seq++
			if err := stores[0].Enqueue(ctx, bot.InboxEntry{Channel: "telegram", Chat: fmt.Sprint(c), Seq: seq, Data: []byte("u")}); err != nil {
				t.Fatal(err)
			}
		}
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, _ := stores[0].InboxLen(ctx)
		if n == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	if overlap.Load() {
		t.Error("two updates of one chat ran at once")
	}
	for c := range chats {
		got := ran[fmt.Sprint(c)]
		if len(got) != per || !slices.IsSorted(got) {
			t.Errorf("chat %d ran %v, want %d updates in order", c, got, per)
		}
	}
	t.Logf("updates run per replica: %v", byReplica)
}
