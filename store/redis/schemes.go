package redis

import "strings"

// Schemes are the URL schemes of this store (see the package doc), the one
// list that cmd's `config check`, `serve` and ParseURL agree on (a test
// holds ParseURL to it).
var Schemes = []string{"redis", "rediss", "redis+sentinel", "rediss+sentinel", "redis+cluster", "rediss+cluster"}

// IsURL tells whether raw starts with one of Schemes followed by "://".
func IsURL(raw string) bool {
	scheme, _, ok := strings.Cut(raw, "://")
	if !ok {
		return false
	}
	for _, s := range Schemes {
		if scheme == s {
			return true
		}
	}
	return false
}
