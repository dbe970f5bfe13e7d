package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// escEntry is an entry that reports Esc, so a dialog can close while the
// user is typing in it (Fyne gives keys to the focused widget only), and
// passes the window's own shortcuts (Ctrl+K, Ctrl+F, …) on to the window:
// a plain entry swallows every shortcut it does not know.
type escEntry struct {
	widget.Entry
	onEsc  func()
	onDown func()          // Down arrow: into the results below, if set
	onF3   func(back bool) // F3 / Shift+F3, if set (find in the reader)
	window fyne.Window
	shift  bool
}

// KeyDown and KeyUp follow Shift (for Shift+F3), then act as an entry.
func (e *escEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

func (e *escEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

func newEscEntry(w fyne.Window, onEsc func()) *escEntry {
	e := &escEntry{onEsc: onEsc, window: w}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes on Esc and otherwise behaves as an entry.
func (e *escEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	if k.Name == fyne.KeyDown && e.onDown != nil && !e.MultiLine {
		e.onDown()
		return
	}
	if k.Name == fyne.KeyF3 && e.onF3 != nil {
		e.onF3(e.shift)
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut hands the window's shortcuts to the window.
func (e *escEntry) TypedShortcut(sc fyne.Shortcut) {
	if cs, ok := sc.(*desktop.CustomShortcut); ok && e.window != nil {
		if c, ok := e.window.Canvas().(fyne.Shortcutable); ok {
			c.TypedShortcut(cs)
			return
		}
	}
	e.Entry.TypedShortcut(sc)
}

// QuickOpen is the Ctrl+K box: it filters document titles and numbers as
// the user types (folded, fuzzy) and opens the chosen document.
type QuickOpen struct {
	entry   *escEntry
	list    *widget.List
	results []library.QuickMatch
	gen     int
	dialog  dialog.Dialog
}

// showQuickOpen opens the quick-open box over the window.
func (s *Shell) showQuickOpen() {
	s.pickDocument(lang.X("quick.title", "Mở nhanh văn bản"), func(d library.Summary) { s.openDocument(d, nil) })
}

// pickDocument shows the quick-open box titled title; choosing a document
// closes it and calls onPick.
func (s *Shell) pickDocument(title string, onPick func(library.Summary)) {
	if s.cat == nil {
		return
	}
	q := &QuickOpen{}
	cat := s.cat
	open := func(i int) {
		if i < 0 || i >= len(q.results) {
			return
		}
		q.dialog.Hide()
		onPick(q.results[i].Doc)
	}
	q.entry = newEscEntry(s.win, func() { q.dialog.Hide() })
	q.entry.SetPlaceHolder(lang.X("quick.placeholder", "Gõ tên hoặc số hiệu văn bản, ví dụ: nq 15 quan uy"))
	q.entry.OnSubmitted = func(string) { open(0) }
	q.list = widget.NewList(func() int { return len(q.results) },
		newDocumentRow,
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(q.results) {
				setDocumentRow(o, q.results[id].Doc.Title)
			}
		})
	q.list.OnSelected = func(id widget.ListItemID) { open(id) }
	q.entry.OnChanged = func(text string) {
		q.gen++
		gen := q.gen
		async(func() ([]library.QuickMatch, error) {
			return cat.find(text, 30), nil
		}, func(res []library.QuickMatch, _ error) {
			if gen != q.gen {
				return // a newer keystroke is on its way
			}
			q.results = res
			q.list.Refresh()
			q.list.ScrollToTop()
		})
	}
	content := border(q.entry, nil, nil, nil, q.list)
	q.dialog = dialog.NewCustom(title, lang.X("quick.close", "Đóng"), content, s.win)
	q.dialog.Resize(fyne.NewSize(760, 480))
	s.quick = q
	s.showDialog(q.dialog)
	s.win.Canvas().Focus(q.entry)
}

// keyList is a list the keyboard can use: arrows move, Enter (as Space)
// opens the row under the keyboard focus.
type keyList struct {
	widget.List
	focus    widget.ListItemID          // the row under the keyboard focus, as the list moves it
	onDelete func(id widget.ListItemID) // Delete on a row, if set
	onEnter  func(id widget.ListItemID) // Enter on a row, if set (else Enter selects it)
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *keyList) TypedKey(k *fyne.KeyEvent) {
	n := 0
	if l.Length != nil {
		n = l.Length()
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if l.onEnter != nil {
			if l.focus < n {
				l.onEnter(l.focus)
			}
			return
		}
		k = &fyne.KeyEvent{Name: fyne.KeySpace}
	case fyne.KeyDown:
		if l.focus < n-1 {
			l.focus++
		}
	case fyne.KeyUp:
		if l.focus > 0 {
			l.focus--
		}
	case fyne.KeyDelete:
		if l.onDelete != nil && l.focus < n {
			l.onDelete(l.focus)
		}
		return
	}
	l.List.TypedKey(k)
}
