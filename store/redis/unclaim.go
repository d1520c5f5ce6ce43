package redis

import "context"

// Unclaim implements bot.Unclaimer.
func (s *Store) Unclaim(ctx context.Context, key string) error {
	if err := s.rdb.Del(ctx, s.claimKey(key)).Err(); err != nil {
		return s.fail("unclaiming "+key, err)
	}
	return nil
}
