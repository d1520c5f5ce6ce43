package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/cep-accueil/cepbot/adapters/telegram"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/texts"
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
			return nil, fmt.Errorf(texts.FR().ConfigWait, v)
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

// sharedTelegramLimiter is Telegram's rate limit kept in Redis, shared by
// every replica sending with the token (memory and file stores: nil, the
// adapter's in-process limiter). The bucket is named after the bot id, the
// public part of the token before ":". onWait is called when a send waits.
func sharedTelegramLimiter(store bot.Store, token string, onWait func()) telegram.Limiter {
	rs, ok := store.(*redisstore.Store)
	if !ok {
		return nil
	}
	id, _, _ := strings.Cut(token, ":")
	l := telegram.DefaultLimits
	rl := rs.RateLimiter("tg:"+id, redisstore.RateLimits{
		Global: l.Global, GlobalBurst: l.GlobalBurst, PerChat: l.PerChat, PerChatBurst: l.PerChatBurst,
		PerGroup: l.PerGroup, PerGroupBurst: l.PerGroupBurst,
	})
	rl.OnWait = onWait
	return rl
}
