//go:build race

package quiz_test

// raceDetector is true under go test -race, which runs code 5–10 times
// slower: the largest tests use less data there and run whole without it
// (make unit runs them again without -race).
const raceDetector = true
