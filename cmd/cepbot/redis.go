package main

import (
	"context"
	"fmt"

	"github.com/cep-accueil/cepbot/bot"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

func openRedis(ctx context.Context, url string) (bot.Store, error) {
	s, err := redisstore.Open(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("store redis: %w", err)
	}
	return s, nil
}
