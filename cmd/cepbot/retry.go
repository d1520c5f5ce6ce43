package main

import (
	"fmt"
	"time"

	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// retryConfig is the outbox retry schedule (per notifier entry).
type retryConfig struct {
	First   time.Duration // CEPBOT_RETRY_FIRST: first retry delay (default 2 s)
	Max     time.Duration // CEPBOT_RETRY_MAX: delay cap (default 15 min)
	Horizon time.Duration // CEPBOT_RETRY_HORIZON: dead-lettered after (default 72 h)
}

func loadRetryConfig(env *Env, t *texts.Catalog, problems *[]string) retryConfig {
	r := retryConfig{
		First:   durationEnv(env, t, "CEPBOT_RETRY_FIRST", dispatch.DefaultFirstRetry, problems),
		Max:     durationEnv(env, t, "CEPBOT_RETRY_MAX", dispatch.DefaultMaxDelay, problems),
		Horizon: durationEnv(env, t, "CEPBOT_RETRY_HORIZON", dispatch.DefaultHorizon, problems),
	}
	if r.Max < r.First {
		*problems = append(*problems, fmt.Sprintf(t.RetryOrder, "CEPBOT_RETRY_MAX", r.Max, "CEPBOT_RETRY_FIRST", r.First))
	}
	if r.Horizon < r.First {
		*problems = append(*problems, fmt.Sprintf(t.RetryOrder, "CEPBOT_RETRY_HORIZON", r.Horizon, "CEPBOT_RETRY_FIRST", r.First))
	}
	return r
}
