package redis_test

import (
	"testing"

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
