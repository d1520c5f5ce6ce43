package main

import (
	"strings"
	"testing"
)

// FuzzServeConfig: any environment gives a configuration or a list of
// problems, never a panic, and never echoes a secret it was given.
func FuzzServeConfig(f *testing.F) {
	f.Add(":8080", "memory", "info", "123:ABC", "polling", "90d")
	f.Add("huit", "postgres://x", "bavard", "", "webhook", "-3h")
	f.Add("127.0.0.1:0", "redis://u:p@h:6379/0", "", "xoxb-1", "", "")
	f.Fuzz(func(t *testing.T, addr, store, level, token, mode, retention string) {
		vars := map[string]string{"CEPBOT_HTTP_ADDR": addr, "CEPBOT_STORE": store, "CEPBOT_LOG_LEVEL": level,
			"CEPBOT_TELEGRAM_TOKEN": token, "CEPBOT_TELEGRAM_MODE": mode, "CEPBOT_RETENTION": retention}
		_, problems := loadServeConfig(&Env{Getenv: func(k string) string { return vars[k] }})
		if len(token) >= 8 {
			for _, p := range problems {
				if strings.Contains(p, token) {
					t.Fatalf("problem echoes the token: %q", p)
				}
			}
		}
	})
}
