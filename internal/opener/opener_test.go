package opener

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// With no opener installed, or one that fails (xdg-open exits 3 when no
// program handles the file), Open says so.
func TestOpenReportsNoViewer(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("xdg-open is Linux's")
	}
	f := filepath.Join(t.TempDir(), "a.pdf")
	os.WriteFile(f, []byte("%PDF-1.4"), 0o644)
	t.Setenv("PATH", t.TempDir())
	if err := Open(context.Background(), f); !errors.Is(err, ErrNoViewer) {
		t.Fatalf("no xdg-open: %v", err)
	}
	bin := t.TempDir()
	os.WriteFile(filepath.Join(bin, "xdg-open"), []byte("#!/bin/sh\nexit 3\n"), 0o755)
	t.Setenv("PATH", bin+":/usr/bin:/bin")
	if err := Open(context.Background(), f); !errors.Is(err, ErrNoViewer) {
		t.Fatalf("failing xdg-open: %v", err)
	}
	os.WriteFile(filepath.Join(bin, "xdg-open"), []byte("#!/bin/sh\nexit 0\n"), 0o755)
	if err := Open(context.Background(), f); err != nil {
		t.Fatalf("working xdg-open: %v", err)
	}
}
