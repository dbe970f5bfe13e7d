package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/assets"
)

// newTestShell opens a shell on a fresh library file in a temporary folder
// (so it gets the sample library) and waits until it is shown.
func newTestShell(t *testing.T, dbPath string) *Shell {
	t.Helper()
	a := test.NewTempApp(t)
	if dbPath == "" {
		dbPath = filepath.Join(t.TempDir(), "sotay.db")
	}
	ready := false
	s := NewShell(a, Options{DBPath: dbPath, Samples: assets.Samples(),
		OnReady: func(int, error) { ready = true }})
	t.Cleanup(func() { s.Close() })
	s.win.Resize(fyne.NewSize(1100, 760))
	s.win.Show()
	pump()
	if !ready {
		t.Fatal("OnReady was not called")
	}
	return s
}

// findLabel returns the first visible label or button under o whose text
// contains text.
func findLabel(o fyne.CanvasObject, text string) fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
		return l
	}
	if b, ok := o.(*widget.Button); ok && strings.Contains(b.Text, text) {
		return b
	}
	var children []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		children = v.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(v).Objects()
	}
	for _, c := range children {
		if l := findLabel(c, text); l != nil {
			return l
		}
	}
	return nil
}

// tapText taps the label showing text, as a user clicking it would.
func tapText(t *testing.T, s *Shell, text string) {
	t.Helper()
	l := findLabel(s.win.Content(), text)
	if l == nil {
		t.Fatalf("no visible label with %q", text)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
	test.TapCanvas(s.win.Canvas(), pos.AddXY(4, 4))
	pump()
}

func TestLibraryListsSamplesAndOpensReader(t *testing.T) {
	s := newTestShell(t, "")
	if got := len(s.library.order); got != 6 {
		t.Fatalf("library shows %d documents, want the 6 samples", got)
	}
	if l := findLabel(s.win.Content(), "(6 văn bản)"); l == nil {
		t.Error("document count not shown")
	}
	tapText(t, s, "Nghị quyết số 15-NQ/QU")
	if !s.library.reader.visible() {
		t.Fatal("reader not shown after tapping a document")
	}
	text := s.library.reader.text()
	for _, want := range []string{"Điều 1. Đánh giá tình hình", "100% văn bản đi", "Trang 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("reader text lacks %q", want)
		}
	}
	if got := s.library.reader.meta.Text; !strings.Contains(got, "Số 15-NQ/QU") || !strings.Contains(got, "12/03/2025") {
		t.Errorf("reader metadata = %q", got)
	}
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.library.reader.visible() {
		t.Error("Esc did not return to the list")
	}
}

func TestLibrarySortsByHeader(t *testing.T) {
	s := newTestShell(t, "")
	if got := s.library.doc(0).Title; !strings.HasPrefix(got, "Báo cáo") {
		t.Fatalf("first by title = %q, want Báo cáo… (Vietnamese order)", got)
	}
	tapText(t, s, "Ngày ban hành")
	if got := s.library.doc(0).IssuedOn; got != "2003-11-17" {
		t.Errorf("first by date = %q, want the 2003 letter", got)
	}
	tapText(t, s, "Ngày ban hành")
	if got := s.library.doc(0).IssuedOn; got != "2025-07-25" {
		t.Errorf("first by date descending = %q, want 2025-07-25", got)
	}
}

func TestSearchFindsTitlesWithoutDiacritics(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(1)
	test.Type(s.search.entry, "huong dan sinh hoat chi bo")
	pump()
	if len(s.search.results) != 1 || s.search.results[0].Number != "08-HD/BTCQU" {
		t.Fatalf("results = %+v, want the branch meeting guide", s.search.results)
	}
	tapText(t, s, "Hướng dẫn số 08-HD/BTCQU")
	if s.tabs.SelectedIndex() != 0 || !s.library.reader.visible() {
		t.Fatal("tapping a result did not open the reader")
	}
	s.tabs.SelectIndex(1)
	s.search.entry.SetText("")
	test.Type(s.search.entry, "đại hội zzz")
	pump()
	if len(s.search.results) != 0 || !strings.Contains(s.search.status.Text, "Không có văn bản nào") {
		t.Errorf("no-match state = %q", s.search.status.Text)
	}
}

func TestCtrlFFocusesSearch(t *testing.T) {
	s := newTestShell(t, "")
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if s.tabs.SelectedIndex() != 1 {
		t.Errorf("Ctrl+F selected tab %d, want Tìm kiếm", s.tabs.SelectedIndex())
	}
	if s.win.Canvas().Focused() != s.search.entry {
		t.Error("Ctrl+F did not focus the search entry")
	}
}

func TestOpenErrorIsExplainedInVietnamese(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "notes.db")
	garbage := []byte("đây là ghi chú, không phải cơ sở dữ liệu — this is not SQLite at all")
	if err := os.WriteFile(bad, garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	s := newTestShell(t, bad)
	if s.lib != nil {
		t.Fatal("a non-database file was opened as a library")
	}
	if findLabel(s.win.Content(), "Không mở được thư viện") == nil ||
		findLabel(s.win.Content(), "không phải thư viện Sổ tay") == nil {
		t.Error("the failure state does not explain the problem in Vietnamese")
	}
	if findLabel(s.win.Content(), bad) == nil {
		t.Error("the failure message does not name the file")
	}
	after, _ := os.ReadFile(bad)
	if string(after) != string(garbage) {
		t.Error("the file was changed")
	}
}

func TestSettingsTextSizeAppliesAndPersists(t *testing.T) {
	s := newTestShell(t, "")
	s.settings.size.SetSelected("Cực lớn")
	if got := s.app.Preferences().Float(prefTextSize); got != 25 {
		t.Errorf("saved text size = %v, want 25", got)
	}
	if got := s.app.Settings().Theme().Size(theme.SizeNameText); got != 25 {
		t.Errorf("theme text size = %v, want 25", got)
	}
	if got := newSettingsScreen(s).size.Selected; got != "Cực lớn" {
		t.Errorf("a new settings screen shows %q, want the saved size", got)
	}
}

func TestDefaultTextIsLarge(t *testing.T) {
	s := newTestShell(t, "")
	if got := s.app.Settings().Theme().Size(theme.SizeNameText); got < 18 {
		t.Errorf("default text size %v is smaller than 18", got)
	}
}

func TestLanguageSwitchRebuildsInEnglishAndBack(t *testing.T) {
	s := newTestShell(t, "")
	if got := s.tabs.Items[0].Text; got != "Thư viện" {
		t.Fatalf("first place = %q, want Vietnamese by default", got)
	}
	s.settings.lang.SetSelected("English")
	if got := s.tabs.Items[0].Text; got != "Library" {
		t.Errorf("after choosing English the first place is %q", got)
	}
	if len(s.library.order) != 6 {
		t.Errorf("after rebuilding the library shows %d documents", len(s.library.order))
	}
	s.settings.lang.SetSelected("Tiếng Việt")
	if got := s.tabs.Items[0].Text; got != "Thư viện" {
		t.Errorf("after choosing Vietnamese again the first place is %q", got)
	}
}

func TestCheckDisplayExplainsMissingDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	err := CheckDisplay()
	if runtime.GOOS == "linux" && (err == nil || !strings.Contains(err.Error(), "không tìm thấy màn hình")) {
		t.Fatalf("CheckDisplay() = %v", err)
	}
	t.Setenv("DISPLAY", ":0")
	if err := CheckDisplay(); err != nil {
		t.Fatalf("with DISPLAY set: %v", err)
	}
}

func TestImportFromTheGUIAddsDocumentsAndReports(t *testing.T) {
	s := newTestShell(t, "")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ke-hoach.txt"), []byte("Kế hoạch học tập Nghị quyết quý II\nnội dung"), 0o644)
	os.WriteFile(filepath.Join(dir, "hong.txt"), []byte("\x00\x01\x02"), 0o644)
	s.library.runImport([]string{dir})
	pump()
	if got := len(s.library.order); got != 7 {
		t.Errorf("after import the list shows %d documents, want 7", got)
	}
	if findLabel(s.win.Canvas().Overlays().Top(), "Đã nhập 1 văn bản") == nil {
		t.Error("no summary after import")
	}
	if findLabel(s.win.Canvas().Overlays().Top(), "hong.txt") == nil {
		t.Error("the summary does not name the file that failed")
	}
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc did not close the summary dialog")
	}
}

func TestWindowSizeIsRemembered(t *testing.T) {
	s := newTestShell(t, "")
	s.win.Resize(fyne.NewSize(900, 640))
	s.saveWindowSize()
	p := s.app.Preferences()
	if p.Float(prefWinWidth) != 900 || p.Float(prefWinHeight) != 640 {
		t.Fatalf("saved %vx%v, want 900x640", p.Float(prefWinWidth), p.Float(prefWinHeight))
	}
	again := NewShell(s.app, Options{DBPath: filepath.Join(t.TempDir(), "b.db"), Samples: assets.Samples()})
	defer again.Close()
	pump()
	if got := again.win.Canvas().Size(); got.Width != 900 || got.Height != 640 {
		t.Errorf("a new window opens at %v, want 900x640", got)
	}
}

func TestColumnsGiveWayToTheTitleWithLargeText(t *testing.T) {
	test.NewTempApp(t)
	em := theme.TextSize()
	wide := libraryColumns.widths(100 * em)
	if wide[1] != 8*em || wide[3] != 8.5*em {
		t.Errorf("on a wide row the columns should have their preferred widths: %v", wide)
	}
	narrow := libraryColumns.widths(34 * em)
	if narrow[0] < 10*em || narrow[3] < 6.2*em-0.01 {
		t.Errorf("on a narrow row the title (%v) or the date (%v) got too little", narrow[0], narrow[3])
	}
	if narrow[1] >= wide[1] {
		t.Errorf("the kind column did not give way: %v", narrow)
	}
}

func TestCtrlKQuickOpenFindsAndOpens(t *testing.T) {
	s := newTestShell(t, "")
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault})
	if s.quick == nil || s.win.Canvas().Focused() != s.quick.entry {
		t.Fatal("Ctrl+K did not open the quick-open box with the cursor in it")
	}
	test.Type(s.quick.entry, "hd 08 sinh hoat")
	pump()
	if len(s.quick.results) == 0 || s.quick.results[0].Doc.Number != "08-HD/BTCQU" {
		t.Fatalf("results = %+v", s.quick.results)
	}
	s.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	pump()
	if !s.library.reader.visible() || !strings.Contains(s.library.reader.title.Text, "08-HD/BTCQU") {
		t.Fatal("Enter did not open the first match in the reader")
	}
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault})
	s.quick.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc in the quick-open box did not close it")
	}
}
