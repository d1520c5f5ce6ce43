package main

import (
	"os"
	"strings"
)

// secretFromEnv reads NAME, or the file named by NAME_FILE (trailing newline
// removed). Read errors yield "" and are reported by `cepbot config check`.
func secretFromEnv(env *Env, name string) string {
	if v := env.Getenv(name); v != "" {
		return v
	}
	if p := env.Getenv(name + "_FILE"); p != "" {
		b, err := os.ReadFile(p)
		if err == nil {
			return strings.TrimRight(string(b), "\r\n")
		}
	}
	return ""
}
