package main

import (
	"runtime/debug"
)

// defaultGCPercent is the collector's pacing when GOGC is not set. A turn
// allocates ≈ 4 KB that are garbage once it is answered, and what lives
// (tables, caches, and sessions only with the memory store) is small: at
// Go's default (100) the collector took 15–20 % of a turn's CPU on the
// memory store and its mark phase, holding one of two processors for tens
// of milliseconds, made the open-loop tail. 400 collects a quarter as
// often for a heap up to five times what lives (≈ 250 MB for the Redis
// store's ≈ 50 MB) — set GOGC (or GOMEMLIMIT in a container) to choose
// otherwise.
const defaultGCPercent = 400

// tuneGC applies defaultGCPercent unless GOGC is set.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
}
