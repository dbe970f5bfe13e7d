//go:build race

package pdftext

// raceDetector is true under go test -race, whose instrumented code is
// 5–10 times slower and reserves far more address space: the heaviest
// tests skip there and run in make unit's pass without -race.
const raceDetector = true
