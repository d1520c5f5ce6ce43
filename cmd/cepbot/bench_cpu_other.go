//go:build !unix

package main

import "time"

// processCPU is not measured here: the bench then reports no CPU per turn.
func processCPU() time.Duration { return 0 }
