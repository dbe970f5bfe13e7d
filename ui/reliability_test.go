package ui

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"sotay/library"
)

// Documents imported by sotayctl while the window is open appear when the
// window comes back to the front.
func TestListNoticesImportsByAnotherProgram(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sotay.db")
	s := newTestShell(t, db)
	if len(s.library.order) != 6 {
		t.Fatalf("%d documents", len(s.library.order))
	}
	other, err := library.Open(context.Background(), db, library.OpenOptions{Write: true})
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "moi.txt")
	os.WriteFile(src, []byte("Thông báo mới của chi bộ\nnội dung"), 0o644)
	if _, err := other.Import(context.Background(), []string{src}, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	other.Close()
	s.refreshIfChanged()
	pump()
	if len(s.library.order) != 7 {
		t.Fatalf("after the other program's import the list has %d documents, want 7", len(s.library.order))
	}
}

// A library on a read-only disk opens for reading with a banner saying
// why nothing can be changed.
func TestReadOnlyLibraryBanner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a read-only tmpfs")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	db := filepath.Join(dir, "sotay.db")
	lib, err := library.Open(context.Background(), db, library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(src, []byte("Nghị quyết của chi bộ\nnội dung"), 0o644)
	lib.Import(context.Background(), []string{src}, library.ImportOptions{})
	lib.Close()
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	s := newTestShell(t, db)
	if len(s.library.order) != 1 {
		t.Fatalf("read-only library lists %d documents", len(s.library.order))
	}
	if !s.bannerBox.Visible() || findLabel(s.win.Content(), "chỉ đọc được") == nil {
		t.Fatal("no banner saying the library is read-only")
	}
}
