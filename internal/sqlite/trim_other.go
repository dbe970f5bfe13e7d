//go:build !linux || !cgo

package sqlite

// ReleaseMemory does nothing where the C allocator returns memory itself.
func ReleaseMemory() {}
