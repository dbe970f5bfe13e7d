package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// openSample opens the sample resolution in the reader, at 1024×600.
func openSample(t *testing.T, s *Shell) *Reader {
	t.Helper()
	s.win.Resize(fyne.NewSize(1024, 600))
	tapText(t, s, "Nghị quyết số 15-NQ/QU")
	r := s.library.reader
	waitFor(t, func() bool { pump(); return r.doc != nil && len(r.view.paras) > 10 })
	return r
}

// pointAt is the position in the view of global offset off (it must be
// in sight).
func pointAt(t *testing.T, d *docView, off int) fyne.Position {
	t.Helper()
	var pos fyne.Position
	found := false
	d.visit(func(i int, l docLine, y float32) {
		p := d.paras[i]
		if found || p.kind.decor() || off < p.start+l.from || off > p.start+l.to {
			return
		}
		x := d.lineX(i, l) + d.measure(p.runes[l.from:off-p.start], p.kind)
		pos, found = fyne.NewPos(x+0.5, y+d.lineHeight(p.kind)/2), true
	})
	if !found {
		t.Fatalf("offset %d not in sight", off)
	}
	return pos
}

// find is the global offset of s in the reader's text.
func find(t *testing.T, r *Reader, s string) int {
	t.Helper()
	for _, p := range r.view.paras {
		if p.kind.decor() {
			continue
		}
		if i := strings.Index(string(p.runes), s); i >= 0 {
			return p.start + len([]rune(string(p.runes)[:i]))
		}
	}
	t.Fatalf("%q not in the text", s)
	return 0
}

// A cadre selects a passage with the mouse, copies it (with its citation),
// highlights it, writes a note on it and bookmarks a place; the marks are
// kept and shown again when the document is reopened.
func TestReaderSelectCopyHighlightNote(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	d := r.view
	from := find(t, r, "100% văn bản đi")
	d.scrollTo(from, 0.3)
	to := from + len([]rune("100% văn bản đi"))
	d.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pointAt(t, d, from)}, Button: desktop.MouseButtonPrimary})
	d.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pointAt(t, d, to)}})
	d.DragEnd()
	if got := d.selectedText(); got != "100% văn bản đi" {
		t.Fatalf("dragged selection %q", got)
	}
	d.TypedShortcut(&fyne.ShortcutCopy{})
	if got := fyne.CurrentApp().Clipboard().Content(); got != "100% văn bản đi" {
		t.Errorf("Ctrl+C copied %q", got)
	}
	d.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyC, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	cite := fyne.CurrentApp().Clipboard().Content()
	if !strings.HasPrefix(cite, "“100% văn bản đi” (Nghị quyết số 15-NQ/QU ngày 12/3/2025 của ") || !strings.Contains(cite, "Điều") {
		t.Errorf("Ctrl+Shift+C copied %q", cite)
	}
	// The right-click menu offers the study tools.
	d.TappedSecondary(&fyne.PointEvent{Position: pointAt(t, d, from+2)})
	top := s.win.Canvas().Overlays().Top()
	for _, item := range []string{"Sao chép", "Sao chép kèm trích dẫn", "Tô sáng", "Ghi chú…", "Đánh dấu trang"} {
		if findObject(top, func(o fyne.CanvasObject) bool {
			l, ok := o.(*canvas.Text)
			return ok && strings.HasPrefix(l.Text, item)
		}) == nil {
			t.Errorf("no %q in the menu", item)
		}
	}
	s.win.Canvas().Overlays().Remove(top)
	if d.selectedText() != "100% văn bản đi" {
		t.Fatalf("right click inside the selection changed it to %q", d.selectedText())
	}
	r.addMark(library.NoteHighlight, "green", "")
	pump()
	// A note on a word chosen by a double click.
	word := find(t, r, "chuyển đổi số")
	d.scrollTo(word, 0.3)
	for range 2 {
		d.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: pointAt(t, d, word+1)}, Button: desktop.MouseButtonPrimary})
	}
	if got := d.selectedText(); got != "chuyển" {
		t.Fatalf("double click selected %q", got)
	}
	r.editNote(nil)
	dlg := s.win.Canvas().Overlays().Top()
	body := findObject(dlg, func(o fyne.CanvasObject) bool { e, ok := o.(*widget.Entry); return ok && e.MultiLine }).(*widget.Entry)
	test.Type(body, "Chi bộ làm trước quý III")
	tapButton(t, dlg, "Lưu")
	pump()
	r.addMark(library.NoteBookmark, "", "")
	pump()
	notes, err := s.lib.Notes(context.Background(), library.NoteFilter{DocumentID: r.docID})
	if err != nil || len(notes) != 3 {
		t.Fatalf("%d notes kept, want 3 (%v)", len(notes), err)
	}
	kinds := map[string]library.Note{}
	for _, n := range notes {
		kinds[n.Kind] = n
	}
	if h := kinds[library.NoteHighlight]; h.Quote != "100% văn bản đi" || h.Color != "green" {
		t.Errorf("highlight %+v", h)
	}
	if n := kinds[library.NoteText]; n.Quote != "chuyển" || n.Body != "Chi bộ làm trước quý III" {
		t.Errorf("note %+v", n)
	}
	if _, ok := kinds[library.NoteBookmark]; !ok {
		t.Error("no bookmark")
	}
	// Reopened, the document shows its two coloured marks.
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	r = openSample(t, s)
	waitFor(t, func() bool { pump(); return len(r.notes) == 3 })
	if len(r.view.marks) != 2 {
		t.Errorf("%d marks drawn, want the highlight and the note", len(r.view.marks))
	}
	if len(r.view.bookmarks) != 1 {
		t.Errorf("%d bookmarks shown in the margin, want 1", len(r.view.bookmarks))
	}
}

// The reader reads on with the keyboard, keeps its own text size and
// returns to where the reader left off.
func TestReaderKeyboardZoomAndPosition(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	d := r.view
	if s.win.Canvas().Focused() != d {
		t.Error("the text does not have the keyboard when the reader opens")
	}
	d.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if d.top == 0 && d.topOff == 0 {
		t.Fatal("PgDn did not move")
	}
	d.TypedRune(' ')
	afterSpace := d.topOffset()
	d.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	if d.topOffset() >= afterSpace {
		t.Error("PgUp did not go back")
	}
	d.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if d.fraction() < 0.99 {
		t.Errorf("End: at %.2f", d.fraction())
	}
	if r.outlineUI.cur != len(r.outline)-1 {
		t.Errorf("at the end the outline marks heading %d of %d", r.outlineUI.cur+1, len(r.outline))
	}
	d.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if d.top != 0 || d.topOff != 0 {
		t.Error("Home did not go to the top")
	}
	size := d.size()
	d.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault})
	if d.size() <= size || s.app.Preferences().Float(prefReaderScale) <= 1 {
		t.Errorf("Ctrl+= : size %v → %v", size, d.size())
	}
	if w := s.win.Canvas().Size().Width; w > 1024 {
		t.Errorf("the window grew to %v", w)
	}
	// every line in sight fits the text's width at the new size (widths
	// measured at the old size once ran the lines off the edge)
	_, tw := d.textArea()
	d.visit(func(i int, l docLine, y float32) {
		p := d.paras[i]
		if w := d.measure(p.runes[l.from:l.to], p.kind); w > tw+1 {
			t.Errorf("a line %.0f px wide in %.0f px: %q", w, tw, string(p.runes[l.from:l.to]))
		}
	})
	d.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault})
	if d.size() != size {
		t.Errorf("Ctrl+0: size %v, want %v", d.size(), size)
	}
	// Read to the middle, leave, come back: the reader is where it was.
	target := find(t, r, "Điều 3")
	d.scrollTo(target, 0)
	at := d.topOffset()
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	pump()
	_, pct, _ := s.lib.ReadingPosition(context.Background(), r.docID)
	if pct <= 0 {
		t.Errorf("reading progress %d%%", pct)
	}
	if findLabel(s.library.list, readText(pct)) == nil {
		t.Errorf("the library list does not show %q read", readText(pct))
	}
	r = openSample(t, s)
	if got := r.view.topOffset(); got != at {
		t.Errorf("reopened at %d, want %d", got, at)
	}
}

// Ctrl+F in the reader finds in the document, folded as search folds:
// "chuyen doi so" finds "chuyển đổi số" and "Chuyển đổi số"; Enter goes
// to the next match; Esc closes and the keyboard returns to the text.
func TestReaderFindInDocument(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	if s.tabs.SelectedIndex() != 0 || !r.findBar.Visible() || s.win.Canvas().Focused() != r.findEntry {
		t.Fatal("Ctrl+F in the reader did not open the find box")
	}
	test.Type(r.findEntry, "chuyen doi so")
	if len(r.hits) < 2 {
		t.Fatalf("%d matches", len(r.hits))
	}
	for _, h := range r.hits {
		if got := r.view.textRange(h.from, h.to); strings.ToLower(got) != "chuyển đổi số" {
			t.Errorf("match %q", got)
		}
	}
	first := r.cur
	r.findEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if r.cur != (first+1)%len(r.hits) || !strings.Contains(r.hitLabel.Text, "/") {
		t.Errorf("Enter: match %d, label %q", r.cur, r.hitLabel.Text)
	}
	r.findEntry.SetText("không có trong văn bản này")
	if len(r.hits) != 0 || !strings.Contains(r.hitLabel.Text, "Không thấy") {
		t.Errorf("no match: %d hits, label %q", len(r.hits), r.hitLabel.Text)
	}
	r.findEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if r.findBar.Visible() || s.win.Canvas().Focused() != r.view || len(r.view.marks) != 0 {
		t.Error("Esc did not close the find box")
	}
}

// Ghi chú lists the marks of the whole library, filtered by words
// (folded), colour and document; a tap opens the document at the mark,
// selected.
func TestNotesPlaceListsFiltersAndOpens(t *testing.T) {
	s := newTestShell(t, "")
	ctx := context.Background()
	docs, _ := s.lib.Documents(ctx)
	var nq, tb library.Document
	for _, d := range docs {
		switch d.Number {
		case "15-NQ/QU":
			nq = d
		case "27-TB/QU":
			tb = d
		}
	}
	text, _ := s.lib.Text(ctx, nq.ID)
	off := len([]rune(text[:strings.Index(text, "100% văn bản đi")]))
	if _, err := s.lib.AddNote(ctx, library.Note{DocumentID: nq.ID, Start: off, End: off + 15, Color: "pink", Body: "Chỉ tiêu ký số"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.lib.AddNote(ctx, library.Note{DocumentID: tb.ID, Start: 0, End: 9, Color: "blue"}); err != nil {
		t.Fatal(err)
	}
	s.selectPlace(s.notes.CanvasObject())
	pump()
	n := s.notes
	if len(n.notes) != 2 || !strings.Contains(n.status.Text, "2") {
		t.Fatalf("%d notes listed, status %q", len(n.notes), n.status.Text)
	}
	n.query.SetText("chi tieu ky so")
	pump()
	if len(n.notes) != 1 || n.notes[0].DocumentID != nq.ID {
		t.Fatalf("folded words: %d notes", len(n.notes))
	}
	n.query.SetText("")
	n.colour.SetSelected(colorName("blue"))
	pump()
	if len(n.notes) != 1 || n.notes[0].DocumentID != tb.ID {
		t.Fatalf("by colour: %d notes", len(n.notes))
	}
	n.colour.SetSelectedIndex(0)
	pump()
	for i, d := range n.docs {
		if d.ID == nq.ID {
			n.doc.SetSelectedIndex(i + 1)
		}
	}
	pump()
	if len(n.notes) != 1 || n.notes[0].DocumentID != nq.ID {
		t.Fatalf("by document: %d notes", len(n.notes))
	}
	n.list.Select(0)
	pump()
	r := s.library.reader
	waitFor(t, func() bool { pump(); return r.doc != nil && r.doc.ID == nq.ID && len(r.view.paras) > 5 })
	if s.tabs.SelectedIndex() != 0 || r.view.selectedText() != "100% văn bản đi" {
		t.Errorf("opened with %q selected", r.view.selectedText())
	}
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if s.tabs.Selected().Content != s.places[n.CanvasObject()] {
		t.Error("Esc did not return to Ghi chú")
	}
}

// The bar of search hits sits above the text, not over it (it once covered
// the first lines).
func TestReaderHitBarDoesNotCoverTheText(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	test.Type(r.findEntry, "chi bo")
	pump()
	bar := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.hitBar)
	text := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.view)
	if !r.hitBar.Visible() || bar.Y+r.hitBar.Size().Height > text.Y+1 {
		t.Errorf("hit bar %v+%v reaches into the text at %v", bar.Y, r.hitBar.Size().Height, text.Y)
	}
}

// A right click between words selects a word next to it (it once selected
// nothing, and Tô sáng was greyed); over a highlight it offers to change
// or remove it.
func TestReaderRightClickBetweenWordsAndOnANote(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	d := r.view
	off := find(t, r, "Điều 1.") + len([]rune("Điều 1.")) // the space after "1."
	d.scrollTo(off, 0.3)
	d.TappedSecondary(&fyne.PointEvent{Position: pointAt(t, d, off)})
	if got := d.selectedText(); got == "" || strings.ContainsAny(got, " .") {
		t.Errorf("right click between words selected %q", got)
	}
	s.win.Canvas().Overlays().Top().Hide()
	from, to := d.selection()
	r.addMark(library.NoteHighlight, "yellow", "")
	pump()
	d.anchor, d.caret = 0, 0
	d.TappedSecondary(&fyne.PointEvent{Position: pointAt(t, d, from+1)})
	_ = to
	top := s.win.Canvas().Overlays().Top()
	if findObject(top, func(o fyne.CanvasObject) bool { l, ok := o.(*canvas.Text); return ok && l.Text == "Bỏ tô sáng" }) == nil {
		t.Error("a right click on a highlight does not offer to remove it")
	}
}

// Find: Shift+F3 goes back (from the box and from the text), F3 works in
// the box, the box has room, Esc in the text closes the box before the
// reader.
func TestReaderFindKeys(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault})
	test.Type(r.findEntry, "chuyen doi so")
	if len(r.hits) < 3 {
		t.Fatalf("%d matches", len(r.hits))
	}
	if w := r.findEntry.Size().Width; w < 300 {
		t.Errorf("the find box is %v px wide", w)
	}
	at := r.cur
	r.findEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3})
	if r.cur != (at+1)%len(r.hits) {
		t.Errorf("F3 in the box: %d → %d", at, r.cur)
	}
	r.findEntry.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	r.findEntry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3})
	r.findEntry.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if r.cur != at {
		t.Errorf("Shift+F3 in the box: went to %d, want back to %d", r.cur, at)
	}
	s.win.Canvas().Focus(r.view)
	r.view.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	r.view.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF3})
	r.view.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if want := (at - 1 + len(r.hits)) % len(r.hits); r.cur != want {
		t.Errorf("Shift+F3 in the text: %d, want %d", r.cur, want)
	}
	r.view.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !r.visible() || r.findBar.Visible() {
		t.Error("Esc in the text did not just close the find box")
	}
	r.view.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if r.visible() {
		t.Error("a second Esc did not close the reader")
	}
}

// The rules a letterhead draws under its parts in a text file
// ("-------", "---------------") are not shown as paragraphs; the text
// around them keeps its offsets.
func TestReaderHidesDrawnRules(t *testing.T) {
	s := newTestShell(t, "")
	r := openSample(t, s)
	page := "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n* * *\nSố: 88/KH-UBND\n- Cửa sông Đông: lấy mẫu tại một vị trí.\n"
	r.show([]string{page}, nil)
	for _, p := range r.view.paras {
		if p.kind.decor() {
			continue
		}
		if t2 := strings.TrimSpace(string(p.runes)); strings.Trim(t2, "-_* ") == "" {
			t.Errorf("a drawn rule shown: %q", t2)
		}
	}
	if off := find(t, r, "Số: 88/KH-UBND"); off != strings.Index(page, "Số: 88")-(len(page[:strings.Index(page, "Số: 88")])-len([]rune(page[:strings.Index(page, "Số: 88")]))) {
		t.Errorf("the number's line at offset %d", off)
	}
	find(t, r, "- Cửa sông Đông") // a dash point is no rule

	// a legal site's headline, repeated line after line, is shown once
	head := "Toàn văn Kế hoạch 07-KH/BCĐT triển khai Phong trào 'Sổ tay số'?"
	r.show([]string{head + "\n" + head + "\n" + head + "\nBan Chỉ đạo tỉnh đã có Kế hoạch 07-KH/BCĐT.\n"}, nil)
	n := 0
	for _, p := range r.view.paras {
		if !p.kind.decor() && string(p.runes) == head {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the headline shown %d times", n)
	}
}
