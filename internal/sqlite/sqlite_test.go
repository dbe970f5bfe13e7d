package sqlite

import (
	"context"
	"errors"
	"path/filepath"
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
