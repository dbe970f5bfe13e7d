package library

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"sotay/internal/safefile"
)

// AutoBackupDir is the folder of a library's automatic backups: beside the
// library file, named after it ("sotay-backups" for sotay.db).
func AutoBackupDir(dbPath string) string {
	base := filepath.Base(dbPath)
	return filepath.Join(filepath.Dir(dbPath), strings.TrimSuffix(base, filepath.Ext(base))+"-backups")
}

// autoBackupPrefix starts every automatic backup's name; the date follows.
const autoBackupPrefix = "saoluu-"

// AutoBackups lists the automatic backups in dir, newest first.
func AutoBackups(dir string) []string {
	names, _ := filepath.Glob(filepath.Join(dir, autoBackupPrefix+"*.zip"))
	slices.Sort(names) // saoluu-2026-12-01.zip: by date
	slices.Reverse(names)
	return names
}

// AutoBackup writes today's automatic backup of the library into dir when
// the newest there is older than a day (or there is none), then keeps the
// newest keep backups and removes the rest; keep 0 writes nothing. It
// returns the file written ("" when none was due). The file is written
// whole or not at all (a full disk leaves no half backup under its name).
func (l *Library) AutoBackup(ctx context.Context, dir string, keep int, now time.Time, settings []byte) (string, error) {
	if keep <= 0 {
		return "", nil
	}
	if list := AutoBackups(dir); len(list) > 0 {
		if st, err := os.Stat(list[0]); err == nil && now.Sub(st.ModTime()) < 24*time.Hour {
			return "", nil
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, autoBackupPrefix+now.Format("2006-01-02")+".zip")
	f, err := safefile.Create(path)
	if err != nil {
		return "", err
	}
	if _, err := l.Backup(ctx, f, settings); err != nil {
		f.Abort()
		return "", err
	}
	if err := f.Commit(); err != nil {
		return "", err
	}
	list := AutoBackups(dir)
	for _, old := range list[min(keep, len(list)):] {
		os.Remove(old)
	}
	return path, nil
}
