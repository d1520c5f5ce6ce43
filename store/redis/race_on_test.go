//go:build race

package redis_test

// raceDetector: under the race detector sync.Pool drops items at random,
// so pooled arguments are allocated again: allocation counts are checked
// in a plain `go test ./store/redis` only.
const raceDetector = true
