package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/internal/viet"
	"sotay/library"
)

// Sort columns of the library list.
const (
	colTitle = iota
	colKind
	colNumber
	colDate
	colRead
)

// LibraryScreen is the Thư viện place: the sortable list of documents, the
// reader for the one opened, and the states before a library is open.
type LibraryScreen struct {
	shell *Shell
	lib   *library.Library

	cat      *catalog
	order    []int32 // display order: indexes into cat.docs
	sortCol  int
	sortDesc bool

	count   *widget.Label
	list    *keyList
	headers []*widget.Button
	reader  *Reader
	filter  listFilter
	report  *reportEditor // the bản thu hoạch being written, if any
	back    func()        // where closing the reader returns, if not the list

	listView, loading, failure *fyne.Container
	root                       *fyne.Container
}

func newLibraryScreen(s *Shell) *LibraryScreen {
	ls := &LibraryScreen{shell: s}
	ls.count = widget.NewLabel("")
	ls.list = newKeyList( // Tab reaches it, arrows move, Enter opens
		func() int { return len(ls.order) },
		ls.newRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { ls.updateRow(id, o) },
	)
	ls.list.onDelete = func(id widget.ListItemID) {
		// Delete asks, as the reader's Xoá does
		if id >= 0 && id < len(ls.order) {
			sum := ls.doc(id)
			ls.deleteDocument(library.Document{ID: sum.ID, Title: sum.Title})
		}
	}
	ls.list.OnSelected = func(id widget.ListItemID) {
		ls.list.focus = id
		ls.list.UnselectAll()
		if id >= 0 && id < len(ls.order) {
			ls.openReader(ls.doc(id), nil, nil)
		}
	}
	keys := []string{"col.title", "col.kind", "col.number", "col.date", "col.read"}
	fallback := []string{"Tiêu đề", "Loại", "Số hiệu", "Ngày", "Đọc"} // short: a column of dates on a small screen
	header := container.New(libraryColumns)
	for i := range keys {
		col := i
		b := widget.NewButton(lang.X(keys[i], fallback[i]), func() { ls.sortBy(col) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		ls.headers = append(ls.headers, b)
		header.Add(b)
	}
	ls.markSortColumn()
	importBtn := widget.NewButtonWithIcon(withKey(lang.X("library.import", "Nhập tài liệu…"), "Ctrl+O"), theme.ContentAddIcon(), ls.chooseImport)
	title := widget.NewLabelWithStyle(lang.X("nav.library", "Thư viện"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	folderBtn := widget.NewButtonWithIcon(withKey(lang.X("library.import_folder", "Nhập thư mục…"), "Ctrl+Shift+O"), theme.FolderNewIcon(), ls.chooseImportFolder)
	pathBtn := widget.NewButtonWithIcon(withKey(lang.X("library.import_path", "Dán đường dẫn…"), "Ctrl+L"), theme.ContentPasteIcon(), ls.askPath)
	packBtn := widget.NewButtonWithIcon(lang.X("pack.export_button", "Xuất gói học tập…"), theme.UploadIcon(), ls.chooseExportPack)
	trashBtn := widget.NewButtonWithIcon(lang.X("trash.title", "Thùng rác"), theme.DeleteIcon(), ls.showTrash)
	trashBtn.Importance = widget.LowImportance
	// The buttons wrap under the title when the window is narrow.
	search, filters := ls.newFilterBar()
	top := container.NewVBox(container.NewHBox(title, ls.count), newFlowBox(folderBtn, importBtn, pathBtn, packBtn, trashBtn), search, filters)
	ls.listView = border(container.NewVBox(top, header, widget.NewSeparator()), nil, nil, nil, ls.list)
	ls.loading = container.NewCenter(widget.NewLabel(""))
	ls.failure = container.NewVBox()
	ls.reader = newReader(ls.closeReader, ls.editDocument, ls.deleteDocument)
	ls.reader.onError = ls.shell.showError
	ls.reader.win, ls.reader.prefs, ls.reader.shell = s.win, s.app.Preferences(), s
	ls.reader.view.passKey = s.typedKey
	ls.reader.view.onLink = func(id int64) {
		// Esc goes back to the document the link was followed from
		prev, back := ls.reader.doc, ls.back
		if prev == nil {
			ls.openReader(library.Summary{ID: id}, nil, back)
			return
		}
		from := library.Summary{ID: prev.ID, Title: prev.Title}
		ls.openReader(library.Summary{ID: id}, nil, func() { ls.openReader(from, nil, back) })
	}
	ls.reader.onReport = ls.openReport
	ls.reader.onDraft = func(d library.Document) {
		s.draftFrom(library.Summary{ID: d.ID, Title: d.Title, Kind: d.Kind, Number: d.Number})
	}
	ls.root = container.NewStack(ls.listView, ls.loading, ls.failure, ls.reader.CanvasObject())
	ls.show(ls.loading)
	return ls
}

// CanvasObject is the screen's content.
func (ls *LibraryScreen) CanvasObject() fyne.CanvasObject { return ls.root }

func (ls *LibraryScreen) show(view fyne.CanvasObject) {
	for _, o := range ls.root.Objects {
		if o == view {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

func (ls *LibraryScreen) newRow() fyne.CanvasObject {
	row := container.New(libraryColumns)
	for i := 0; i <= colRead; i++ {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		row.Add(l)
	}
	return row
}

// doc returns the document shown in row i.
func (ls *LibraryScreen) doc(i int) library.Summary { return ls.cat.docs[ls.order[i]] }

func (ls *LibraryScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(ls.order) {
		return
	}
	d := ls.doc(id)
	cells := o.(*fyne.Container).Objects
	title := d.Title
	if i := int(ls.order[id]); i < len(ls.cat.twin) && ls.cat.twin[i] && d.File != "" {
		// A look-alike: which file it is, first, where a long title's
		// ellipsis cannot hide it.
		file := d.File
		if strings.HasPrefix(file, "sample:") {
			file = lang.X("library.sample", "mẫu")
		}
		title = "[" + file + "] " + title
	}
	cells[colTitle].(*widget.Label).SetText(title)
	cells[colKind].(*widget.Label).SetText(d.Kind)
	cells[colNumber].(*widget.Label).SetText(d.Number)
	cells[colDate].(*widget.Label).SetText(displayDate(d.IssuedOn))
	cells[colRead].(*widget.Label).SetText(readText(d.Read))
}

// readText is how far a document has been read, as the list shows it:
// nothing when not started, "45%", "✓" when read to the end.
func readText(pct int) string {
	switch {
	case pct <= 0:
		return ""
	case pct >= 100:
		return "✓"
	}
	return percent(float32(pct) / 100)
}

// displayDate turns 2025-03-12 into 12/03/2025, as Vietnamese readers write it.
func displayDate(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	return iso[8:10] + "/" + iso[5:7] + "/" + iso[0:4]
}

func (ls *LibraryScreen) showLoading(path string) {
	ls.loading.Objects = []fyne.CanvasObject{container.NewVBox(
		widget.NewProgressBarInfinite(),
		widget.NewLabel(lang.X("library.opening", "Đang mở thư viện {{.Path}}…", map[string]string{"Path": path})),
	)}
	ls.loading.Refresh()
	ls.show(ls.loading)
}

// showOpenError explains why the library could not be opened and offers a
// way forward; the file itself is never touched.
func (ls *LibraryScreen) showOpenError(path string, err error) {
	heading := widget.NewLabelWithStyle(lang.X("library.open_failed", "Không mở được thư viện"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(errorMessage(err, path).Error())
	msg.Wrapping = fyne.TextWrapWord
	detail := widget.NewLabel(err.Error())
	detail.Wrapping = fyne.TextWrapWord
	detail.Selectable = true
	detail.SizeName = theme.SizeNameCaptionText
	retry := widget.NewButtonWithIcon(lang.X("library.retry", "Thử lại"), theme.ViewRefreshIcon(), func() {
		ls.shell.openLibrary(path, false)
	})
	other := widget.NewButtonWithIcon(lang.X("library.open_other", "Mở thư viện khác…"), theme.FolderOpenIcon(), ls.chooseLibrary)
	ls.failure.Objects = []fyne.CanvasObject{
		container.NewHBox(widget.NewIcon(theme.WarningIcon()), heading), msg, detail,
		container.NewHBox(retry, other),
	}
	ls.failure.Refresh()
	ls.show(ls.failure)
}

// chooseLibrary lets the user pick another library file (.db).
func (ls *LibraryScreen) chooseLibrary() {
	ls.shell.pickFile([]string{".db", ".sqlite"}, func(path string) { ls.shell.openLibrary(path, false) })
}

// setLibrary shows the documents of lib, sorted by the current column (the
// catalog comes sorted by title, the usual case, so nothing to do then).
func (ls *LibraryScreen) setLibrary(lib *library.Library, cat *catalog) {
	ls.lib, ls.cat = lib, cat
	ls.setFilterOptions()
	ls.applySort()
	ls.showCount()
	ls.list.Refresh()
	if !ls.reader.visible() {
		ls.show(ls.listView)
	}
}

func (ls *LibraryScreen) sortBy(col int) {
	if ls.sortCol == col {
		ls.sortDesc = !ls.sortDesc
	} else {
		ls.sortCol, ls.sortDesc = col, false
	}
	ls.applySort()
	ls.list.Refresh()
	ls.list.ScrollToTop()
}

// applySort orders the documents by the sort column, ties by title (the
// catalog's own order), unknown values last, and marks the header.
func (ls *LibraryScreen) applySort() {
	n := len(ls.cat.docs)
	if cap(ls.order) < n {
		ls.order = make([]int32, n)
	}
	ls.order = ls.order[:n]
	for i := range ls.order {
		ls.order[i] = int32(i)
	}
	switch {
	case ls.sortCol == colTitle && ls.sortDesc:
		slices.Reverse(ls.order)
	case ls.sortCol != colTitle:
		keys := make([]string, n)
		for i, d := range ls.cat.docs {
			switch ls.sortCol {
			case colKind:
				keys[i] = viet.Fold(d.Kind)
			case colNumber:
				keys[i] = viet.Fold(d.Number)
			case colDate:
				keys[i] = d.IssuedOn
			case colRead:
				if d.Read > 0 {
					keys[i] = fmt.Sprintf("%03d", d.Read)
				}
			}
		}
		slices.SortStableFunc(ls.order, func(a, b int32) int {
			ka, kb := keys[a], keys[b]
			switch {
			case ka == kb:
				return int(a - b)
			case ka == "": // unknown values last, whatever the direction
				return 1
			case kb == "":
				return -1
			case (ka < kb) != ls.sortDesc:
				return -1
			}
			return 1
		})
	}
	// the list's own search box and filters
	if ls.filter.query != nil {
		words := strings.Fields(viet.Fold(ls.filter.query.Text))
		kept := ls.order[:0]
		for _, i := range ls.order {
			if ls.keep(ls.cat.docs[i], words) {
				kept = append(kept, i)
			}
		}
		ls.order = kept
	}
	ls.markSortColumn()
}

// markSortColumn shows an up or down arrow icon on the sort column's header.
// (An icon, not "▲": Fyne's bundled font lacks that glyph, and drawing it
// makes Fyne load a whole system font, about 15 MB.)
func (ls *LibraryScreen) markSortColumn() {
	for i, b := range ls.headers {
		switch {
		case i != ls.sortCol:
			b.SetIcon(nil)
		case ls.sortDesc:
			b.SetIcon(theme.MenuDropDownIcon())
		default:
			b.SetIcon(theme.MenuDropUpIcon())
		}
	}
}

// openReader shows doc in the reader, with m's hits highlighted if m is
// set; back, if set, is where closing the reader returns (the search).
func (ls *LibraryScreen) openReader(doc library.Summary, m *library.Matcher, back func()) {
	if ls.lib == nil {
		return
	}
	ls.back = back
	ls.reader.open(ls.lib, doc, m)
	ls.show(ls.reader.CanvasObject())
}

// closeReader returns from the reader to the list, or to the search
// results it was opened from.
func (ls *LibraryScreen) closeReader() {
	if !ls.reader.visible() || ls.lib == nil {
		return
	}
	if id, pct := ls.reader.flushPosition(); id != 0 {
		// the list shows how far it has been read
		for i := range ls.cat.docs {
			if ls.cat.docs[i].ID == id && pct > ls.cat.docs[i].Read {
				ls.cat.docs[i].Read = pct
				ls.list.Refresh()
			}
		}
	}
	ls.show(ls.listView)
	if back := ls.back; back != nil {
		ls.back = nil
		back()
	}
}

// deleteDocument asks, then removes a document from the library (its text
// and index entry; the file it came from is not touched).
func (ls *LibraryScreen) deleteDocument(d library.Document) {
	lib := ls.lib
	c := dialog.NewConfirm(lang.X("delete.heading", "Xoá văn bản?"),
		lang.X("delete.to_trash", "“{{.T}}” sẽ được chuyển vào Thùng rác, cùng các ghi chú của nó. Có thể khôi phục từ Thùng rác cho đến khi dọn sạch thùng rác.", map[string]string{"T": d.Title}),
		func(ok bool) {
			if !ok {
				return
			}
			async(func() (struct{}, error) {
				return struct{}{}, lib.Trash(context.Background(), d.ID) // never at once for good
			}, func(_ struct{}, err error) {
				if err != nil {
					ls.shell.showError(err, lib.Path())
					return
				}
				if ls.reader.docID == d.ID {
					ls.back = nil
					ls.closeReader()
				}
				ls.shell.reloadDocuments()
			})
		}, ls.shell.win)
	c.SetConfirmText(lang.X("delete.confirm", "Xoá"))
	c.SetDismissText(lang.X("delete.cancel", "Không xoá"))
	ls.shell.showDialog(c)
}
