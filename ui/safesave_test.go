package ui

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
)

// Choosing the open library (or its WAL file, or anything but a regular
// file) in a save dialog writes nothing and says why; Fyne's own writer
// had already emptied the library by then.
func TestSaveDialogCannotDestroyTheLibrary(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sotay.db")
	s := newTestShell(t, db)
	before, _ := os.ReadFile(db)
	if len(before) == 0 {
		t.Fatal("no library file")
	}
	wrote := false
	write := func(w io.Writer) error { wrote = true; _, err := io.WriteString(w, "::Q1:: x {T}"); return err }
	for _, target := range []string{db, db + "-wal", os.DevNull, filepath.Dir(db)} {
		wc, err := storage.Writer(storage.NewFileURI(target))
		s.saveTo(wc, err, write, func(string) { t.Errorf("%s: reported as saved", target) })
		pump()
		top := s.win.Canvas().Overlays().Top()
		if top == nil || findLabel(top, "Không ghi vào") == nil {
			t.Fatalf("%s: no message saying it was not written", target)
		}
		top.Hide()
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) || wrote {
		t.Fatal("the library changed")
	}

	// A write that fails half-way leaves the old file as it was.
	old := filepath.Join(t.TempDir(), "bank.gift")
	os.WriteFile(old, []byte("cũ"), 0o644)
	wc, err := storage.Writer(storage.NewFileURI(old))
	s.saveTo(wc, err, func(w io.Writer) error { io.WriteString(w, "nửa"); return errors.New("hỏng") }, func(string) {})
	pump()
	if b, _ := os.ReadFile(old); string(b) != "cũ" {
		t.Fatalf("the old file became %q", b)
	}
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "lỗi") == nil && findLabel(top, "Đã xảy ra") == nil {
		t.Fatal("the failed write was not reported")
	}
	entries, _ := os.ReadDir(filepath.Dir(old))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// Exporting a bank named after a resolution suggests a file name Windows
// and Linux accept: "Câu hỏi: Nghị quyết số 15-NQ/QU" once gave a name
// with "/" and ":", and the dialog closed without writing or saying so.
func TestExportSuggestsAValidFileName(t *testing.T) {
	s := newTestShell(t, "")
	openReviewTab(t, s, 3)
	e := s.review.editor
	bank, err := s.lib.Quiz().BankNamed(t.Context(), "Câu hỏi: Nghị quyết số 15-NQ/QU")
	if err != nil {
		t.Fatal(err)
	}
	e.bank = bank
	e.chooseExport()
	pump()
	top := s.win.Canvas().Overlays().Top()
	for _, f := range []string{"Word (.docx)", "GIFT – Moodle (.gift)", "Excel (.xlsx)"} {
		if findObject(top, func(o fyne.CanvasObject) bool { c, ok := o.(*canvas.Text); return ok && c.Text == f }) == nil {
			t.Errorf("format %q not in sight", f)
		}
	}
	tapIn(t, s, top, "Chọn nơi lưu…")
	pump()
	want := "Câu hỏi - Nghị quyết số 15-NQ - QU.txt"
	if findEntry(s.win.Canvas().Overlays().Top(), want) == nil {
		t.Fatalf("the save dialog does not suggest %q", want)
	}
	// Saved where the user says, under the suggested name.
	dir := t.TempDir()
	s.files.show(dir)
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Lưu")
	waitFor(t, func() bool {
		pump()
		_, err := os.Stat(filepath.Join(dir, want))
		return err == nil
	})
}

// A file dialog opens where the last file was opened or saved (kept
// between runs), in the list view.
func TestFileDialogsStartInTheLastFolder(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	path := filepath.Join(dir, "cau-hoi.txt")
	os.WriteFile(path, []byte("Câu 1: ?"), 0o644)
	rc, err := storage.Reader(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	rc.Close()
	openReviewTab(t, s, 3)
	s.review.editor.chooseImport()
	pump()
	if got := s.app.Preferences().String(prefLastFolder); got != dir {
		t.Errorf("last folder %q, want %q", got, dir)
	}
}

// Mở bản gốc on a machine with no program for the file says so (once it
// said nothing and left a zombie process).
func TestOpenOriginalWithNoViewer(t *testing.T) {
	s := newTestShell(t, "")
	f := filepath.Join(t.TempDir(), "nghi-quyet.pdf")
	os.WriteFile(f, []byte("%PDF-1.4"), 0o644)
	t.Setenv("PATH", t.TempDir())
	r := s.library.reader
	r.original = f
	r.openOriginal()
	waitFor(t, func() bool {
		pump()
		top := s.win.Canvas().Overlays().Top()
		return top != nil && findLabel(top, "chưa có chương trình để mở tệp") != nil
	})
}
