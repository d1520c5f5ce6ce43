package file

import (
	"context"

	bolt "go.etcd.io/bbolt"
)

// Unclaim implements bot.Unclaimer.
func (s *Store) Unclaim(ctx context.Context, key string) error {
	return s.update(ctx, "unclaiming "+key, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketClaims).Delete([]byte(key))
	})
}
