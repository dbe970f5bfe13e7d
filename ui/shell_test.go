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
	"sotay/library"
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

// findObject returns the first visible object under o (depth first) for
// which match is true.
func findObject(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	if match(o) {
		return o
	}
	var children []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		children = v.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(v).Objects()
	}
	for _, c := range children {
		if f := findObject(c, match); f != nil {
			return f
		}
	}
	return nil
}

// findLabel returns the first visible label or button under o whose text
// contains text.
func findLabel(o fyne.CanvasObject, text string) fyne.CanvasObject {
	return findObject(o, func(o fyne.CanvasObject) bool {
		switch v := o.(type) {
		case *widget.Label:
			return strings.Contains(v.Text, text)
		case *widget.Button:
			return strings.Contains(v.Text, text)
		}
		return false
	})
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
	s.library.runImport([]string{dir}, "")
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

func TestFullTextSearchOpensReaderAtTheHits(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(1)
	test.Type(s.search.entry, "chuyen doi so")
	pump()
	res := s.search.res
	if res == nil || res.Total < 3 || len(s.search.results) != res.Total {
		t.Fatalf("chuyen doi so: %+v", res)
	}
	if !strings.Contains(s.search.status.Text, "văn bản ·") || !strings.Contains(s.search.status.Text, "ms") {
		t.Errorf("status %q lacks the count and time", s.search.status.Text)
	}
	first := s.search.results[0]
	if first.Number != "15-NQ/QU" {
		t.Errorf("first result %q, want the resolution on chuyển đổi số", first.Title)
	}
	// The snippet shows the hit in bold.
	row := newResultRow()
	setResultRow(row, first)
	bold := false
	for _, seg := range row.(*fyne.Container).Objects[2].(*widget.RichText).Segments {
		if ts := seg.(*widget.TextSegment); ts.Style.TextStyle.Bold && strings.EqualFold(ts.Text, "chuyển đổi số") {
			bold = true
		}
	}
	if !bold {
		t.Errorf("snippet %q has no bold hit", first.Snippet.Text)
	}

	s.search.list.Select(0)
	pump()
	r := s.library.reader
	if s.tabs.SelectedIndex() != 0 || !r.visible() || len(r.hits) < 5 {
		t.Fatalf("reader visible %v with %d hits", r.visible(), len(r.hits))
	}
	if !strings.Contains(r.hitLabel.Text, "1/") {
		t.Errorf("hit label %q", r.hitLabel.Text)
	}
	// F3 moves on, Shift+F3 back, wrapping around.
	typeKey := func(k fyne.KeyName) {
		s.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: k})
	}
	typeKey(fyne.KeyF3)
	if r.cur != 1 || !strings.Contains(r.hitLabel.Text, "2/") {
		t.Errorf("F3: hit %d, label %q", r.cur, r.hitLabel.Text)
	}
	s.shift = true
	typeKey(fyne.KeyF3)
	typeKey(fyne.KeyF3)
	s.shift = false
	if r.cur != len(r.hits)-1 {
		t.Errorf("Shift+F3 twice from hit 2: hit %d of %d", r.cur, len(r.hits))
	}
	// The current hit is drawn differently from the others.
	cur := r.hits[r.cur]
	if r.view.cur.from != cur.from || r.view.cur.to != cur.to || r.view.cur.color == cur.color {
		t.Errorf("current hit %v not drawn apart from the others (%v)", r.view.cur, cur)
	}
	if got := string(r.view.textRange(cur.from, cur.to)); !strings.EqualFold(got, "chuyển đổi số") {
		t.Errorf("the current hit covers %q", got)
	}
	if r.view.top == 0 {
		t.Errorf("the reader did not scroll to the last hit")
	}
	// Esc goes back to the results.
	typeKey(fyne.KeyEscape)
	if r.visible() || s.tabs.SelectedIndex() != 1 {
		t.Errorf("Esc: reader visible %v, tab %d", r.visible(), s.tabs.SelectedIndex())
	}
}

func TestSearchSaysWhatItSearched(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(1)
	test.Type(s.search.entry, "sinh hoajt chi booj")
	pump()
	if !strings.Contains(s.search.status.Text, "Đang hiển thị kết quả cho: sinh hoạt chi bộ") || len(s.search.results) == 0 {
		t.Errorf("Telex: %q, %d results", s.search.status.Text, len(s.search.results))
	}
	// Filters: the only Hướng dẫn among the samples.
	s.search.kind.SetSelected("Hướng dẫn")
	pump()
	if len(s.search.results) != 1 || s.search.results[0].Number != "08-HD/BTCQU" {
		t.Errorf("kind filter: %+v", s.search.results)
	}
	s.search.kind.SetSelectedIndex(0)
	s.search.year.SetSelected("2003")
	pump()
	if len(s.search.results) != 0 || !strings.Contains(s.search.status.Text, "bỏ bộ lọc") {
		t.Errorf("year filter: %d results, %q", len(s.search.results), s.search.status.Text)
	}
	// Odd input is searched, not refused.
	s.search.year.SetSelectedIndex(0)
	for _, q := range []string{`"`, "NEAR(", "-", "*"} {
		s.search.entry.SetText(q)
		pump()
		if strings.Contains(s.search.status.Text, "lỗi") {
			t.Errorf("%q: %q", q, s.search.status.Text)
		}
	}
}

// findEntry returns the entry under o whose text is text.
func findEntry(o fyne.CanvasObject, text string) *widget.Entry {
	switch e := findObject(o, func(o fyne.CanvasObject) bool {
		switch e := o.(type) {
		case *widget.Entry:
			return e.Text == text
		case *escEntry:
			return e.Text == text
		}
		return false
	}).(type) {
	case *widget.Entry:
		return e
	case *escEntry:
		return &e.Entry
	}
	return nil
}

func tapIn(t *testing.T, s *Shell, o fyne.CanvasObject, text string) {
	t.Helper()
	l := findLabel(o, text)
	if l == nil {
		t.Fatalf("no %q", text)
	}
	test.Tap(l.(fyne.Tappable))
	pump()
}

func TestReaderEditsAndDeletesDocuments(t *testing.T) {
	s := newTestShell(t, "")
	tapText(t, s, "Công văn số 112-CV/HU")
	r := s.library.reader
	if r.doc == nil || r.doc.Number != "112-CV/HU" {
		t.Fatalf("reader did not load the letter: %+v", r.doc)
	}
	// Edit: correct the number and date; the list and the search follow.
	moreAction(t, r, "Sửa thông tin")
	form := s.win.Canvas().Overlays().Top()
	findEntry(form, "112-CV/HU").SetText("113-CV/HU")
	findEntry(form, "17/11/2003").SetText("18/11/2003")
	tapIn(t, s, form, "Lưu")
	if r.doc == nil || r.doc.Number != "113-CV/HU" || r.doc.IssuedOn != "2003-11-18" {
		t.Fatalf("after edit: %+v", r.doc)
	}
	res, err := s.lib.Search(t.Context(), "113-CV/HU", library.SearchOptions{})
	if err != nil || res.Total != 1 {
		t.Fatalf("edited number not found: %v %+v", err, res)
	}
	// Delete, after confirming.
	moreAction(t, r, "Xoá")
	tapIn(t, s, s.win.Canvas().Overlays().Top(), "Xoá")
	if r.visible() || len(s.library.order) != 5 {
		t.Fatalf("after delete: reader visible %v, %d documents", r.visible(), len(s.library.order))
	}
	if res, _ := s.lib.Search(t.Context(), "phat trien dang vien nam 2003", library.SearchOptions{}); res.Total != 0 {
		t.Errorf("deleted document still found: %d", res.Total)
	}
	// It waits in Thùng rác, from which it comes back.
	s.library.showTrash()
	pump()
	top := s.win.Canvas().Overlays().Top()
	if findLabel(top, "Công văn số 112-CV/HU") == nil {
		t.Fatal("the deleted document is not in Thùng rác")
	}
	tapButton(t, top, "Khôi phục")
	pump()
	waitFor(t, func() bool { pump(); return len(s.library.order) == 6 })
	// Dọn sạch asks, then deletes for good.
	for s.win.Canvas().Overlays().Top() != nil {
		s.win.Canvas().Overlays().Top().Hide() // the trash, shown again after restoring
	}
	tapText(t, s, "Công văn số 112-CV/HU")
	waitFor(t, func() bool { pump(); return r.visible() && r.doc != nil })
	moreAction(t, r, "Xoá")
	tapIn(t, s, s.win.Canvas().Overlays().Top(), "Xoá")
	s.library.showTrash()
	pump()
	tapButton(t, s.win.Canvas().Overlays().Top(), "Dọn sạch thùng rác…")
	tapButton(t, s.win.Canvas().Overlays().Top(), "Xoá hẳn")
	pump()
	if trash, _ := s.lib.Trashed(t.Context()); len(trash) != 0 {
		t.Errorf("%d documents left in the trash", len(trash))
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{"12/03/2025": "2025-03-12", "1/2/2003": "2003-02-01", "2025-03-12": "2025-03-12", " ": ""} {
		if got, ok := parseDate(in); !ok || got != want {
			t.Errorf("parseDate(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := parseDate("31/02/2025"); ok {
		t.Error("31/02/2025 accepted")
	}
}
