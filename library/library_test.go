package library

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"sotay/assets"
)

func openTemp(t *testing.T) *Library {
	t.Helper()
	lib, err := Open(context.Background(), filepath.Join(t.TempDir(), "sotay.db"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// rawExec runs SQL on a library file with a plain connection, as another
// program (or an older/newer Sổ tay) would.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestOpenCreatesSchemaAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sotay.db")
	ctx := context.Background()
	lib, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !lib.Created() {
		t.Error("a new file should report Created")
	}
	lib.Close()
	lib, err = Open(ctx, path, OpenOptions{MustExist: true})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer lib.Close()
	if lib.Created() {
		t.Error("an existing library should not report Created")
	}
	var version, app int
	lib.db.Read.QueryRow("PRAGMA user_version").Scan(&version)
	lib.db.Read.QueryRow("PRAGMA application_id").Scan(&app)
	if version != SchemaVersion() || int32(app) != appID {
		t.Errorf("user_version %d application_id %x, want %d %x", version, app, SchemaVersion(), appID)
	}
	var mode string
	lib.db.Write.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal_mode = %s, want wal", mode)
	}
}

func TestOpenRefusesBadFilesAndLeavesThemAlone(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	rawExec(t, newer, "CREATE TABLE documents (id INTEGER)", fmt.Sprintf("PRAGMA application_id = %d", appID), "PRAGMA user_version = 99")
	foreign := filepath.Join(dir, "other-program.db")
	rawExec(t, foreign, "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Nguyễn Văn A')")
	garbage := filepath.Join(dir, "ghi-chu.db")
	os.WriteFile(garbage, bytes.Repeat([]byte("không phải SQLite "), 200), 0o644)
	corrupt := filepath.Join(dir, "corrupt.db")
	makeCorrupt(t, corrupt)

	tests := []struct {
		name string
		path string
		opt  OpenOptions
		want error
		code string
	}{
		{"made by a newer version", newer, OpenOptions{}, ErrNewer, "db_newer"},
		{"another program's database", foreign, OpenOptions{}, ErrForeign, "db_foreign"},
		{"not a database at all", garbage, OpenOptions{}, ErrNotLibrary, "db_not_library"},
		{"damaged schema page", corrupt, OpenOptions{}, ErrCorrupt, "db_corrupt"},
		{"missing when it must exist", filepath.Join(dir, "missing.db"), OpenOptions{MustExist: true}, ErrNoLibrary, "no_library"},
		{"a folder instead of a file", dir, OpenOptions{}, ErrCannotOpen, "db_cannot_open"},
		{"a place nobody can write", "/proc/sotay-test/sotay.db", OpenOptions{}, ErrCannotOpen, "db_cannot_open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(tt.path)
			lib, err := Open(context.Background(), tt.path, tt.opt)
			if err == nil {
				lib.Close()
				t.Fatal("opened without error")
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if got := Code(err); got != tt.code {
				t.Errorf("Code = %q, want %q", got, tt.code)
			}
			after, _ := os.ReadFile(tt.path)
			if !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
		})
	}
}

// makeCorrupt writes a library whose first page (the schema) is damaged.
func makeCorrupt(t *testing.T, path string) {
	t.Helper()
	lib, err := Open(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.AddSamples(context.Background(), assets.Samples()); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 100; i < 4096 && i < len(data); i++ {
		data[i] = 0xA5
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(path + "-wal")
	os.Remove(path + "-shm")
}

func TestOpenReportsLockedLibrary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sotay.db")
	lib, err := Open(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Close()
	holder, err := sql.Open("sqlite3", path+"?_locking_mode=EXCLUSIVE")
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	holder.SetMaxOpenConns(1)
	tx, err := holder.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("INSERT INTO collections (name) VALUES ('giữ khoá')"); err != nil {
		t.Fatal(err)
	}
	_, err = Open(context.Background(), path, OpenOptions{})
	if !errors.Is(err, ErrLocked) || Code(err) != "db_locked" {
		t.Fatalf("err = %v (code %s), want ErrLocked", err, Code(err))
	}
}

func TestSamplesAreAddedOnceWithMetadataAndPages(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	n, err := lib.AddSamples(ctx, assets.Samples())
	if err != nil || n < 6 {
		t.Fatalf("AddSamples = %d, %v; want at least 6", n, err)
	}
	if again, err := lib.AddSamples(ctx, assets.Samples()); err != nil || again != 0 {
		t.Errorf("second AddSamples = %d, %v; want 0", again, err)
	}
	docs, err := lib.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var nq Document
	kinds := map[string]bool{}
	for _, d := range docs {
		kinds[d.Kind] = true
		if d.Number == "15-NQ/QU" {
			nq = d
		}
	}
	for _, k := range []string{"Nghị quyết", "Báo cáo", "Tài liệu bồi dưỡng", "Hướng dẫn", "Thông báo", "Công văn"} {
		if !kinds[k] {
			t.Errorf("no sample of kind %q", k)
		}
	}
	if nq.ID == 0 || nq.IssuedOn != "2025-03-12" || nq.PageCount != 2 || nq.Issuer == "" {
		t.Fatalf("resolution metadata = %+v", nq)
	}
	pages, err := lib.Pages(ctx, nq.ID)
	if err != nil || len(pages) != 2 {
		t.Fatalf("Pages = %d pages, %v", len(pages), err)
	}
	if !strings.Contains(pages[0], "Điều 3. Mục tiêu và chỉ tiêu") || !strings.Contains(pages[1], "Điều 5. Tổ chức thực hiện") {
		t.Error("resolution pages lack their articles")
	}
	text, _ := lib.Text(ctx, nq.ID)
	if strings.Count(text, "\f") != 1 {
		t.Error("Text should separate two pages with one form feed")
	}
	// The reader's Mục lục needs the samples' outline too.
	outline, err := lib.Outline(ctx, nq.ID)
	if err != nil || len(outline) < 5 || !strings.HasPrefix(outline[0].Label+" "+outline[0].Heading, "Điều 1") {
		t.Errorf("resolution outline = %+v, %v", outline, err)
	}
}

func TestDocumentNotFound(t *testing.T) {
	lib := openTemp(t)
	_, err := lib.Document(context.Background(), 42)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if _, err := lib.Pages(context.Background(), 42); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Pages err = %v, want ErrNotFound", err)
	}
}
