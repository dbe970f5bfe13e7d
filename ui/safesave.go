package ui

import (
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"

	"sotay/internal/safefile"
)

// fileRepository is what Fyne's own file:// repository provides; the safe
// one passes everything but writing through to it.
type fileRepository interface {
	repository.Repository
	repository.WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// safeRepository is the file:// repository with writers that go through
// safefile: Fyne's own truncates the chosen file the moment the save
// dialog closes, so choosing the open library as the target emptied it
// before any code of ours ran.
type safeRepository struct{ fileRepository }

// installSafeSave replaces the file:// repository the driver registered
// (once; calling it again changes nothing).
func installSafeSave() {
	base, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := base.(*safeRepository); done {
		return
	}
	if full, ok := base.(fileRepository); ok {
		repository.Register("file", &safeRepository{full})
	}
}

// Reader opens u and remembers its folder for the next file dialog.
func (r *safeRepository) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	rc, err := r.fileRepository.Reader(u)
	if err == nil {
		rememberFolder(u.Path())
	}
	return rc, err
}

// Writer starts a safe write: nothing at the path changes until Close.
func (r *safeRepository) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	rememberFolder(u.Path())
	f, err := safefile.Create(u.Path())
	if err != nil {
		return nil, &savePathError{path: u.Path(), err: err}
	}
	return &safeWriter{f: f, uri: u}, nil
}

// savePathError keeps the chosen path with a refusal, for the message.
type savePathError struct {
	path string
	err  error
}

func (e *savePathError) Error() string { return e.err.Error() }
func (e *savePathError) Unwrap() error { return e.err }

// safeWriter is a fyne.URIWriteCloser over a safefile.File: Close renames
// the finished file into place, unless a write failed or abort was called.
type safeWriter struct {
	f      *safefile.File
	uri    fyne.URI
	failed error
}

func (w *safeWriter) URI() fyne.URI { return w.uri }

func (w *safeWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil && w.failed == nil {
		w.failed = err
	}
	return n, err
}

func (w *safeWriter) Close() error {
	if w.failed != nil {
		w.f.Abort()
		return w.failed
	}
	return w.f.Commit()
}

// abortWrite ends a write whose content is not whole: the target keeps
// what it had.
func abortWrite(wc fyne.URIWriteCloser) {
	if w, ok := wc.(*safeWriter); ok {
		w.f.Abort()
		return
	}
	wc.Close()
}

// saveAs asks where to save a file named name and writes it with write
// off the UI goroutine; done then runs on the UI goroutine. Cancelling the
// dialog writes nothing; every failure, a refused target included, is
// shown to the user.
func (s *Shell) saveAs(name string, write func(io.Writer) error, done func(path string)) {
	s.chooseFile(chooseSave, nil, suggestedName(name), func(path string) {
		wc, err := storage.Writer(storage.NewFileURI(path))
		s.saveTo(wc, err, write, done)
	})
}

// suggestedName is name made valid on Windows and Linux, its extension
// kept: a bank's name holds "/" and ":" ("Câu hỏi: Nghị quyết số
// 15-NQ/QU"), and such a name once closed the dialog without a file.
func suggestedName(name string) string {
	ext := filepath.Ext(name)
	if len(ext) > 6 || strings.ContainsAny(ext, ` /\:`) {
		ext = ""
	}
	return safefile.Name(strings.TrimSuffix(name, ext), ext)
}

// saveTo is what saveAs does once the dialog closed with wc (nil when
// cancelled) or err.
func (s *Shell) saveTo(wc fyne.URIWriteCloser, err error, write func(io.Writer) error, done func(path string)) {
	if err != nil {
		path := ""
		var pe *savePathError
		if errors.As(err, &pe) {
			path = pe.path
		}
		s.showError(err, path)
		return
	}
	if wc == nil {
		return // cancelled: nothing to write, nothing to say
	}
	path := wc.URI().Path()
	async(func() (struct{}, error) {
		if err := write(wc); err != nil {
			abortWrite(wc)
			return struct{}{}, err
		}
		return struct{}{}, wc.Close()
	}, func(_ struct{}, err error) {
		if err != nil {
			s.showError(err, path)
			return
		}
		done(path)
	})
}
