package ui

import (
	"context"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// NotesScreen is the Ghi chú place: every highlight, note and bookmark
// across the library, filtered by words (folded), document, colour and
// tag; a tap opens the document at the mark.
type NotesScreen struct {
	shell  *Shell
	lib    *library.Library
	query  *escEntry
	doc    *widget.Select
	colour *widget.Select
	tag    *widget.Entry
	status *widget.Label
	list   *keyList
	notes  []library.Note
	docs   []library.Summary // the documents that have notes, for the filter
	gen    int
	root   fyne.CanvasObject
}

func newNotesScreen(s *Shell) *NotesScreen {
	n := &NotesScreen{shell: s}
	n.query = newEscEntry(s.win, nil)
	n.query.SetPlaceHolder(lang.X("notes.query", "Tìm trong đoạn văn, ghi chú và thẻ (có dấu hay không dấu)"))
	n.query.OnChanged = func(string) { n.refresh() }
	n.doc = newSelect(nil, func(string) { n.refresh() })
	colours := []string{lang.X("notes.any_color", "Mọi màu")}
	for _, c := range library.NoteColors {
		colours = append(colours, colorName(c))
	}
	colours = append(colours, lang.X("notes.bookmarks", "Đánh dấu trang"))
	n.colour = newSelect(colours, func(string) { n.refresh() })
	n.colour.SetSelectedIndex(0)
	n.tag = widget.NewEntry()
	n.tag.SetPlaceHolder(lang.X("reader.tags_hint", "ví dụ: chỉ-tiêu việc-cần-làm"))
	n.tag.OnChanged = func(string) { n.refresh() }
	n.status = widget.NewLabel("")
	n.status.Wrapping = fyne.TextWrapWord
	n.list = newKeyList(func() int { return len(n.notes) }, newNoteRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		if id < len(n.notes) {
			setNoteRow(o, n.notes[id])
		}
	})
	n.list.OnSelected = func(id widget.ListItemID) {
		n.list.UnselectAll()
		if id < len(n.notes) {
			n.open(n.notes[id])
		}
	}
	head := widget.NewLabelWithStyle(lang.X("nav.notes", "Ghi chú"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	reportBtn := widget.NewButtonWithIcon(lang.X("notes.report", "Viết thu hoạch…"), theme.DocumentCreateIcon(), n.chooseReport)
	reportBtn.Importance = widget.LowImportance
	filters := newFlowBox(n.doc, n.colour)
	tagRow := border(nil, nil, widget.NewLabel(lang.X("notes.tag", "Thẻ")), nil, n.tag)
	n.root = border(container.NewVBox(border(nil, nil, nil, reportBtn, head), n.query, filters, tagRow, n.status), nil, nil, nil, n.list)
	return n
}

// CanvasObject is the screen's content.
func (n *NotesScreen) CanvasObject() fyne.CanvasObject { return n.root }

func (n *NotesScreen) setLibrary(lib *library.Library) {
	n.lib = lib
	n.refresh()
}

// filter is what the boxes ask for.
func (n *NotesScreen) filter() library.NoteFilter {
	f := library.NoteFilter{Query: n.query.Text, Tag: strings.TrimSpace(n.tag.Text)}
	if i := n.doc.SelectedIndex(); i > 0 && i-1 < len(n.docs) {
		f.DocumentID = n.docs[i-1].ID
	}
	switch i := n.colour.SelectedIndex(); {
	case i > 0 && i <= len(library.NoteColors):
		f.Color = library.NoteColors[i-1]
	case i == len(library.NoteColors)+1:
		f.Kind = library.NoteBookmark
	}
	return f
}

// refresh lists the notes the filter asks for, off the UI goroutine; a
// newer refresh wins.
func (n *NotesScreen) refresh() {
	if n.lib == nil {
		return
	}
	n.gen++
	gen, lib, f := n.gen, n.lib, n.filter()
	type loaded struct {
		notes []library.Note
		docs  []library.Summary
	}
	async(func() (loaded, error) {
		ns, err := lib.Notes(context.Background(), f)
		if err != nil {
			return loaded{}, err
		}
		docs, err := lib.NoteDocuments(context.Background())
		return loaded{ns, docs}, err
	}, func(l loaded, err error) {
		if gen != n.gen {
			return
		}
		if err != nil {
			n.status.SetText(errorMessage(err, "").Error())
			return
		}
		n.notes = l.notes
		n.setDocs(l.docs)
		switch {
		case len(l.docs) == 0:
			n.status.SetText(lang.X("notes.empty", "Chưa có ghi chú nào. Trong trình đọc, chọn một đoạn văn rồi bấm chuột phải: Tô sáng, Ghi chú…, Đánh dấu trang."))
		case len(n.notes) == 0:
			n.status.SetText(lang.X("notes.none_match", "Không có ghi chú nào hợp với lựa chọn."))
		default:
			n.status.SetText(lang.X("notes.count", "{{.N}} ghi chú", map[string]int{"N": len(n.notes)}))
		}
		n.list.Refresh()
	})
}

// setDocs fills the document filter, keeping the choice.
func (n *NotesScreen) setDocs(docs []library.Summary) {
	chosen := int64(0)
	if i := n.doc.SelectedIndex(); i > 0 && i-1 < len(n.docs) {
		chosen = n.docs[i-1].ID
	}
	n.docs = docs
	opts := []string{lang.X("notes.any_doc", "Mọi văn bản")}
	sel := 0
	for i, d := range docs {
		opts = append(opts, clipText(d.Title, 60))
		if d.ID == chosen {
			sel = i + 1
		}
	}
	n.doc.OnChanged = nil
	n.doc.SetOptions(opts)
	n.doc.SetSelectedIndex(sel)
	n.doc.OnChanged = func(string) { n.refresh() }
}

// open shows the note's document in the reader, at the note, selected.
func (n *NotesScreen) open(note library.Note) {
	s := n.shell
	s.tabs.SelectIndex(0)
	s.library.back = nil
	s.library.reader.target = &note
	s.library.openReader(library.Summary{ID: note.DocumentID, Title: note.DocTitle}, nil, func() { s.selectPlace(s.notes.CanvasObject()) })
}

// newNoteRow is a row: the colour, the passage, the note and the document.
func newNoteRow() fyne.CanvasObject {
	swatch := canvas.NewRectangle(color.Transparent)
	swatch.SetMinSize(fyne.NewSize(8, 8))
	quote := widget.NewLabel("")
	quote.Truncation = fyne.TextTruncateEllipsis
	quote.TextStyle.Bold = true
	body := widget.NewLabel("")
	body.Truncation = fyne.TextTruncateEllipsis
	where := widget.NewLabel("")
	where.Truncation = fyne.TextTruncateEllipsis
	where.Importance = widget.LowImportance
	return border(nil, nil, swatch, nil, container.NewVBox(quote, body, where))
}

func setNoteRow(o fyne.CanvasObject, note library.Note) {
	c := o.(*fyne.Container)
	swatch := c.Objects[0].(*canvas.Rectangle)
	box := c.Objects[1].(*fyne.Container)
	quote, body, where := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label), box.Objects[2].(*widget.Label)
	swatch.FillColor = color.Transparent
	if note.Kind != library.NoteBookmark {
		swatch.FillColor = noteColor(note.Color)
	}
	swatch.Refresh()
	q := strings.Join(strings.Fields(note.Quote), " ")
	if note.Kind == library.NoteBookmark {
		q = "🔖 " + q
	}
	quote.SetText("“" + q + "”")
	text := note.Body
	if len(note.Tags) > 0 {
		text = strings.TrimSpace(text + "  #" + strings.Join(note.Tags, " #"))
	}
	body.SetText(text)
	body.Hidden = text == ""
	w := note.DocTitle
	if note.Lost {
		w += " · " + lang.X("notes.lost", "không tìm thấy vị trí (văn bản đã đổi)")
	}
	where.SetText(w)
}

// chooseReport asks what the bản thu hoạch is on — a collection (the
// documents of a course) or a document with notes — and opens it.
func (n *NotesScreen) chooseReport() {
	lib := n.lib
	if lib == nil {
		return
	}
	type targets struct {
		colls []library.Collection
		docs  []library.Summary
	}
	async(func() (targets, error) {
		cs, err := lib.Collections(context.Background())
		if err != nil {
			return targets{}, err
		}
		ds, err := lib.NoteDocuments(context.Background())
		return targets{cs, ds}, err
	}, func(tg targets, err error) {
		if err != nil {
			n.shell.showError(err, lib.Path())
			return
		}
		var names []string
		for _, c := range tg.colls {
			names = append(names, lang.X("notes.report_coll", "Bộ sưu tập: {{.N}}", map[string]string{"N": c.Name}))
		}
		for _, d := range tg.docs {
			names = append(names, lang.X("notes.report_doc", "Văn bản: {{.N}}", map[string]string{"N": clipText(d.Title, 70)}))
		}
		if len(names) == 0 {
			n.shell.showInfo(dialog.NewInformation(lang.X("notes.report", "Viết thu hoạch…"),
				lang.X("notes.report_none", "Chưa có văn bản nào có ghi chú, và chưa có bộ sưu tập. Hãy tô sáng, ghi chú trong trình đọc, hoặc mở văn bản rồi bấm Viết thu hoạch."), n.shell.win))
			return
		}
		pick := newSelect(names, nil)
		pick.SetSelectedIndex(0)
		d := dialog.NewForm(lang.X("notes.report", "Viết thu hoạch…"), lang.X("notes.report_open", "Mở"), lang.X("dialog.cancel", "Huỷ"),
			[]*widget.FormItem{widget.NewFormItem(lang.X("notes.report_on", "Thu hoạch về"), pick)}, func(ok bool) {
				i := pick.SelectedIndex()
				if !ok || i < 0 {
					return
				}
				n.shell.tabs.SelectIndex(0)
				if i < len(tg.colls) {
					n.shell.library.openCollectionReport(tg.colls[i])
					return
				}
				d := tg.docs[i-len(tg.colls)]
				n.shell.library.openReport(library.Document{ID: d.ID, Title: d.Title})
			}, n.shell.win)
		d.Resize(fyne.NewSize(min(640, n.shell.win.Canvas().Size().Width-20), 0))
		n.shell.showDialog(d)
	})
}
