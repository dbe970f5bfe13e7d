// Package opener opens a file with the program the system uses for it
// (xdg-open, open, or Windows' file handler), reporting when none can:
// Fyne's OpenURL starts xdg-open and forgets it, so a missing viewer said
// nothing and left a zombie process behind.
package opener

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"time"
)

// ErrNoViewer means no program could open the file.
var ErrNoViewer = errors.New("no program to open the file")

// Wait is how long Open waits for the opener to say it failed; a viewer
// that starts stays running and is not waited for.
var Wait = 3 * time.Second

// Open opens path with the system's program for it.
func Open(ctx context.Context, path string) error {
	var name string
	var args []string
	switch runtime.GOOS {
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler", path}
	case "darwin":
		name, args = "open", []string{path}
	default:
		name, args = "xdg-open", []string{path}
	}
	prog, err := exec.LookPath(name)
	if err != nil {
		return fmt.Errorf("%w: %s is not installed", ErrNoViewer, name)
	}
	cmd := exec.Command(prog, args...)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%w: %v", ErrNoViewer, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }() // always reaped: no zombie
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%w: %v", ErrNoViewer, err)
		}
		return nil
	case <-time.After(Wait):
		return nil // still running: a viewer opened from it
	case <-ctx.Done():
		return ctx.Err()
	}
}
