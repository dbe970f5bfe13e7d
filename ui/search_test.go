package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// A new query cancels the search still running for the one before, and so
// does leaving (every keystroke once ran its search to the end).
func TestSearchCancelsTheQueryBefore(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(1)
	pump()
	s.search.entry.SetText("nghi quyet")
	s.search.run()
	first := s.search.ctx
	s.search.entry.SetText("chuyen doi so")
	s.search.run()
	if first == nil || first.Err() == nil {
		t.Fatal("the first query's search was not cancelled")
	}
	second := s.search.ctx
	s.dispose()
	if second.Err() == nil {
		t.Error("leaving did not cancel the search under way")
	}
}

// From the search box, Down moves into the results and Enter opens the
// one under the keyboard's focus.
func TestSearchResultsByKeyboard(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(1)
	pump()
	s.search.entry.SetText("nghi quyet")
	s.search.run()
	waitFor(t, func() bool { pump(); return len(s.search.results) > 0 })
	s.win.Canvas().Focus(s.search.entry)
	s.search.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if s.win.Canvas().Focused() != s.search.list {
		t.Fatal("Down did not move into the results")
	}
	s.search.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	pump()
	if s.library.reader == nil || s.library.reader.docID != s.search.results[0].ID {
		t.Fatal("Enter did not open the first result")
	}
}

// The library list is reached and used with the keyboard: arrows move,
// Enter opens the document under the focus.
func TestLibraryListByKeyboard(t *testing.T) {
	s := newTestShell(t, "")
	s.win.Canvas().Focus(s.library.list)
	s.library.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	s.library.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	pump()
	if s.library.reader.doc == nil && s.library.reader.docID == 0 {
		t.Fatal("Enter did not open a document")
	}
	// Delete asks before moving the focused document out of the library.
	s.library.closeReader()
	pump()
	s.library.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	pump()
	if top := s.win.Canvas().Overlays().Top(); top == nil || findLabel(top, "sẽ được chuyển vào Thùng rác") == nil {
		t.Fatal("Delete did not ask")
	}
}

// A hit with no kind or date (a news file) shows its folder, not its long
// path; a formal document shows its issuer with kind, number and date.
func TestResultLineSaysSomethingUseful(t *testing.T) {
	test.NewTempApp(t)
	row := newResultRow()
	setResultRow(row, library.Hit{Title: "Tin", Path: "/home/can-bo/Tài liệu/tin-tuc-2025/21479956.txt"})
	if got := row.(*fyne.Container).Objects[1].(*widget.Label).Text; got != "Thư mục: tin-tuc-2025" {
		t.Errorf("news hit: %q", got)
	}
	setResultRow(row, library.Hit{Title: "NQ", Kind: "Nghị quyết", Number: "15-NQ/QU", Issuer: "Quận ủy Tây Giang"})
	if got := row.(*fyne.Container).Objects[1].(*widget.Label).Text; !strings.Contains(got, "Quận ủy Tây Giang") || strings.Contains(got, "/home") {
		t.Errorf("formal hit: %q", got)
	}
}

// The actions' buttons name their shortcuts, and the shortcuts work.
func TestShortcutsShownAndWorking(t *testing.T) {
	s := newTestShell(t, "")
	for _, label := range []string{"Nhập tài liệu… (Ctrl+O)", "Nhập thư mục… (Ctrl+Shift+O)", "Dán đường dẫn… (Ctrl+L)"} {
		if findLabel(s.library.CanvasObject(), label) == nil {
			t.Errorf("no button %q", label)
		}
	}
	sc, ok := s.win.Canvas().(fyne.Shortcutable)
	if !ok {
		t.Skip("the test canvas takes no shortcuts")
	}
	sc.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault})
	pump()
	top := s.win.Canvas().Overlays().Top()
	if top == nil || findLabel(top, "Sửa câu hỏi") == nil && findLabel(top, "Câu hỏi") == nil {
		t.Fatal("Ctrl+N did not open a new question")
	}
}
