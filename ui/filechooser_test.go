package ui

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The file dialog speaks Vietnamese: Fyne's named its places "Home" and
// "Computer" with no way to translate them.
func TestFileDialogSpeaksVietnamese(t *testing.T) {
	s := newTestShell(t, "")
	s.library.chooseImport()
	pump()
	top := s.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	for _, english := range []string{"Home", "Computer", "Open File", "Show Hidden Files"} {
		if findLabel(top, english) != nil {
			t.Errorf("English %q in the file dialog", english)
		}
	}
	for _, vi := range []string{"Thư mục riêng", "Chọn tệp", "Huỷ"} {
		if findLabel(top, vi) == nil {
			t.Errorf("no %q in the file dialog", vi)
		}
	}
}

// A folder typed in the path box is shown, with its subfolders first and
// only the files that can be opened; a file typed there is chosen.
func TestFileDialogTakesATypedPath(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "Nghị quyết"), 0o755)
	os.WriteFile(filepath.Join(dir, "b.pdf"), []byte("%PDF"), 0o644)
	os.WriteFile(filepath.Join(dir, "Ảnh.PDF"), []byte("%PDF"), 0o644)
	os.WriteFile(filepath.Join(dir, "ghi-chu.exe"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, ".an"), nil, 0o644)
	var got string
	s.pickFile([]string{".pdf"}, func(p string) { got = p })
	pump()
	c := s.files
	test.Type(c.where, "")
	c.where.SetText(dir)
	c.where.OnSubmitted(dir)
	pump()
	var names []string
	for _, e := range c.entries {
		names = append(names, e.name)
	}
	if strings.Join(names, "|") != "Nghị quyết|Ảnh.PDF|b.pdf" {
		t.Errorf("listed %q, want folder first, then the PDFs by folded name", names)
	}
	c.where.SetText(filepath.Join(dir, "nothing.pdf"))
	c.where.OnSubmitted("")
	pump()
	if !strings.Contains(c.status.Text, "nothing.pdf") || got != "" {
		t.Errorf("a missing path: status %q, chosen %q", c.status.Text, got)
	}
	c.where.SetText(`"` + filepath.Join(dir, "b.pdf") + `"`) // as copied in Windows' Explorer
	c.where.OnSubmitted("")
	pump()
	if got != filepath.Join(dir, "b.pdf") {
		t.Errorf("typed file chose %q", got)
	}
	if s.win.Canvas().Overlays().Top() != nil {
		t.Error("the dialog stays open after choosing")
	}

	// A path typed, then Mở clicked rather than Enter: the file is chosen
	// (it said "choose a file in the list").
	got = ""
	s.pickFile([]string{".pdf"}, func(p string) { got = p })
	pump()
	s.files.where.SetText(filepath.Join(dir, "Ảnh.PDF"))
	tapButton(t, s.win.Canvas().Overlays().Top(), "Mở")
	if got != filepath.Join(dir, "Ảnh.PDF") {
		t.Errorf("typed path and Mở chose %q (status %q)", got, s.files.status.Text)
	}
}

// The keyboard reaches a file: Down moves in the list, Enter on a folder
// enters it, Enter on a file chooses it; Mở with nothing picked says so.
func TestFileDialogByKeyboard(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a", "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "z.txt"), []byte("x"), 0o644)
	var got string
	s.pickFile(nil, func(p string) { got = p })
	pump()
	c := s.files
	c.show(dir)
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Mở")
	if c.status.Text == "" || got != "" {
		t.Errorf("Mở with nothing picked: status %q, chose %q", c.status.Text, got)
	}
	c.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // "a"
	pump()
	if c.dir != filepath.Join(dir, "a") {
		t.Fatalf("Enter on a folder: in %q", c.dir)
	}
	c.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	c.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	pump()
	if got != filepath.Join(dir, "a", "z.txt") {
		t.Errorf("Enter on a file chose %q", got)
	}
}

// Saving: the suggested name is valid, a name with "/" or ":" typed by the
// user is refused with the reason, an existing file is replaced only when
// the user agrees, and the file is written.
func TestFileDialogSaves(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	saved := ""
	s.saveAs("Câu hỏi: Nghị quyết số 15-NQ/QU.txt", func(w io.Writer) error {
		_, err := io.WriteString(w, "Câu 1")
		return err
	}, func(p string) { saved = p })
	pump()
	c := s.files
	c.show(dir)
	pump()
	want := "Câu hỏi - Nghị quyết số 15-NQ - QU.txt"
	if c.name.Text != want {
		t.Errorf("suggested %q, want %q", c.name.Text, want)
	}
	c.name.SetText("NQ 15: hỏi*đáp.txt")
	c.confirm()
	if !strings.Contains(c.status.Text, "“:” “*”") || saved != "" {
		t.Errorf("bad name: status %q, saved %q", c.status.Text, saved)
	}
	c.name.SetText("NQ 15/QU.txt") // a name, not a folder
	c.confirm()
	if !strings.Contains(c.status.Text, "“/”") || saved != "" {
		t.Errorf("a name with /: status %q", c.status.Text)
	}
	if _, err := os.Stat("/proc/self"); err == nil {
		// a folder nothing can be written into (even by root): said in
		// the dialog, which stays open
		c.show("/proc")
		pump()
		c.name.SetText("de-kiem-tra.txt")
		c.confirm()
		if !strings.Contains(c.status.Text, "Không ghi được") || s.win.Canvas().Overlays().Top() == nil {
			t.Errorf("an unwritable folder: status %q", c.status.Text)
		}
		c.show(dir)
		pump()
	}
	c.name.SetText(strings.TrimSuffix(want, ".txt")) // typed without its extension: kept
	c.confirm()
	pump()
	waitFor(t, func() bool { pump(); return saved != "" })
	if b, _ := os.ReadFile(filepath.Join(dir, want)); string(b) != "Câu 1" {
		t.Fatalf("file holds %q", b)
	}
	// Again: the file exists, so the user is asked first.
	saved = ""
	s.saveAs(want, func(w io.Writer) error { _, err := io.WriteString(w, "Câu 2"); return err }, func(p string) { saved = p })
	pump()
	c = s.files
	pump()
	if c.dir != dir {
		t.Fatalf("second save starts in %q, want the folder used last %q", c.dir, dir)
	}
	if free := strings.TrimSuffix(want, ".txt") + " (2).txt"; c.name.Text != free {
		t.Errorf("second save suggests %q, want %q (not the file already there)", c.name.Text, free)
	}
	c.name.SetText(want) // the user means to replace it
	c.confirm()
	top := s.win.Canvas().Overlays().Top()
	if findLabel(top, "Ghi đè") == nil {
		t.Fatal("no question before replacing")
	}
	tapButton(t, top, "Có")
	waitFor(t, func() bool { pump(); return saved != "" })
	if b, _ := os.ReadFile(filepath.Join(dir, want)); string(b) != "Câu 2" {
		t.Fatalf("file holds %q", b)
	}
}

// The save dialog never offers the name of a file already in the folder
// (one click on Lưu, then Có, replaced the Moodle file a bank came from).
func TestFileDialogOffersAFreeName(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "G01.gift.txt"), []byte("gốc"), 0o644)
	os.WriteFile(filepath.Join(dir, "G01.gift (2).txt"), []byte("bản 2"), 0o644)
	lastFolder.Lock()
	lastFolder.path = dir
	lastFolder.Unlock()
	s.saveAs("G01.gift.txt", func(w io.Writer) error { return nil }, func(string) {})
	pump()
	if got := s.files.name.Text; got != "G01.gift (3).txt" {
		t.Errorf("suggested %q, want G01.gift (3).txt", got)
	}
	s.files.d.Hide()
}
