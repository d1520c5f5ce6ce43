//go:build race

package analysis

// raceDetector: the test binary runs under the race detector.
const raceDetector = true
