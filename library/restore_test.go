package library

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"sotay/assets"
)

// backupOf writes a backup of lib to a file and returns its path.
func backupOf(t *testing.T, lib *Library, settings []byte) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := lib.Backup(context.Background(), &buf, settings); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "saoluu.zip")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A backup restored into an empty folder gives back the same library:
// documents, search results, notes and banks, and the settings it carried.
func TestRestoreGivesBackTheLibrary(t *testing.T) {
	ctx := context.Background()
	lib := openTemp(t)
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	id := addDoc(t, lib, "Nghị quyết về chuyển đổi số", "Đến năm 2030 hoàn thành chuyển đổi số ở mọi chi bộ.")
	if _, err := lib.AddNote(ctx, Note{DocumentID: id, Kind: NoteHighlight, Start: 0, End: 10, Color: "yellow", Body: "ghi nhớ"}); err != nil {
		t.Fatal(err)
	}
	archive := backupOf(t, lib, []byte(`{"text_size":25}`))

	target := filepath.Join(t.TempDir(), "moi", "sotay.db") // the folder does not exist yet
	rep, err := RestoreBackup(ctx, archive, target)
	if err != nil {
		t.Fatal(err)
	}
	if string(rep.Settings) != `{"text_size":25}` || rep.Aside != "" {
		t.Errorf("report %+v", rep)
	}
	back, err := Open(ctx, target, OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	count := func(l *Library, q string) int {
		var n int
		l.db.Read.QueryRowContext(ctx, q).Scan(&n)
		return n
	}
	for _, q := range []string{`SELECT count(*) FROM documents`, `SELECT count(*) FROM notes`, `SELECT count(*) FROM quiz_questions`} {
		if a, b := count(lib, q), count(back, q); a != b || a == 0 {
			t.Errorf("%s: %d before, %d restored", q, a, b)
		}
	}
	hits := func(l *Library) []int64 {
		res, err := l.Search(ctx, "chuyen doi so", SearchOptions{Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		return ids
	}
	if a, b := hits(lib), hits(back); !reflect.DeepEqual(a, b) || len(a) == 0 {
		t.Errorf("search: %v before, %v restored", a, b)
	}
	if rep.Documents != count(lib, `SELECT count(*) FROM documents`) {
		t.Errorf("report says %d documents", rep.Documents)
	}
}

// Restoring over a library keeps the one replaced beside it; a library
// another program has open is not replaced.
func TestRestoreKeepsTheOldLibraryAside(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	addDoc(t, src, "Văn bản trong bản sao lưu", "Nội dung được sao lưu.")
	archive := backupOf(t, src, nil)

	dir := t.TempDir()
	target := filepath.Join(dir, "sotay.db")
	old, err := Open(ctx, target, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	addDoc(t, old, "Văn bản cũ", "Nội dung trước khi khôi phục.")
	addDoc(t, old, "Văn bản cũ hai", "Nội dung thứ hai.")
	if _, err := RestoreBackup(ctx, archive, target); !errors.Is(err, ErrLocked) {
		t.Fatalf("restore over an open library: %v, want ErrLocked", err)
	}
	old.Close()
	rep, err := RestoreBackup(ctx, archive, target)
	if err != nil {
		t.Fatal(err)
	}
	aside, err := Open(ctx, rep.Aside, OpenOptions{MustExist: true})
	if err != nil {
		t.Fatalf("the library set aside (%q) does not open: %v", rep.Aside, err)
	}
	defer aside.Close()
	docs, _ := aside.Documents(ctx)
	if len(docs) != 2 {
		t.Errorf("set aside: %d documents, want the 2 of the old library", len(docs))
	}
	back, err := Open(ctx, target, OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if docs, _ := back.Documents(ctx); len(docs) != 1 || docs[0].Title != "Văn bản trong bản sao lưu" {
		t.Errorf("restored: %+v", docs)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".restore-*"))
	if len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// zipOf writes an archive of the given entries (name → content; a name
// ending in "@link" is written as a symbolic link).
func zipOf(t *testing.T, entries [][2]string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e[0], Method: zip.Deflate}
		if strings.HasSuffix(e[0], "@link") {
			h.Name = strings.TrimSuffix(e[0], "@link")
			h.SetMode(os.ModeSymlink | 0o777)
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e[1]))
	}
	zw.Close()
	p := filepath.Join(t.TempDir(), "x.zip")
	os.WriteFile(p, buf.Bytes(), 0o644)
	return p
}

// A backup is untrusted: each hostile archive is refused before anything
// is written, and the library in place is untouched.
func TestRestoreRefusesHostileArchives(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	addDoc(t, src, "Bản sao lưu", "Nội dung.")
	good, _ := os.ReadFile(backupOf(t, src, nil))
	var libBytes []byte
	zr, _ := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, ".db") {
			rc, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			libBytes = b.Bytes()
		}
	}
	lib := string(libBytes)
	cases := map[string]string{
		"climbs out":       zipOf(t, [][2]string{{"sotay.db", lib}, {"sotay-originals/../../thoat.txt", "x"}}),
		"absolute path":    zipOf(t, [][2]string{{"sotay.db", lib}, {"/tmp/tuyet-doi.txt", "x"}}),
		"drive letter":     zipOf(t, [][2]string{{"sotay.db", lib}, {"C:/Windows/x.txt", "x"}}),
		"backslashes":      zipOf(t, [][2]string{{"sotay.db", lib}, {`sotay-originals\..\x.txt`, "x"}}),
		"symbolic link":    zipOf(t, [][2]string{{"sotay.db", lib}, {"sotay-originals/lienket@link", "/etc/passwd"}}),
		"a name twice":     zipOf(t, [][2]string{{"sotay.db", lib}, {"sotay-originals/a.pdf", "1"}, {"sotay-originals/A.pdf", "2"}}),
		"two libraries":    zipOf(t, [][2]string{{"sotay.db", lib}, {"khac.db", lib}}),
		"unexpected entry": zipOf(t, [][2]string{{"sotay.db", lib}, {"chay-toi.exe", "MZ"}}),
		"no library":       zipOf(t, [][2]string{{"sotay-originals/a.pdf", "1"}}),
		"not a library":    zipOf(t, [][2]string{{"sotay.db", "đây không phải cơ sở dữ liệu"}}),
		"bomb":             zipOf(t, [][2]string{{"sotay.db", lib}, {"sotay-originals/bom.pdf", strings.Repeat("\x00", 64<<20)}}),
	}
	truncated := filepath.Join(t.TempDir(), "cut.zip")
	os.WriteFile(truncated, good[:len(good)*2/3], 0o644)
	cases["truncated"] = truncated

	dir := t.TempDir()
	target := filepath.Join(dir, "sotay.db")
	cur, err := Open(ctx, target, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	addDoc(t, cur, "Thư viện đang dùng", "Không được mất.")
	cur.Close()
	before, _ := os.ReadFile(target)
	for name, archive := range cases {
		_, err := RestoreBackup(ctx, archive, target)
		if err == nil {
			t.Errorf("%s: restored", name)
			continue
		}
		if code := Code(err); code != "bad_backup" && code != "db_not_library" {
			t.Errorf("%s: code %s (%v)", name, code, err)
		}
		after, _ := os.ReadFile(target)
		if !bytes.Equal(before, after) {
			t.Fatalf("%s: the library in place changed", name)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "sotay.db" && e.Name() != "sotay-originals" {
			t.Errorf("left in the library's folder: %s", e.Name())
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "thoat.txt")); err == nil {
		t.Error("a file was written outside the library's folder")
	}
}

// A backup made by a newer Sổ tay is refused with that reason.
func TestRestoreRefusesANewerFormat(t *testing.T) {
	ctx := context.Background()
	src := openTemp(t)
	addDoc(t, src, "Bản mới", "Nội dung.")
	src.Close()
	rawExec(t, src.Path(), `PRAGMA user_version = 9999`)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("sotay.db")
	data, _ := os.ReadFile(src.Path())
	w.Write(data)
	zw.Close()
	archive := filepath.Join(t.TempDir(), "moi.zip")
	os.WriteFile(archive, buf.Bytes(), 0o644)
	if _, err := RestoreBackup(ctx, archive, filepath.Join(t.TempDir(), "sotay.db")); !errors.Is(err, ErrNewer) {
		t.Errorf("newer backup: %v, want ErrNewer", err)
	}
}

// Automatic backups: one a day, the newest keep kept, each whole.
func TestAutoBackupKeepsTheNewest(t *testing.T) {
	ctx := context.Background()
	lib := openTemp(t)
	addDoc(t, lib, "Văn bản", "Nội dung.")
	dir := AutoBackupDir(lib.Path())
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	for i := range 5 {
		now := day.AddDate(0, 0, i)
		p, err := lib.AutoBackup(ctx, dir, 3, now, nil)
		if err != nil || p == "" {
			t.Fatalf("day %d: %q %v", i, p, err)
		}
		os.Chtimes(p, now, now)
		if again, err := lib.AutoBackup(ctx, dir, 3, now.Add(time.Hour), nil); again != "" || err != nil {
			t.Fatalf("day %d: a second backup within the day: %q %v", i, again, err)
		}
	}
	list := AutoBackups(dir)
	if len(list) != 3 || filepath.Base(list[0]) != "saoluu-2026-12-05.zip" || filepath.Base(list[2]) != "saoluu-2026-12-03.zip" {
		t.Fatalf("kept %v", list)
	}
	if _, err := ReadBackup(ctx, list[0]); err != nil {
		t.Errorf("the newest backup does not check: %v", err)
	}
	if p, _ := lib.AutoBackup(ctx, dir, 0, day.AddDate(0, 0, 30), nil); p != "" {
		t.Error("keep 0 wrote a backup")
	}
}
