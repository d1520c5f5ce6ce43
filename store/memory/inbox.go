package memory

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// inboxState is the inbox of received updates, in arrival order. Leases
// run on the wall clock (not the store's clock, which tests may pin).
type inboxState struct {
	mu    sync.Mutex
	seq   uint64
	items []*inboxItem // arrival order; done items are removed lazily
	byID  map[string]*inboxItem
	done  int
}

type inboxItem struct {
	e        bot.InboxEntry
	consumer string
	leaseEnd time.Time
	removed  bool
}

var _ bot.Inbox = (*Store)(nil)

// Enqueue implements bot.Inbox.
func (s *Store) Enqueue(_ context.Context, e bot.InboxEntry) error {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	in.seq++
	e.ID = strconv.FormatUint(in.seq, 10)
	e.Data = bytes.Clone(e.Data)
	if in.byID == nil {
		in.byID = map[string]*inboxItem{}
	}
	it := &inboxItem{e: e}
	in.items = append(in.items, it)
	in.byID[e.ID] = it
	return nil
}

// ClaimInbox implements bot.Inbox.
func (s *Store) ClaimInbox(_ context.Context, consumer string, lease time.Duration, max int) ([]bot.InboxEntry, error) {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	now := time.Now()
	var out []bot.InboxEntry
	for _, it := range in.items {
		if len(out) >= max {
			break
		}
		if it.removed || now.Before(it.leaseEnd) {
			continue
		}
		it.consumer, it.leaseEnd = consumer, now.Add(lease)
		out = append(out, cloneEntry(it.e))
	}
	return out, nil
}

// RecoverInbox implements bot.Inbox: entries still leased to consumer.
func (s *Store) RecoverInbox(_ context.Context, consumer string, lease time.Duration, max int) ([]bot.InboxEntry, error) {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	now := time.Now()
	var out []bot.InboxEntry
	for _, it := range in.items {
		if len(out) >= max {
			break
		}
		if it.removed || it.consumer != consumer || !now.Before(it.leaseEnd) {
			continue
		}
		it.leaseEnd = now.Add(lease)
		out = append(out, cloneEntry(it.e))
	}
	return out, nil
}

// RenewInbox implements bot.Inbox.
func (s *Store) RenewInbox(_ context.Context, consumer string, lease time.Duration, entries []bot.InboxEntry) error {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	end := time.Now().Add(lease)
	for _, e := range entries {
		if it := in.byID[e.ID]; it != nil && it.consumer == consumer {
			it.leaseEnd = end
		}
	}
	return nil
}

// DoneInbox implements bot.Inbox.
func (s *Store) DoneInbox(_ context.Context, entries ...bot.InboxEntry) error {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	for _, e := range entries {
		it := in.byID[e.ID]
		if it == nil {
			continue
		}
		it.removed = true
		delete(in.byID, e.ID)
		in.done++
	}
	if in.done > 64 && in.done > len(in.items)/2 {
		in.items = slices.DeleteFunc(in.items, func(it *inboxItem) bool { return it.removed })
		in.done = 0
	}
	return nil
}

// InboxLen implements bot.Inbox.
func (s *Store) InboxLen(context.Context) (int64, error) {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	return int64(len(in.byID)), nil
}

func cloneEntry(e bot.InboxEntry) bot.InboxEntry {
	e.Data = bytes.Clone(e.Data)
	return e
}
