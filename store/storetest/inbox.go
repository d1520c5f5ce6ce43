package storetest

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// InboxOptions tunes the inbox suite for a backend.
type InboxOptions struct {
	// Reopen closes the given inbox and returns a new one on the same data,
	// as a restarted process would see it (nil: the backend keeps nothing
	// across a restart and the case is skipped).
	Reopen func(t *testing.T, old bot.Inbox) bot.Inbox
}

// RunInbox runs the bot.Inbox contract against fresh, isolated inboxes.
func RunInbox(t *testing.T, newInbox func(t *testing.T) bot.Inbox, opt InboxOptions) {
	for _, c := range inboxCases {
		t.Run(c.name, func(t *testing.T) {
			t.Logf("contract: %s", c.explanation)
			c.run(t, newInbox(t), opt)
		})
	}
}

var inboxCases = []struct {
	name, explanation string
	run               func(t *testing.T, in bot.Inbox, opt InboxOptions)
}{
	{"InboxRoundTrip", "an enqueued entry is claimed with its fields intact, oldest first, once while leased; done removes it and InboxLen counts what is left", inboxRoundTrip},
	{"InboxLeaseEnds", "an entry whose holder let its lease end is claimed by another consumer", inboxLeaseEnds},
	{"InboxConcurrent", "entries enqueued concurrently are each claimed by exactly one of concurrent consumers", inboxConcurrent},
	{"InboxRestart", "after a restart, the entries claimed and not done come back (to the same consumer name) and done ones do not", inboxRestart},
	{"Unclaim", "a claim forgotten (work claimed, then failed, kept in the inbox) can be won again; forgetting a missing claim is no error", unclaim},
}

func unclaim(t *testing.T, in bot.Inbox, _ InboxOptions) {
	c, ok := in.(bot.Claimer)
	u, ok2 := in.(bot.Unclaimer)
	if !ok || !ok2 {
		t.Skip("the store is not a bot.Claimer and bot.Unclaimer")
	}
	const key = "slack:event:EvUnclaim"
	for i, want := range []bool{true, false} {
		if won, err := c.Claim(ctx(t), key, time.Hour); err != nil || won != want {
			t.Fatalf("claim %d: won %v, %v; want %v", i+1, won, err, want)
		}
	}
	if err := u.Unclaim(ctx(t), key); err != nil {
		t.Fatal(err)
	}
	if won, err := c.Claim(ctx(t), key, time.Hour); err != nil || !won {
		t.Fatalf("claim after unclaim: won %v, %v; want true", won, err)
	}
	if err := u.Unclaim(ctx(t), "slack:event:never-claimed"); err != nil {
		t.Fatalf("unclaiming a missing claim: %v", err)
	}
}

func entry(i int) bot.InboxEntry {
	return bot.InboxEntry{Channel: "telegram", Chat: fmt.Sprint(100 + i%3), Seq: int64(5000 + i),
		Received: time.UnixMicro(1_780_000_000_000_000 + int64(i)), Data: []byte(fmt.Sprintf(`{"update_id":%d}`, 5000+i))}
}

func claimAll(t *testing.T, in bot.Inbox, consumer string, lease time.Duration) []bot.InboxEntry {
	t.Helper()
	var out []bot.InboxEntry
	for range 100 {
		got, err := in.ClaimInbox(ctx(t), consumer, lease, 64)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			return out
		}
		out = append(out, got...)
	}
	return out
}

func inboxRoundTrip(t *testing.T, in bot.Inbox, _ InboxOptions) {
	c := ctx(t)
	for i := range 5 {
		if err := in.Enqueue(c, entry(i)); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := in.InboxLen(c); err != nil || n != 5 {
		t.Fatalf("InboxLen = %d, %v; want 5", n, err)
	}
	got := claimAll(t, in, "a", time.Minute)
	if len(got) != 5 {
		t.Fatalf("claimed %d entries, want 5", len(got))
	}
	bySeq := map[int64]bot.InboxEntry{}
	ids := map[string]bool{}
	for _, e := range got {
		bySeq[e.Seq] = e
		if e.ID == "" || ids[e.ID] {
			t.Fatalf("entry id %q empty or repeated", e.ID)
		}
		ids[e.ID] = true
	}
	for i := range 5 {
		want := entry(i)
		e, ok := bySeq[want.Seq]
		if !ok || e.Channel != want.Channel || e.Chat != want.Chat || !bytes.Equal(e.Data, want.Data) || !e.Received.Equal(want.Received) {
			t.Fatalf("entry %d came back as %+v, want %+v", i, e, want)
		}
	}
	// Arrival order inside a chat.
	last := map[string]int64{}
	for _, e := range got {
		if e.Seq < last[e.Chat] {
			t.Fatalf("chat %s: entry %d after %d", e.Chat, e.Seq, last[e.Chat])
		}
		last[e.Chat] = e.Seq
	}
	if again := claimAll(t, in, "b", time.Minute); len(again) != 0 {
		t.Fatalf("leased entries claimed again: %d", len(again))
	}
	if err := in.DoneInbox(c, got[0], got[1]); err != nil {
		t.Fatal(err)
	}
	if err := in.DoneInbox(c, got[0]); err != nil {
		t.Fatalf("removing a removed entry: %v", err)
	}
	if n, err := in.InboxLen(c); err != nil || n != 3 {
		t.Fatalf("InboxLen after done = %d, %v; want 3", n, err)
	}
	if err := in.RenewInbox(c, "a", time.Minute, got[2:]); err != nil {
		t.Fatal(err)
	}
}

func inboxLeaseEnds(t *testing.T, in bot.Inbox, _ InboxOptions) {
	c := ctx(t)
	if err := in.Enqueue(c, entry(1)); err != nil {
		t.Fatal(err)
	}
	const lease = 150 * time.Millisecond
	first := claimAll(t, in, "dead", lease)
	if len(first) != 1 {
		t.Fatalf("claimed %d, want 1", len(first))
	}
	var got []bot.InboxEntry
	deadline := time.Now().Add(10 * time.Second)
	for len(got) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		got = claimAll(t, in, "heir", lease) // every consumer uses the same lease
	}
	if len(got) != 1 || got[0].Seq != first[0].Seq {
		t.Fatalf("after the lease ended, the heir got %+v", got)
	}
	if err := in.DoneInbox(c, got...); err != nil {
		t.Fatal(err)
	}
	if n, _ := in.InboxLen(c); n != 0 {
		t.Fatalf("InboxLen = %d after done, want 0", n)
	}
}

func inboxConcurrent(t *testing.T, in bot.Inbox, _ InboxOptions) {
	c := ctx(t)
	const n = 400
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if err := in.Enqueue(c, entry(i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	var mu sync.Mutex
	seen := map[int64]int{}
	for w := range 4 {
		wg.Go(func() {
			for _, e := range claimAll(t, in, fmt.Sprint("w", w), time.Minute) {
				mu.Lock()
				seen[e.Seq]++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(seen) != n {
		t.Fatalf("%d distinct entries claimed, want %d", len(seen), n)
	}
	for seq, k := range seen {
		if k != 1 {
			t.Fatalf("entry %d claimed %d times", seq, k)
		}
	}
}

func inboxRestart(t *testing.T, in bot.Inbox, opt InboxOptions) {
	if opt.Reopen == nil {
		t.Skip("the backend keeps nothing across a restart")
	}
	c := ctx(t)
	for i := range 4 {
		if err := in.Enqueue(c, entry(i)); err != nil {
			t.Fatal(err)
		}
	}
	got := claimAll(t, in, "replica-1", time.Hour)
	if len(got) != 4 {
		t.Fatalf("claimed %d, want 4", len(got))
	}
	if err := in.DoneInbox(c, got[0]); err != nil {
		t.Fatal(err)
	}
	in = opt.Reopen(t, in)
	back, err := in.RecoverInbox(context.Background(), "replica-1", time.Hour, 100)
	if err != nil {
		t.Fatal(err)
	}
	back = append(back, claimAll(t, in, "replica-1", time.Hour)...)
	seqs := map[int64]bool{}
	for _, e := range back {
		seqs[e.Seq] = true
	}
	if len(back) != 3 || seqs[got[0].Seq] {
		t.Fatalf("after a restart %d entries came back (%v), want the 3 not done", len(back), seqs)
	}
}
