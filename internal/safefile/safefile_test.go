package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWriteRefuses(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "lib.db")
	os.WriteFile(lib, []byte("library"), 0o644)
	originals := filepath.Join(dir, "lib-originals")
	os.Mkdir(originals, 0o755)
	release := Protect(false, lib, lib+"-wal", lib+"-shm")
	defer release()
	defer Protect(true, originals)()

	link := filepath.Join(dir, "link.gift")
	os.Symlink(filepath.Join(dir, "elsewhere"), link)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(dir, "hard.db")
	if err := os.Link(lib, hard); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)

	cases := []struct {
		name, path string
		want       error
	}{
		{"the library itself", lib, ErrProtected},
		{"the library by another spelling", filepath.Join(sub, "..", "lib.db"), ErrProtected},
		{"a hard link to the library", hard, ErrProtected},
		{"its WAL file (not there yet)", lib + "-wal", ErrProtected},
		{"its shared-memory file", lib + "-shm", ErrProtected},
		{"a file inside originals", filepath.Join(originals, "abc.pdf"), ErrProtected},
		{"the originals folder", originals, ErrNotRegular},
		{"a symlink", link, ErrNotRegular},
		{"a FIFO", fifo, ErrNotRegular},
		{"a folder", sub, ErrNotRegular},
		{"a device node", "/dev/null", ErrNotRegular},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := Write(c.path, writeString("export"))
			if !errors.Is(err, c.want) {
				t.Fatalf("Write(%s) = %v, want %v", c.path, err, c.want)
			}
		})
	}
	if b, _ := os.ReadFile(lib); string(b) != "library" {
		t.Fatalf("library changed: %q", b)
	}
	if st, err := os.Lstat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced: %v %v", st.Mode(), err)
	}
	if _, err := os.Lstat(filepath.Join(dir, "elsewhere")); err == nil {
		t.Fatal("the symlink was followed")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	release()
	if err := Write(lib, writeString("x")); err != nil {
		t.Fatalf("after release: %v", err)
	}
}

func TestWriteRefusesAnyLibraryFile(t *testing.T) {
	ProtectApplicationID(0x536f5479)
	path := filepath.Join(t.TempDir(), "other.db")
	head := make([]byte, 100)
	copy(head, "SQLite format 3\x00")
	copy(head[68:], []byte{0x53, 0x6f, 0x54, 0x79})
	os.WriteFile(path, head, 0o644)
	if err := Write(path, writeString("x")); !errors.Is(err, ErrProtected) {
		t.Fatalf("a library file not open here: %v", err)
	}
	head[71] = 0
	os.WriteFile(path, head, 0o644)
	if err := Write(path, writeString("x")); err != nil {
		t.Fatalf("another program's SQLite file is an ordinary target: %v", err)
	}
}

func TestWriteModes(t *testing.T) {
	dir := t.TempDir()
	fresh := filepath.Join(dir, "new.gift")
	if err := Write(fresh, writeString("one")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(fresh); st.Mode().Perm() != 0o644 {
		t.Fatalf("new file mode %v, want 0644", st.Mode().Perm())
	}
	old := filepath.Join(dir, "old.gift")
	os.WriteFile(old, []byte("before"), 0o600)
	os.Chmod(old, 0o640)
	if err := Write(old, writeString("after")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(old)
	b, _ := os.ReadFile(old)
	if st.Mode().Perm() != 0o640 || string(b) != "after" {
		t.Fatalf("replaced file: mode %v, %q", st.Mode().Perm(), b)
	}
}

func TestFailedWriteKeepsOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bank.gift")
	os.WriteFile(path, []byte("old"), 0o644)
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("old file changed: %q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("left behind: %v", entries)
	}
}

func TestWriteIntoReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	err := Write(filepath.Join(dir, "x.gift"), writeString("x"))
	if !errors.Is(err, os.ErrPermission) || !strings.Contains(err.Error(), "x.gift") {
		t.Fatalf("got %v", err)
	}
}

// A file that cannot be made is named by the user's path (the folder),
// never by the temporary file's name.
func TestCreateErrorsNameTheFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "khong", "co")
	err := Write(filepath.Join(missing, "x.pdf"), func(w io.Writer) error { return nil })
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != missing || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v", err)
	}
	if _, serr := os.Stat("/proc/self"); serr == nil {
		err = Write("/proc/x.pdf", func(w io.Writer) error { return nil })
		if !errors.As(err, &pe) || pe.Path != "/proc" || !errors.Is(err, fs.ErrPermission) || strings.Contains(err.Error(), ".tmp") {
			t.Errorf("/proc: %v", err)
		}
	}
}
