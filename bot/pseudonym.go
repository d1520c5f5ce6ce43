package bot

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
)

// NewPseudonymizer returns a keyed hash of identifiers for logs and metrics:
// stable for one key, not reversible without it. A nil key draws a random
// one, so ids are stable only for the life of the process.
func NewPseudonymizer(key []byte) func(string) string {
	if len(key) == 0 {
		key = make([]byte, 32)
		_, _ = rand.Read(key)
	}
	return func(id string) string {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(id))
		return "v_" + hex.EncodeToString(m.Sum(nil)[:8])
	}
}
