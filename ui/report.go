package ui

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/assets"
	"sotay/library"
	"sotay/library/report"
)

// The bản thu hoạch editor: the report's text (the skeleton with the
// document's highlights and notes under its headings, or the draft kept
// last time), edited in a box, kept as a draft, exported to Word or PDF.

type reportEditor struct {
	ls    *LibraryScreen
	doc   library.Document    // the document it is on, or
	coll  *library.Collection // the collection
	text  *escEntry
	state *widget.Label
	root  fyne.CanvasObject
}

// openReport shows the report editor for the reader's document.
func (ls *LibraryScreen) openReport(doc library.Document) {
	ls.openReportOn(doc, nil, func(ctx context.Context, lib *library.Library) (string, bool, error) {
		return lib.ReportDraft(ctx, doc.ID)
	})
}

// openCollectionReport shows the report editor for a collection's
// documents.
func (ls *LibraryScreen) openCollectionReport(c library.Collection) {
	ls.openReportOn(library.Document{Title: c.Name}, &c, func(ctx context.Context, lib *library.Library) (string, bool, error) {
		return lib.CollectionReportDraft(ctx, c.ID)
	})
}

// openReportOn loads a report's draft off the UI goroutine and shows it.
func (ls *LibraryScreen) openReportOn(doc library.Document, coll *library.Collection,
	load func(context.Context, *library.Library) (string, bool, error)) {
	lib := ls.lib
	if lib == nil {
		return
	}
	type loaded struct {
		body  string
		saved bool
	}
	async(func() (loaded, error) {
		b, s, err := load(context.Background(), lib)
		return loaded{b, s}, err
	}, func(l loaded, err error) {
		if err != nil {
			ls.shell.showError(err, lib.Path())
			return
		}
		e := newReportEditor(ls, doc, l.body, l.saved)
		e.coll = coll
		ls.report = e
		ls.root.Add(e.root)
		ls.show(e.root)
		ls.shell.win.Canvas().Focus(e.text)
	})
}

func newReportEditor(ls *LibraryScreen, doc library.Document, body string, saved bool) *reportEditor {
	e := &reportEditor{ls: ls, doc: doc}
	e.text = newEscEntry(ls.shell.win, nil) // Esc goes back, Ctrl+S and the window's keys reach the window
	e.text.onEsc = e.close
	e.text.MultiLine = true
	e.text.Wrapping = fyne.TextWrapWord
	e.text.SetText(body)
	e.state = widget.NewLabel("")
	e.state.Wrapping = fyne.TextWrapWord
	if saved {
		e.state.SetText(lang.X("report.draft_loaded", "Bản nháp đã lưu lần trước."))
	} else {
		e.state.SetText(lang.X("report.generated", "Tạo từ các đoạn tô sáng và ghi chú của văn bản. Sửa trực tiếp; dòng bắt đầu bằng # là tiêu đề, ## là mục, > là trích dẫn, -> canh phải."))
	}
	back := widget.NewButtonWithIcon(withKey(lang.X("reader.back", "Quay lại"), "Esc"), theme.NavigateBackIcon(), e.close)
	back.Importance = widget.LowImportance
	save := widget.NewButtonWithIcon(withKey(lang.X("report.save", "Lưu nháp"), "Ctrl+S"), theme.DocumentSaveIcon(), e.save)
	regen := widget.NewButtonWithIcon(lang.X("report.regenerate", "Tạo lại từ ghi chú…"), theme.ViewRefreshIcon(), e.regenerate)
	docx := widget.NewButtonWithIcon(lang.X("report.export_docx", "Xuất Word…"), theme.DocumentIcon(), func() { e.export("docx") })
	pdf := widget.NewButtonWithIcon(lang.X("report.export_pdf", "Xuất PDF…"), theme.DocumentPrintIcon(), func() { e.export("pdf") })
	head := widget.NewLabelWithStyle(lang.X("report.title", "Bản thu hoạch: {{.T}}", map[string]string{"T": clipText(doc.Title, 80)}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	e.root = border(container.NewVBox(newFlowBox(back, save, regen, docx, pdf), head, e.state), nil, nil, nil, e.text)
	return e
}

// save keeps the text as the document's draft.
func (e *reportEditor) save() {
	lib, id, body, coll := e.ls.lib, e.doc.ID, e.text.Text, e.coll
	async(func() (struct{}, error) {
		if coll != nil {
			return struct{}{}, lib.SaveCollectionReport(context.Background(), coll.ID, body)
		}
		return struct{}{}, lib.SaveReport(context.Background(), id, body)
	}, func(_ struct{}, err error) {
		if err != nil {
			e.ls.shell.showError(err, lib.Path())
			return
		}
		e.state.SetText(lang.X("report.saved", "Đã lưu bản nháp."))
	})
}

// regenerate replaces the text with a new draft from the notes, after
// asking (what was written is lost).
func (e *reportEditor) regenerate() {
	lib, id, coll := e.ls.lib, e.doc.ID, e.coll
	c := dialog.NewConfirm(lang.X("report.regenerate", "Tạo lại từ ghi chú…"),
		lang.X("report.regenerate_q", "Thay nội dung đang viết bằng bản mới tạo từ các đoạn tô sáng và ghi chú?"), func(ok bool) {
			if !ok {
				return
			}
			async(func() (string, error) {
				if coll != nil {
					return lib.GenerateCollectionReport(context.Background(), coll.ID)
				}
				return lib.GenerateReport(context.Background(), id)
			}, func(body string, err error) {
				if err != nil {
					e.ls.shell.showError(err, lib.Path())
					return
				}
				e.text.SetText(body)
				e.state.SetText(lang.X("report.generated", "Tạo từ các đoạn tô sáng và ghi chú của văn bản. Sửa trực tiếp; dòng bắt đầu bằng # là tiêu đề, ## là mục, > là trích dẫn, -> canh phải."))
			})
		}, e.ls.shell.win)
	e.ls.shell.showDialog(c)
}

// export writes the text to a Word or PDF file the user names (and keeps
// it as the draft too).
func (e *reportEditor) export(format string) {
	body := e.text.Text
	write := func(w io.Writer) error {
		if format == "pdf" {
			return report.WritePDF(w, body, assets.SerifRegular, assets.SerifBold, nil, 14)
		}
		return report.WriteDOCX(w, body)
	}
	e.save()
	e.ls.shell.saveAs(lang.X("report.file", "Thu hoạch {{.T}}", map[string]string{"T": clipText(e.doc.Title, 60)})+"."+format, write, func(path string) {
		e.ls.shell.showInfo(dialog.NewInformation(lang.X("report.exported_title", "Đã xuất bản thu hoạch"),
			lang.X("report.exported", "Đã lưu bản thu hoạch ra {{.F}}.", map[string]string{"F": path}), e.ls.shell.win))
	})
}

// close goes back to the reader, keeping the draft.
func (e *reportEditor) close() {
	e.save()
	ls := e.ls
	ls.root.Remove(e.root)
	ls.report = nil
	c := ls.shell.win.Canvas()
	if e.coll != nil || !ls.reader.visible() && ls.reader.doc == nil {
		c.Unfocus()
		ls.show(ls.listView)
		return
	}
	ls.show(ls.reader.CanvasObject())
	ls.reader.view.Refresh() // drawn again (it came back blank until scrolled)
	c.Focus(ls.reader.view)  // the keys go to the text again (the removed box kept them: Esc was lost)
}
