// Package sqlite opens Sổ tay's database file: one writer connection, a small
// read-only pool, WAL, foreign keys, a busy timeout, and numbered migrations
// tracked with PRAGMA user_version. It knows nothing about the schema itself:
// callers pass their migrations in.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// Errors callers act on. Open and Classify wrap driver errors with these so
// that errors.Is works without importing the driver.
var (
	// ErrNotDatabase means the file exists but is not an SQLite database.
	ErrNotDatabase = errors.New("not an sqlite database")
	// ErrCorrupt means the file is an SQLite database whose pages are damaged.
	ErrCorrupt = errors.New("database is corrupt")
	// ErrForeign means the file is an SQLite database made by another program.
	ErrForeign = errors.New("database belongs to another program")
	// ErrNewer means the schema was written by a newer version of the program.
	ErrNewer = errors.New("database made by a newer version")
	// ErrReadOnly means the database or its folder cannot be written.
	ErrReadOnly = errors.New("database is read-only")
	// ErrCannotOpen means the file could not be opened or created at all.
	ErrCannotOpen = errors.New("cannot open database file")
	// ErrLocked means another process held the database longer than the busy timeout.
	ErrLocked = errors.New("database is locked")
	// ErrDiskFull means the disk holding the database (or its temporary
	// files) is full; the transaction was rolled back.
	ErrDiskFull = errors.New("disk full")
)

// Options says how to open a database.
type Options struct {
	// AppID is stored in PRAGMA application_id and checked on open, so that
	// another program's SQLite file is refused instead of being migrated.
	AppID int32
	// Migrations holds files named NNN_description.sql (NNN from 1, no gaps).
	Migrations fs.FS
	// MustExist refuses to create a missing file (fs.ErrNotExist is returned).
	MustExist bool
	// ReadConns is the size of the read pool; 0 means one per CPU (at least 2).
	ReadConns int
	// AllowReadOnly opens a file that cannot be written as a read-only
	// working copy instead of failing with ErrReadOnly.
	AllowReadOnly bool
	// Verify runs PRAGMA quick_check before anything is written and refuses
	// a damaged file with ErrCorrupt. Pending migrations always verify.
	Verify bool
}

// DB is an open database: Write has exactly one connection (SQLite allows one
// writer at a time, so a single connection avoids busy errors between our
// own goroutines); Read is a pool of query-only connections.
type DB struct {
	Write *sql.DB
	Read  *sql.DB
	// Path is the file's path as given to Open.
	Path string
	// Created is true when Open created the file (or found it empty).
	Created bool
	// ReadOnly is true when Path could not be written and Write and Read
	// work on a temporary copy of it: what is written is lost at Close.
	ReadOnly bool
	// copyFile is that temporary copy, removed by Close.
	copyFile string
}

// sqliteHeader is the first 16 bytes of every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Open opens (or creates) the database at path, checks it belongs to this
// application, and applies pending migrations, each in its own transaction.
// A file this process may not write (permissions, a read-only medium) is
// opened as a read-only working copy when opt.AllowReadOnly is set (see
// DB.ReadOnly); otherwise ErrReadOnly is returned.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	created, err := checkFile(path, opt.MustExist)
	if err != nil {
		return nil, err
	}
	readOnly := !created && !writable(path)
	if !readOnly {
		db, err := open(ctx, path, path, created, opt)
		if err == nil || created || !(errors.Is(err, ErrReadOnly) || errors.Is(err, ErrCannotOpen)) {
			return db, err
		}
		readOnly = true // the folder refuses the -wal and -shm files
	}
	if !opt.AllowReadOnly {
		return nil, fmt.Errorf("%s: %w", path, ErrReadOnly)
	}
	return openCopy(ctx, path, opt)
}

// open opens the database file at file (path for messages); see Open.
func open(ctx context.Context, path, file string, created bool, opt Options) (*DB, error) {
	// WAL is switched on in prepare, after the file was found to be ours:
	// switching rewrites the header, and another program's file must stay
	// untouched. The mode persists in the file, so readers need no pragma.
	params := "_busy_timeout=5000&_foreign_keys=1&_synchronous=NORMAL"
	uri, err := FileURI(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrCannotOpen, err)
	}
	w, err := sql.Open("sqlite3", uri+"?"+params+"&_txlock=immediate")
	if err != nil {
		return nil, Classify(err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	db := &DB{Write: w, Path: path, Created: created}
	// Two programs opening one new file at once: SQLite answers "locked"
	// at once, without its busy timeout, to some of the first reads while
	// the other switches the file to WAL. Try again a few times.
	// A lock held for longer (another program importing) has already been
	// waited for by the busy timeout and is not tried again.
	for try := 0; ; try++ {
		start := time.Now()
		err = db.prepare(ctx, opt)
		if err == nil || !errors.Is(err, ErrLocked) || time.Since(start) > time.Second || try == 20 || ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration(10+try*10) * time.Millisecond)
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite3", uri+"?"+params+"&_query_only=1")
	if err != nil {
		w.Close()
		return nil, Classify(err)
	}
	n := opt.ReadConns
	if n <= 0 {
		n = max(2, runtime.NumCPU())
	}
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db.Read = r
	return db, nil
}

// FileURI turns a file path into an SQLite URI: absolute, with the
// characters that URIs give a meaning (%, ?, #) escaped, so that text the
// user typed as a path is never read as URI parameters.
func FileURI(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	var b strings.Builder
	b.WriteString("file://")
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '%', '?', '#':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// checkFile refuses files that are plainly not SQLite before the driver sees
// them, and reports whether the file is new.
func checkFile(path string, mustExist bool) (created bool, err error) {
	f, err := os.Open(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if mustExist {
			return false, fmt.Errorf("%s: %w", path, fs.ErrNotExist)
		}
		return true, nil
	case err != nil:
		return false, fmt.Errorf("%s: %w: %v", path, ErrCannotOpen, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return false, fmt.Errorf("%s: %w: is a directory", path, ErrCannotOpen)
	}
	head := make([]byte, len(sqliteHeader))
	n, err := io.ReadFull(f, head)
	if n == 0 && (err == io.EOF || err == nil) {
		if mustExist {
			// Only a command that may create a library makes an empty
			// file one; to the others it is a library that lost its
			// content.
			return false, fmt.Errorf("%s: %w: the file is empty", path, ErrCorrupt)
		}
		return true, nil // an empty file is an empty database to SQLite
	}
	if n < len(head) || !bytes.Equal(head, sqliteHeader) {
		return false, fmt.Errorf("%s: %w", path, ErrNotDatabase)
	}
	return false, nil
}

func (db *DB) prepare(ctx context.Context, opt Options) error {
	// One statement, so one snapshot: another program may be creating the
	// same new file, and its tables must not be seen without its id.
	var appID int32
	var version, tables int
	err := db.Write.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables)
	if err != nil {
		return fmt.Errorf("%s: %w", db.Path, Classify(err))
	}
	if appID != opt.AppID && (appID != 0 || tables > 0) {
		return fmt.Errorf("%s: %w (application_id %d)", db.Path, ErrForeign, appID)
	}
	migs, err := loadMigrations(opt.Migrations)
	if err != nil {
		return err
	}
	if version > len(migs) {
		return fmt.Errorf("%s: %w (schema %d, this program knows %d)", db.Path, ErrNewer, version, len(migs))
	}
	if !db.Created && (opt.Verify || version < len(migs)) {
		if problems, err := db.QuickCheck(ctx, 1); err != nil {
			return fmt.Errorf("%s: %w", db.Path, err)
		} else if len(problems) > 0 {
			return fmt.Errorf("%s: %w: %s", db.Path, ErrCorrupt, problems[0])
		}
	}
	var mode string
	if err := db.Write.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("%s: %w", db.Path, Classify(err))
	}
	for i := version; i < len(migs); i++ {
		if err := db.migrate(ctx, i+1, migs[i], opt.AppID); err != nil {
			return err
		}
	}
	if mode != "wal" {
		// A file that could not switch to WAL is on a read-only medium or a
		// filesystem without shared memory; say so rather than run slowly.
		return fmt.Errorf("%s: %w (journal_mode %s)", db.Path, ErrReadOnly, mode)
	}
	return nil
}

func (db *DB) migrate(ctx context.Context, n int, m migration, appID int32) error {
	// The transaction takes the write lock first (BEGIN IMMEDIATE); another
	// program opening the same new library may have applied the migration
	// since user_version was read, so read it again under the lock.
	err := db.Tx(ctx, func(tx *sql.Tx) error {
		var version int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
			return err
		}
		if version >= n {
			return nil
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "PRAGMA application_id = "+strconv.Itoa(int(appID))); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(n))
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: migration %s: %w", db.Path, m.name, err)
	}
	return nil
}

// Tx runs fn in a write transaction on the writer connection, committing if
// fn returns nil and rolling back otherwise (also on panic). On a read-only
// file it returns ErrReadOnly and runs nothing.
func (db *DB) Tx(ctx context.Context, fn func(*sql.Tx) error) error {
	if db.ReadOnly {
		return fmt.Errorf("%s: %w", db.Path, ErrReadOnly)
	}
	return db.LocalTx(ctx, fn)
}

// LocalTx is Tx for what may stay on this PC for this session only when
// the file is read-only (quiz attempts, the review schedule, a rebuilt
// index): there it writes to the working copy, which Close discards.
func (db *DB) LocalTx(ctx context.Context, fn func(*sql.Tx) error) (err error) {
	tx, err := db.Write.BeginTx(ctx, nil)
	if err != nil {
		return Classify(err)
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	if err = fn(tx); err != nil {
		return Classify(err)
	}
	return Classify(tx.Commit())
}

// Close closes both pools, checkpointing the WAL (and removes the working
// copy of a read-only file).
func (db *DB) Close() error {
	var errs []error
	if db.Read != nil {
		errs = append(errs, db.Read.Close())
	}
	if db.Write != nil {
		errs = append(errs, db.Write.Close())
	}
	if db.copyFile != "" {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(db.copyFile + suffix)
		}
	}
	return errors.Join(errs...)
}

type migration struct {
	name string
	sql  string
}

var migrationName = regexp.MustCompile(`^(\d{3})_[a-z0-9_]+\.sql$`)

func loadMigrations(fsys fs.FS) ([]migration, error) {
	if fsys == nil {
		return nil, nil
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var migs []migration
	for _, e := range entries {
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		body, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		migs = append(migs, migration{name: e.Name(), sql: string(body)})
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].name < migs[j].name })
	for i, m := range migs {
		if want := fmt.Sprintf("%03d_", i+1); !strings.HasPrefix(path.Base(m.name), want) {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return migs, nil
}

// Classify wraps a driver error with the matching sentinel error of this
// package, keeping the original text. Other errors pass through unchanged.
func Classify(err error) error {
	if err == nil {
		return nil
	}
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	var sentinel error
	switch se.Code {
	case sqlite3.ErrNotADB:
		sentinel = ErrNotDatabase
	case sqlite3.ErrCorrupt:
		sentinel = ErrCorrupt
	case sqlite3.ErrReadonly:
		sentinel = ErrReadOnly
	case sqlite3.ErrCantOpen, sqlite3.ErrPerm:
		sentinel = ErrCannotOpen
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		sentinel = ErrLocked
	case sqlite3.ErrFull:
		sentinel = ErrDiskFull
	case sqlite3.ErrInterrupt:
		sentinel = context.Canceled // a statement stopped because its context was
	default:
		return err
	}
	if errors.Is(err, sentinel) {
		return err
	}
	return fmt.Errorf("%w: %w", sentinel, err)
}
