package redis_test

import (
	"context"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// The outbox is a Stream read by the consumer group "dispatch": a claimed
// event is a pending entry of its consumer until acknowledged, a reminder
// waits in the due sorted set, and a consumer that dies holding an event
// loses it to another one once its lease ends (XAUTOCLAIM).
func TestOutboxIsAStreamWithAConsumerGroup(t *testing.T) {
	url := redistest.URL(t)
	prefix := uniquePrefix()
	s := openPrefix(t, url, prefix)
	ctx := context.Background()
	rdb := s.Client()
	stream := prefix + ":{a:_}:ostr" // events without a booking: the "_" agency
	now := time.Now()
	if err := s.Append(ctx, bot.Event{ID: "e1", Type: bot.EventBooked}, bot.Event{ID: "r1", Type: bot.EventReminder, NotBefore: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if n, _ := rdb.XLen(ctx, stream).Result(); n != 1 {
		t.Fatalf("stream length %d, want 1 (the reminder waits in the due set)", n)
	}
	got, err := s.ClaimEvents(ctx, "replica-a", now, time.Minute, 10)
	if err != nil || len(got) != 1 || got[0].ID != "e1" {
		t.Fatalf("claim = %+v, %v", got, err)
	}
	pend, err := rdb.XPending(ctx, stream, "dispatch").Result()
	if err != nil || pend.Count != 1 || pend.Consumers["replica-a"] != 1 {
		t.Fatalf("pending = %+v, %v; want one entry of replica-a", pend, err)
	}
	// replica-a dies; after the lease, replica-b takes the entry over.
	again, _ := s.ClaimEvents(ctx, "replica-b", now.Add(2*time.Minute), time.Minute, 10)
	if len(again) != 1 || again[0].ID != "e1" || again[0].Attempts != 2 {
		t.Fatalf("reclaim = %+v", again)
	}
	if err := s.Ack(ctx, "e1"); err != nil {
		t.Fatal(err)
	}
	if n, _ := rdb.XLen(ctx, stream).Result(); n != 0 {
		t.Fatalf("stream length %d after ack, want 0", n)
	}
	due, _ := s.ClaimEvents(ctx, "replica-b", now.Add(61*time.Minute), time.Minute, 10)
	if len(due) != 1 || due[0].ID != "r1" {
		t.Fatalf("due reminder = %+v", due)
	}
}

// Appends write the stream without creating its consumer group (no EXISTS,
// no XGROUP CREATE per event): a stream lost with its group (deleted, or a
// server restarted without data) is created again by XADD alone, and the
// next claim creates the group from the first entry, so no event appended
// meanwhile is skipped.
func TestOutboxStreamLostKeepsItsEvents(t *testing.T) {
	url := redistest.URL(t)
	prefix := uniquePrefix()
	s := openPrefix(t, url, prefix)
	ctx := context.Background()
	rdb := s.Client()
	stream := prefix + ":{a:_}:ostr"
	now := time.Now()
	if err := s.Append(ctx, bot.Event{ID: "e1", Type: bot.EventBooked}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.ClaimEvents(ctx, "replica-a", now, time.Minute, 10); err != nil || len(got) != 1 {
		t.Fatalf("claim = %+v, %v", got, err)
	}
	if err := s.Ack(ctx, "e1"); err != nil {
		t.Fatal(err)
	}
	if err := rdb.Del(ctx, stream).Err(); err != nil {
		t.Fatal(err)
	}
	if err := s.Append(ctx, bot.Event{ID: "e2", Type: bot.EventBooked}, bot.Event{ID: "e3", Type: bot.EventBooked}); err != nil {
		t.Fatal(err)
	}
	if groups, err := rdb.XInfoGroups(ctx, stream).Result(); err != nil || len(groups) != 0 {
		t.Fatalf("groups after the appends = %+v, %v; want the stream without its group", groups, err)
	}
	got, err := s.ClaimEvents(ctx, "replica-a", now, time.Minute, 10)
	if err != nil || len(got) != 2 || got[0].ID != "e2" || got[1].ID != "e3" {
		t.Fatalf("claim after the stream was lost = %+v, %v; want e2 and e3", got, err)
	}
	for _, id := range []string{"e2", "e3"} {
		if err := s.Ack(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := rdb.XLen(ctx, stream).Result(); n != 0 {
		t.Fatalf("stream length %d after the acks, want 0", n)
	}
}
