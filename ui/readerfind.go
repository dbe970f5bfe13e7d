package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/internal/viet"
)

// Find in the document (Ctrl+F in the reader): the words are found folded
// as search folds them (case, tones, marks, đ), every match highlighted,
// Enter or F3 for the next, Shift+F3 for the previous, Esc closes.

// newFindBar makes the find box; it stays hidden until Ctrl+F.
func (r *Reader) newFindBar() *fyne.Container {
	r.findEntry = newEscEntry(nil, r.closeFind)
	r.findEntry.SetPlaceHolder(lang.X("reader.find_hint", "Tìm trong văn bản (gõ có dấu hoặc không dấu)"))
	r.findEntry.OnChanged = func(string) { r.find() }
	r.findEntry.OnSubmitted = func(string) { r.step(1) }
	r.findEntry.onF3 = func(back bool) {
		if back {
			r.step(-1)
		} else {
			r.step(1)
		}
	}
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), r.closeFind)
	closeBtn.Importance = widget.LowImportance
	// the whole width: in a row of buttons the box was 55 px wide
	box := border(nil, nil, nil, closeBtn, r.findEntry)
	box.Hide()
	return box
}

// openFind shows the find box with the keyboard in it.
func (r *Reader) openFind() {
	if r.doc == nil {
		return
	}
	r.findEntry.window = r.win
	r.showBar(r.findBar)
	if r.win != nil {
		r.win.Canvas().Focus(r.findEntry)
	}
	if r.findEntry.Text != "" {
		r.find()
	}
}

// closeFind hides the find box, its matches and gives the keyboard back
// to the text.
func (r *Reader) closeFind() {
	r.hideBar(r.findBar)
	r.findEntry.SetText("")
	r.hits, r.cur = nil, 0
	r.view.cur = docMark{}
	r.hideBar(r.hitBar)
	r.showMarks()
	if r.win != nil {
		r.win.Canvas().Focus(r.view)
	}
}

// find marks every match of the find box's words and goes to the first
// one at or after the top of the view.
func (r *Reader) find() {
	q := []rune(viet.Fold(r.findEntry.Text))
	for len(q) > 0 && q[0] == ' ' {
		q = q[1:]
	}
	r.hits, r.cur = nil, 0
	r.view.cur = docMark{}
	if len(q) == 0 {
		r.hideBar(r.hitBar)
		r.showMarks()
		return
	}
	if r.folded == nil {
		r.folded = make([][]rune, len(r.view.paras))
		for i, p := range r.view.paras {
			if !p.kind.decor() {
				f := make([]rune, len(p.runes))
				for k, c := range p.runes {
					f[k] = viet.FoldRune(c)
				}
				r.folded[i] = f
			}
		}
	}
	for i, f := range r.folded {
		start := r.view.paras[i].start
		for k := 0; k+len(q) <= len(f); k++ {
			if f[k] == q[0] && string(f[k:k+len(q)]) == string(q) {
				r.hits = append(r.hits, docMark{from: start + k, to: start + k + len(q), color: hitColor()})
				k += len(q) - 1
			}
		}
	}
	r.showMarks()
	if len(r.hits) == 0 {
		r.hitLabel.SetText(lang.X("reader.find_none", "Không thấy “{{.Q}}” trong văn bản", map[string]string{"Q": r.findEntry.Text}))
		r.showBar(r.hitBar)
		return
	}
	r.showBar(r.hitBar)
	top := r.view.topOffset()
	first := 0
	for i, h := range r.hits {
		if h.from >= top {
			first = i
			break
		}
	}
	r.goTo(first)
}

// findShortcut is Ctrl+F: in the reader it finds in the document.
func (r *Reader) findShortcut() bool {
	if !r.visible() || r.doc == nil {
		return false
	}
	r.openFind()
	return true
}

// showBar and hideBar show or hide a bar above the text and lay the reader
// out again: the text moves down under it (the hit bar once covered the
// first lines).
func (r *Reader) showBar(b fyne.CanvasObject) {
	if !b.Visible() {
		b.Show()
		r.root.Refresh()
	}
}

func (r *Reader) hideBar(b fyne.CanvasObject) {
	if b.Visible() {
		b.Hide()
		r.root.Refresh()
	}
}
