//go:build race

package booking_test

// raceDetector: the race detector makes the 1 000-visitor crowd ten times
// slower; under it the crowd test runs with fewer visitors (the full crowd
// runs in a plain `go test ./bot/booking`).
const raceDetector = true
