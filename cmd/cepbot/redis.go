package main

import (
	"context"
	"fmt"

	"github.com/cep-accueil/cepbot/bot"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

// openRedis opens a Redis store; CEPBOT_REDIS_PREFIX (default "cepbot")
// separates several deployments, or tests, sharing one Redis.
func openRedis(ctx context.Context, env *Env, url string) (bot.Store, error) {
	var opts []redisstore.Option
	if p := env.Getenv("CEPBOT_REDIS_PREFIX"); p != "" {
		opts = append(opts, redisstore.WithPrefix(p))
	}
	s, err := redisstore.Open(ctx, url, opts...)
	if err != nil {
		return nil, fmt.Errorf("store redis: %w", err)
	}
	return s, nil
}
