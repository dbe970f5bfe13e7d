// Package safefile writes files to paths a user chose without ever
// destroying what is there by mistake: it refuses the paths registered as
// protected (an open library, its WAL and shared-memory files, the folder
// of kept originals), any existing file that is not a regular file
// (symlink, FIFO, device, folder) and any existing SQLite file of the
// application; it writes a temporary file in the target folder, syncs it
// and renames it into place, so a failed write leaves the old file whole.
package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

var (
	// ErrProtected means the path is an open library, one of its companion
	// files or inside its folder of originals, or another library file.
	ErrProtected = errors.New("refusing to overwrite the library")
	// ErrNotRegular means something other than a regular file is at the
	// path (a symlink, FIFO, device node or folder).
	ErrNotRegular = errors.New("not a regular file")
)

// NewFileMode is the permission of a newly created file.
const NewFileMode fs.FileMode = 0o644

var (
	mu        sync.Mutex
	protected = map[int]entry{}
	nextID    int
	// appID marks SQLite files nobody may overwrite (ProtectApplicationID).
	appID []byte
)

type entry struct {
	path string
	dir  bool
}

// Protect registers files (dir false) or folders (dir true) that no Write
// may replace or write into, until release is called.
func Protect(dir bool, paths ...string) (release func()) {
	mu.Lock()
	defer mu.Unlock()
	var ids []int
	for _, p := range paths {
		if p == "" {
			continue
		}
		nextID++
		protected[nextID] = entry{path: canonical(p), dir: dir}
		ids = append(ids, nextID)
	}
	return func() {
		mu.Lock()
		defer mu.Unlock()
		for _, id := range ids {
			delete(protected, id)
		}
	}
}

// ProtectApplicationID makes every existing SQLite file whose header
// carries this application id (PRAGMA application_id) refused as a target,
// whether or not this process has it open.
func ProtectApplicationID(id int32) {
	mu.Lock()
	defer mu.Unlock()
	appID = []byte{byte(id >> 24), byte(id >> 16), byte(id >> 8), byte(id)}
}

// canonical returns an absolute, cleaned path with the symlinks of its
// existing part resolved, so that two spellings of one place compare equal.
func canonical(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	// The file may not exist yet (a WAL file between checkpoints): resolve
	// its folder instead.
	if r, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(r, filepath.Base(abs))
	}
	return abs
}

// Check reports whether path may be written: ErrProtected, ErrNotRegular,
// or nil. Write checks again; Check lets a caller refuse before long work.
func Check(path string) error {
	if path == "" {
		return fmt.Errorf("%w: empty path", fs.ErrInvalid)
	}
	st, err := os.Lstat(path)
	switch {
	case err == nil && !st.Mode().IsRegular():
		return fmt.Errorf("%s: %w (%s)", path, ErrNotRegular, kind(st.Mode()))
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: %w", path, err)
	}
	target := canonical(path)
	mu.Lock()
	id := appID
	list := make([]entry, 0, len(protected))
	for _, e := range protected {
		list = append(list, e)
	}
	mu.Unlock()
	for _, e := range list {
		if target == e.path || (e.dir && within(target, e.path)) {
			return fmt.Errorf("%s: %w", path, ErrProtected)
		}
		if st != nil && !e.dir {
			if pst, err := os.Stat(e.path); err == nil && os.SameFile(st, pst) {
				return fmt.Errorf("%s: %w", path, ErrProtected)
			}
		}
	}
	if st != nil && id != nil && isAppDatabase(path, id) {
		return fmt.Errorf("%s: %w (a library file)", path, ErrProtected)
	}
	return nil
}

func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "symlink"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "device"
	case m.IsDir():
		return "folder"
	case m&fs.ModeSocket != 0:
		return "socket"
	}
	return "special file"
}

// isAppDatabase reports an SQLite file whose application id is id.
func isAppDatabase(path string, id []byte) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 72)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return bytes.HasPrefix(head, []byte("SQLite format 3\x00")) && bytes.Equal(head[68:72], id)
}

// File is a file being written: its bytes go to a temporary file beside
// the target until Commit renames it into place.
type File struct {
	tmp    *os.File
	path   string
	mode   fs.FileMode
	closed bool
}

// Create checks path (see Check) and starts writing it. The caller must end
// with Commit, or Abort to leave the target as it was.
func Create(path string) (*File, error) {
	if err := Check(path); err != nil {
		return nil, err
	}
	mode := NewFileMode
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		// named by the user's path, not by the temporary file's name
		// (messages read "/proc/.x.pdf.243213069.tmp"): a missing folder
		// or one that cannot be written
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = &fs.PathError{Op: "create", Path: path, Err: pe.Err}
			if dir := filepath.Dir(path); errors.Is(pe.Err, fs.ErrNotExist) {
				if _, serr := os.Stat(dir); serr != nil {
					err = &fs.PathError{Op: "create", Path: dir, Err: fs.ErrNotExist} // the folder is missing
				} else {
					err = &fs.PathError{Op: "create", Path: dir, Err: fs.ErrPermission} // a folder nothing can be made in (/proc)
				}
			}
		}
		return nil, err
	}
	return &File{tmp: tmp, path: path, mode: mode}, nil
}

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) { return f.tmp.Write(p) }

// Name is the target path.
func (f *File) Name() string { return f.path }

// Commit syncs the temporary file, checks the target once more and renames
// the temporary file over it. On error the target is left as it was.
func (f *File) Commit() error {
	if f.closed {
		return fmt.Errorf("%s: %w", f.path, fs.ErrClosed)
	}
	f.closed = true
	name := f.tmp.Name()
	err := f.tmp.Chmod(f.mode)
	if err == nil {
		err = f.tmp.Sync()
	}
	if cerr := f.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = Check(f.path) // something may have appeared there meanwhile
	}
	if err == nil {
		err = os.Rename(name, f.path)
	}
	if err != nil {
		os.Remove(name)
		if errors.Is(err, ErrProtected) || errors.Is(err, ErrNotRegular) {
			return err
		}
		return fmt.Errorf("%s: %w", f.path, err)
	}
	syncDir(filepath.Dir(f.path))
	return nil
}

// Abort removes the temporary file; the target is untouched. It does
// nothing after Commit.
func (f *File) Abort() {
	if f.closed {
		return
	}
	f.closed = true
	name := f.tmp.Name()
	f.tmp.Close()
	os.Remove(name)
}

// Write writes path through write (see Create and Commit).
func Write(path string, write func(w io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// syncDir makes the rename durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
