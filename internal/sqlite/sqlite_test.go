package sqlite

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestMigrationsApplyInOrderOnce(t *testing.T) {
	migs := fstest.MapFS{
		"001_start.sql": {Data: []byte("CREATE TABLE a (x INTEGER);")},
		"002_more.sql":  {Data: []byte("ALTER TABLE a ADD COLUMN y TEXT; INSERT INTO a VALUES (1, 'một');")},
		"README.md":     {Data: []byte("not a migration")},
	}
	path := filepath.Join(t.TempDir(), "t.db")
	opt := Options{AppID: 42, Migrations: migs}
	for range 2 { // the second open must find nothing to do
		db, err := Open(context.Background(), path, opt)
		if err != nil {
			t.Fatal(err)
		}
		var n, version int
		db.Read.QueryRow("SELECT count(*) FROM a").Scan(&n)
		db.Read.QueryRow("PRAGMA user_version").Scan(&version)
		db.Close()
		if n != 1 || version != 2 {
			t.Fatalf("rows %d, user_version %d; want 1 and 2", n, version)
		}
	}
}

func TestBrokenMigrationLeavesNoTrace(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	good := fstest.MapFS{"001_start.sql": {Data: []byte("CREATE TABLE a (x INTEGER);")}}
	db, err := Open(context.Background(), path, Options{AppID: 42, Migrations: good})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	bad := fstest.MapFS{
		"001_start.sql": good["001_start.sql"],
		"002_bad.sql":   {Data: []byte("CREATE TABLE b (y INTEGER); THIS IS NOT SQL;")},
	}
	if _, err := Open(context.Background(), path, Options{AppID: 42, Migrations: bad}); err == nil {
		t.Fatal("a broken migration was accepted")
	}
	db, err = Open(context.Background(), path, Options{AppID: 42, Migrations: good})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version, tables int
	db.Read.QueryRow("PRAGMA user_version").Scan(&version)
	db.Read.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").Scan(&tables)
	if version != 1 || tables != 0 {
		t.Errorf("after a failed migration: user_version %d, table b present %d; want 1 and 0", version, tables)
	}
}

func TestMigrationNumbersMustNotSkip(t *testing.T) {
	migs := fstest.MapFS{
		"001_start.sql": {Data: []byte("SELECT 1;")},
		"003_gap.sql":   {Data: []byte("SELECT 1;")},
	}
	_, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), Options{Migrations: migs})
	if err == nil {
		t.Fatal("a gap in migration numbers was accepted")
	}
}

func TestClassifyLeavesOtherErrorsAlone(t *testing.T) {
	plain := errors.New("plain")
	if Classify(plain) != plain || Classify(nil) != nil {
		t.Fatal("Classify changed a non-driver error")
	}
}

func TestTwoOpenersOfOneNewFile(t *testing.T) {
	migs := fstest.MapFS{
		"001_init.sql": {Data: []byte("CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT); CREATE INDEX documents_title ON documents(title);")},
		"002_more.sql": {Data: []byte("CREATE TABLE pages (id INTEGER PRIMARY KEY, document_id INTEGER);")},
	}
	for trial := range 10 {
		path := filepath.Join(t.TempDir(), "new.db")
		errs := make(chan error, 2)
		for range 2 {
			go func() {
				db, err := Open(context.Background(), path, Options{AppID: 42, Migrations: migs})
				if err == nil {
					db.Close()
				}
				errs <- err
			}()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatalf("trial %d: %v", trial, err)
			}
		}
	}
}

func TestPathsAreNeverURIs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, name := range []string{"q/y?_journal_mode=DELETE", "a#b.db", "100%.db", "file:z.db"} {
		if d := filepath.Dir(name); d != "." {
			os.MkdirAll(filepath.Join(dir, d), 0o755)
		}
		db, err := Open(context.Background(), name, Options{AppID: 42})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var mode string
		db.Read.QueryRow("PRAGMA journal_mode").Scan(&mode)
		db.Close()
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil || mode != "wal" {
			t.Errorf("%s: file %v, journal_mode %s; want the file by that name, in WAL", name, err, mode)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "q", "y")); err == nil {
		t.Error("q/y was created: the ? was read as URI parameters")
	}
}

func TestReadOnlyFileOpensAsWorkingCopy(t *testing.T) {
	migs := fstest.MapFS{"001_start.sql": {Data: []byte("CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);")}}
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := Open(context.Background(), path, Options{AppID: 42, Migrations: migs})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)
	defer func(w func(string) bool) { writable = w }(writable)
	writable = func(string) bool { return false } // as for a file on a read-only medium

	if _, err := Open(context.Background(), path, Options{AppID: 42, Migrations: migs}); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("without AllowReadOnly: %v", err)
	}
	more := fstest.MapFS{"001_start.sql": migs["001_start.sql"], "002_b.sql": {Data: []byte("CREATE TABLE b (y INTEGER);")}}
	db, err = Open(context.Background(), path, Options{AppID: 42, Migrations: more, AllowReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if !db.ReadOnly || db.Path != path {
		t.Fatalf("ReadOnly %v, Path %s", db.ReadOnly, db.Path)
	}
	var n int
	db.Read.QueryRow("SELECT count(*) FROM a").Scan(&n)
	if _, err := db.Write.Exec("INSERT INTO b VALUES (7)"); err != nil || n != 1 {
		t.Fatalf("working copy: %d rows, insert %v", n, err)
	}
	copyFile := db.copyFile
	db.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the read-only file changed")
	}
	if _, err := os.Stat(copyFile); err == nil {
		t.Fatal("the working copy was left behind")
	}
}

func TestDamagedFileIsNeverMigrated(t *testing.T) {
	migs := fstest.MapFS{"001_start.sql": {Data: []byte("CREATE TABLE a (x TEXT); CREATE INDEX ax ON a(x);")}}
	path := filepath.Join(t.TempDir(), "t.db")
	db, err := Open(context.Background(), path, Options{AppID: 42, Migrations: migs})
	if err != nil {
		t.Fatal(err)
	}
	tx, _ := db.Write.Begin()
	for i := range 3000 {
		tx.Exec("INSERT INTO a VALUES (?)", strings.Repeat("chi bộ ", 20)+strconv.Itoa(i))
	}
	tx.Commit()
	db.Close()
	data, _ := os.ReadFile(path)
	for _, page := range []int{20, 60, 100} { // pages of the table and its index
		copy(data[page*4096:(page+1)*4096], bytes.Repeat([]byte{0x5a}, 4096))
	}
	os.WriteFile(path, data, 0o644)
	more := fstest.MapFS{"001_start.sql": migs["001_start.sql"], "002_b.sql": {Data: []byte("CREATE TABLE b (y INTEGER);")}}
	for _, opt := range []Options{{AppID: 42, Migrations: migs, Verify: true}, {AppID: 42, Migrations: more}} {
		if _, err := Open(context.Background(), path, opt); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("damaged file opened: %v", err)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(data, after) {
			t.Fatal("the damaged file was written to")
		}
	}
}
