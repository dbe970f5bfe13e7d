package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

const pdfTestdata = "../internal/pdftext/testdata"

func copyPDF(t *testing.T, dir, name, as string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(pdfTestdata, name))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, as), data, 0o644)
}

// A folder dropped on the window: the PDF comes in with its metadata, the
// broken file is listed with its reason, and the protected PDF asks for
// its password, then comes in.
func TestDropFolderWithPasswordAndFailure(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	copyPDF(t, dir, "chromium-thongbao.pdf", "thong-bao.pdf")
	copyPDF(t, dir, "enc-aes128-userpw.pdf", "nghi-quyet-mat-khau.pdf")
	os.WriteFile(filepath.Join(dir, "tai-hong.pdf"), []byte("<html>Lỗi 404</html>"), 0o644)
	s.library.importDropped([]fyne.URI{storage.NewFileURI(dir)})
	pump()
	top := s.win.Canvas().Overlays().Top()
	if findLabel(top, "Đã nhập 1 văn bản") == nil || findLabel(top, "tai-hong.pdf") == nil || findLabel(top, "không phải PDF") == nil {
		t.Fatal("the summary does not count the import or name the failed file with its reason")
	}
	tapButton(t, top, "Đóng")
	pump()
	ask := s.win.Canvas().Overlays().Top()
	if ask == nil || findLabel(ask, "nghi-quyet-mat-khau.pdf") == nil {
		t.Fatal("no password prompt for the protected PDF")
	}
	pw := findObject(ask, func(o fyne.CanvasObject) bool { e, ok := o.(*widget.Entry); return ok && e.Password }).(*widget.Entry)
	// A wrong password first: asked again, saying it was wrong (not a
	// summary of "0 văn bản"); Enter opens.
	test.Type(pw, "sai-mat-khau")
	pw.OnSubmitted(pw.Text)
	pump()
	ask = s.win.Canvas().Overlays().Top()
	if ask == nil || findLabel(ask, "Mật khẩu chưa đúng") == nil || findLabel(ask, "Đã nhập 0") != nil {
		t.Fatal("a wrong password is not said to be wrong")
	}
	pw = findObject(ask, func(o fyne.CanvasObject) bool { e, ok := o.(*widget.Entry); return ok && e.Password }).(*widget.Entry)
	test.Type(pw, "chibo2025")
	tapButton(t, ask, "Mở")
	pump()
	if findLabel(s.win.Canvas().Overlays().Top(), "Đã nhập 1 văn bản") == nil {
		t.Fatal("the protected PDF did not come in with its password")
	}
	// Imported again: the summary names the document it already is.
	tapButton(t, s.win.Canvas().Overlays().Top(), "Đóng")
	pump()
	s.library.runImport([]string{filepath.Join(dir, "nghi-quyet-mat-khau.pdf")}, "chibo2025")
	pump()
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "nghi-quyet-mat-khau.pdf đã có trong thư viện: “") == nil {
		t.Fatal("a duplicate does not name the document it duplicates")
	}
	found := false
	for _, d := range s.cat.docs {
		if d.Number == "15-NQ/QU" && d.Kind == "Nghị quyết" {
			found = true
		}
	}
	if !found {
		t.Error("the list does not show the resolution with its number")
	}
}

// tapButton taps the button labelled text inside o (a dialog).
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	b := findObject(o, func(o fyne.CanvasObject) bool { b, ok := o.(*widget.Button); return ok && b.Text == text })
	if b == nil {
		t.Fatalf("no button %q", text)
	}
	test.Tap(b.(*widget.Button))
	pump()
}

// The reader shows who signed and the outline; a heading tapped in the
// outline scrolls the text to it.
func TestReaderOutlineJumps(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	copyPDF(t, dir, "lo-docx-nghiquyet.pdf", "nq.pdf")
	s.library.runImport([]string{filepath.Join(dir, "nq.pdf")}, "")
	pump()
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	// the PDF's text differs from the sample's: open the imported one
	var id int64
	for _, d := range s.cat.docs {
		if d.Kind == "Nghị quyết" && d.Number == "15-NQ/QU" && d.ID > 6 {
			id = d.ID
		}
	}
	if id == 0 {
		t.Fatal("the PDF was not imported")
	}
	for _, d := range s.cat.docs {
		if d.ID == id {
			s.openDocument(d, nil)
		}
	}
	pump()
	r := s.library.reader
	if !strings.Contains(r.meta.Text, "Người ký: Nguyễn Văn Khải (T/M Quận ủy, Bí thư)") {
		t.Errorf("meta %q", r.meta.Text)
	}
	if r.outlineUI.toggle.Disabled() || len(r.outlineUI.items) < 5 || r.origBtn.Hidden {
		t.Fatalf("outline %d entries, toggle disabled %v, original hidden %v", len(r.outlineUI.items), r.outlineUI.toggle.Disabled(), r.origBtn.Hidden)
	}
	test.Tap(r.outlineUI.toggle)
	if !r.outlineUI.panel.Visible() {
		t.Fatal("Mục lục did not open the outline")
	}
	last := len(r.outlineUI.items) - 1
	r.outlineUI.list.Select(last)
	if top := r.view.topOffset(); top <= 0 || r.view.top == 0 {
		t.Errorf("jumping to %q did not scroll (top at %d)", r.outlineUI.items[last].Label, top)
	}
}

// A path typed or pasted (Fyne's file dialog takes none) imports the file;
// a path that does not exist is named in the message.
func TestImportByTypedPath(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	f := filepath.Join(dir, "ke-hoach.txt")
	os.WriteFile(f, []byte("KẾ HOẠCH\nHọc tập nghị quyết chi bộ năm 2026."), 0o644)
	s.library.askPath()
	pump()
	form := s.win.Canvas().Overlays().Top()
	entry := findObject(form, func(o fyne.CanvasObject) bool { e, ok := o.(*widget.Entry); return ok && e.MultiLine }).(*widget.Entry)
	entry.SetText("\"" + f + "\"\n" + filepath.Join(dir, "khong-co.pdf"))
	tapButton(t, form, "Mở")
	pump()
	waitFor(t, func() bool {
		pump()
		for _, o := range s.win.Canvas().Overlays().List() {
			if findLabel(o, "Đã nhập 1 văn bản") != nil {
				return true
			}
		}
		return false
	})
	found := false
	for _, o := range s.win.Canvas().Overlays().List() {
		found = found || findLabel(o, "khong-co.pdf") != nil
	}
	if !found {
		t.Error("the missing path is not named")
	}
}

// Only a protected PDF: the password is asked at once, not after a
// summary of "0 văn bản"; with others, the summary says a password will
// be asked. A TCVN3 file says it was converted.
func TestImportAsksPasswordAtOnceAndSaysWarnings(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	copyPDF(t, dir, "enc-rc4-128.pdf", "mat-khau.pdf")
	copyPDF(t, dir, "legacy-tcvn3.pdf", "cu.pdf")
	s.library.runImport([]string{filepath.Join(dir, "mat-khau.pdf")}, "")
	pump()
	ask := s.win.Canvas().Overlays().Top()
	if ask == nil || findLabel(ask, "mat-khau.pdf") == nil || findLabel(ask, "Đã nhập 0") != nil {
		t.Fatal("a protected PDF alone does not ask for its password at once")
	}
	s.win.Canvas().Overlays().Remove(ask)
	s.library.runImport([]string{filepath.Join(dir, "mat-khau.pdf"), filepath.Join(dir, "cu.pdf")}, "")
	pump()
	top := s.win.Canvas().Overlays().Top()
	if top == nil || findLabel(top, "Đã nhập 1 văn bản") == nil || findLabel(top, "bấm Đóng để nhập mật khẩu") == nil ||
		findLabel(top, "TCVN3") == nil {
		t.Fatal("the summary does not say a password will be asked, or that TCVN3 was converted")
	}
}
