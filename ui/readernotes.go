package ui

import (
	"context"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// Marks in the reader: highlights in a few colours, notes on them,
// bookmarks; kept in the library with their place and context.

// noteColor is a highlight's background, see-through so the text reads
// in both themes.
func noteColor(name string) color.Color {
	switch name {
	case "green":
		return color.NRGBA{0x4C, 0xAF, 0x50, 0x66}
	case "blue":
		return color.NRGBA{0x42, 0x8B, 0xF5, 0x66}
	case "pink":
		return color.NRGBA{0xE9, 0x4E, 0x8A, 0x66}
	}
	return color.NRGBA{0xFF, 0xD5, 0x4F, 0x80} // yellow
}

// colorName is a colour's name as the user reads it.
func colorName(name string) string {
	switch name {
	case "green":
		return lang.X("color.green", "Xanh lá")
	case "blue":
		return lang.X("color.blue", "Xanh dương")
	case "pink":
		return lang.X("color.pink", "Hồng")
	}
	return lang.X("color.yellow", "Vàng")
}

// loadNotes reads the document's marks (re-anchored to its text as it is)
// off the UI goroutine and shows them.
func (r *Reader) loadNotes() {
	lib, id := r.lib, r.docID
	if lib == nil || id == 0 {
		return
	}
	async(func() ([]library.Note, error) {
		return lib.DocumentNotes(context.Background(), id)
	}, func(ns []library.Note, err error) {
		if r.docID != id {
			return
		}
		if err != nil {
			r.fail(err)
			return
		}
		r.notes = ns
		r.showMarks()
	})
}

// showMarks draws the search hits and the highlights and notes (a
// bookmark is not coloured; a mark whose place was lost is not drawn).
func (r *Reader) showMarks() {
	marks := append([]docMark(nil), r.hits...)
	r.view.bookmarks = r.view.bookmarks[:0]
	for _, n := range r.notes {
		if n.Kind == library.NoteBookmark && !n.Lost {
			r.view.bookmarks = append(r.view.bookmarks, n.Start)
		}
		if n.Kind == library.NoteBookmark || n.Lost {
			continue
		}
		marks = append(marks, docMark{from: n.Start, to: n.End, color: noteColor(n.Color)})
	}
	r.view.marks = marks
	r.view.Refresh()
}

func (r *Reader) fail(err error) {
	if r.onError != nil {
		r.onError(err, "")
	}
}

// noteAt is the note under global offset off, if any.
func (r *Reader) noteAt(off int) *library.Note {
	for i := len(r.notes) - 1; i >= 0; i-- {
		n := &r.notes[i]
		if !n.Lost && n.Kind != library.NoteBookmark && n.Start <= off && off < n.End {
			return n
		}
	}
	return nil
}

// markMenu is the part of the right-click menu that marks the text.
func (r *Reader) markMenu() []*fyne.MenuItem {
	from, to := r.view.selection()
	var colours []*fyne.MenuItem
	for _, c := range library.NoteColors {
		c := c
		colours = append(colours, fyne.NewMenuItem(colorName(c), func() { r.addMark(library.NoteHighlight, c, "") }))
	}
	hl := fyne.NewMenuItem(lang.X("reader.highlight", "Tô sáng"), nil)
	hl.ChildMenu = fyne.NewMenu("", colours...)
	items := []*fyne.MenuItem{
		fyne.NewMenuItemSeparator(),
		hl,
		fyne.NewMenuItem(lang.X("reader.note", "Ghi chú…"), func() { r.editNote(nil) }),
		fyne.NewMenuItem(lang.X("reader.bookmark", "Đánh dấu trang"), func() { r.addMark(library.NoteBookmark, "", "") }),
	}
	if from == to {
		hl.Disabled = true
	}
	if n := r.noteAt(r.menuAt); n != nil {
		note := *n
		items = append(items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.X("reader.edit_note", "Sửa ghi chú…"), func() { r.editNote(&note) }),
			fyne.NewMenuItem(lang.X("reader.remove_mark", "Bỏ tô sáng"), func() { r.removeNote(note.ID) }))
	}
	return items
}

// addMark keeps a highlight, note or bookmark on the selection (a
// bookmark: where the selection or the view starts).
func (r *Reader) addMark(kind, colour, body string) {
	from, to := r.view.selection()
	if kind == library.NoteBookmark {
		if from == to {
			from = r.view.topOffset()
		}
		to = from
	} else if from == to {
		return
	}
	lib, id := r.lib, r.docID
	n := library.Note{DocumentID: id, Kind: kind, Start: from, End: to, Color: colour, Body: body}
	async(func() (library.Note, error) {
		return lib.AddNote(context.Background(), n)
	}, func(n library.Note, err error) {
		if err != nil {
			r.fail(err)
			return
		}
		if r.docID == id {
			r.notes = append(r.notes, n)
			r.view.anchor = r.view.caret // the mark shows in its colour
			r.showMarks()
		}
	})
}

// editNote asks for a note's words, colour and tags: a new note on the
// selection when n is nil.
func (r *Reader) editNote(n *library.Note) {
	from, to := r.view.selection()
	if n == nil && from == to {
		r.view.selectWord(r.view.topOffset())
	}
	body := widget.NewMultiLineEntry()
	body.Wrapping = fyne.TextWrapWord
	body.SetMinRowsVisible(3)
	tags := widget.NewEntry()
	tags.SetPlaceHolder(lang.X("reader.tags_hint", "ví dụ: chỉ-tiêu việc-cần-làm"))
	var names []string
	for _, c := range library.NoteColors {
		names = append(names, colorName(c))
	}
	colour := widget.NewRadioGroup(names, nil)
	colour.Horizontal = true
	colour.Required = true
	colour.SetSelected(names[0])
	quote := r.view.selectedText()
	if n != nil {
		body.SetText(n.Body)
		tags.SetText(strings.Join(n.Tags, " "))
		colour.SetSelected(colorName(n.Color))
		quote = n.Quote
	}
	q := widget.NewLabel("“" + clipText(quote, 160) + "”")
	q.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm(lang.X("reader.note_title", "Ghi chú"), lang.X("dialog.save", "Lưu"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{
			widget.NewFormItem(lang.X("reader.quote", "Đoạn văn"), q),
			widget.NewFormItem(lang.X("reader.note_body", "Ghi chú"), body),
			widget.NewFormItem(lang.X("reader.color", "Màu"), colour),
			widget.NewFormItem(lang.X("reader.tags", "Thẻ"), tags),
		}, func(ok bool) {
			if !ok {
				return
			}
			c := library.NoteColors[0]
			for i, name := range names {
				if name == colour.Selected {
					c = library.NoteColors[i]
				}
			}
			if n == nil {
				r.addMarkWith(library.NoteText, c, body.Text, strings.Fields(tags.Text))
				return
			}
			upd := *n
			upd.Kind, upd.Color, upd.Body, upd.Tags = library.NoteText, c, body.Text, strings.Fields(tags.Text)
			r.updateNote(upd)
		}, r.win)
	d.Resize(fyne.NewSize(min(640, r.win.Canvas().Size().Width-20), 0))
	d.Show()
	r.win.Canvas().Focus(body)
}

func (r *Reader) addMarkWith(kind, colour, body string, tags []string) {
	from, to := r.view.selection()
	if from == to {
		return
	}
	lib, id := r.lib, r.docID
	n := library.Note{DocumentID: id, Kind: kind, Start: from, End: to, Color: colour, Body: body, Tags: tags}
	async(func() (library.Note, error) { return lib.AddNote(context.Background(), n) }, func(n library.Note, err error) {
		if err != nil {
			r.fail(err)
			return
		}
		if r.docID == id {
			r.notes = append(r.notes, n)
			r.view.anchor = r.view.caret
			r.showMarks()
		}
	})
}

func (r *Reader) updateNote(n library.Note) {
	lib := r.lib
	async(func() (struct{}, error) { return struct{}{}, lib.UpdateNote(context.Background(), n) }, func(_ struct{}, err error) {
		if err != nil {
			r.fail(err)
			return
		}
		r.loadNotes()
	})
}

func (r *Reader) removeNote(id int64) {
	lib := r.lib
	async(func() (struct{}, error) { return struct{}{}, lib.DeleteNote(context.Background(), id) }, func(_ struct{}, err error) {
		if err != nil {
			r.fail(err)
			return
		}
		r.loadNotes()
	})
}

// keepPosition remembers, a second after the reader stops scrolling,
// where it is in the document and how far it has read.
func (r *Reader) keepPosition() {
	if r.lib == nil || r.docID == 0 || len(r.pageAt) == 0 {
		return
	}
	lib, id := r.lib, r.docID
	off := r.view.topOffset()
	pct := int(r.view.fraction()*100 + 0.5)
	if r.view.fraction() > 0.985 {
		pct = 100
	}
	if r.posTimer != nil {
		r.posTimer.Stop()
	}
	r.posTimer = time.AfterFunc(time.Second, func() {
		lib.SetReadingPosition(context.Background(), id, off, pct)
	})
}
