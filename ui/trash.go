package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// Thùng rác: documents removed with Xoá wait here, with their notes, to be
// restored or deleted for good.

// showTrash opens Thùng rác: each document with Khôi phục, and Dọn sạch
// thùng rác (asked first).
func (ls *LibraryScreen) showTrash() {
	lib := ls.lib
	if lib == nil {
		return
	}
	async(func() ([]library.TrashedDocument, error) {
		return lib.Trashed(context.Background())
	}, func(docs []library.TrashedDocument, err error) {
		if err != nil {
			ls.shell.showError(err, lib.Path())
			return
		}
		ls.trashDialog(docs)
	})
}

func (ls *LibraryScreen) trashDialog(docs []library.TrashedDocument) {
	lib := ls.lib
	var d dialog.Dialog
	list := container.NewVBox()
	if len(docs) == 0 {
		list.Add(wrapLabel(lang.X("trash.empty", "Thùng rác trống. Văn bản bị Xoá sẽ nằm ở đây, cùng ghi chú của nó, để khôi phục khi cần.")))
	}
	for _, doc := range docs {
		doc := doc
		title := widget.NewLabel(doc.Title)
		title.Wrapping = fyne.TextWrapWord
		facts := lang.X("trash.when", "Xoá lúc {{.At}}", map[string]string{"At": doc.TrashedAt.Local().Format("15:04 02/01/2006")})
		if doc.Notes > 0 {
			facts += " · " + lang.X("trash.notes", "{{.N}} ghi chú", map[string]int{"N": doc.Notes})
		}
		meta := widget.NewLabel(facts)
		meta.Importance = widget.LowImportance
		restore := widget.NewButtonWithIcon(lang.X("trash.restore", "Khôi phục"), theme.ContentUndoIcon(), func() {
			async(func() (struct{}, error) { return struct{}{}, lib.Restore(context.Background(), doc.ID) }, func(_ struct{}, err error) {
				if err != nil {
					ls.shell.showError(err, lib.Path())
					return
				}
				d.Hide()
				ls.shell.reloadDocuments()
				ls.showTrash()
			})
		})
		list.Add(container.NewVBox(title, meta, container.NewHBox(restore), widget.NewSeparator()))
	}
	empty := widget.NewButtonWithIcon(lang.X("trash.empty_all", "Dọn sạch thùng rác…"), theme.DeleteIcon(), func() {
		c := dialog.NewConfirm(lang.X("trash.empty_title", "Dọn sạch thùng rác?"),
			lang.X("trash.empty_question", "{{.N}} văn bản trong Thùng rác sẽ bị xoá hẳn, cùng ghi chú và bản gốc đã lưu của chúng. Không thể khôi phục.", map[string]int{"N": len(docs)}),
			func(ok bool) {
				if !ok {
					return
				}
				async(func() (int, error) { return lib.EmptyTrash(context.Background()) }, func(n int, err error) {
					d.Hide() // its list is gone (it once stayed, offering to restore what was deleted)
					if err != nil {
						ls.shell.showError(err, lib.Path())
						return
					}
					ls.shell.showInfo(dialog.NewInformation(lang.X("trash.title", "Thùng rác"),
						lang.X("trash.emptied", "Đã xoá hẳn {{.N}} văn bản.", map[string]int{"N": n}), ls.shell.win))
				})
			}, ls.shell.win)
		c.SetConfirmText(lang.X("trash.empty_confirm", "Xoá hẳn"))
		c.SetDismissText(lang.X("delete.cancel", "Không xoá"))
		ls.shell.showDialog(c)
	})
	empty.Importance = widget.DangerImportance
	if len(docs) == 0 {
		empty.Disable()
	}
	scroll := container.NewVScroll(list)
	size := ls.shell.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(600, size.Width-80), min(360, size.Height-220)))
	d = dialog.NewCustom(fmt.Sprintf("%s (%d)", lang.X("trash.title", "Thùng rác"), len(docs)), lang.X("dialog.close", "Đóng"),
		border(nil, container.NewHBox(empty), nil, nil, scroll), ls.shell.win)
	ls.shell.showDialog(d)
}
