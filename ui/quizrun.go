package ui

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
	"sotay/library/quiz"
)

// quizRunner shows an attempt one question at a time. In a self-check each
// answer is graded at once, with the explanation and the source passage;
// in an exam answers are only saved, a clock counts down, and everything is
// shown after submitting. Keys: 1–9 or A–F choose (so does a click on the
// option), Enter answers and goes on.
type quizRunner struct {
	shell   *Shell
	store   *quiz.Store
	attempt *quiz.Attempt
	pos     int
	onExit  func() // back to where the attempt was started

	root     *fyne.Container
	body     *fyne.Container
	header   *widget.Label
	clock    *widget.Label
	progress *meter

	chosen        map[int]bool     // displayed option index → chosen
	optBtns       []*widget.Button // one per displayed option
	optTexts      []*tapLabel      // their texts: tapping one chooses it too
	scroller      *container.Scroll
	entries       []*widget.Entry // one per blank (the number, the essay)
	matches       []matchRow      // matching: a choice per left-hand side
	answered      bool            // self-check: the current item was graded
	answeredLabel *widget.Label   // exam: "Đã trả lời 3/10"
	stop          chan struct{}   // ends the exam clock
}

// matchRow is one left-hand side of a matching question and its choice.
type matchRow struct {
	option int // index in the question's options
	sel    *widget.Select
	left   *widget.Label
}

func newQuizRunner(s *Shell, store *quiz.Store, a *quiz.Attempt, onExit func()) *quizRunner {
	r := &quizRunner{shell: s, store: store, attempt: a, onExit: onExit,
		header:   truncLabel(widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		clock:    widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
		progress: newMeter(),
	}
	r.body = container.NewVBox()
	// The clock keeps one width as it ticks (no jitter, no re-layout each
	// second): room for "Còn 88:88" at the current text size.
	clockWidth := canvas.NewRectangle(color.Transparent)
	clockWidth.SetMinSize(fyne.NewSize(fyne.MeasureText(lang.X("quiz.time_left", "Còn {{.Time}}", map[string]any{"Time": "88:88"}),
		theme.TextSize(), fyne.TextStyle{Bold: true}).Width+2*theme.InnerPadding(), 0))
	top := border(nil, r.progress, nil, container.NewStack(clockWidth, r.clock), r.header)
	r.scroller = container.NewVScroll(container.NewPadded(r.body))
	r.root = border(container.NewPadded(top), nil, nil, nil, r.scroller)
	for i, it := range a.Items {
		if it.Response == nil {
			r.pos = i
			break
		}
	}
	if a.Mode == quiz.Exam && !a.Deadline().IsZero() {
		r.stop = make(chan struct{})
		go r.tick(a.Deadline(), r.stop)
	}
	if a.Finished() {
		r.showResults()
	} else {
		r.showItem()
	}
	return r
}

// CanvasObject is the runner's content.
func (r *quizRunner) CanvasObject() fyne.CanvasObject { return r.root }

// tick updates the exam clock every second and submits when time is up.
func (r *quizRunner) tick(deadline time.Time, stop <-chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		left := time.Until(deadline)
		post(func() {
			if left > 0 {
				r.clock.SetText(lang.X("quiz.time_left", "Còn {{.Time}}", map[string]any{"Time": clockText(left)}))
			}
		})
		if left <= 0 {
			post(func() { r.submit(true) })
			return
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

func clockText(d time.Duration) string {
	d = d.Round(time.Second)
	return fmt.Sprintf("%02d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}

// dispose stops what the runner started (the exam clock): the screen is
// going away. The attempt stays as it is, to be resumed or submitted.
func (r *quizRunner) dispose() { r.stopClock() }

func (r *quizRunner) stopClock() {
	if r.stop != nil {
		close(r.stop)
		r.stop = nil
	}
}

// showItem draws the current question.
func (r *quizRunner) showItem() {
	a := r.attempt
	it := a.Items[r.pos]
	r.answered = false
	r.chosen = map[int]bool{}
	r.optBtns, r.optTexts, r.entries, r.matches = nil, nil, nil, nil
	r.header.SetText(lang.X("quiz.position", "Câu {{.N}}/{{.Total}}", map[string]any{"N": r.pos + 1, "Total": len(a.Items)}) +
		"  ·  " + a.Title)
	r.progress.SetValue(float64(r.pos)/float64(len(a.Items)), "")
	r.body.RemoveAll()
	q := it.Q
	if q == nil {
		r.body.Add(widget.NewLabel(lang.X("quiz.deleted", "Câu hỏi này đã bị xoá khỏi ngân hàng.")))
		r.body.Add(r.navRow())
		return
	}
	stem := q.ShownStem(func(n int) string { return fmt.Sprintf("(%d) ______", n) })
	if strings.TrimSpace(stem) != "" {
		r.body.Add(bigText(stem, q.Type != quiz.Description))
	}
	if p := pictures(q, 0, 560, 260); p != nil {
		r.body.Add(p)
	}
	if hint := typeHint(q, a.Mode == quiz.Exam); hint != "" {
		h := widget.NewLabelWithStyle(hint, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		h.Wrapping = fyne.TextWrapWord // a long hint once made the question wider than the screen
		r.body.Add(h)
	}
	var prev *quiz.Response
	if it.Response != nil {
		prev = it.Response
	}
	switch q.Type {
	case quiz.Single, quiz.Multi, quiz.TrueFalse:
		for k, orig := range it.Order {
			k := k
			b := widget.NewButton(string(rune('A'+k)), func() { r.choose(k) })
			r.optBtns = append(r.optBtns, b)
			label := newTapLabel(q.Options[orig].Text, func() { r.choose(k) })
			r.optTexts = append(r.optTexts, label)
			var text fyne.CanvasObject = label
			if p := pictures(q, orig+1, 420, 160); p != nil {
				text = container.NewVBox(text, newTapArea(p, func() { r.choose(k) }))
			}
			r.body.Add(border(nil, nil, container.NewCenter(b), nil, text))
			if prev != nil && containsInt(prev.Choices, orig) {
				r.chosen[k] = true
			}
		}
		r.paintChoices()
	case quiz.Cloze, quiz.Short:
		for i := range q.Blanks {
			e := widget.NewEntry()
			e.OnSubmitted = func(string) { r.enter() }
			label := lang.X("quiz.answer", "Trả lời")
			if q.Type == quiz.Cloze {
				label = lang.X("quiz.blank", "Chỗ trống ({{.N}})", map[string]any{"N": i + 1})
			}
			if prev != nil && i < len(prev.Texts) {
				e.SetText(prev.Texts[i])
			}
			r.entries = append(r.entries, e)
			r.body.Add(border(nil, nil, widget.NewLabel(label), nil, e))
		}
	case quiz.Numerical:
		e := widget.NewEntry()
		e.OnSubmitted = func(string) { r.enter() }
		if prev != nil && len(prev.Texts) > 0 {
			e.SetText(prev.Texts[0])
		}
		r.entries = append(r.entries, e)
		r.body.Add(border(nil, nil, widget.NewLabel(lang.X("quiz.number", "Đáp số")), nil, e))
	case quiz.Essay:
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(6)
		if prev != nil && len(prev.Texts) > 0 {
			e.SetText(prev.Texts[0])
		}
		r.entries = append(r.entries, e)
		r.body.Add(e)
	case quiz.Matching:
		choices := quiz.MatchChoices(q)
		for i, o := range q.Options {
			if o.Text == "" {
				continue
			}
			sel := newSelect(choices, nil)
			sel.PlaceHolder = lang.X("quiz.match_pick", "(chọn)")
			if prev != nil && i < len(prev.Texts) && prev.Texts[i] != "" {
				sel.SetSelected(prev.Texts[i])
			}
			if r.attempt.Mode == quiz.Exam {
				sel.OnChanged = func(string) { r.save(r.showAnswered) }
			}
			left := widget.NewLabel(o.Text)
			left.Wrapping = fyne.TextWrapWord
			r.matches = append(r.matches, matchRow{option: i, sel: sel, left: left})
			r.body.Add(container.NewGridWithColumns(2, left, sel))
		}
	}
	r.body.Add(r.navRow())
	r.focusFirst()
	r.scroller.ScrollToTop() // a new question from its top (it once opened scrolled down, blank)
}

// navRow holds the buttons under a question.
func (r *quizRunner) navRow() fyne.CanvasObject {
	a := r.attempt
	if a.Mode == quiz.Exam {
		prev := widget.NewButtonWithIcon(lang.X("quiz.prev", "Câu trước"), theme.NavigateBackIcon(), func() { r.move(-1) })
		nextLabel := lang.X("quiz.next", "Câu sau (Enter)")
		if it := a.Items[r.pos]; it.Q != nil && it.Q.Type == quiz.Essay {
			nextLabel = lang.X("quiz.next_essay", "Câu sau") // Enter is a new line in an essay
		}
		next := widget.NewButtonWithIcon(nextLabel, theme.NavigateNextIcon(), func() { r.enter() })
		submit := widget.NewButtonWithIcon(lang.X("quiz.submit", "Nộp bài"), theme.ConfirmIcon(), func() { r.confirmSubmit() })
		submit.Importance = widget.HighImportance
		if r.pos == 0 {
			prev.Disable()
		}
		r.answeredLabel = widget.NewLabel("")
		r.showAnswered()
		return newFlowBox(prev, next, r.answeredLabel, submit)
	}
	if it := a.Items[r.pos]; it.Q != nil && it.Q.Type == quiz.Description {
		next := widget.NewButtonWithIcon(lang.X("quiz.continue", "Tiếp tục (Enter)"), theme.NavigateNextIcon(), func() { r.move(1) })
		next.Importance = widget.HighImportance
		return newFlowBox(next, widget.NewButton(lang.X("quiz.stop", "Dừng"), func() { r.finishSelf() }))
	}
	label := lang.X("quiz.check", "Trả lời (Enter)")
	if it := a.Items[r.pos]; it.Q != nil && it.Q.Type == quiz.Essay {
		label = lang.X("quiz.check_essay", "Xong bài viết") // Enter is a new line in an essay
	}
	check := widget.NewButtonWithIcon(label, theme.ConfirmIcon(), func() { r.enter() })
	check.Importance = widget.HighImportance
	quit := widget.NewButton(lang.X("quiz.stop", "Dừng"), func() { r.finishSelf() })
	return newFlowBox(check, quit)
}

// choose toggles (multi) or picks (single) displayed option k; in a
// self-check a single pick is graded at once.
func (r *quizRunner) choose(k int) {
	if r.answered || k < 0 || k >= len(r.optBtns) {
		return
	}
	q := r.attempt.Items[r.pos].Q
	if q.Type == quiz.Multi {
		r.chosen[k] = !r.chosen[k]
	} else {
		r.chosen = map[int]bool{k: true}
	}
	// Chosen, not yet answered: Enter or Trả lời confirms, so a slip of
	// the mouse or a key can be put right first. In an exam the choice is
	// kept at once (and counted as answered); it can change until the
	// exam is submitted.
	r.paintChoices()
	if r.attempt.Mode == quiz.Exam {
		r.save(r.showAnswered)
	}
}

// showAnswered updates an exam's count of answered questions.
func (r *quizRunner) showAnswered() {
	if r.answeredLabel != nil {
		a := r.attempt
		r.answeredLabel.SetText(lang.X("quiz.answered", "Đã trả lời {{.N}}/{{.Total}}", map[string]any{"N": a.Answered(), "Total": a.Asked()}))
	}
}

func (r *quizRunner) paintChoices() {
	for k, b := range r.optBtns {
		if r.chosen[k] {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
		if k < len(r.optTexts) {
			// the chosen option's text in bold and the accent colour, not
			// only its small letter box
			l := r.optTexts[k]
			l.TextStyle.Bold = r.chosen[k]
			if r.chosen[k] {
				l.Importance = widget.HighImportance
			} else {
				l.Importance = widget.MediumImportance
			}
			l.Refresh()
		}
	}
}

// response is what the user entered for the current item, in the
// question's own option order.
func (r *quizRunner) response() quiz.Response {
	it := r.attempt.Items[r.pos]
	var resp quiz.Response
	for k := range r.optBtns {
		if r.chosen[k] {
			resp.Choices = append(resp.Choices, it.Order[k])
		}
	}
	for _, e := range r.entries {
		resp.Texts = append(resp.Texts, e.Text)
	}
	if len(r.matches) > 0 && it.Q != nil {
		resp.Texts = make([]string, len(it.Q.Options))
		for _, m := range r.matches {
			resp.Texts[m.option] = m.sel.Selected
		}
	}
	return resp
}

// enter is the Enter key: answer, or go on after the feedback.
func (r *quizRunner) enter() {
	if r.attempt.Finished() {
		return
	}
	if q := r.attempt.Items[r.pos].Q; q != nil && q.Type == quiz.Description {
		r.move(1) // nothing to answer
		return
	}
	if r.attempt.Mode == quiz.Exam {
		r.save(func() { r.move(1) })
		return
	}
	if r.answered {
		r.move(1)
		return
	}
	r.answer()
}

// typedRune chooses with keys 1–9 and A–F; it reports whether it used the key.
func (r *quizRunner) typedRune(ch rune) bool {
	if r.attempt.Finished() || len(r.optBtns) == 0 {
		return false
	}
	switch {
	case ch >= '1' && ch <= '9':
		r.choose(int(ch - '1'))
	case ch >= 'a' && ch <= 'f':
		r.choose(int(ch - 'a'))
	case ch >= 'A' && ch <= 'F':
		r.choose(int(ch - 'A'))
	default:
		return false
	}
	return true
}

// move goes d questions on; past the last one a self-check finishes and an
// exam asks to submit.
func (r *quizRunner) move(d int) {
	if r.attempt.Finished() {
		return
	}
	n := r.pos + d
	switch {
	case n < 0:
		return
	case n >= len(r.attempt.Items):
		if r.attempt.Mode == quiz.Exam {
			r.confirmSubmit()
		} else {
			r.finishSelf()
		}
		return
	}
	if r.attempt.Mode == quiz.Exam && d < 0 {
		r.save(func() { r.pos = n; r.showItem() })
		return
	}
	r.pos = n
	r.showItem()
}

// showPassage opens a question's source document in the reader with the
// passage highlighted; closing the reader comes back to Ôn tập.
func (s *Shell) showPassage(p *quiz.Passage) {
	if s.lib == nil {
		return
	}
	back := s.tabs.SelectedIndex()
	s.tabs.SelectIndex(0)
	s.win.Canvas().Unfocus()
	s.library.openReader(library.Summary{ID: p.DocumentID, Title: p.DocumentTitle}, library.PassageMatcher(p.Quote), func() {
		s.tabs.SelectIndex(back)
	})
}

func truncLabel(l *widget.Label) *widget.Label {
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
