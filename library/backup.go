package library

import (
	"archive/zip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"sotay/internal/sqlite"
)

// BackupReport says what Backup wrote.
type BackupReport struct {
	Documents, Originals int
	// Missing counts kept originals the library names but the disk no
	// longer has.
	Missing int
}

// Backup writes the whole library to w as a zip archive: a consistent copy
// of the library file made with SQLite's online backup API (so the app may
// keep running and writing) under the library's own file name, and every
// kept original under the folder name the library records for it.
// Unzipping the archive into an empty folder gives a library that opens
// as it was. Nothing is held in memory beyond one file's buffer.
//
// settings, when not nil, are written beside the library as SettingsEntry
// (the app's preferences file), for a restore on a new PC.
func (l *Library) Backup(ctx context.Context, w io.Writer, settings []byte) (BackupReport, error) {
	var rep BackupReport
	// The copy lives in a folder of its own: SQLite may leave -wal and
	// -shm files beside it, which a lone os.Remove left in the temp folder.
	work, err := os.MkdirTemp("", "sotay-backup-*")
	if err != nil {
		return rep, err
	}
	defer os.RemoveAll(work)
	copyPath := filepath.Join(work, "library.db")
	if err := l.db.Backup(ctx, copyPath); err != nil {
		return rep, err
	}
	// The originals the copy names are the ones to keep, read from the
	// copy so that the list matches the database in the archive.
	originals, docs, err := originalsIn(ctx, copyPath)
	if err != nil {
		return rep, err
	}
	rep.Documents = docs
	zw := zip.NewWriter(w)
	now := time.Now()
	if err := addFile(zw, filepath.Base(l.Path()), copyPath, now); err != nil {
		return rep, err
	}
	if settings != nil {
		sw, err := zw.CreateHeader(&zip.FileHeader{Name: SettingsEntry, Method: zip.Deflate, Modified: now})
		if err == nil {
			_, err = sw.Write(settings)
		}
		if err != nil {
			return rep, err
		}
	}
	dir := filepath.Dir(l.Path())
	for _, rel := range originals {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		err := addFile(zw, filepath.ToSlash(rel), filepath.Join(dir, rel), now)
		switch {
		case os.IsNotExist(err):
			rep.Missing++
		case err != nil:
			return rep, err
		default:
			rep.Originals++
		}
	}
	return rep, zw.Close()
}

// originalsIn lists the distinct originals a library file names, and
// counts its documents.
func originalsIn(ctx context.Context, file string) ([]string, int, error) {
	uri, err := sqlite.FileURI(file)
	if err != nil {
		return nil, 0, err
	}
	db, err := sql.Open("sqlite3", uri+"?mode=ro")
	if err != nil {
		return nil, 0, sqlite.Classify(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return nil, 0, sqlite.Classify(err)
	}
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT original FROM documents WHERE original <> '' ORDER BY original`)
	if err != nil {
		return nil, 0, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, 0, sqlite.Classify(err)
		}
		out = append(out, s)
	}
	return out, n, sqlite.Classify(rows.Err())
}

// addFile copies the file at path into the archive as name.
func addFile(zw *zip.Writer, name, path string, mod time.Time) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mod})
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, f); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
