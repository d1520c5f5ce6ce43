package redis_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// A booking is confirmed only once a replica has it (WAIT): with the
// replica down the visitor is told the service is unavailable, the retried
// booking (same reference) is confirmed once the replica is back, and
// after a failover (the replica promoted) every confirmed booking is there.
func TestBookingWaitsForTheReplica(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a primary and a replica")
	}
	primary, _, _ := redistest.StartServer(t)
	replica, stopReplica, restartReplica := redistest.StartReplica(t, primary)
	prefix := uniquePrefix()
	// A generous timeout: the machine may be busy.
	s := openPrefix(t, primary, prefix, redis.WithWaitReplicas(-1, 2*time.Second),
		redis.WithClientOptions(func(o *goredis.UniversalOptions) { o.ReadTimeout = 3 * time.Second }))
	if s.WaitReplicas() != 1 {
		t.Fatalf("WaitReplicas = %d with one replica connected, want the default 1", s.WaitReplicas())
	}
	ctx := context.Background()
	rep, err := goredis.ParseURL(replica)
	if err != nil {
		t.Fatal(err)
	}
	onReplica := goredis.NewClient(rep)
	defer onReplica.Close()

	b1 := testBooking("W1", "v1", "ag1", "adv1", time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC))
	if err := s.Book(ctx, b1, nil); err != nil {
		t.Fatal(err)
	}
	// Confirmed means on the replica, at once (no polling).
	if ok, _ := onReplica.HExists(ctx, prefix+":{a:ag1}:b", "W1").Result(); !ok {
		t.Fatal("booking confirmed but not on the replica")
	}

	stopReplica()
	b2 := testBooking("W2", "v2", "ag1", "adv1", time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC))
	err = s.Book(ctx, b2, nil)
	if !errors.Is(err, bot.ErrUnavailable) || !errors.Is(err, redis.ErrReplicaTimeout) {
		t.Fatalf("booking with the replica down: %v, want ErrUnavailable and ErrReplicaTimeout", err)
	}
	restartReplica()
	if err := redistest.WaitLinkUp(replica, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	// The retried turn books the same reference: confirmed now, once.
	if err := s.Book(ctx, b2, nil); err != nil {
		t.Fatalf("retry after the replica came back: %v", err)
	}

	// Failover: the replica becomes the primary.
	if err := onReplica.ReplicaOf(ctx, "NO", "ONE").Err(); err != nil {
		t.Fatal(err)
	}
	promoted := openPrefix(t, replica, prefix)
	for _, ref := range []string{"W1", "W2"} {
		b, err := promoted.GetBooking(ctx, ref)
		if err != nil || b.Status != bot.StatusBooked {
			t.Fatalf("after failover, %s = %+v, %v", ref, b, err)
		}
	}
	if act, err := promoted.ActiveBooking(ctx, "v2"); err != nil || act.Ref != "W2" {
		t.Fatalf("after failover, active booking of v2 = %+v, %v", act, err)
	}
}

// Open refuses a server that may evict keys, unless allowed.
func TestOpenRefusesEviction(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dedicated server")
	}
	url, _, _ := redistest.StartServer(t)
	o, _ := goredis.ParseURL(url)
	c := goredis.NewClient(o)
	defer c.Close()
	ctx := context.Background()
	if err := c.ConfigSet(ctx, "maxmemory-policy", "allkeys-lru").Err(); err != nil {
		t.Fatal(err)
	}
	_, err := redis.Open(ctx, url, redis.WithPrefix(uniquePrefix()))
	if err == nil || !strings.Contains(err.Error(), "allkeys-lru") || !strings.Contains(err.Error(), "noeviction") || !strings.Contains(err.Error(), "CEPBOT_REDIS_ALLOW_EVICTION") {
		t.Fatalf("Open on allkeys-lru: %v, want a refusal naming the policy and the fixes", err)
	}
	s, err := redis.Open(ctx, url, redis.WithPrefix(uniquePrefix()), redis.WithAllowEviction())
	if err != nil {
		t.Fatalf("Open with eviction allowed: %v", err)
	}
	s.Close()
}

func testBooking(ref, visitor, agency, advisor string, start time.Time) *bot.Booking {
	return &bot.Booking{
		Ref: ref, Visitor: visitor, Channel: "telegram", Conversation: visitor,
		OperatorKind: "france_travail", OperatorID: "ft", AgencyID: agency, AdvisorID: advisor,
		Start: start, End: start.Add(45 * time.Minute), Modality: "sur_place", Status: bot.StatusBooked,
		Created: start.Add(-72 * time.Hour), Updated: start.Add(-72 * time.Hour),
		Handoff: bot.Handoff{Request: "je cherche un emploi"},
	}
}
