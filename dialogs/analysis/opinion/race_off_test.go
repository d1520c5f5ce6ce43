//go:build !race

package opinion

const raceDetector = false
