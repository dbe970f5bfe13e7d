package library

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sotay/library/docread"
	"strings"
	"sync"
)

// collect expands paths into the files to read, in a stable order: the
// arguments as given, folders walked in lexical order. Symbolic links are
// followed, each folder visited once (so a link to a parent cannot loop)
// and each file read once. Paths that yield nothing become failed items
// so the user hears about them.
func collect(paths []string) []*importItem {
	var items []*importItem
	seenDirs := map[string]bool{}
	seenFiles := map[string]bool{}
	addFile := func(path string) {
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			real = path
		}
		if !seenFiles[real] {
			seenFiles[real] = true
			items = append(items, &importItem{path: path}) // its content decides
		}
	}
	var walk func(dir string)
	walk = func(dir string) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			items = append(items, failed(dir, fmt.Errorf("%s: %w", dir, err)))
			return
		}
		if seenDirs[real] {
			return
		}
		seenDirs[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			items = append(items, failed(dir, fmt.Errorf("%s: %w", dir, err)))
		}
		for _, d := range entries {
			name := d.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			path := filepath.Join(dir, name)
			mode := d.Type()
			if mode&fs.ModeSymlink != 0 {
				st, err := os.Stat(path)
				if err != nil {
					items = append(items, failed(path, fmt.Errorf("%s: %w", path, err)))
					continue
				}
				mode = st.Mode().Type()
			}
			switch {
			case mode.IsDir():
				walk(path)
			case mode.IsRegular():
				ext := strings.ToLower(filepath.Ext(name))
				switch {
				case docread.Extensions[ext]:
					addFile(path)
				case refusedExtensions[ext]:
					items = append(items, failed(path, fmt.Errorf("%s: %w", path, ErrUnsupported)))
				}
			}
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			items = append(items, failed(p, fmt.Errorf("%s: %w", p, err)))
			continue
		}
		if !st.IsDir() {
			addFile(p)
			continue
		}
		n := len(items)
		walk(p)
		if len(items) == n {
			items = append(items, failed(p, fmt.Errorf("%s: no documents: %w", p, ErrEmpty)))
		}
	}
	return items
}

// budget is a counting semaphore of bytes.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	avail int64
}

func newBudget(n int64) *budget {
	b := &budget{avail: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes are free and takes them; it gives up (false)
// when ctx is done.
func (b *budget) acquire(ctx context.Context, n int64) bool {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.avail < n {
		if ctx.Err() != nil {
			return false
		}
		b.cond.Wait()
	}
	b.avail -= n
	return true
}

func (b *budget) release(n int64) {
	b.mu.Lock()
	b.avail += n
	b.cond.Broadcast()
	b.mu.Unlock()
}

// keepOriginal copies a file into the library's originals folder, named by
// its content (so a file imported twice is kept once), and returns the
// name relative to the library's folder.
func keepOriginal(dir, hash, ext string, data []byte) (string, error) {
	name := hash[:20] + ext
	rel := filepath.Join(filepath.Base(dir), name)
	path := filepath.Join(dir, name)
	if fileHashIs(path, hash) {
		return rel, nil // kept before, and still whole
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, ".import-*")
	if err != nil {
		return "", err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return "", errors.Join(werr, cerr)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return rel, nil
}

// fileHashIs reports whether the file at path exists and its SHA-256 is
// hash (hex), so that an empty or damaged copy is never trusted.
func fileHashIs(path, hash string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false
	}
	return hex.EncodeToString(h.Sum(nil)) == hash
}
