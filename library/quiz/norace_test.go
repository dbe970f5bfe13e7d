//go:build !race

package quiz_test

const raceDetector = false
