package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/bot"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

// openRedis opens a Redis store; CEPBOT_REDIS_PREFIX (default "cepbot")
// separates several deployments, or tests, sharing one Redis.
// CEPBOT_REDIS_WAIT_REPLICAS=N confirms a booking once N replicas have it
// (default: 1 when the server has replicas, else 0);
// CEPBOT_REDIS_ALLOW_EVICTION=1 accepts a maxmemory-policy other than
// noeviction.
func openRedis(ctx context.Context, env *Env, url string) (bot.Store, error) {
	var opts []redisstore.Option
	if p := env.Getenv("CEPBOT_REDIS_PREFIX"); p != "" {
		opts = append(opts, redisstore.WithPrefix(p))
	}
	if v := strings.TrimSpace(env.Getenv("CEPBOT_REDIS_WAIT_REPLICAS")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("CEPBOT_REDIS_WAIT_REPLICAS=%q : attendu un nombre de répliques (0, 1, 2…)", v)
		}
		opts = append(opts, redisstore.WithWaitReplicas(n, 0))
	}
	if env.Getenv("CEPBOT_REDIS_ALLOW_EVICTION") == "1" {
		opts = append(opts, redisstore.WithAllowEviction())
	}
	s, err := redisstore.Open(ctx, url, opts...)
	if err != nil {
		return nil, fmt.Errorf("store redis: %w", err)
	}
	return s, nil
}
