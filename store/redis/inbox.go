package redis

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// The inbox of received updates
//
//	{p:in:N}:s   stream of shard N (0…inboxShards-1), consumer group "inbox";
//	             entry fields c = channel, k = chat, q = seq, t = received (unix µs), d = payload
//
// A chat always lands in the same shard (FNV-1a of channel and chat), so its
// entries are in one stream, in arrival order. Each shard has its own hash
// tag: shards spread over a cluster. Enqueue is XADD (no MAXLEN: an entry is
// never dropped before it is processed); a claim is one pipeline over the
// shards of XAUTOCLAIM (entries idle longer than the lease: their replica
// died) and XREADGROUP ">" (new entries). The lease is the pending entry's
// idle time: RenewInbox resets it with XCLAIM JUSTID. RecoverInbox reads the
// consumer's own pending list (XREADGROUP from 0), which a restart under the
// same name finds as it was. DoneInbox is XACK and XDEL, so the streams hold
// only unprocessed entries and XLEN is the inbox depth.
//
// Durability is Redis's: with appendonly yes and appendfsync always, an
// acknowledged XADD survives a crash of the server.
const (
	inboxShards = 16
	inboxGroup  = "inbox"
)

var _ bot.Inbox = (*Store)(nil)

func (s *Store) inboxStream(shard int) string {
	return "{" + s.prefix + ":in:" + strconv.Itoa(shard) + "}:s"
}

func inboxShard(channel, chat string) int {
	h := fnv.New32a()
	h.Write([]byte(channel))
	h.Write([]byte{0})
	h.Write([]byte(chat))
	return int(h.Sum32() % inboxShards)
}

// ensureGroups creates the streams and their group (idempotent; again after
// a server that lost them, on NOGROUP).
func (s *Store) ensureGroups(ctx context.Context) error {
	cmds, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i := range inboxShards {
			p.XGroupCreateMkStream(ctx, s.inboxStream(i), inboxGroup, "0")
		}
		return nil
	})
	for _, c := range cmds {
		if e := c.Err(); e != nil && !goredis.HasErrorPrefix(e, "BUSYGROUP") {
			return s.fail("creating the inbox streams", e)
		}
	}
	if err != nil && !goredis.HasErrorPrefix(err, "BUSYGROUP") {
		return s.fail("creating the inbox streams", err)
	}
	return nil
}

// Enqueue implements bot.Inbox.
func (s *Store) Enqueue(ctx context.Context, e bot.InboxEntry) error {
	var us int64
	if !e.Received.IsZero() {
		us = e.Received.UnixMicro()
	}
	err := s.rdb.XAdd(ctx, &goredis.XAddArgs{
		Stream: s.inboxStream(inboxShard(e.Channel, e.Chat)),
		Values: []any{"c", e.Channel, "k", e.Chat, "q", e.Seq, "t", us, "d", e.Data},
	}).Err()
	if err != nil {
		return s.fail("storing a received update", err)
	}
	return nil
}

// ClaimInbox implements bot.Inbox. Every consumer must use the same lease:
// it is the idle time after which a pending entry is taken over.
func (s *Store) ClaimInbox(ctx context.Context, consumer string, lease time.Duration, max int) ([]bot.InboxEntry, error) {
	if max <= 0 {
		return nil, nil
	}
	if !s.inboxReady.Load() {
		if err := s.ensureGroups(ctx); err != nil {
			return nil, err
		}
		s.inboxReady.Store(true)
	}
	out, err := s.claimInbox(ctx, consumer, lease, max)
	if isNoGroup(err) { // the server lost its data (restarted without persistence)
		s.inboxReady.Store(false)
	}
	return out, err
}

func isNoGroup(err error) bool {
	return err != nil && strings.Contains(err.Error(), "NOGROUP")
}

// claimInbox reads every shard in one pipeline. Entries read from the
// shards that answered are returned even if others failed: they are now
// pending for this consumer and must not wait for their lease to end.
func (s *Store) claimInbox(ctx context.Context, consumer string, lease time.Duration, max int) ([]bot.InboxEntry, error) {
	per := (max + inboxShards - 1) / inboxShards
	var claims [inboxShards]*goredis.XAutoClaimCmd
	var reads [inboxShards]*goredis.XStreamSliceCmd
	_, perr := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i := range inboxShards {
			st := s.inboxStream(i)
			claims[i] = p.XAutoClaim(ctx, &goredis.XAutoClaimArgs{
				Stream: st, Group: inboxGroup, Consumer: consumer, MinIdle: lease, Start: "0-0", Count: int64(per),
			})
			reads[i] = p.XReadGroup(ctx, &goredis.XReadGroupArgs{
				Group: inboxGroup, Consumer: consumer, Streams: []string{st, ">"}, Count: int64(per), Block: -1,
			})
		}
		return nil
	})
	var out, drop []bot.InboxEntry
	var first error
	for i := range inboxShards {
		if e := claims[i].Err(); e != nil {
			first = cmp.Or(first, e)
		} else {
			msgs, _ := claims[i].Val()
			for _, m := range msgs {
				out, drop = appendEntry(out, drop, i, m)
			}
		}
		if e := reads[i].Err(); e != nil && !errors.Is(e, goredis.Nil) {
			first = cmp.Or(first, e)
			continue
		}
		for _, xs := range reads[i].Val() {
			for _, m := range xs.Messages {
				out, drop = appendEntry(out, drop, i, m)
			}
		}
	}
	if len(drop) > 0 {
		_ = s.DoneInbox(ctx, drop...) // unreadable: never runs
	}
	if first == nil && perr != nil && !errors.Is(perr, goredis.Nil) {
		first = perr
	}
	if first != nil && len(out) == 0 {
		return nil, s.fail("claiming received updates", first)
	}
	return out, nil
}

// appendEntry decodes a stream entry; a deleted or damaged one goes to drop.
func appendEntry(out, drop []bot.InboxEntry, shard int, m goredis.XMessage) ([]bot.InboxEntry, []bot.InboxEntry) {
	id := strconv.Itoa(shard) + "/" + m.ID
	e, ok := decodeInboxEntry(m.Values)
	if !ok {
		return out, append(drop, bot.InboxEntry{ID: id})
	}
	e.ID = id
	return append(out, e), drop
}

func decodeInboxEntry(v map[string]any) (bot.InboxEntry, bool) {
	str := func(k string) (string, bool) { s, ok := v[k].(string); return s, ok }
	var e bot.InboxEntry
	var ok bool
	if e.Channel, ok = str("c"); !ok {
		return e, false
	}
	if e.Chat, ok = str("k"); !ok {
		return e, false
	}
	d, ok := str("d")
	if !ok {
		return e, false
	}
	e.Data = []byte(d)
	if q, ok := str("q"); ok {
		e.Seq, _ = strconv.ParseInt(q, 10, 64)
	}
	if t, ok := str("t"); ok {
		if us, err := strconv.ParseInt(t, 10, 64); err == nil && us != 0 {
			e.Received = time.UnixMicro(us)
		}
	}
	return e, true
}

// RecoverInbox implements bot.Inbox.
func (s *Store) RecoverInbox(ctx context.Context, consumer string, lease time.Duration, max int) ([]bot.InboxEntry, error) {
	if err := s.ensureGroups(ctx); err != nil {
		return nil, err
	}
	var out, drop []bot.InboxEntry
	for i := range inboxShards {
		start := "0"
		for len(out) < max {
			res, err := s.rdb.XReadGroup(ctx, &goredis.XReadGroupArgs{
				Group: inboxGroup, Consumer: consumer, Streams: []string{s.inboxStream(i), start}, Count: 256, Block: -1,
			}).Result()
			if err != nil && !errors.Is(err, goredis.Nil) {
				return nil, s.fail("recovering received updates", err)
			}
			n := 0
			for _, xs := range res {
				for _, m := range xs.Messages {
					n++
					start = m.ID
					if len(m.Values) == 0 { // deleted meanwhile
						drop = append(drop, bot.InboxEntry{ID: strconv.Itoa(i) + "/" + m.ID})
						continue
					}
					out, drop = appendEntry(out, drop, i, m)
				}
			}
			if n < 256 {
				break
			}
		}
	}
	if len(drop) > 0 {
		_ = s.DoneInbox(ctx, drop...)
	}
	if err := s.RenewInbox(ctx, consumer, lease, out); err != nil {
		return nil, err
	}
	return out, nil
}

// RenewInbox implements bot.Inbox: XCLAIM JUSTID resets the idle time.
func (s *Store) RenewInbox(ctx context.Context, consumer string, _ time.Duration, entries []bot.InboxEntry) error {
	byShard, err := groupIDs(entries)
	if err != nil {
		return err
	}
	if len(byShard) == 0 {
		return nil
	}
	_, err = s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for shard, ids := range byShard {
			p.XClaimJustID(ctx, &goredis.XClaimArgs{Stream: s.inboxStream(shard), Group: inboxGroup, Consumer: consumer, Messages: ids})
		}
		return nil
	})
	if err != nil {
		return s.fail("renewing inbox leases", err)
	}
	return nil
}

// DoneInbox implements bot.Inbox.
func (s *Store) DoneInbox(ctx context.Context, entries ...bot.InboxEntry) error {
	byShard, err := groupIDs(entries)
	if err != nil {
		return err
	}
	if len(byShard) == 0 {
		return nil
	}
	_, err = s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for shard, ids := range byShard {
			st := s.inboxStream(shard)
			p.XAck(ctx, st, inboxGroup, ids...)
			p.XDel(ctx, st, ids...)
		}
		return nil
	})
	if err != nil {
		return s.fail("removing processed updates", err)
	}
	return nil
}

func groupIDs(entries []bot.InboxEntry) (map[int][]string, error) {
	out := map[int][]string{}
	for _, e := range entries {
		sh, id, ok := strings.Cut(e.ID, "/")
		n, err := strconv.Atoi(sh)
		if !ok || err != nil || n < 0 || n >= inboxShards {
			return nil, fmt.Errorf("inbox: invalid entry id %q", e.ID)
		}
		out[n] = append(out[n], id)
	}
	return out, nil
}

// InboxLen implements bot.Inbox.
func (s *Store) InboxLen(ctx context.Context) (int64, error) {
	var cmds [inboxShards]*goredis.IntCmd
	_, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i := range inboxShards {
			cmds[i] = p.XLen(ctx, s.inboxStream(i))
		}
		return nil
	})
	if err != nil {
		return 0, s.fail("counting received updates", err)
	}
	var n int64
	for _, c := range cmds {
		n += c.Val()
	}
	return n, nil
}
