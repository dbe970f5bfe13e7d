package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
)

// edit shows the question form with a live preview of what a cadre will
// see; saving validates and stores the question.
func (e *bankEditor) edit(q *quiz.Question) { e.editThen(q, nil) }

// editThen is edit; with done, saving hands the valid question to done
// instead of storing it (a draft not yet in a bank).
func (e *bankEditor) editThen(q *quiz.Question, done func(*quiz.Question)) {
	typeNames := make([]string, len(quiz.Types))
	for i, t := range quiz.Types {
		typeNames[i] = typeName(t)
	}
	kind := newSelect(typeNames, nil)
	stem := widget.NewMultiLineEntry()
	stem.Wrapping = fyne.TextWrapWord
	stem.SetMinRowsVisible(3)
	stem.SetText(q.Stem)
	// Six option rows, more when the question has more (up to 26, A–Z):
	// editing never drops an option.
	rows := 6
	choice := q.Type == quiz.Single || q.Type == quiz.Multi || q.Type == quiz.TrueFalse
	if choice {
		rows = min(max(rows, len(q.Options)), quiz.MaxOptions)
	}
	optText := make([]*widget.Entry, rows)
	optRight := make([]*widget.Check, rows)
	// Each option's credit, as Moodle weighs it (empty: the tick decides).
	optWeight := make([]*widget.Entry, rows)
	optRows := container.NewVBox()
	for k := range optText {
		optText[k] = widget.NewEntry()
		optRight[k] = widget.NewCheck(lang.X("edit.correct", "đúng"), nil)
		optWeight[k] = widget.NewEntry()
		optWeight[k].SetPlaceHolder("%")
		if choice && k < len(q.Options) {
			optText[k].SetText(q.Options[k].Text)
			optRight[k].SetChecked(q.Options[k].Correct)
			if q.Weighted() {
				optWeight[k].SetText(strings.ReplaceAll(trimFloat(q.Options[k].Fraction*100), ",", "."))
			}
		}
		var row fyne.CanvasObject = optText[k]
		if p := pictures(q, k+1, 96, 40); p != nil {
			// A picture option keeps its picture; its text may stay empty.
			optText[k].SetPlaceHolder(lang.X("edit.picture_option", "(hình)"))
			row = border(nil, nil, nil, p, optText[k])
		}
		weight := container.NewGridWrap(fyne.NewSize(72, optWeight[k].MinSize().Height), optWeight[k])
		optRows.Add(border(nil, nil, widget.NewLabel(string(rune('A'+k))+"."), container.NewHBox(optRight[k], weight), row))
	}
	stemPics := pictures(q, 0, 360, 120)
	answers := widget.NewMultiLineEntry()
	answers.SetMinRowsVisible(3)
	answers.SetText(quiz.AnswerLines(q))
	answersHelp := widget.NewLabel("")
	answersHelp.Wrapping = fyne.TextWrapWord
	answersHelp.Importance = widget.LowImportance
	var answersErr error
	fold := widget.NewCheck(lang.X("edit.fold", "Chấp nhận trả lời không dấu (dong chi = đồng chí)"), nil)
	fold.SetChecked(q.Fold)
	expl := widget.NewMultiLineEntry()
	expl.Wrapping = fyne.TextWrapWord
	expl.SetText(q.Explanation)
	tags := widget.NewEntry()
	tags.SetText(strings.Join(q.Tags, "; "))
	level := newSelect([]string{"—", lang.X("level.easy", "Dễ"), lang.X("level.medium", "Vừa"), lang.X("level.hard", "Khó")}, nil)
	level.SetSelectedIndex(q.Difficulty)
	docs := e.shell.cat
	docNames := []string{lang.X("edit.no_document", "(không gắn văn bản)")}
	var docIDs []int64
	if docs != nil {
		// A long menu is no use: past 500 documents the quote alone finds
		// its document.
		for _, d := range docs.docs[:min(len(docs.docs), 500)] {
			docNames = append(docNames, d.Title)
			docIDs = append(docIDs, d.ID)
		}
	}
	doc := newSelect(docNames, nil)
	doc.SetSelectedIndex(0)
	quote := widget.NewMultiLineEntry()
	quote.Wrapping = fyne.TextWrapWord
	quote.SetPlaceHolder(lang.X("edit.quote_hint", "Chép đoạn văn bản mà câu hỏi dựa vào; Sổ tay tự tìm vị trí"))
	if p := q.Passage; p != nil {
		quote.SetText(p.Quote)
		for i, id := range docIDs {
			if id == p.DocumentID {
				doc.SetSelectedIndex(i + 1)
			}
		}
	}
	preview := widget.NewLabel("")
	preview.Wrapping = fyne.TextWrapWord

	read := func() *quiz.Question {
		n := q.Copy()
		if i := kind.SelectedIndex(); i >= 0 {
			n.Type = quiz.Types[i]
		}
		n.Stem, n.Explanation, n.Fold = stem.Text, expl.Text, fold.Checked
		n.Options, n.Blanks = nil, nil
		// The stem keeps its pictures whatever the type; options theirs
		// (below) when the type has options of its own.
		var images []quiz.Image
		for _, im := range q.Images {
			if im.Part == 0 {
				images = append(images, im)
			}
		}
		n.Images = images
		answersErr = nil
		switch n.Type {
		case quiz.TrueFalse:
			n.Options = quiz.TrueFalseOptions(!optRight[1].Checked)
			keepFeedback(n, q)
		case quiz.Single, quiz.Multi:
			// Options keep their pictures: an option is kept when it has
			// text or a picture, and its pictures follow it. Their feedback
			// stays with them; a weight typed in any row weighs them all.
			weighted := false
			for k := range optText {
				weighted = weighted || strings.TrimSpace(optWeight[k].Text) != ""
			}
			for k := range optText {
				pics := q.ImagesOf(k + 1)
				if strings.TrimSpace(optText[k].Text) != "" || len(pics) > 0 {
					o := quiz.Option{Text: optText[k].Text, Correct: optRight[k].Checked}
					if k < len(q.Options) && q.Type != quiz.TrueFalse {
						o.Feedback = q.Options[k].Feedback
					}
					if weighted {
						w, ok := quiz.ParseNumber(optWeight[k].Text)
						if !ok && strings.TrimSpace(optWeight[k].Text) != "" {
							answersErr = fmt.Errorf("%s", lang.X("edit.bad_weight", "Tỉ lệ điểm của phương án {{.L}} không phải là số", map[string]any{"L": string(rune('A' + k))}))
						}
						o.Fraction = w / 100
					}
					n.Options = append(n.Options, o)
					for _, p := range pics {
						images = append(images, quiz.Image{Part: len(n.Options), Data: p})
					}
				}
			}
			n.Images = images
		case quiz.Cloze, quiz.Short, quiz.Numerical, quiz.Matching:
			answersErr = quiz.SetAnswerLines(n, answers.Text)
		}
		n.Tags = strings.FieldsFunc(tags.Text, func(r rune) bool { return r == ';' || r == ',' })
		n.Difficulty = max(level.SelectedIndex(), 0)
		n.Passage = nil
		if i := doc.SelectedIndex(); i > 0 {
			n.Passage = &quiz.Passage{DocumentID: docIDs[i-1], Quote: quote.Text}
		} else if strings.TrimSpace(quote.Text) != "" {
			n.Passage = &quiz.Passage{Quote: quote.Text}
		}
		if p := q.Passage; p != nil && p.DocumentID != 0 && strings.TrimSpace(quote.Text) == p.Quote &&
			(n.Passage == nil || n.Passage.DocumentID == 0 || n.Passage.DocumentID == p.DocumentID) {
			kept := *p // the link as it was, offsets and all
			n.Passage = &kept
		}
		n.Normalize()
		return n
	}
	var labelRows func(choice bool)
	update := func() {
		n := read()
		text := previewText(n)
		if answersErr != nil {
			text += "\n⚠ " + faultText(answersErr)
		}
		preview.SetText(text)
		for k := range optText {
			show := n.Type == quiz.Single || n.Type == quiz.Multi
			if n.Type == quiz.TrueFalse && k < 2 {
				show = true
				optText[k].SetText([]string{"Đúng", "Sai"}[k])
			}
			optRows.Objects[k].(*fyne.Container).Hidden = !show
			optWeight[k].Hidden = n.Type == quiz.TrueFalse
		}
		optRows.Refresh()
		answers.Hidden, fold.Hidden, answersHelp.Hidden = true, true, true
		switch n.Type {
		case quiz.Cloze:
			answersHelp.SetText(lang.X("edit.answers_hint", "Mỗi dòng một chỗ trống; các cách viết được chấp nhận ngăn bằng |"))
			answers.Hidden, fold.Hidden, answersHelp.Hidden = false, false, false
		case quiz.Short:
			answersHelp.SetText(lang.X("edit.answers_short", "Các cách viết được chấp nhận ngăn bằng |. Mỗi dòng một đáp án; thêm (50%) cho đáp án được một phần điểm, # rồi lời phản hồi; * là mọi câu trả lời khác."))
			answers.Hidden, fold.Hidden, answersHelp.Hidden = false, false, false
		case quiz.Numerical:
			answersHelp.SetText(lang.X("edit.answers_numerical", "Mỗi dòng một đáp số: 80, 3,5 ± 0,1 hoặc 75..85; thêm (50%) cho đáp số được một phần điểm, # rồi lời phản hồi; * là mọi số khác."))
			answers.Hidden, answersHelp.Hidden = false, false
		case quiz.Matching:
			answersHelp.SetText(lang.X("edit.answers_matching", "Mỗi dòng một cặp: vế trái -> vế phải. Dòng “-> …” là một vế phải thừa để gây nhiễu."))
			answers.Hidden, answersHelp.Hidden = false, false
		}
		answers.Refresh()
		fold.Refresh()
		answersHelp.Refresh()
		if labelRows != nil {
			labelRows(n.Type == quiz.Single || n.Type == quiz.Multi || n.Type == quiz.TrueFalse)
		}
	}
	for _, en := range []*widget.Entry{stem, answers, expl, tags, quote} {
		en.OnChanged = func(string) { update() }
	}
	for k := range optText {
		optText[k].OnChanged = func(string) { update() }
		optWeight[k].OnChanged = func(string) { update() }
		k := k
		optRight[k].OnChanged = func(on bool) {
			if on && kind.SelectedIndex() >= 0 && quiz.Types[kind.SelectedIndex()] != quiz.Multi {
				for j := range optRight {
					if j != k && optRight[j].Checked {
						optRight[j].SetChecked(false)
					}
				}
			}
			update()
		}
	}
	fold.OnChanged = func(bool) { update() }
	kind.OnChanged = func(string) { update() }
	level.OnChanged = func(string) { update() }
	doc.OnChanged = func(string) { update() }
	for i, t := range quiz.Types {
		if t == q.Type {
			kind.SetSelectedIndex(i)
		}
	}
	update()

	optItem := widget.NewFormItem(lang.X("edit.options", "Phương án"), optRows)
	answersItem := widget.NewFormItem(lang.X("edit.answers", "Đáp án"), container.NewVBox(answers, answersHelp, fold))
	form := widget.NewForm(
		widget.NewFormItem(lang.X("edit.type", "Loại câu hỏi"), kind),
		widget.NewFormItem(lang.X("edit.stem", "Câu hỏi"), withPictures(stem, stemPics)),
		optItem,
		answersItem,
		widget.NewFormItem(lang.X("edit.explanation", "Giải thích"), expl),
		widget.NewFormItem(lang.X("edit.tags", "Chủ đề"), tags),
		widget.NewFormItem(lang.X("edit.level", "Mức độ"), level),
		widget.NewFormItem(lang.X("edit.document", "Văn bản nguồn"), doc),
		widget.NewFormItem(lang.X("edit.quote", "Đoạn trích"), quote),
	)
	// A form's label stays when its row is hidden: the hidden row's label
	// is emptied, not left beside nothing.
	labelRows = func(choice bool) {
		opt, ans := lang.X("edit.options", "Phương án"), lang.X("edit.answers", "Đáp án")
		if choice {
			ans = ""
		} else {
			opt = ""
		}
		noAnswers := !choice && answers.Hidden
		if noAnswers {
			ans = ""
		}
		if optItem.Text != opt || answersItem.Text != ans {
			optItem.Text, answersItem.Text = opt, ans
			form.Refresh()
		}
	}
	labelRows(q.Type == quiz.Single || q.Type == quiz.Multi || q.Type == quiz.TrueFalse)
	previewCard := widget.NewCard(lang.X("edit.preview", "Xem trước"), lang.X("edit.preview_sub", "như người học sẽ thấy"), container.NewVScroll(preview))
	body := container.NewHSplit(container.NewVScroll(form), previewCard)
	body.Offset = 0.6
	title := lang.X("edit.new", "Câu hỏi mới")
	if q.ID != 0 {
		title = lang.X("edit.question_title", "Sửa câu hỏi")
	}
	var d dialog.Dialog
	d = dialog.NewCustomConfirm(title, lang.X("edit.save", "Lưu"), lang.X("dialog.cancel", "Huỷ"), body, func(ok bool) {
		if !ok {
			return
		}
		n := read()
		bad := answersErr
		store := e.review.store()
		async(func() (struct{}, error) {
			if bad != nil {
				return struct{}{}, bad
			}
			if done != nil {
				return struct{}{}, n.Validate()
			}
			return struct{}{}, store.SaveQuestion(context.Background(), n)
		},
			func(_ struct{}, err error) {
				if err != nil {
					e.shell.showError(err, "")
					e.shell.dialog = nil
					d.Show() // keep what was typed
					e.shell.dialog = d
					return
				}
				if done != nil {
					done(n)
					return
				}
				e.reload()
			})
	}, e.shell.win)
	d.Resize(fyne.NewSize(980, 640))
	e.shell.showDialog(d)
}

// previewText renders a question as the self-check shows it, with its
// answer and any problem that would stop it being saved.
func previewText(q *quiz.Question) string {
	var b strings.Builder
	stem := q.ShownStem(func(n int) string { return fmt.Sprintf("(%d) ______", n) })
	fmt.Fprintf(&b, "%s\n\n", stem)
	switch q.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		credits := q.Credits()
		for k, o := range q.Options {
			mark := "  "
			if o.Correct {
				mark = "✓ "
			}
			fmt.Fprintf(&b, "%s%c. %s", mark, 'A'+k, optionText(q, k))
			if q.Weighted() {
				fmt.Fprintf(&b, " (%s%%)", trimFloat(credits[k]*100))
			}
			if o.Feedback != "" {
				fmt.Fprintf(&b, " — %s", o.Feedback)
			}
			b.WriteString("\n")
		}
	case quiz.Essay:
		b.WriteString(lang.X("edit.essay_preview", "(Người học viết câu trả lời; người chấm cho điểm.)") + "\n")
	case quiz.Description:
		b.WriteString(lang.X("edit.description_preview", "(Đoạn mô tả: hiện trước câu hỏi đứng sau nó, không hỏi gì.)") + "\n")
	default:
		if lines := quiz.AnswerLines(q); lines != "" {
			b.WriteString(lines + "\n")
		}
	}
	if q.Explanation != "" {
		fmt.Fprintf(&b, "\n%s\n", lang.X("quiz.explanation", "Giải thích: {{.E}}", map[string]any{"E": q.Explanation}))
	}
	if len(q.Tags) > 0 || q.Difficulty > 0 {
		fmt.Fprintf(&b, "\n%s %s\n", strings.Join(q.Tags, ", "), levelName(q.Difficulty))
	}
	if q.Passage != nil && q.Passage.Quote != "" {
		fmt.Fprintf(&b, "\n“%s”\n", q.Passage.Quote)
	}
	if err := q.Validate(); err != nil {
		fmt.Fprintf(&b, "\n⚠ %s", lang.X("edit.invalid", "Chưa lưu được: {{.E}}", map[string]any{"E": faultText(err)}))
	}
	return b.String()
}

// keepFeedback gives n's true/false options the feedback they had in q.
func keepFeedback(n, q *quiz.Question) {
	if q.Type != quiz.TrueFalse || len(q.Options) != 2 {
		return
	}
	for k := range n.Options {
		n.Options[k].Feedback = q.Options[k].Feedback
	}
}

// withPictures shows pictures under an entry, when there are any.
func withPictures(e fyne.CanvasObject, pics fyne.CanvasObject) fyne.CanvasObject {
	if pics == nil {
		return e
	}
	return container.NewVBox(e, pics)
}

// typeName is a question type's name in the interface's language.
func typeName(t quiz.Type) string { return lang.X("type."+string(t), quiz.TypeName(t)) }

// levelName is a difficulty's name in the interface's language.
func levelName(d int) string {
	switch d {
	case 1:
		return lang.X("level.easy", "Dễ")
	case 2:
		return lang.X("level.medium", "Vừa")
	case 3:
		return lang.X("level.hard", "Khó")
	}
	return ""
}
