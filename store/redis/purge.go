package redis

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	goredis "github.com/redis/go-redis/v9"
)

// Purge deletes every key under the store's prefix, on every master of a
// Cluster, and returns how many it deleted. It is for throwaway prefixes —
// `cepbot bench` purges its own at the end — never for a deployment's
// data.
func (s *Store) Purge(ctx context.Context) (int64, error) {
	// p:…, the inbox shards {p:in:N}:s, and the single-tag layout's
	// {p:bk}:… that `cepbot store migrate` leaves behind
	q := globEscape(s.prefix)
	matches := []string{q + ":*", "{" + q + ":in:*", "{" + q + ":bk}:*"}
	var total atomic.Int64
	var err error
	if cc, ok := s.rdb.(*goredis.ClusterClient); ok {
		err = cc.ForEachMaster(ctx, func(ctx context.Context, c *goredis.Client) error {
			return purgeNode(ctx, c, matches, false, &total)
		})
	} else {
		err = purgeNode(ctx, s.rdb, matches, true, &total)
	}
	if err != nil {
		return total.Load(), fmt.Errorf("purging prefix %s: %w", s.prefix, err)
	}
	return total.Load(), nil
}

// purgeNode unlinks the keys of one node matching one of matches. It walks the
// keyspace with SCAN (never KEYS: the server keeps answering the others).
// A Cluster node gets one key per command, since its keys may sit on
// different slots; a lone server (multi) gets one UNLINK per SCAN page:
// every command costs the server its parsing and dispatch (≈ 3 000
// instructions), and `cepbot bench` purges ≈ 5 keys per conversation.
func purgeNode(ctx context.Context, c goredis.Cmdable, matches []string, multi bool, total *atomic.Int64) error {
	for _, match := range matches {
		if err := purgeMatch(ctx, c, match, multi, total); err != nil {
			return err
		}
	}
	return nil
}

func purgeMatch(ctx context.Context, c goredis.Cmdable, match string, multi bool, total *atomic.Int64) error {
	var cursor uint64
	for {
		keys, next, err := c.Scan(ctx, cursor, match, 1000).Result()
		if err != nil {
			return err
		}
		if len(keys) > 0 {
			if err := unlinkPage(ctx, c, keys, multi); err != nil {
				return err
			}
			total.Add(int64(len(keys)))
		}
		if cursor = next; cursor == 0 {
			return nil
		}
	}
}

// unlinkPage unlinks one SCAN page: one command on a lone server (multi),
// one command per key in a pipeline on a Cluster node.
func unlinkPage(ctx context.Context, c goredis.Cmdable, keys []string, multi bool) error {
	if multi {
		return c.Unlink(ctx, keys...).Err()
	}
	p := c.Pipeline()
	for _, k := range keys {
		p.Unlink(ctx, k)
	}
	_, err := p.Exec(ctx)
	return err
}

// globEscape escapes the characters SCAN MATCH reads as a pattern.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
