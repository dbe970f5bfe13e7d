package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// writable reports whether this process may open path for writing.
var writable = func(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return !(errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS))
	}
	f.Close()
	return true
}

// openSource opens path for reading only, without writing anything beside
// it: first as an ordinary read-only connection, then, where SQLite cannot
// read a WAL file that way (no -shm and a folder it may not write), as an
// immutable file.
func openSource(ctx context.Context, path string) (*sql.DB, error) {
	uri, err := FileURI(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrCannotOpen, err)
	}
	var last error
	for _, mode := range []string{"mode=ro", "mode=ro&immutable=1"} {
		db, err := sql.Open("sqlite3", uri+"?"+mode+"&_busy_timeout=5000")
		if err != nil {
			return nil, Classify(err)
		}
		db.SetMaxOpenConns(1)
		var n int
		if last = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); last == nil {
			return db, nil
		}
		db.Close()
	}
	return nil, fmt.Errorf("%s: %w", path, Classify(last))
}

// openCopy opens a file this process may not write as a working copy in
// the temporary folder: reading, searching and anything the program
// writes work as usual, and nothing reaches the file.
func openCopy(ctx context.Context, path string, opt Options) (*DB, error) {
	src, err := openSource(ctx, path)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	var appID int32
	if err := src.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return nil, fmt.Errorf("%s: %w", path, Classify(err))
	}
	if appID != opt.AppID {
		return nil, fmt.Errorf("%s: %w (application_id %d)", path, ErrForeign, appID)
	}
	tmp, err := os.CreateTemp("", "sotay-chi-doc-*.db")
	if err != nil {
		return nil, fmt.Errorf("%s: %w: working copy: %w", path, ErrReadOnly, err)
	}
	tmp.Close()
	if err := copyDatabase(ctx, src, tmp.Name()); err != nil {
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("%s: working copy: %w", path, err)
	}
	db, err := open(ctx, path, tmp.Name(), false, opt)
	if err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	db.ReadOnly, db.copyFile = true, tmp.Name()
	return db, nil
}

// Backup writes a consistent copy of the database to file (which must not
// be in use) with SQLite's online backup API, while others may keep
// writing; the copy includes what is still in the WAL.
func (db *DB) Backup(ctx context.Context, file string) error {
	return copyDatabase(ctx, db.Read, file)
}

// copyDatabase copies the main database of src into file, page by page.
func copyDatabase(ctx context.Context, src *sql.DB, file string) error {
	uri, err := FileURI(file)
	if err != nil {
		return err
	}
	dst, err := sql.Open("sqlite3", uri)
	if err != nil {
		return Classify(err)
	}
	defer dst.Close()
	dconn, err := dst.Conn(ctx)
	if err != nil {
		return Classify(err)
	}
	defer dconn.Close()
	sconn, err := src.Conn(ctx)
	if err != nil {
		return Classify(err)
	}
	defer sconn.Close()
	err = dconn.Raw(func(d any) error {
		return sconn.Raw(func(s any) error {
			b, err := d.(*sqlite3.SQLiteConn).Backup("main", s.(*sqlite3.SQLiteConn), "main")
			if err != nil {
				return err
			}
			for {
				done, err := b.Step(2048)
				if err == nil && !done {
					err = ctx.Err()
				}
				if err != nil {
					b.Finish()
					return err
				}
				if done {
					return b.Finish()
				}
			}
		})
	})
	return Classify(err)
}

// QuickCheck runs PRAGMA quick_check and returns at most limit problems it
// found (none: the file is sound). A file too damaged to check returns its
// error as the one problem.
func (db *DB) QuickCheck(ctx context.Context, limit int) ([]string, error) {
	conn := db.Write
	if db.Read != nil {
		conn = db.Read
	}
	rows, err := conn.QueryContext(ctx, fmt.Sprintf("PRAGMA quick_check(%d)", max(1, limit)))
	if err != nil {
		return damaged(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return damaged(err)
		}
		if s != "ok" {
			out = append(out, s)
		}
	}
	if err := rows.Err(); err != nil {
		return damaged(err)
	}
	return out, nil
}

// damaged turns an error met while checking into a problem when it says
// the file is damaged, and passes other errors on.
func damaged(err error) ([]string, error) {
	err = Classify(err)
	if errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNotDatabase) {
		return []string{err.Error()}, nil
	}
	return nil, err
}
