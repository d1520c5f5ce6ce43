package main

import (
	"context"
	"fmt"

	"github.com/cep-accueil/cepbot/bot"
)

// openRedis is replaced when the Redis store lands.
func openRedis(ctx context.Context, url string) (bot.Store, error) {
	return nil, fmt.Errorf("store %s: the Redis store is not built into this version", url)
}
