package ui

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// bankEditor is where trainers keep question banks: list, search (with or
// without diacritics), add, edit with a preview, duplicate, move, delete,
// import files and export them.
type bankEditor struct {
	shell     *Shell
	review    *ReviewScreen
	addButton *widget.Button // Thêm câu hỏi, also Ctrl+N
	banks     []quiz.Bank
	bank      quiz.Bank
	qs        []*quiz.Question
	picked    int // index into qs, -1 for none

	root   fyne.CanvasObject
	choose *widget.Select
	search *widget.Entry
	list   *widget.List
	count  *widget.Label
	acts   []*widget.Button // enabled when a question is picked
}

func newBankEditor(s *Shell, r *ReviewScreen) *bankEditor {
	e := &bankEditor{shell: s, review: r, picked: -1}
	e.choose = newSelect(nil, func(string) {
		if i := e.choose.SelectedIndex(); i >= 0 && i < len(e.banks) {
			e.bank = e.banks[i]
			e.load()
		}
	})
	e.choose.PlaceHolder = lang.X("bank.none_yet", "(chưa có ngân hàng nào)")
	e.search = widget.NewEntry()
	e.search.SetPlaceHolder(lang.X("bank.search", "Tìm câu hỏi (gõ có dấu hoặc không dấu)"))
	e.search.OnChanged = func(string) { e.load() }
	e.count = widget.NewLabel("")
	e.list = widget.NewList(func() int { return len(e.qs) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		q := e.qs[id]
		o.(*widget.Label).SetText(fmt.Sprintf("%d. [%s] %s", id+1, typeName(q.Type), q.ShownStem(func(n int) string { return fmt.Sprintf("(%d) ……", n) })))
	})
	e.list.OnSelected = func(id widget.ListItemID) {
		e.picked = id
		for _, b := range e.acts {
			b.Enable()
			b.Show()
		}
	}
	newBank := widget.NewButtonWithIcon(lang.X("bank.new", "Ngân hàng mới"), theme.FolderNewIcon(), e.askBank)
	imp := widget.NewButtonWithIcon(withKey(lang.X("bank.import_short", "Nhập tệp…"), "Ctrl+I"), theme.DownloadIcon(), e.chooseImport)
	exp := widget.NewButtonWithIcon(withKey(lang.X("bank.export", "Xuất…"), "Ctrl+E"), theme.UploadIcon(), e.chooseExport)
	printBtn := widget.NewButtonWithIcon(withKey(lang.X("print.button", "In đề…"), "Ctrl+P"), theme.DocumentPrintIcon(), e.choosePrint)
	draft := widget.NewButtonWithIcon(lang.X("bank.draft", "Soạn từ văn bản…"), theme.QuestionIcon(), func() {
		s.pickDocument(lang.X("bank.draft_pick", "Chọn văn bản để soạn câu hỏi"), r.showDrafts)
	})
	add := widget.NewButtonWithIcon(withKey(lang.X("bank.add", "Thêm câu hỏi"), "Ctrl+N"), theme.ContentAddIcon(), func() {
		e.edit(&quiz.Question{BankID: e.bank.ID, Type: quiz.Single, Options: make([]quiz.Option, 4)})
	})
	add.Importance = widget.HighImportance
	e.addButton = add
	edit := widget.NewButtonWithIcon(lang.X("bank.edit", "Sửa"), theme.DocumentCreateIcon(), func() { e.edit(e.qs[e.picked].Copy()) })
	dup := widget.NewButtonWithIcon(lang.X("bank.duplicate", "Nhân bản"), theme.ContentCopyIcon(), e.duplicate)
	move := widget.NewButtonWithIcon(lang.X("bank.move_short", "Chuyển…"), theme.MailForwardIcon(), e.move) // short: the row fits one line
	del := widget.NewButtonWithIcon(lang.X("bank.delete", "Xoá"), theme.DeleteIcon(), e.delete)
	e.acts = []*widget.Button{edit, dup, move, del}
	for _, b := range e.acts {
		// shown once a question is picked: on a small screen at the
		// largest text the list keeps the room of a row of buttons that
		// could do nothing yet
		b.Disable()
		b.Hide()
	}
	top := container.NewVBox(
		border(nil, nil, widget.NewLabel(lang.X("review.bank", "Ngân hàng")), nil, e.choose),
		newFlowBox(newBank, draft, imp, exp, printBtn),
		border(nil, nil, nil, e.count, e.search),
	)
	bottom := newFlowBox(add, edit, dup, move, del)
	e.root = border(top, bottom, nil, nil, e.list)
	return e
}

// CanvasObject is the editor's content.
func (e *bankEditor) CanvasObject() fyne.CanvasObject { return e.root }

// setBanks fills the bank choice, keeping the current bank.
func (e *bankEditor) setBanks(banks []quiz.Bank) {
	e.banks = banks
	var names []string
	sel := -1
	for i, b := range banks {
		names = append(names, fmt.Sprintf("%s (%d)", b.Name, b.Questions))
		if b.ID == e.bank.ID {
			sel = i
		}
	}
	e.choose.Options = names
	if sel < 0 && len(banks) > 0 {
		sel = 0
	}
	if sel >= 0 {
		e.choose.SetSelectedIndex(sel) // loads
	}
	e.choose.Refresh()
}

// load lists the bank's questions matching the search box.
func (e *bankEditor) load() {
	store := e.review.store()
	if store == nil || e.bank.ID == 0 {
		return
	}
	id, q := e.bank.ID, e.search.Text
	async(func() ([]*quiz.Question, error) {
		if strings.TrimSpace(q) == "" {
			return store.Questions(context.Background(), id)
		}
		return store.SearchQuestions(context.Background(), q, id)
	}, func(qs []*quiz.Question, err error) {
		if err != nil {
			e.shell.showError(err, "")
			return
		}
		if e.bank.ID != id || e.search.Text != q {
			return // a newer choice is on its way
		}
		e.qs, e.picked = qs, -1
		e.list.UnselectAll()
		for _, b := range e.acts {
			b.Disable()
			b.Hide()
		}
		e.count.SetText(lang.X("bank.count", "{{.N}} câu", map[string]any{"N": len(qs)}))
		e.list.Refresh()
	})
}

// reload refreshes banks (counts) and the list after a change.
func (e *bankEditor) reload() {
	store := e.review.store()
	async(func() ([]quiz.Bank, error) { return store.Banks(context.Background()) },
		func(bs []quiz.Bank, err error) {
			if err != nil {
				e.shell.showError(err, "")
				return
			}
			e.review.banks = bs
			e.setBanks(bs)
			e.load()
		})
}

func (e *bankEditor) askBank() {
	name := widget.NewEntry()
	coll := e.review.collectionSelect(lang.X("bank.no_collection", "(không thuộc bộ sưu tập nào)"))
	d := dialog.NewForm(lang.X("bank.new", "Ngân hàng mới"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("bank.name", "Tên ngân hàng"), name),
			widget.NewFormItem(lang.X("review.collection", "Bộ sưu tập"), coll)}, func(ok bool) {
			if !ok {
				return
			}
			store, collID := e.review.store(), e.review.collectionAt(coll.SelectedIndex())
			async(func() (quiz.Bank, error) {
				b, err := store.CreateBank(context.Background(), name.Text, "", 0)
				if err == nil && collID != 0 {
					err = store.SetBankCollection(context.Background(), b.ID, collID)
					b.CollectionID = collID
				}
				return b, err
			},
				func(b quiz.Bank, err error) {
					if err != nil {
						e.shell.showError(err, "")
						return
					}
					e.bank = b
					e.reload()
				})
		}, e.shell.win)
	d.Resize(fyne.NewSize(560, 0))
	e.shell.showDialog(d)
	e.shell.win.Canvas().Focus(name)
}

func (e *bankEditor) duplicate() {
	q := e.qs[e.picked]
	store := e.review.store()
	async(func() (*quiz.Question, error) { return store.DuplicateQuestion(context.Background(), q.ID, 0) },
		func(_ *quiz.Question, err error) {
			if err != nil {
				e.shell.showError(err, "")
				return
			}
			e.reload()
		})
}

func (e *bankEditor) move() {
	q := e.qs[e.picked]
	var names []string
	var ids []int64
	for _, b := range e.banks {
		if b.ID != q.BankID {
			names = append(names, b.Name)
			ids = append(ids, b.ID)
		}
	}
	to := newSelect(names, nil)
	d := dialog.NewForm(lang.X("bank.move", "Chuyển sang ngân hàng…"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("review.bank", "Ngân hàng"), to)}, func(ok bool) {
			if !ok || to.SelectedIndex() < 0 {
				return
			}
			store, dest := e.review.store(), ids[to.SelectedIndex()]
			async(func() (struct{}, error) { return struct{}{}, store.MoveQuestion(context.Background(), q.ID, dest) },
				func(_ struct{}, err error) {
					if err != nil {
						e.shell.showError(err, "")
						return
					}
					e.reload()
				})
		}, e.shell.win)
	e.shell.showDialog(d)
}

func (e *bankEditor) delete() {
	q := e.qs[e.picked]
	d := dialog.NewConfirm(lang.X("bank.delete", "Xoá"), lang.X("bank.delete_confirm", "Xoá câu hỏi “{{.S}}”? Kết quả các bài đã làm vẫn được giữ.", map[string]any{"S": clipText(q.Stem, 80)}),
		func(ok bool) {
			if !ok {
				return
			}
			store := e.review.store()
			async(func() (struct{}, error) { return struct{}{}, store.DeleteQuestion(context.Background(), q.ID) },
				func(_ struct{}, err error) {
					if err != nil {
						e.shell.showError(err, "")
						return
					}
					e.reload()
				})
		}, e.shell.win)
	e.shell.showDialog(d)
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// chooseImport asks for a question file and imports it into the bank.
func (e *bankEditor) chooseImport() {
	e.shell.pickFile(nil, e.askTarget)
}

// askTarget asks which bank a question file goes into: a new one named
// after the file (the default), or the bank on screen — the file once went
// into whatever bank was selected without a word.
func (e *bankEditor) askTarget(path string) {
	if e.bank.ID == 0 {
		e.importFile(path, "")
		return
	}
	newBank := lang.X("bank.into_new", "Ngân hàng mới “{{.N}}”", map[string]any{"N": baseName(path)})
	current := lang.X("bank.into_current", "Ngân hàng đang mở “{{.N}}”", map[string]any{"N": e.bank.Name})
	choice := widget.NewRadioGroup([]string{newBank, current}, nil)
	choice.SetSelected(newBank)
	d := dialog.NewForm(lang.X("bank.import", "Nhập tệp câu hỏi…"), lang.X("import.open", "Mở"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("bank.into", "Nhập vào"), choice)}, func(ok bool) {
			if !ok {
				return
			}
			if choice.Selected == newBank {
				e.bank = quiz.Bank{} // importFile makes the bank named after the file
			}
			e.importFile(path, "")
		}, e.shell.win)
	e.shell.showDialog(d)
}

// importFile reads path into the current bank (a new bank named after the
// file when there is none) — keyPath, if not "", holds its answer key —
// and shows what came in and every problem. Reading may take a while
// (LibreOffice converts old files and Word drawings): a dialog says so and
// Dừng stops it, keeping nothing of the file.
func (e *bankEditor) importFile(path, keyPath string) {
	store, bank := e.review.store(), e.bank
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	prog := dialog.NewCustom(lang.X("bank.import", "Nhập tệp câu hỏi…"), lang.X("import.cancel", "Dừng"),
		container.NewVBox(wrapLabel(lang.X("bank.importing", "Đang đọc {{.F}}…", map[string]any{"F": baseName(path)})), bar), e.shell.win)
	prog.SetOnClosed(cancel)
	e.shell.showDialog(prog)
	var format formats.Format // read by the callback, after the work
	async(func() (quiz.ImportReport, error) {
		f, items, err := library.ReadQuestionFile(ctx, path, keyPath)
		format = f
		if err != nil {
			return quiz.ImportReport{}, err
		}
		if bank.ID == 0 {
			// A bank of its own, named after the file, kept only if
			// something comes in.
			return store.ImportNamed(ctx, baseName(path), items)
		}
		return store.Import(ctx, bank, items)
	}, func(rep quiz.ImportReport, err error) {
		stopped := ctx.Err() != nil
		prog.Hide()
		bar.Stop()
		cancel()
		if stopped {
			e.shell.showInfo(dialog.NewInformation(lang.X("bank.import", "Nhập tệp câu hỏi…"), lang.X("bank.import_stopped", "Đã dừng; chưa nhập câu nào của tệp này."), e.shell.win))
			return
		}
		if err != nil {
			e.shell.showError(err, path)
			return
		}
		e.bank = rep.Bank
		lines := []string{lang.X("bank.import_summary", "Đã nhập {{.N}} câu vào “{{.B}}”; {{.D}} câu đã có; {{.P}} câu lỗi.",
			map[string]any{"N": rep.Count(quiz.Imported), "B": rep.Bank.Name, "D": rep.Count(quiz.Duplicate), "P": rep.Count(quiz.Problemed)})}
		if rep.Bank.ID == 0 {
			lines[0] = lang.X("bank.import_nothing", "Không câu nào nhập được từ tệp nên không tạo ngân hàng mới.")
		}
		if len(rep.SubBanks) > 0 {
			var names []string
			for _, b := range rep.SubBanks {
				names = append(names, "“"+b.Name+"”")
			}
			lines = append(lines, lang.X("bank.sub_banks", "Các câu theo danh mục ($CATEGORY) của tệp nằm trong ngân hàng con: {{.B}}.", map[string]any{"B": strings.Join(names, ", ")}))
		}
		for _, row := range rep.Rows {
			if row.Err != nil {
				lines = append(lines, "• "+faultText(row.Err))
			} else {
				if row.Status == quiz.Duplicate {
					lines = append(lines, "• "+lang.X("bank.import_duplicate", "dòng {{.L}}: trùng một câu đã có trong ngân hàng", map[string]any{"L": row.Line}))
				}
				for _, n := range row.Notes {
					lines = append(lines, "• "+faultText(n.AtLine(row.Line)))
				}
			}
		}
		var d dialog.Dialog
		var below []fyne.CanvasObject
		if rep.Count(quiz.Problemed) > 0 && keyPath == "" && (format == formats.VNText || format == formats.DOCX) {
			// Banks often keep their answers in another file ("Đáp án:
			// 1B 2C …"): read the file again with it.
			below = append(below, widget.NewButton(lang.X("bank.import_key", "Đáp án nằm ở tệp khác? Chọn tệp đáp án…"), func() {
				d.Hide()
				e.chooseKey(path)
			}))
		}
		d = e.shell.showReport(lang.X("bank.import", "Nhập tệp câu hỏi…"), lines, below...)
		e.reload()
	})
}

// chooseKey asks for the file holding a bank's answer key and imports the
// bank again with it: questions already in come back as duplicates, those
// that lacked an answer come in.
func (e *bankEditor) chooseKey(path string) {
	e.shell.pickFile(nil, func(key string) { e.importFile(path, key) })
}

func baseName(path string) string {
	b := path[strings.LastIndexAny(path, `/\`)+1:]
	if i := strings.LastIndex(b, "."); i > 0 {
		b = b[:i]
	}
	return b
}

// chooseExport asks for a format and a file and writes the bank to it.
func (e *bankEditor) chooseExport() {
	if e.bank.ID == 0 {
		return
	}
	names := map[formats.Format]string{formats.VNText: lang.X("bank.format_vntext", "Văn bản Câu 1… Đáp án (.txt)"), formats.DOCX: "Word (.docx)", formats.XLSX: "Excel (.xlsx)",
		formats.CSV: "CSV (.csv)", formats.GIFT: "GIFT – Moodle (.gift)", formats.MoodleXML: "Moodle XML (.xml)", formats.Aiken: "Aiken – Moodle (.txt)"}
	var opts []string
	for _, f := range formats.Formats {
		opts = append(opts, names[f])
	}
	// Every format in sight (a drop-down cut their names at the largest
	// text), the first chosen.
	pick := widget.NewRadioGroup(opts, nil)
	pick.Required = true
	pick.SetSelected(opts[0])
	d := dialog.NewCustomConfirm(lang.X("bank.export_title", "Xuất ngân hàng “{{.N}}”", map[string]string{"N": clipText(e.bank.Name, 40)}),
		lang.X("bank.export_next", "Chọn nơi lưu…"), lang.X("dialog.cancel", "Huỷ"),
		container.NewVBox(widget.NewLabel(lang.X("bank.format", "Định dạng")), pick), func(ok bool) {
			if !ok {
				return
			}
			i := slices.Index(opts, pick.Selected)
			if i < 0 {
				i = 0
			}
			f := formats.Formats[i]
			write, done := e.export(f)
			e.shell.saveAs(e.bank.Name+f.Extension(), write, done)
		}, e.shell.win)
	d.Resize(fyne.NewSize(min(640, e.shell.win.Canvas().Size().Width-20), 0))
	e.shell.showDialog(d)
}

// export returns the writing and the reporting of a bank's export in
// format f, for saveAs.
func (e *bankEditor) export(f formats.Format) (func(io.Writer) error, func(string)) {
	store, bank := e.review.store(), e.bank
	var rep formats.ExportReport
	stems := map[int64]string{} // of the questions written or skipped, for the report
	write := func(w io.Writer) error {
		sections, err := store.Sections(context.Background(), bank.ID)
		if err == nil {
			for _, sec := range sections {
				for _, q := range sec.Questions {
					stems[q.ID] = quiz.Clip(strings.Join(strings.Fields(q.Stem), " "), 60)
				}
			}
			rep, err = formats.ExportSections(w, f, sections)
		}
		return err
	}
	done := func(path string) {
		lines := []string{lang.X("bank.exported", "Đã xuất {{.N}} câu của ngân hàng “{{.B}}” ra {{.F}}.", map[string]any{"N": rep.Written, "B": bank.Name, "F": path})}
		for _, g := range rep.SkippedByReason() {
			lines = append(lines, "• "+lang.X("bank.skipped_why", "Bỏ qua {{.N}} câu: {{.Why}}.", map[string]any{"N": len(g.IDs), "Why": faultText(g.Why)}))
			// Which ones: the first few by their text.
			for i, id := range g.IDs {
				if i == 3 {
					lines = append(lines, "    "+lang.X("bank.skipped_more", "… và {{.N}} câu nữa", map[string]any{"N": len(g.IDs) - 3}))
					break
				}
				lines = append(lines, "    – “"+stems[id]+"”")
			}
		}
		if s := rep.LostSummaryIn(translate); s != "" {
			lines = append(lines, s)
		}
		if len(lines) == 1 {
			e.shell.showInfo(dialog.NewInformation(lang.X("bank.export", "Xuất…"), lines[0], e.shell.win))
			return
		}
		e.shell.showReport(lang.X("bank.export", "Xuất…"), lines)
	}
	return write, done
}

// showReport shows a report of many lines (an import's problems, an
// export's skipped questions) in a dialog whose text scrolls, so that it
// fits a 1024×600 screen at the largest text size; below go under it.
func (s *Shell) showReport(title string, lines []string, below ...fyne.CanvasObject) dialog.Dialog {
	scroll := container.NewVScroll(wrapLabel(strings.Join(lines, "\n")))
	scroll.SetMinSize(fyne.NewSize(min(560, s.win.Canvas().Size().Width-80), min(300, s.win.Canvas().Size().Height-220)))
	d := dialog.NewCustom(title, lang.X("dialog.close", "Đóng"), border(nil, container.NewVBox(below...), nil, nil, scroll), s.win)
	s.showDialog(d)
	return d
}
