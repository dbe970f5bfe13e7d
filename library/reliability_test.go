package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(to), 0o755)
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSymlinksInAFolderAreFollowedOnce(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"ngoai.txt": "Văn bản ở ngoài\nnội dung", "thu-muc/trong.txt": "Văn bản trong thư mục liên kết\nnội dung"})
	writeFiles(t, dir, map[string]string{"a.txt": "Văn bản A\nnội dung A"})
	os.Symlink(filepath.Join(outside, "ngoai.txt"), filepath.Join(dir, "lien-ket.txt"))
	os.Symlink(filepath.Join(outside, "thu-muc"), filepath.Join(dir, "thu-muc-lien-ket"))
	os.Symlink(dir, filepath.Join(dir, "vong-lap")) // a loop back to the folder itself
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b-cung-tep.txt"))
	lib := openTemp(t)
	got, sum := importAll(t, lib, dir)
	if sum.Imported != 3 || sum.Failed != 0 {
		t.Fatalf("imported %+v: %v", sum, got)
	}
	for _, name := range []string{"a.txt", "lien-ket.txt", "trong.txt"} {
		if got[name].Status != StatusImported {
			t.Errorf("%s: %+v", name, got[name])
		}
	}
}

func TestOriginalsAreVerifiedNamedAndRemoved(t *testing.T) {
	folder := t.TempDir()
	src := t.TempDir()
	pdf := filepath.Join(src, "nq.pdf")
	copyFile(t, filepath.Join(pdfTestdata, "lo-docx-nghiquyet.pdf"), pdf)

	// A 0-byte file already sits where the original will go.
	lib, err := Open(context.Background(), filepath.Join(folder, "a.db"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	dir := lib.originalsDir()
	if filepath.Base(dir) != "a-originals" {
		t.Fatalf("originals folder %s, want a-originals beside a.db", dir)
	}
	os.MkdirAll(dir, 0o755)
	got, _ := importAll(t, lib, pdf)
	id := got["nq.pdf"].ID
	doc, _ := lib.Document(context.Background(), id)
	kept := lib.OriginalPath(doc)
	want, _ := os.ReadFile(pdf)
	// Empty it, then import it again into a second library in the same
	// folder: that one has its own folder and a whole copy.
	os.WriteFile(kept, nil, 0o644)
	lib2, err := Open(context.Background(), filepath.Join(folder, "b.db"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib2.Close()
	got2, _ := importAll(t, lib2, pdf)
	doc2, _ := lib2.Document(context.Background(), got2["nq.pdf"].ID)
	kept2 := lib2.OriginalPath(doc2)
	if filepath.Dir(kept2) == filepath.Dir(kept) {
		t.Fatalf("two libraries share %s", filepath.Dir(kept))
	}
	if b, _ := os.ReadFile(kept2); len(b) != len(want) {
		t.Fatalf("second library's original has %d bytes, want %d", len(b), len(want))
	}
	// The damaged copy of the first library is replaced on re-import.
	if err := lib.Delete(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(kept); err == nil {
		t.Fatal("deleting the document left its original behind")
	}
	os.WriteFile(kept, nil, 0o644)
	importAll(t, lib, pdf)
	if b, _ := os.ReadFile(kept); len(b) != len(want) {
		t.Fatalf("an empty file under the right name was trusted: %d bytes", len(b))
	}
}

func TestReadOnlyLibraryRefusesImportBeforeReading(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file; the read-only mount case is in cmd/sotayctl TestReadOnlyLibrary")
	}
	path := filepath.Join(t.TempDir(), "sotay.db")
	lib, err := Open(context.Background(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Close()
	os.Chmod(path, 0o444)
	lib, err = Open(context.Background(), path, OpenOptions{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if !lib.ReadOnly() {
		t.Fatal("not read-only")
	}
	src := t.TempDir()
	copyFile(t, filepath.Join(pdfTestdata, "lo-docx-nghiquyet.pdf"), filepath.Join(src, "nq.pdf"))
	if _, err := lib.Import(context.Background(), []string{src}, ImportOptions{}); !isReadOnly(err) {
		t.Fatalf("import: %v", err)
	}
	if _, err := os.Stat(lib.originalsDir()); err == nil {
		t.Fatal("an original was copied before the refused write")
	}
}

func isReadOnly(err error) bool { return Code(err) == "db_readonly" }

// Files each holding the most of the read-ahead budget come in one at a
// time, after small ones, without the reading waiting forever on a batch
// that waits for reading (it did when a file could hold the whole budget).
func TestLargeFilesDoNotStallTheImport(t *testing.T) {
	defer func(r int64) { readAhead = r }(readAhead)
	readAhead = 64 << 10
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 6 {
		body := fmt.Sprintf("Văn bản lớn %d\n", i) + strings.Repeat(fmt.Sprintf("Đoạn văn của tài liệu %d về công tác cán bộ.\n", i), 400)
		files[fmt.Sprintf("lon-%d.txt", i)] = body
		files[fmt.Sprintf("nho-%d.txt", i)] = fmt.Sprintf("Văn bản nhỏ %d\nnội dung", i)
	}
	writeFiles(t, dir, files)
	lib := openTemp(t)
	done := make(chan ImportSummary, 1)
	go func() {
		sum, _ := lib.Import(context.Background(), []string{dir}, ImportOptions{})
		done <- sum
	}()
	select {
	case sum := <-done:
		if sum.Imported != 12 {
			t.Fatalf("%+v", sum)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the import stalled")
	}
}

func TestTextOverTheLimitIsRefused(t *testing.T) {
	dir := t.TempDir()
	big := "Văn bản quá dài\n" + strings.Repeat("Chi bộ học tập nghị quyết.\n", MaxTextFileSize/26+10)
	writeFiles(t, dir, map[string]string{"dai.txt": big})
	lib := openTemp(t)
	got, _ := importAll(t, lib, dir)
	if Code(got["dai.txt"].Err) != "too_large" {
		t.Fatalf("%+v", got["dai.txt"])
	}
}

func TestMessagesNameTheFile(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "khong-co.txt"))
	if got := MessageArgs(err, "")["Path"]; !strings.HasSuffix(got, "khong-co.txt") {
		t.Fatalf("Path = %q", got)
	}
	if got := MessageArgs(&DiskFullError{Need: 5 << 20, Err: ErrDiskFull}, "x")["Need"]; got != "5 MB" {
		t.Fatalf("Need = %q", got)
	}
}
