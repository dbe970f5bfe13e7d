//go:build !race

package pdftext

const raceDetector = false
