package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The window's keys.

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

func TestShortcutsWorkWhileTypingInSearch(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(1)
	s.win.Canvas().Focus(s.search.entry)
	focused := s.win.Canvas().Focused().(fyne.Shortcutable)
	focused.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault})
	if s.dialog == nil || s.quick == nil {
		t.Fatal("Ctrl+K in the search field did not open quick-open")
	}
}

// Tab moves in reading order: in the library the toolbar, then the
// list's column headings, then the list (Tab once went to the list first,
// before its toolbar, as Fyne's border container puts its centre first).
func TestTabFollowsReadingOrder(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(0)
	pump()
	c := s.win.Canvas()
	c.Unfocus()
	var order []string
	for range 16 {
		c.FocusNext()
		switch f := c.Focused().(type) {
		case *widget.Button:
			order = append(order, "button:"+f.Text)
		case nil:
			order = append(order, "none")
		default:
			if f == fyne.Focusable(s.library.list) {
				order = append(order, "list")
			} else {
				order = append(order, fmt.Sprintf("%T", f))
			}
		}
	}
	t.Log(order)
	list := slices.Index(order, "list")
	if list < 0 {
		t.Fatal("Tab never reaches the library's list")
	}
	if !strings.HasPrefix(order[0], "button:") || list < 3 {
		t.Errorf("Tab order %q: the toolbar comes first, then the list", order)
	}
}

// Enter closes a dialog that only informs (a summary, an error), and
// Ctrl+O over a summary closes it instead of stacking the file dialog on
// it.
func TestEnterClosesInformationDialogs(t *testing.T) {
	s := newTestShell(t, "")
	s.showError(errors.New("thử"), "")
	if s.dialog == nil {
		t.Fatal("no dialog")
	}
	s.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s.dialog != nil {
		t.Error("Enter did not close the error")
	}
	s.showInfo(dialog.NewInformation("Xong", "Đã nhập 1 văn bản.", s.win))
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault})
	pump()
	if s.files == nil || s.dialog != s.files.d || len(s.win.Canvas().Overlays().List()) != 1 {
		t.Errorf("Ctrl+O over a summary: %d dialogs open", len(s.win.Canvas().Overlays().List()))
	}
}
