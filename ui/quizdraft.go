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
	"sotay/library/quiz"
	"sotay/library/quiz/draft"
)

// draftView shows the questions Sổ tay proposes from a document: the
// trainer reads each with its answer and passage, unticks the ones not
// worth keeping, edits any, and saves the ticked ones into a bank.
type draftView struct {
	shell  *Shell
	review *ReviewScreen
	doc    library.Summary
	drafts []draft.Draft
	keep   []bool
	picked int

	root    fyne.CanvasObject
	list    *widget.List
	preview *widget.Label
	count   *widget.Label
	bank    *widget.Select
	banks   []quiz.Bank
	save    *widget.Button
	onExit  func()
}

// newBankName is the bank the drafts of doc go to unless the trainer picks
// another: "Câu hỏi: <title>".
func newBankName(doc library.Summary) string {
	return lang.X("draft.bank_name", "Câu hỏi: {{.T}}", map[string]any{"T": clipText(doc.Title, 80)})
}

func newDraftView(s *Shell, r *ReviewScreen, doc library.Summary, drafts []draft.Draft, onExit func()) *draftView {
	v := &draftView{shell: s, review: r, doc: doc, drafts: drafts, keep: make([]bool, len(drafts)), picked: -1, onExit: onExit}
	for i := range v.keep {
		v.keep[i] = true
	}
	v.preview = widget.NewLabel(lang.X("draft.pick", "Chọn một câu ở bên trái để xem đáp án và đoạn trích."))
	v.preview.Wrapping = fyne.TextWrapWord
	v.count = widget.NewLabel("")
	v.list = widget.NewList(func() int { return len(v.drafts) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return border(nil, nil, widget.NewCheck("", nil), nil, l)
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*fyne.Container)
		l, c := row.Objects[1].(*widget.Label), row.Objects[0].(*widget.Check)
		d := v.drafts[id]
		// what it asks first: at the largest text the row is cut, and
		// "[Nội dung liệt kê] …" said nothing of the question (round 17)
		l.SetText(fmt.Sprintf("%d. %s · %s", id+1, d.Ask, d.Kind.Name()))
		c.OnChanged = nil
		c.SetChecked(v.keep[id])
		c.OnChanged = func(on bool) { v.keep[id] = on; v.counted() }
	})
	v.list.OnSelected = func(id widget.ListItemID) {
		v.picked = id
		v.preview.SetText(previewText(&v.drafts[id].Question))
	}
	all := widget.NewButton(lang.X("draft.all", "Chọn tất cả"), func() { v.setAll(true) })
	none := widget.NewButton(lang.X("draft.none", "Bỏ chọn tất cả"), func() { v.setAll(false) })
	edit := widget.NewButtonWithIcon(lang.X("draft.edit", "Sửa câu này"), theme.DocumentCreateIcon(), func() {
		if v.picked < 0 {
			return
		}
		i := v.picked
		r.editor.editThen(v.drafts[i].Question.Copy(), func(q *quiz.Question) {
			v.drafts[i].Question, v.keep[i] = *q, true
			v.preview.SetText(previewText(q))
			v.list.RefreshItem(i)
			v.counted()
		})
	})
	passage := widget.NewButtonWithIcon(lang.X("quiz.see_passage", "Xem trong văn bản"), theme.FileTextIcon(), func() {
		if v.picked >= 0 && v.drafts[v.picked].Question.Passage != nil {
			p := *v.drafts[v.picked].Question.Passage
			p.DocumentTitle = doc.Title
			s.showPassage(&p)
		}
	})
	v.bank = newSelect(nil, nil)
	v.save = widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), v.saveKept)
	v.save.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(lang.X("reader.back", "Quay lại"), theme.NavigateBackIcon(), onExit)
	back.Importance = widget.LowImportance

	title := widget.NewLabelWithStyle(lang.X("draft.title", "Câu hỏi nháp từ: {{.T}}", map[string]any{"T": clipText(doc.Title, 90)}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	hint := widget.NewLabel(lang.X("draft.hint", "Sổ tay đề xuất các câu dưới đây từ số liệu, thời hạn, danh mục và thông tin của văn bản. Hãy đọc từng câu, bỏ chọn câu không dùng, sửa nếu cần rồi lưu."))
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(border(nil, nil, back, nil, title), hint,
		border(nil, nil, nil, container.NewHBox(all, none), v.count))
	right := border(nil, container.NewHBox(edit, passage), nil, nil, container.NewVScroll(v.preview))
	split := container.NewHSplit(v.list, widget.NewCard(lang.X("edit.preview", "Xem trước"), lang.X("draft.preview_sub", "đáp án đúng có dấu ✓"), right))
	split.Offset = 0.55
	bottom := border(nil, nil, widget.NewLabel(lang.X("draft.into", "Lưu vào ngân hàng")), v.save, v.bank)
	v.root = border(top, bottom, nil, nil, split)
	v.setBanks(r.banks)
	v.counted()
	return v
}

// CanvasObject is the view's content.
func (v *draftView) CanvasObject() fyne.CanvasObject { return v.root }

// setBanks offers a new bank named after the document, then every bank.
func (v *draftView) setBanks(banks []quiz.Bank) {
	v.banks = banks
	names := []string{lang.X("draft.new_bank", "(ngân hàng mới) {{.N}}", map[string]any{"N": newBankName(v.doc)})}
	for _, b := range banks {
		names = append(names, fmt.Sprintf("%s (%d)", b.Name, b.Questions))
	}
	v.bank.Options = names
	v.bank.SetSelectedIndex(0)
}

func (v *draftView) setAll(on bool) {
	for i := range v.keep {
		v.keep[i] = on
	}
	v.list.Refresh()
	v.counted()
}

func (v *draftView) kept() []quiz.Item {
	var items []quiz.Item
	for i, d := range v.drafts {
		if v.keep[i] {
			q := d.Question
			items = append(items, quiz.Item{Line: i + 1, Q: &q})
		}
	}
	return items
}

func (v *draftView) counted() {
	n := len(v.kept())
	v.count.SetText(lang.X("draft.count", "{{.N}} câu nháp · đã chọn {{.K}}", map[string]any{"N": len(v.drafts), "K": n}))
	v.save.SetText(lang.X("draft.save", "Lưu {{.K}} câu đã chọn", map[string]any{"K": n}))
	if n == 0 {
		v.save.Disable()
	} else {
		v.save.Enable()
	}
}

// saveKept stores the ticked drafts in one transaction and goes to the
// bank; drafts the bank already holds are counted, not doubled.
func (v *draftView) saveKept() {
	store := v.review.store()
	items := v.kept()
	if store == nil || len(items) == 0 {
		return
	}
	i := v.bank.SelectedIndex()
	name := newBankName(v.doc)
	var bank quiz.Bank
	if i > 0 && i-1 < len(v.banks) {
		bank = v.banks[i-1]
	}
	v.save.Disable()
	async(func() (quiz.ImportReport, error) {
		ctx := context.Background()
		if bank.ID == 0 {
			var err error
			if bank, err = store.BankFor(ctx, name, v.doc.ID); err != nil {
				return quiz.ImportReport{}, err
			}
		}
		return store.Import(ctx, bank, items)
	}, func(rep quiz.ImportReport, err error) {
		v.save.Enable()
		if err != nil {
			v.shell.showError(err, "")
			return
		}
		v.onExit()
		v.review.showBank(rep.Bank.ID)
		msg := lang.X("draft.saved", "Đã lưu {{.N}} câu vào ngân hàng “{{.B}}”.", map[string]any{"N": rep.Count(quiz.Imported), "B": rep.Bank.Name})
		if d := rep.Count(quiz.Duplicate); d > 0 {
			msg += " " + lang.X("draft.saved_dup", "{{.D}} câu đã có sẵn trong ngân hàng nên không thêm lại.", map[string]any{"D": d})
		}
		v.shell.showInfo(dialog.NewInformation(lang.X("draft.saved_title", "Đã lưu câu hỏi"), msg, v.shell.win))
	})
}

// showDrafts proposes questions from doc in place of the tabs.
func (r *ReviewScreen) showDrafts(doc library.Summary) {
	if r.lib == nil {
		return
	}
	lib := r.lib
	type proposal struct {
		drafts []draft.Draft
		spent  string
	}
	async(func() (proposal, error) {
		ds, spent, err := lib.ProposeQuestions(context.Background(), doc.ID)
		return proposal{ds, spent}, err
	},
		func(p proposal, err error) {
			if err != nil {
				r.shell.showError(err, "")
				return
			}
			drafts := p.drafts
			if len(drafts) == 0 && p.spent != "" {
				// a telegram months old, a plan for a year gone by: its
				// tasks and deadlines are over, say so
				why := lang.X("draft.spent_period", "Thời kỳ mà “{{.T}}” áp dụng đã kết thúc: số liệu, mức và thời hạn trong đó đã lỗi thời. Sổ tay không đề xuất câu hỏi nào. Nếu vẫn cần, hãy soạn câu hỏi bằng tay trong Ôn tập › Ngân hàng.", map[string]any{"T": doc.Title})
				if p.spent == draft.SpentEvent {
					why = lang.X("draft.spent_event", "“{{.T}}” phục vụ một sự kiện đã qua (cuộc bầu cử, đại hội): các chỉ tiêu thi đua, thời hạn và số liệu trong đó đã lỗi thời. Sổ tay không đề xuất câu hỏi nào. Nếu vẫn cần, hãy soạn câu hỏi bằng tay trong Ôn tập › Ngân hàng.", map[string]any{"T": doc.Title})
				}
				if p.spent == draft.SpentTelegram {
					why = lang.X("draft.spent_telegram", "“{{.T}}” là công điện ban hành đã hơn sáu tháng: các nhiệm vụ và thời hạn trong đó đã qua, câu hỏi soạn từ đó sẽ lỗi thời. Sổ tay không đề xuất câu hỏi nào. Nếu vẫn cần, hãy soạn câu hỏi bằng tay trong Ôn tập › Ngân hàng.", map[string]any{"T": doc.Title})
				}
				title := lang.X("draft.spent_title", "Văn bản đã hết thời gian áp dụng")
				if p.spent == draft.SpentCase {
					title = lang.X("draft.case_title", "Văn bản không có nội dung để ôn tập")
					why = lang.X("draft.spent_case", "“{{.T}}” giải quyết một trường hợp riêng (xác định mã số, phân loại hàng hóa của một doanh nghiệp): thông số trong đó là của sản phẩm, không phải nội dung để cán bộ học. Sổ tay không đề xuất câu hỏi nào. Nếu vẫn cần, hãy soạn câu hỏi bằng tay trong Ôn tập › Ngân hàng.", map[string]any{"T": doc.Title})
				}
				r.shell.showInfo(dialog.NewInformation(title, why, r.shell.win))
				return
			}
			if len(drafts) == 0 {
				r.shell.showInfo(dialog.NewInformation(lang.X("draft.none_title", "Chưa đề xuất được câu hỏi"),
					lang.X("draft.none_text", "Sổ tay không tìm được trong “{{.T}}” số liệu, thời hạn hay danh mục mà nó hỏi được mà không lộ đáp án. Hãy soạn câu hỏi bằng tay trong Ôn tập › Ngân hàng.", map[string]any{"T": doc.Title}),
					r.shell.win))
				return
			}
			r.drafts = newDraftView(r.shell, r, doc, drafts, func() {
				r.drafts = nil
				r.root.Objects = r.root.Objects[:1]
				r.root.Objects[0].Show()
				r.root.Refresh()
			})
			r.root.Objects[0].Hide()
			r.root.Add(r.drafts.CanvasObject())
		})
}

// showBank opens the bank editor on a bank.
func (r *ReviewScreen) showBank(id int64) {
	r.editor.bank = quiz.Bank{ID: id}
	if r.tabs.SelectedIndex() == 3 {
		r.refresh()
	} else {
		r.tabs.SelectIndex(3) // Ngân hàng câu hỏi: refreshes banks and the list
	}
}

// draftFrom goes to Ôn tập and proposes questions from a document.
func (s *Shell) draftFrom(doc library.Summary) {
	s.tabs.SelectIndex(2)
	s.review.showDrafts(doc)
}
