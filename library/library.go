// Package library is Sổ tay's domain: the documents a cadre studies, their
// text, and the operations on them (import, listing, reading). It keeps
// everything in one SQLite file and never imports Fyne; the GUI and the CLI
// call only its exported API.
package library

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"sotay/internal/safefile"
	"sotay/internal/sqlite"
	"sotay/library/docread"
	"sotay/library/meeting"
	"sotay/library/quiz"
)

// appID marks Sổ tay's database files (PRAGMA application_id): "SoTy".
const appID int32 = 0x536f5479

//go:embed migrations/*.sql
var migrationFiles embed.FS

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int {
	entries, _ := fs.ReadDir(migrationFiles, "migrations")
	return len(entries)
}

// Library is an open library file. It is safe for concurrent use.
type Library struct {
	db       *sqlite.DB
	quiz     *quiz.Store
	meetings *meeting.Store
	gen      atomic.Int64 // bumped by every write; caches keyed by it go stale

	formsMu sync.Mutex
	forms   map[string]formCacheEntry // see disambiguate.go

	// release and releaseDirs end the protection of the library's files
	// and folders from exports (safefile).
	release, releaseDirs func()
}

// Quiz is the library's question banks, attempts and review schedule.
func (l *Library) Quiz() *quiz.Store { return l.quiz }

// changed records that the library's content changed.
func (l *Library) changed() { l.gen.Add(1) }

// OpenOptions says how Open treats a missing, damaged or read-only file.
type OpenOptions struct {
	// MustExist refuses to create a new library (ErrNoLibrary).
	MustExist bool
	// MakeDirs creates missing parent folders, as for the default location.
	MakeDirs bool
	// Write is for callers about to change the library: the file is
	// checked for damage first (ErrCorrupt) and a file that cannot be
	// written is refused (ErrReadOnly). Without it a read-only file opens
	// as a read-only library (see ReadOnly) and damage shows up where it is
	// read.
	Write bool
	// Verify checks the file for damage before anything is written
	// (ErrCorrupt), but, unlike Write, opens a read-only file: for the GUI,
	// which reads and writes in one session.
	Verify bool
}

// Open opens the library at path, creating it (empty) unless MustExist, and
// brings its schema up to date. Errors wrap ErrNoLibrary, ErrNotLibrary,
// ErrForeign, ErrCorrupt, ErrNewer, ErrReadOnly, ErrCannotOpen or ErrLocked;
// in every case the file is left as it was. A damaged file is never
// written to: its schema is not upgraded, and with Write it is refused.
func Open(ctx context.Context, path string, opt OpenOptions) (*Library, error) {
	if opt.MakeDirs {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("%s: %w: %v", path, ErrCannotOpen, err)
		}
	}
	migs, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	db, err := sqlite.Open(ctx, path, sqlite.Options{AppID: appID, Migrations: migs, MustExist: opt.MustExist,
		AllowReadOnly: !opt.Write, Verify: opt.Write || opt.Verify})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %w", ErrNoLibrary, err)
	}
	if err != nil {
		return nil, err
	}
	qs := quiz.NewStore(db, passages{db.Read})
	l := &Library{db: db, quiz: qs, meetings: meeting.NewStore(db, qs)}
	l.release = safefile.Protect(false, path, path+"-wal", path+"-shm", path+"-journal")
	l.releaseDirs = safefile.Protect(true, l.originalsDir(), filepath.Join(filepath.Dir(path), legacyOriginals))
	if err := l.ensureIndex(ctx); err != nil {
		l.Close()
		return nil, err
	}
	if err := l.ensureCitations(ctx); err != nil {
		l.Close()
		return nil, err
	}
	return l, nil
}

func init() { safefile.ProtectApplicationID(appID) }

// ReadOnly reports a library whose file cannot be written (its permissions,
// a read-only medium): reading, searching and quizzes work, but documents,
// banks and questions cannot be changed (ErrReadOnly) and the quiz history
// of this session is not kept.
func (l *Library) ReadOnly() bool { return l.db.ReadOnly }

// Path is the library file's path.
func (l *Library) Path() string { return l.db.Path }

// Created reports whether Open created this library (it was missing or empty).
func (l *Library) Created() bool { return l.db.Created }

// Close releases the library file.
func (l *Library) Close() error {
	err := l.db.Close()
	l.release()
	l.releaseDirs()
	return err
}

// IntegrityCheck runs SQLite's full integrity check and returns its report
// ("ok" when the file is sound).
func (l *Library) IntegrityCheck(ctx context.Context) (string, error) {
	var res string
	err := l.db.Read.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res)
	return res, sqlite.Classify(err)
}

// Version is Sổ tay's version; FyneApp.toml carries the same number.
const Version = "0.1.0"

// legacyOriginals is the folder of kept files that libraries made before
// 0.2 shared with every library in their folder; documents that name it
// still find their files there.
const legacyOriginals = "originals"

// originalsDir is the folder beside the library file where imported files
// are kept, named after the library ("sotay-originals" for sotay.db) so two
// libraries in one folder never share it; "" for an in-memory library.
func (l *Library) originalsDir() string {
	if l.db.Path == "" || l.db.Path == ":memory:" {
		return ""
	}
	return originalsDirOf(l.db.Path)
}

// originalsDirOf is the originals folder of the library file at path.
func originalsDirOf(path string) string {
	base := filepath.Base(path)
	return filepath.Join(filepath.Dir(path), strings.TrimSuffix(base, filepath.Ext(base))+"-originals")
}

// OriginalPath returns where a document's kept copy of its file is, or ""
// if there is none.
func (l *Library) OriginalPath(d Document) string {
	if d.Original == "" || l.originalsDir() == "" {
		return ""
	}
	return filepath.Join(filepath.Dir(l.db.Path), d.Original)
}

// OCRAvailable reports whether scanned pages can be read: tesseract on the
// PATH with Vietnamese.
func OCRAvailable() bool { return docread.OCRAvailable() }
