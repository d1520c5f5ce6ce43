package redis

import (
	"context"
	"strconv"
	"strings"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

var _ bot.InboxOrderer = (*Store)(nil)

// orderScan bounds the pending entries looked at before an entry.
const orderScan = 512

// EarlierElsewhere implements bot.InboxOrderer: whether an entry of e's
// chat that arrived before e (older in its shard's stream), with a lower
// sequence when both have one, is pending for another consumer (another
// replica runs or holds it). Entries are delivered in
// stream order, so an older entry not yet delivered cannot exist; only the
// pending list matters. One XPENDING, plus one pipelined XRANGE per entry
// held elsewhere to read its chat.
func (s *Store) EarlierElsewhere(ctx context.Context, consumer string, e bot.InboxEntry) (bool, error) {
	sh, id, ok := strings.Cut(e.ID, "/")
	shard, err := strconv.Atoi(sh)
	if !ok || err != nil || shard < 0 || shard >= inboxShards {
		return false, nil
	}
	stream := s.inboxStream(shard)
	pend, err := s.rdb.XPendingExt(ctx, &goredis.XPendingExtArgs{
		Stream: stream, Group: inboxGroup, Start: "-", End: "(" + id, Count: orderScan,
	}).Result()
	if err != nil {
		return false, s.fail("checking the order of received updates", err)
	}
	var others []string
	for _, p := range pend {
		if p.Consumer != consumer {
			others = append(others, p.ID)
		}
	}
	if len(others) == 0 {
		return false, nil
	}
	cmds := make([]*goredis.XMessageSliceCmd, len(others))
	_, err = s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for i, oid := range others {
			cmds[i] = p.XRange(ctx, stream, oid, oid)
		}
		return nil
	})
	if err != nil {
		return false, s.fail("checking the order of received updates", err)
	}
	for _, c := range cmds {
		for _, m := range c.Val() {
			if m.Values["c"] != e.Channel || m.Values["k"] != e.Chat {
				continue
			}
			// Older means a lower platform sequence when both have one
			// (it is the order the runner follows, and a total order:
			// two replicas never wait for each other), else stream order.
			q, _ := m.Values["q"].(string)
			seq, _ := strconv.ParseInt(q, 10, 64)
			if seq == 0 || e.Seq == 0 || seq < e.Seq {
				return true, nil
			}
		}
	}
	return false, nil
}
