package library

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// WatchOptions say how Watch reports and how long a file must rest.
type WatchOptions struct {
	// Settle is how long a file must stay the same size and time before it
	// is read (default 1 s): a file still being copied is not imported
	// half.
	Settle time.Duration
	// OnResult, if set, is called (from Watch's goroutine) for every file
	// read: imported, a duplicate of a document already there, or failed.
	OnResult func(ImportResult)
}

// watchedExtensions are the files a watched folder imports.
var watchedExtensions = map[string]bool{".pdf": true, ".docx": true, ".html": true, ".htm": true, ".txt": true}

// watchable reports a file a watched folder imports: a document, not a
// temporary or hidden file (Word's "~$", partial downloads).
func watchable(path string) bool {
	base := filepath.Base(path)
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "~$") {
		return false
	}
	return watchedExtensions[strings.ToLower(filepath.Ext(base))]
}

// pendingFile is a file seen changing, waiting to settle.
type pendingFile struct {
	size    int64
	mod     time.Time
	changed time.Time // when size or time last differed
}

// Watch imports, until ctx ends, the PDF, DOCX, HTML and text files that
// appear or change in dirs and their subfolders (those already there too:
// a file already in the library is reported a duplicate). A file is read
// once it has stayed the same for opt.Settle, so a half-copied file is
// never imported. It returns ctx's error, or why the folders cannot be
// watched.
func (l *Library) Watch(ctx context.Context, dirs []string, opt WatchOptions) error {
	if opt.Settle <= 0 {
		opt.Settle = time.Second
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	pending := map[string]*pendingFile{}
	note := func(path string) {
		if !watchable(path) {
			return
		}
		if _, ok := pending[path]; !ok {
			pending[path] = &pendingFile{size: -1, changed: time.Now()}
		}
	}
	// add watches a folder and its subfolders and notes the files in them.
	add := func(dir string) error {
		return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // a folder that went away meanwhile
			}
			if d.IsDir() {
				if p != dir && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return w.Add(p)
			}
			note(p)
			return nil
		})
	}
	for _, d := range dirs {
		if err := add(d); err != nil {
			return err
		}
	}
	tick := time.NewTicker(max(opt.Settle/4, 50*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			_ = err // an overflow: the next changes are still seen
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					add(ev.Name)
					continue
				}
			}
			if ev.Has(fsnotify.Create) || ev.Has(fsnotify.Write) {
				note(ev.Name)
			}
		case now := <-tick.C:
			var ready []string
			for p, f := range pending {
				st, err := os.Stat(p)
				if err != nil {
					delete(pending, p) // gone (renamed away, deleted)
					continue
				}
				if st.Size() != f.size || !st.ModTime().Equal(f.mod) {
					f.size, f.mod, f.changed = st.Size(), st.ModTime(), now
					continue
				}
				if now.Sub(f.changed) >= opt.Settle {
					ready = append(ready, p)
					delete(pending, p)
				}
			}
			if len(ready) == 0 {
				continue
			}
			io := ImportOptions{}
			if opt.OnResult != nil {
				io.Progress = func(p ImportProgress) { opt.OnResult(p.Result) }
			}
			if _, err := l.Import(ctx, ready, io); err != nil {
				return err
			}
		}
	}
}
