package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// importExtensions are the files the open dialog offers.
// (.doc, .rtf and .odt come in through LibreOffice; without it the import
// says to install it.)
var importExtensions = []string{".pdf", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm", ".txt", ".md"}

// chooseImport asks for a document to import (Ctrl+O).
func (ls *LibraryScreen) chooseImport() {
	if ls.lib == nil {
		return
	}
	ls.shell.pickFile(importExtensions, func(path string) { ls.runImport([]string{path}, "") })
}

// chooseImportFolder asks for a folder whose documents (in every
// subfolder) are imported.
func (ls *LibraryScreen) chooseImportFolder() {
	if ls.lib == nil {
		return
	}
	ls.shell.chooseFile(chooseFolder, nil, "", func(path string) { ls.runImport([]string{path}, "") })
}

// importDropped imports files and folders dropped on the window.
func (ls *LibraryScreen) importDropped(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) > 0 && ls.lib != nil {
		ls.runImport(paths, "")
	}
}

// importReport collects what the summary lists: failures with their
// reason, notes for files that came in with something to know, and the
// files that wait for a password.
type importReport struct {
	failures, notes []string
	locked          []string
	dups            int // files already in the library (the first 20 named in notes)
}

// runImport imports paths in the background with a progress dialog (the
// file being read, a bar, Dừng to cancel; batches already committed
// stay), then shows a summary that lists every failure with its reason
// and asks for the password of protected PDFs.
func (ls *LibraryScreen) runImport(paths []string, password string) {
	// Study packs have their own preview and import.
	var docs, results []string
	for _, p := range paths {
		switch {
		case isPack(p):
			ls.shell.openPack(p)
		case isResults(p):
			results = append(results, p)
		default:
			docs = append(docs, p)
		}
	}
	if len(results) > 0 {
		ls.shell.receiveResults(results)
	}
	if paths = docs; len(paths) == 0 {
		return
	}
	lib := ls.lib
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	current := widget.NewLabel(lang.X("import.running", "Đang nhập…"))
	current.Truncation = fyne.TextTruncateEllipsis
	counts := widget.NewLabel("")
	prog := dialog.NewCustom(lang.X("import.title", "Nhập tài liệu"), lang.X("import.cancel", "Dừng"),
		container.NewVBox(current, bar, counts), ls.shell.win)
	prog.SetOnClosed(cancel)
	prog.Resize(fyne.NewSize(560, 0))
	ls.shell.showDialog(prog)
	var rep importReport
	var done, total atomic.Int64
	var reading atomic.Value // the newest file begun
	var ocr atomic.Value     // ocrState of the scan being read, if any
	var progress coalesced
	show := func() {
		d, n := done.Load(), total.Load()
		bar.SetValue(float64(d) / float64(max(n, 1)))
		if n > 0 {
			counts.SetText(fmt.Sprintf("%d / %d", d, n))
		}
		o, _ := ocr.Load().(ocrState)
		switch {
		case n > 0 && d == n:
			current.SetText(lang.X("import.finishing", "Đã ghi xong, đang hoàn tất…"))
		case o.total > 0 && o.done < o.total:
			// a scan: pages are read one by one, which takes seconds each
			current.SetText(lang.X("import.ocr_page", "Nhận dạng chữ (OCR): xong {{.Done}}/{{.Total}} trang — {{.Name}}",
				map[string]any{"Name": filepath.Base(o.path), "Done": o.done, "Total": o.total}))
			bar.SetValue((float64(d) + float64(o.done)/float64(o.total)) / float64(max(n, 1)))
		case reading.Load() != nil:
			current.SetText(lang.X("import.reading", "Đang đọc: {{.Name}}", map[string]string{"Name": filepath.Base(reading.Load().(string))}))
		}
	}
	opt := library.ImportOptions{
		Password: password,
		Started: func(path string) {
			reading.Store(path)
			progress.post(show)
		},
		OCRPage: func(path string, d, n int) {
			ocr.Store(ocrState{path, d, n})
			progress.post(show)
		},
		Progress: func(p library.ImportProgress) {
			r := p.Result
			switch {
			case r.Err != nil && (library.Code(r.Err) == "encrypted" || library.Code(r.Err) == "bad_password"):
				rep.locked = append(rep.locked, r.Path)
			case r.Err != nil:
				rep.failures = append(rep.failures, errorMessage(r.Err, r.Path).Error())
			case r.Status == library.StatusDuplicate && r.Title != "":
				// which document it is already (a protected PDF opened
				// with its password may turn out to be one)
				rep.dups++
				if rep.dups <= 20 {
					rep.notes = append(rep.notes, lang.X("import.duplicate_of", "{{.File}} đã có trong thư viện: “{{.Title}}”.",
						map[string]string{"File": filepath.Base(r.Path), "Title": r.Title}))
				}
			}
			for _, w := range r.Warnings {
				if w == "no-text-layer" || w == "damaged-pages" || w == "unreadable-font" || w == "original-not-kept" || w == "invalid-utf8" ||
					w == "restored-from-trash" || strings.HasPrefix(w, "legacy-") {
					rep.notes = append(rep.notes, filepath.Base(r.Path)+": "+lang.X("warning."+w, w))
				}
			}
			if r.Err == nil && r.Method == "ocr" {
				rep.notes = append(rep.notes, filepath.Base(r.Path)+": "+lang.X("import.ocr_note",
					"đọc bằng nhận dạng chữ (OCR) từ bản quét: có thể có lỗi, hãy đối chiếu bản gốc."))
			}
			done.Store(int64(p.Done))
			total.Store(int64(p.Total))
			progress.post(show)
		},
	}
	async(func() (library.ImportSummary, error) {
		return lib.Import(ctx, paths, opt)
	}, func(sum library.ImportSummary, err error) {
		prog.Hide() // its on-closed cancel is harmless now the import has returned
		ls.shell.reloadDocuments()
		cancelled := errors.Is(err, context.Canceled)
		if err != nil && !cancelled {
			ls.shell.showError(err, lib.Path())
			return
		}
		ls.showImportSummary(sum, cancelled, rep, password != "")
	})
}

// showImportSummary shows the counts and every failure and note; then, if
// some PDFs need a password, asks for it.
func (ls *LibraryScreen) showImportSummary(sum library.ImportSummary, cancelled bool, rep importReport, retried bool) {
	sum.Failed -= len(rep.locked)
	if len(rep.locked) > 0 && !cancelled && sum.Imported == 0 && sum.Duplicates == 0 && sum.Failed == 0 &&
		len(rep.failures) == 0 && len(rep.notes) == 0 {
		// Only protected files (or only a wrong password): ask where the
		// password is typed, not with a summary of nothing imported.
		ls.askPassword(rep.locked, retried)
		return
	}
	if len(rep.locked) > 0 && !cancelled {
		rep.notes = append(rep.notes, lang.X("import.locked_next", "{{.N}} tệp PDF có mật khẩu: bấm Đóng để nhập mật khẩu.",
			map[string]any{"N": len(rep.locked)}))
	}
	text := lang.X("import.summary", "Đã nhập {{.Imported}} văn bản, {{.Duplicates}} văn bản đã có sẵn, {{.Failed}} tệp lỗi.", sum)
	if cancelled {
		text += "\n" + lang.X("import.cancelled", "Đã dừng nhập, giữ {{.Imported}} văn bản đã nhập. Nhập lại sẽ bỏ qua văn bản đã có và nhập tiếp phần còn lại.", sum)
	}
	head := widget.NewLabel(text)
	head.Wrapping = fyne.TextWrapWord
	var lines []string
	lines = append(lines, rep.failures...)
	lines = append(lines, rep.notes...)
	body := fyne.CanvasObject(head)
	if len(lines) > 0 {
		detail := widget.NewLabel(strings.Join(lines, "\n\n"))
		detail.Wrapping = fyne.TextWrapWord
		sc := container.NewVScroll(detail)
		sc.SetMinSize(fyne.NewSize(600, 260))
		body = border(head, nil, nil, nil, sc)
	}
	d := dialog.NewCustom(lang.X("import.title", "Nhập tài liệu"), lang.X("dialog.close", "Đóng"), body, ls.shell.win)
	d.Resize(fyne.NewSize(min(640, ls.shell.win.Canvas().Size().Width-40), 0))
	if len(rep.locked) > 0 && !cancelled {
		d.SetOnClosed(func() { ls.askPassword(rep.locked, retried) })
	}
	ls.shell.showInfo(d)
}

// askPassword asks for the password of protected PDFs and imports them
// with it; a wrong password is reported in the next summary.
func (ls *LibraryScreen) askPassword(paths []string, retried bool) {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = filepath.Base(p)
	}
	pw := widget.NewPasswordEntry()
	msg := lang.X("import.password_prompt", "Tệp sau có đặt mật khẩu. Nhập mật khẩu để mở:")
	if retried {
		msg = lang.X("import.password_again", "Mật khẩu chưa đúng hoặc tệp cần mật khẩu khác. Nhập lại mật khẩu:")
	}
	var form *dialog.FormDialog
	label := widget.NewLabel(msg + "\n" + strings.Join(names, "\n"))
	label.Wrapping = fyne.TextWrapWord
	form = dialog.NewForm(lang.X("import.password_title", "PDF có mật khẩu"), lang.X("import.open", "Mở"),
		lang.X("dialog.cancel", "Huỷ"), []*widget.FormItem{
			widget.NewFormItem("", label),
			widget.NewFormItem(lang.X("import.password", "Mật khẩu"), pw),
		}, func(ok bool) {
			if ok && pw.Text != "" {
				ls.runImport(paths, pw.Text)
			}
		}, ls.shell.win)
	pw.OnSubmitted = func(string) { form.Submit() } // Enter opens, as in every password box
	form.Resize(fyne.NewSize(min(520, ls.shell.win.Canvas().Size().Width-20), 0))
	ls.shell.showDialog(form)
	ls.shell.win.Canvas().Focus(pw)
}

// askPath imports files or folders whose paths are typed or pasted (one
// per line, as copied from the file manager's address bar): Fyne's file
// dialog takes no typed path.
func (ls *LibraryScreen) askPath() {
	if ls.lib == nil {
		return
	}
	entry := widget.NewMultiLineEntry()
	entry.SetPlaceHolder(lang.X("library.path_hint", "Ví dụ: C:\\Users\\canbo\\Documents\\Nghi quyet 15.pdf — mỗi dòng một tệp hoặc thư mục"))
	entry.SetMinRowsVisible(3)
	entry.Wrapping = fyne.TextWrapWord
	form := dialog.NewForm(lang.X("library.import_path", "Dán đường dẫn…"), lang.X("import.open", "Mở"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("library.path", "Đường dẫn"), entry)},
		func(ok bool) {
			if !ok {
				return
			}
			// Every path goes to the import, found or not: its summary
			// lists each one that failed, a missing one as missing.
			var paths []string
			for _, l := range strings.Split(entry.Text, "\n") {
				if p := strings.Trim(strings.TrimSpace(l), `"'`); p != "" {
					paths = append(paths, p)
				}
			}
			if len(paths) > 0 {
				ls.runImport(paths, "")
			}
		}, ls.shell.win)
	form.Resize(fyne.NewSize(min(640, ls.shell.win.Canvas().Size().Width-20), 0))
	ls.shell.showDialog(form)
	ls.shell.win.Canvas().Focus(entry)
}

// ocrState is how far the OCR of a scan has come.
type ocrState struct {
	path        string
	done, total int
}
