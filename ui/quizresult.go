package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
		box.Add(container.NewVBox(
			wrapLabel(lang.X("quiz.your_answer", "Bạn trả lời: {{.A}}", map[string]any{"A": yourText(it)})),
			feedbackBox(r.shell, it, it.Result)))
		r.body.Add(widget.NewCard("", "", box))
	}
}

func mark(it quiz.AttemptItem) string {
	switch {
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
	v := widget.NewLabelWithStyle(verdict, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Importance = imp
	box.Add(v)
	box.Add(wrapLabel(lang.X("quiz.correct_answer", "Đáp án đúng: {{.A}}", map[string]any{"A": correctText(it)})))
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

// correctText is the right answer as the user saw the options: "B. …".
func correctText(it quiz.AttemptItem) string {
	q := it.Q
	switch q.Type {
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
