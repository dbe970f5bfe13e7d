package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// The reader's study tools: copying with or without the citation, the
// right-click menu, the reader's own text size, the page and the heading
// the reader is at.

const prefReaderScale = "reader_scale" // the reader's text size, as a factor of the app's

var readerScales = []float64{0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75}

// scale is the reader's text size factor, as saved.
func (r *Reader) scale() float64 {
	if r.prefs == nil {
		return 1
	}
	return r.prefs.FloatWithFallback(prefReaderScale, 1)
}

// zoom makes the reader's text bigger (+1), smaller (-1) or as the app's
// (0), and keeps the choice; the window does not grow, the lines wrap.
func (r *Reader) zoom(step int) {
	cur := r.scale()
	i := 2
	for k, s := range readerScales {
		if s <= cur+0.001 {
			i = k
		}
	}
	switch {
	case step == 0:
		i = 2
	case step > 0 && i < len(readerScales)-1:
		i++
	case step < 0 && i > 0:
		i--
	}
	if r.prefs != nil {
		r.prefs.SetFloat(prefReaderScale, readerScales[i])
	}
	r.applyScale()
}

func (r *Reader) applyScale() {
	at := r.view.topOffset()
	r.view.textSize = fyne.CurrentApp().Settings().Theme().Size("text") * float32(r.scale())
	r.view.wraps, r.view.est = nil, nil
	r.view.scrollTo(at, 0)
}

// copySelection puts the selection on the clipboard, with its citation
// when cite: “…” (Nghị quyết số 15-NQ/QU ngày 12/3/2025 của …, Điều 2).
func (r *Reader) copySelection(cite bool) {
	text := r.view.selectedText()
	if text == "" || r.doc == nil {
		return
	}
	if cite {
		from, _ := r.view.selection()
		text = library.Quote(text, library.Citation(*r.doc, r.outline, r.pageAt, from))
	}
	fyne.CurrentApp().Clipboard().SetContent(text)
}

// showMenu is the right-click menu over the text, at global offset off.
func (r *Reader) showMenu(at fyne.Position, off int) {
	c := fyne.CurrentApp().Driver().CanvasForObject(r.view)
	if c == nil {
		return
	}
	r.menuAt = off
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(withKey(lang.X("reader.copy", "Sao chép"), "Ctrl+C"), func() { r.copySelection(false) }),
		fyne.NewMenuItem(withKey(lang.X("reader.copy_cite", "Sao chép kèm trích dẫn"), "Ctrl+Shift+C"), func() { r.copySelection(true) }),
	}
	items = append(items, r.markMenu()...)
	m := widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
	// all of it in the window: opened near the bottom, it goes up
	size := m.MinSize()
	at.Y = max(0, min(at.Y, c.Size().Height-size.Height))
	at.X = max(0, min(at.X, c.Size().Width-size.Width))
	m.ShowAtPosition(at)
}

// scrolled follows the view: the page shown, the heading the reader is
// in, the reading position kept.
func (r *Reader) scrolled() {
	if len(r.pageAt) > 1 {
		top := r.view.topOffset()
		page := 1
		for i, at := range r.pageAt {
			if at <= top {
				page = i + 1
			}
		}
		r.pageLabel.SetText(lang.X("reader.page_of", "Trang {{.P}}/{{.N}}", map[string]int{"P": page, "N": len(r.pageAt)}))
		r.pageLabel.Show()
	} else {
		r.pageLabel.Hide()
	}
	r.outlineUI.follow(r.currentSection())
	r.keepPosition()
}

// currentSection is the index in the outline of the heading at the top of
// the view, -1 above the first.
func (r *Reader) currentSection() int {
	top := r.view.topOffset()
	cur := -1
	for i, s := range r.outline {
		if s.Page >= 1 && s.Page <= len(r.pageAt) && r.pageAt[s.Page-1]+s.Offset <= top {
			cur = i
		}
	}
	return cur
}

func percent(f float32) string { return fmt.Sprintf("%d%%", int(f*100+0.5)) }
