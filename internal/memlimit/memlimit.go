// Package memlimit sets the Go runtime's soft memory limit for Sổ tay's
// programs, so that garbage is collected before the process grows past
// what an office PC with 4 GB can spare; GOMEMLIMIT still wins when set.
package memlimit

import (
	"os"
	"runtime/debug"
)

// Set makes bytes the soft memory limit unless GOMEMLIMIT is set. The
// limit is soft: the program never fails for it, the collector just works
// harder near it.
func Set(bytes int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(bytes)
	}
}
