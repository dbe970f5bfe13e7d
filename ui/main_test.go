package ui

import (
	"os"
	"testing"
)

// uiQueue receives result callbacks during tests; pump runs them on the
// test goroutine, which stands in for Fyne's UI goroutine.
var uiQueue = make(chan func(), 1024)

func TestMain(m *testing.M) {
	deliver = func(f func()) { uiQueue <- f }
	os.Exit(m.Run())
}

// pump runs delivered callbacks until no async work is left in flight.
func pump() {
	for inflight.Load() > 0 {
		(<-uiQueue)()
	}
}
