package library

import (
	"archive/zip"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"sotay/internal/sqlite"
	"sotay/internal/ziplimit"
)

// ErrBadBackup means a file is not a backup Sổ tay made, or is damaged, or
// holds something a backup never does (a path outside its folders, a link,
// a bomb). Nothing was changed.
var ErrBadBackup = errors.New("not a usable Sổ tay backup")

// SettingsEntry is the name of the settings in a backup archive.
const SettingsEntry = "settings.json"

// Bounds of an archive RestoreBackup reads: a 35,000-document library with its
// originals is some 100,000 entries and a few gigabytes.
const (
	maxBackupEntries  = 300_000
	maxBackupInflated = 16 << 30
	// maxBackupRatio bounds how far an entry over 1 MB may inflate: kept
	// files (PDF, Word) are compressed already, a library file inflates
	// some 3–10×; a bomb, about 1,000×.
	maxBackupRatio  = 200
	maxSettingsSize = 1 << 20
)

// RestoreReport says what RestoreBackup brought back.
type RestoreReport struct {
	Documents int // documents of the restored library
	Originals int // kept files written into the originals folder
	// Aside is where the library that was replaced is kept ("" when there
	// was none).
	Aside string
	// Settings are the settings the backup held (nil when none).
	Settings []byte
}

// BackupSummary is what a backup holds, read before anything is restored.
type BackupSummary struct {
	Documents int
	Originals int
	Made      time.Time // when the library was copied
}

// backupArchive is a backup's entries, sorted by kind once checked.
type backupArchive struct {
	zr        *zip.ReadCloser
	lr        *ziplimit.Reader
	library   *zip.File
	settings  *zip.File
	originals []*zip.File
}

func badBackup(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadBackup, fmt.Sprintf(format, args...))
}

// openBackup opens the archive at name and checks every entry before any
// is read: safe relative names only (no "..", absolute paths, drive
// letters or backslashes), regular files, no name twice (ignoring case, as
// Windows does), one library file at the top, originals in a folder of
// their own, sizes within bounds.
func openBackup(name string) (*backupArchive, error) {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return nil, badBackup("%v", err)
	}
	a := &backupArchive{zr: zr}
	ok := false
	defer func() {
		if !ok {
			zr.Close()
		}
	}()
	if len(zr.File) > maxBackupEntries {
		return nil, badBackup("%d entries, more than %d", len(zr.File), maxBackupEntries)
	}
	if a.lr, err = ziplimit.Wrap(&zr.Reader, ziplimit.Limits{Total: maxBackupInflated, Ratio: maxBackupRatio}); err != nil {
		return nil, badBackup("%v", err)
	}
	seen := map[string]bool{}
	for _, f := range zr.File {
		n := f.Name
		if !safeEntryName(n) {
			return nil, badBackup("unsafe entry name %q", n)
		}
		if key := strings.ToLower(strings.TrimSuffix(n, "/")); seen[key] {
			return nil, badBackup("entry %q twice", n)
		} else {
			seen[key] = true
		}
		mode := f.Mode()
		if strings.HasSuffix(n, "/") && mode.IsDir() {
			continue
		}
		if !mode.IsRegular() {
			return nil, badBackup("entry %q is not a plain file (%v)", n, mode.Type())
		}
		switch dir, file := path.Split(n); {
		case dir == "" && file == SettingsEntry:
			a.settings = f
		case dir == "" && strings.HasSuffix(strings.ToLower(file), ".db"):
			if a.library != nil {
				return nil, badBackup("two library files, %q and %q", a.library.Name, n)
			}
			a.library = f
		case strings.Count(dir, "/") == 1 && (dir == legacyOriginals+"/" || strings.HasSuffix(dir, "-originals/")):
			a.originals = append(a.originals, f)
		default:
			return nil, badBackup("unexpected entry %q", n)
		}
	}
	if a.library == nil {
		return nil, badBackup("no library file")
	}
	ok = true
	return a, nil
}

// safeEntryName reports a relative name made of plain parts: nothing that
// climbs out ("..") or starts elsewhere ("/", "C:", "\\server").
func safeEntryName(n string) bool {
	if n == "" || strings.ContainsAny(n, "\\:\x00") || strings.HasPrefix(n, "/") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(n, "/"), "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
	}
	return true
}

func (a *backupArchive) close() { a.zr.Close() }

// extract writes entry f to target through a temporary file beside it, so
// that target is either absent or whole; the entry is cut at its declared
// size (headers can lie).
func (a *backupArchive) extract(ctx context.Context, f *zip.File, target string) error {
	rc, err := a.lr.Open(f)
	if err != nil {
		return badBackup("%s: %v", f.Name, err)
	}
	defer rc.Close()
	tmp, err := os.CreateTemp(filepath.Dir(target), ".restore-*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := io.Copy(tmp, ctxReader{ctx, rc}); err != nil {
		if errors.Is(err, zip.ErrChecksum) || errors.Is(err, ziplimit.ErrTooLarge) || errors.Is(err, io.ErrUnexpectedEOF) {
			return badBackup("%s: %v", f.Name, err)
		}
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	done = true
	return nil
}

// ctxReader stops a copy when its context is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// ReadBackup checks the backup at archive as RestoreBackup would, without
// restoring it, and says what it holds.
func ReadBackup(ctx context.Context, archive string) (BackupSummary, error) {
	a, err := openBackup(archive)
	if err != nil {
		return BackupSummary{}, err
	}
	defer a.close()
	work, err := os.MkdirTemp("", "sotay-restore-*")
	if err != nil {
		return BackupSummary{}, err
	}
	defer os.RemoveAll(work)
	copyPath := filepath.Join(work, "library.db")
	docs, err := a.checkedLibrary(ctx, copyPath)
	if err != nil {
		return BackupSummary{}, err
	}
	return BackupSummary{Documents: docs, Originals: len(a.originals), Made: a.library.Modified}, nil
}

// checkedLibrary extracts the backup's library to file and opens it as a
// library: an older one is brought up to date, a newer one refused
// (ErrNewer), a damaged one refused; it returns its document count.
func (a *backupArchive) checkedLibrary(ctx context.Context, file string) (int, error) {
	if err := a.extract(ctx, a.library, file); err != nil {
		return 0, err
	}
	l, err := Open(ctx, file, OpenOptions{Write: true, MustExist: true, Verify: true})
	if err != nil {
		if errors.Is(err, ErrNewer) || errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNotLibrary) || errors.Is(err, ErrForeign) {
			return 0, err
		}
		return 0, badBackup("%v", err)
	}
	defer l.Close()
	rep, err := l.Check(ctx)
	if err != nil {
		return 0, err
	}
	if len(rep.Problems) > 0 { // its kept files come after: not a problem yet
		return 0, fmt.Errorf("%w: %s", ErrCorrupt, strings.Join(rep.Problems, "; "))
	}
	return rep.Documents, nil
}

// RestoreBackup replaces the library at dbPath (which may not exist yet) with the
// one in the backup at archive. Everything is checked before anything is
// replaced: the archive's entries (see openBackup), and the library in it,
// opened from a copy beside dbPath (integrity, the search index, a format
// no newer than this program's). The originals are written into the
// originals folder (named by their content, so nothing there is
// overwritten). The current library, if any, is kept aside
// (sotay.db.before-restore-20261201-150405) and the restored one takes its
// place in one rename: a restore stopped at any point (kill -9) leaves the
// previous library at dbPath or, once replaced, beside it. The library
// must not be open (ErrLocked otherwise).
func RestoreBackup(ctx context.Context, archive, dbPath string) (RestoreReport, error) {
	var rep RestoreReport
	a, err := openBackup(archive)
	if err != nil {
		return rep, err
	}
	defer a.close()
	dir := filepath.Dir(dbPath)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return rep, err
	}
	var rnd [6]byte
	rand.Read(rnd[:])
	staged := filepath.Join(dir, ".restore-"+hex.EncodeToString(rnd[:])+".db")
	defer func() {
		for _, s := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(staged + s)
		}
	}()
	if rep.Documents, err = a.checkedLibrary(ctx, staged); err != nil {
		return rep, err
	}
	for _, f := range a.originals {
		target := filepath.Join(dir, filepath.FromSlash(f.Name))
		if st, err := os.Stat(target); err == nil && st.Size() == int64(f.UncompressedSize64) {
			continue // named by its content: the same file
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return rep, err
		}
		if err := a.extract(ctx, f, target); err != nil {
			return rep, err
		}
		rep.Originals++
	}
	if a.settings != nil && a.settings.UncompressedSize64 <= maxSettingsSize {
		if rep.Settings, err = a.lr.ReadFile(a.settings); err != nil {
			return rep, badBackup("%s: %v", SettingsEntry, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if _, err := os.Stat(dbPath); err == nil {
		aside, err := setAside(ctx, dbPath)
		if err != nil {
			return rep, err
		}
		rep.Aside = aside
	}
	if err := os.Rename(staged, dbPath); err != nil {
		return rep, err
	}
	syncDir(dir)
	return rep, nil
}

// setAside makes sure no one has the library at dbPath open, folds its
// write-ahead log into it, and links it under a new name beside it; the
// file itself stays at dbPath until the restored one replaces it.
func setAside(ctx context.Context, dbPath string) (string, error) {
	uri, err := sqlite.FileURI(dbPath)
	if err != nil {
		return "", err
	}
	db, err := sql.Open("sqlite3", uri+"?_busy_timeout=2000&_locking_mode=EXCLUSIVE")
	if err != nil {
		return "", sqlite.Classify(err)
	}
	// An exclusive write lock, kept until Close: another program that has
	// the library open (the app) holds it back.
	_, err = db.ExecContext(ctx, `BEGIN EXCLUSIVE; COMMIT; PRAGMA wal_checkpoint(TRUNCATE)`)
	cerr := db.Close()
	if err != nil {
		return "", sqlite.Classify(err)
	}
	if cerr != nil {
		return "", sqlite.Classify(cerr)
	}
	aside := dbPath + ".before-restore-" + time.Now().Format("20060102-150405")
	if err := os.Link(dbPath, aside); err != nil {
		// No hard links here (some USB sticks): a copy.
		if err := copyFileExcl(dbPath, aside); err != nil {
			return "", err
		}
	}
	for _, s := range []string{"-wal", "-shm"} {
		if err := os.Remove(dbPath + s); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	return aside, nil
}

// copyFileExcl copies from to a new file to (which must not exist), synced.
func copyFileExcl(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(to)
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		os.Remove(to)
		return err
	}
	return out.Close()
}

// syncDir makes a rename in dir durable (where the system allows it).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
