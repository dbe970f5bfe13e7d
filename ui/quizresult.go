package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
)

// showResults shows the score and a review of every answer.
func (r *quizRunner) showResults() {
	a := r.attempt
	r.clock.SetText("")
	r.progress.SetValue(1, "")
	r.header.SetText(a.Title)
	r.body.RemoveAll()
	defer r.scroller.ScrollToTop() // the score first, not the middle of the list
	pct := 0
	if a.MaxScore > 0 {
		pct = int(100*a.Score/a.MaxScore + 0.5)
	}
	score := lang.X("quiz.score", "Kết quả: {{.S}}/{{.M}} điểm ({{.P}}%)", map[string]any{
		"S": trimFloat(a.Score), "M": trimFloat(a.MaxScore), "P": pct})
	r.body.Add(bigText(score, true))
	if n := a.Unmarked(); n > 0 {
		wait := wrapLabel(lang.X("quiz.unmarked", "{{.N}} câu tự luận chờ chấm: điểm sẽ cập nhật khi người chấm cho điểm (ô “Chấm” dưới mỗi câu).", map[string]any{"N": n}))
		wait.Importance = widget.WarningImportance
		r.body.Add(wait)
	}
	if a.Mode == quiz.Exam && a.PassMark > 0 {
		verdict := widget.NewLabelWithStyle(lang.X("quiz.passed", "ĐẠT (yêu cầu {{.P}}%)", map[string]any{"P": int(a.PassMark*100 + 0.5)}),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		verdict.Importance = widget.SuccessImportance
		if !a.Passed() {
			verdict.SetText(lang.X("quiz.failed", "CHƯA ĐẠT (yêu cầu {{.P}}%)", map[string]any{"P": int(a.PassMark*100 + 0.5)}))
			verdict.Importance = widget.DangerImportance
		}
		r.body.Add(verdict)
	}
	done := widget.NewButtonWithIcon(lang.X("quiz.done", "Xong"), theme.ConfirmIcon(), func() {
		r.stopClock()
		r.onExit()
	})
	done.Importance = widget.HighImportance
	r.body.Add(container.NewHBox(done))
	for i, it := range a.Items {
		if it.Q == nil {
			continue
		}
		head := widget.NewLabelWithStyle(fmt.Sprintf("%s %d. %s", mark(it), i+1, it.Q.ShownStem(func(n int) string { return fmt.Sprintf("(%d) ……", n) })), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Wrapping = fyne.TextWrapWord
		box := container.NewVBox(head)
		if p := pictures(it.Q, 0, 480, 160); p != nil {
			box.Add(p)
		}
		if it.Q.Type == quiz.Description {
			r.body.Add(widget.NewCard("", "", box))
			continue
		}
		box.Add(container.NewVBox(
			wrapLabel(lang.X("quiz.your_answer", "Bạn trả lời: {{.A}}", map[string]any{"A": yourText(it)})),
			feedbackBox(r.shell, it, it.Result)))
		if it.Q.Type == quiz.Essay && it.Response != nil && a.Mode == quiz.Exam {
			box.Add(r.markRow(i, it))
		}
		r.body.Add(widget.NewCard("", "", box))
	}
}

// markRow lets a trainer mark an essay: a percentage and "Chấm".
func (r *quizRunner) markRow(pos int, it quiz.AttemptItem) fyne.CanvasObject {
	e := widget.NewEntry()
	e.SetPlaceHolder("0–100")
	if it.Response != nil && it.Response.Mark != nil {
		e.SetText(trimFloat(*it.Response.Mark * 100))
	}
	id, store := r.attempt.ID, r.store
	var btn *widget.Button
	btn = widget.NewButtonWithIcon(lang.X("quiz.mark", "Chấm"), theme.ConfirmIcon(), func() {
		v, ok := quiz.ParseNumber(strings.TrimSuffix(strings.TrimSpace(e.Text), "%"))
		if !ok || v < 0 || v > 100 {
			r.shell.showInfo(dialog.NewInformation(lang.X("quiz.mark", "Chấm"),
				lang.X("quiz.mark_bad", "Hãy gõ điểm của câu tự luận theo phần trăm, từ 0 đến 100 (ví dụ 75)."), r.shell.win))
			return
		}
		btn.Disable()
		async(func() (*quiz.Attempt, error) {
			return store.MarkEssay(context.Background(), id, pos, v/100)
		}, func(a *quiz.Attempt, err error) {
			btn.Enable()
			if err != nil {
				r.shell.showError(err, "")
				return
			}
			r.attempt = a
			at := r.scroller.Offset // marking the next essay is where this one was
			r.showResults()
			r.scroller.Offset = at
			r.scroller.Refresh()
		})
	})
	label := widget.NewLabel(lang.X("quiz.mark_label", "Điểm câu này (%):"))
	return container.NewHBox(label, container.NewGridWrap(fyne.NewSize(90, e.MinSize().Height), e), btn)
}

func mark(it quiz.AttemptItem) string {
	if it.Q != nil && it.Q.Type == quiz.Description {
		return "·"
	}
	switch {
	case it.Result.Manual:
		return "✎"
	case it.Result.Correct:
		return "✓"
	case it.Result.Score > 0:
		return "◐"
	}
	return "✗"
}

func trimFloat(f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if lang.X("number.decimal", ",") == "." {
		return s // 1.5 in English
	}
	return strings.ReplaceAll(s, ".", ",") // 1,5 in Vietnamese
}

// feedbackBox is the verdict, the right answer, the explanation and the
// passage with "Xem trong văn bản".
func feedbackBox(s *Shell, it quiz.AttemptItem, res quiz.Result) fyne.CanvasObject {
	q := it.Q
	box := container.NewVBox()
	verdict := "✓ " + lang.X("quiz.right", "Đúng")
	imp := widget.SuccessImportance
	if !res.Correct {
		verdict = "✗ " + lang.X("quiz.wrong", "Chưa đúng")
		imp = widget.DangerImportance
		if res.Score > 0 {
			verdict = "◐ " + lang.X("quiz.partly", "Đúng một phần ({{.P}}%)", map[string]any{"P": int(res.Score*100 + 0.5)})
			imp = widget.WarningImportance
		}
	}
	if res.Manual {
		verdict = "✎ " + lang.X("quiz.manual", "Câu tự luận: máy không chấm; hãy đối chiếu với gợi ý (bài thi do người chấm cho điểm)")
		imp = widget.MediumImportance
	}
	v := widget.NewLabelWithStyle(verdict, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Wrapping = fyne.TextWrapWord // the essay's verdict is a sentence
	v.Importance = imp
	box.Add(v)
	if q.Type != quiz.Essay {
		box.Add(wrapLabel(lang.X("quiz.correct_answer", "Đáp án đúng: {{.A}}", map[string]any{"A": correctText(it)})))
	}
	for _, fb := range chosenFeedback(it, res) {
		f := wrapLabel(lang.X("quiz.feedback", "Phản hồi: {{.F}}", map[string]any{"F": fb}))
		f.TextStyle.Italic = true
		box.Add(f)
	}
	for _, k := range q.Correct() {
		if p := pictures(q, k+1, 320, 120); p != nil {
			box.Add(p) // a right option that is a picture: shown, not only "(hình)"
		}
	}
	if q.Explanation != "" {
		box.Add(wrapLabel(lang.X("quiz.explanation", "Giải thích: {{.E}}", map[string]any{"E": q.Explanation})))
	}
	if p := q.Passage; p != nil && p.DocumentID != 0 {
		quote := widget.NewLabelWithStyle("“"+p.Quote+"”", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		quote.Wrapping = fyne.TextWrapWord
		src := widget.NewLabel(p.DocumentTitle)
		src.Wrapping = fyne.TextWrapWord
		see := widget.NewButtonWithIcon(lang.X("quiz.see_passage", "Xem trong văn bản"), theme.DocumentIcon(), func() {
			s.showPassage(p)
		})
		box.Add(widget.NewCard("", "", container.NewVBox(quote, src, container.NewHBox(see))))
	}
	return box
}

func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// chosenFeedback is the feedback of what was answered: the chosen
// options', or the matched typed answer's.
func chosenFeedback(it quiz.AttemptItem, res quiz.Result) []string {
	if res.Feedback != "" {
		return []string{res.Feedback}
	}
	if it.Response == nil {
		return nil
	}
	var out []string
	for _, c := range it.Response.Choices {
		if c >= 0 && c < len(it.Q.Options) && it.Q.Options[c].Feedback != "" {
			out = append(out, it.Q.Options[c].Feedback)
		}
	}
	return out
}

// correctText is the right answer as the user saw the options: "B. …".
func correctText(it quiz.AttemptItem) string {
	q := it.Q
	switch q.Type {
	case quiz.Numerical:
		var parts []string
		for _, o := range q.Options {
			if o.Correct && o.Text != "*" {
				s := strings.ReplaceAll(o.Text, ".", lang.X("number.decimal", ","))
				if o.Tolerance != 0 {
					s += " ± " + strings.ReplaceAll(strings.TrimRight(strings.TrimRight(fmt.Sprintf("%f", o.Tolerance), "0"), "."), ".", lang.X("number.decimal", ","))
				}
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	case quiz.Matching:
		var parts []string
		for _, o := range q.Options {
			if o.Text != "" {
				parts = append(parts, o.Text+" → "+o.Match)
			}
		}
		return strings.Join(parts, "; ")
	case quiz.Cloze, quiz.Short:
		var parts []string
		for i, b := range q.Blanks {
			s := strings.Join(b, " / ")
			if q.Type == quiz.Cloze && len(q.Blanks) > 1 {
				s = fmt.Sprintf("(%d) %s", i+1, s)
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "; ")
	}
	var parts []string
	for k, orig := range it.Order {
		if q.Options[orig].Correct {
			parts = append(parts, fmt.Sprintf("%c. %s", 'A'+k, optionText(q, orig)))
		}
	}
	return strings.Join(parts, "; ")
}

// yourText is the user's answer in the same form.
func yourText(it quiz.AttemptItem) string {
	if it.Response == nil || it.Response.Empty() {
		return lang.X("quiz.no_answer", "(chưa trả lời)")
	}
	if it.Q != nil && it.Q.Type == quiz.Matching {
		var parts []string
		for i, o := range it.Q.Options {
			if o.Text != "" && i < len(it.Response.Texts) {
				parts = append(parts, o.Text+" → "+orDash(it.Response.Texts[i]))
			}
		}
		return strings.Join(parts, "; ")
	}
	if len(it.Response.Texts) > 0 {
		return strings.Join(it.Response.Texts, "; ")
	}
	var parts []string
	for k, orig := range it.Order {
		if containsInt(it.Response.Choices, orig) {
			parts = append(parts, fmt.Sprintf("%c. %s", 'A'+k, optionText(it.Q, orig)))
		}
	}
	return strings.Join(parts, "; ")
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// markOptions marks, once graded, the right options (✓, in the success
// colour) and a wrong choice (✗, in the danger colour): a sign as well as
// a colour, for those who do not tell red from green.
func markOptions(it quiz.AttemptItem, texts []*tapLabel) {
	chosen := map[int]bool{}
	if it.Response != nil {
		for _, c := range it.Response.Choices {
			chosen[c] = true
		}
	}
	for k, l := range texts {
		if k >= len(it.Order) {
			break
		}
		orig := it.Order[k]
		text := optionText(it.Q, orig)
		switch {
		case it.Q.Options[orig].Correct:
			l.Text, l.Importance = "✓ "+text, widget.SuccessImportance
			l.TextStyle.Bold = true
			if it.Q.Type == quiz.Multi && it.Response != nil && !chosen[orig] {
				// a right option left out looks otherwise like one chosen
				l.Text += " " + lang.X("quiz.missed", "(đúng, bạn chưa chọn)")
			}
		case chosen[orig]:
			l.Text, l.Importance = "✗ "+text, widget.DangerImportance
		default:
			continue
		}
		l.onTap = nil
		l.Refresh()
	}
}
