//go:build race

package opinion

// raceDetector: under the race detector sync.Pool drops a share of what
// is put back, on purpose (to find races on pooled values), so Predict's
// pooled scratch is sometimes allocated again: the allocation count is
// checked without it.
const raceDetector = true
