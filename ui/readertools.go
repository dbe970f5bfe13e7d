package ui

import (
	"context"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/assets"
	"sotay/library"
	"sotay/library/report"
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
	// the heading of what is read: a third of the way down the view (at
	// the end of a document the last heading never reached the top)
	top := r.view.offsetAt(fyne.NewPos(r.view.Size().Width/2, r.view.Size().Height/3))
	if r.view.fraction() > 0.99 {
		top = r.view.end()
	}
	cur := -1
	for i, s := range r.outline {
		if s.Page >= 1 && s.Page <= len(r.pageAt) && r.pageAt[s.Page-1]+s.Offset <= top {
			cur = i
		}
	}
	return cur
}

func percent(f float32) string { return fmt.Sprintf("%d%%", int(f*100+0.5)) }

// printPDF saves the document as an A4 PDF in large type (16 pt), for
// reading on paper: its title, facts and text, headings in bold.
func (r *Reader) printPDF() {
	if r.doc == nil || r.win == nil {
		return
	}
	var b strings.Builder
	for _, p := range r.view.paras {
		if p.hint {
			continue // "nhập văn bản đó để mở từ đây" means nothing on paper
		}
		text := strings.TrimSpace(string(p.runes))
		switch p.kind {
		case paraTitle:
			b.WriteString("# " + text + "\n")
		case paraMeta:
			b.WriteString("-> " + text + "\n")
		case paraHeading:
			b.WriteString("## " + text + "\n")
		case paraText:
			b.WriteString(text + "\n")
		}
	}
	body := b.String()
	r.shell.saveAs(r.doc.Title+".pdf", func(w io.Writer) error {
		return report.WritePDF(w, body, assets.SerifRegular, assets.SerifBold, nil, 16)
	}, func(path string) {
		r.shell.showInfo(dialog.NewInformation(lang.X("reader.printed_title", "Đã xuất PDF"),
			lang.X("reader.printed", "Đã lưu văn bản chữ lớn ra {{.F}}.", map[string]string{"F": path}), r.win))
	})
}

// linkDocument records by hand how this document relates to another: the
// other is picked as in Ctrl+K, then the relation.
func (r *Reader) linkDocument() {
	if r.doc == nil || r.shell == nil {
		return
	}
	from := r.doc.ID
	r.shell.pickDocument(lang.X("reader.link_pick", "Liên kết với văn bản nào?"), func(other library.Summary) {
		kinds := []string{library.RelBasis, library.RelGuides, library.RelAmends, library.RelReplaces, library.RelCites}
		var names []string
		for _, k := range kinds {
			names = append(names, lang.X("relations.out."+k, k))
		}
		pick := widget.NewRadioGroup(names, nil)
		pick.Required = true
		pick.SetSelected(names[0])
		q := widget.NewLabel(lang.X("reader.link_question", "Văn bản này … “{{.T}}”", map[string]string{"T": clipText(other.Title, 80)}))
		q.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm(lang.X("reader.link", "Liên kết văn bản…"), lang.X("edit.save", "Lưu"), lang.X("dialog.cancel", "Huỷ"),
			container.NewVBox(q, pick), func(ok bool) {
				if !ok {
					return
				}
				kind := kinds[0]
				for i, n := range names {
					if n == pick.Selected {
						kind = kinds[i]
					}
				}
				lib := r.lib
				async(func() (struct{}, error) {
					return struct{}{}, lib.SetRelation(context.Background(), from, other.ID, kind)
				}, func(_ struct{}, err error) {
					if err != nil {
						r.fail(err)
						return
					}
					if r.docID == from {
						r.open(lib, library.Summary{ID: from, Title: r.title.Text}, nil) // shows the new link
					}
				})
			}, r.win)
		d.Resize(fyne.NewSize(min(560, r.win.Canvas().Size().Width-20), 0))
		r.shell.showDialog(d)
	})
}
