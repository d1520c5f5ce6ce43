package main

import (
	"fmt"
	"strings"
	"time"
)

// digestConfig is when advisors get their digest (CEPBOT_DIGEST_AT).
type digestConfig struct {
	Off          bool
	Hour, Minute int // local time of each agency
}

func loadDigestConfig(env *Env, problems *[]string) digestConfig {
	v := strings.TrimSpace(env.Getenv("CEPBOT_DIGEST_AT"))
	switch strings.ToLower(v) {
	case "":
		return digestConfig{Hour: 17}
	case "off", "non", "0":
		return digestConfig{Off: true}
	}
	t, err := time.Parse("15:04", v)
	if err != nil {
		*problems = append(*problems, fmt.Sprintf("CEPBOT_DIGEST_AT=%q : attendu une heure HH:MM (exemple : 17:00) ou off", v))
		return digestConfig{Hour: 17}
	}
	return digestConfig{Hour: t.Hour(), Minute: t.Minute()}
}
