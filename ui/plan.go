package ui

import (
	"context"
	"io"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
	"sotay/library/quiz"
)

// prefBranch is the learner's chi bộ, written on results files.
const prefBranch = "branch"

// loadPlans is where the profile stands on every plan, today.
func loadPlans(ctx context.Context, lib *library.Library, profile int64) ([]library.PlanStatus, error) {
	plans, err := lib.Plans(ctx)
	if err != nil {
		return nil, err
	}
	var out []library.PlanStatus
	for _, p := range plans {
		st, err := lib.PlanProgress(ctx, p, profile, time.Now())
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

// shortDay is a plan's day as the user reads it: 07/12.
func shortDay(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.Format("02/01")
}

func planState(state string) string {
	switch state {
	case library.PlanDone:
		return lang.X("plan.state.done", "đã xong")
	case library.PlanNow:
		return lang.X("plan.state.now", "đang đến hạn")
	case library.PlanLate:
		return lang.X("plan.state.late", "quá hạn")
	}
	return lang.X("plan.state.later", "chưa đến")
}

// showPlans draws the study plans at the top of Hôm nay: this week's
// reading, each document's reading and mastery, and the closing quiz
// with its button when it is open. Without a plan, a line says how one
// comes.
func (r *ReviewScreen) showPlans(box *fyne.Container, plans []library.PlanStatus) {
	makeBtn := widget.NewButtonWithIcon(lang.X("plan.make", "Lập kế hoạch…"), theme.ContentAddIcon(), r.askPlan)
	send := widget.NewButtonWithIcon(lang.X("results.send", "Nộp kết quả…"), theme.MailSendIcon(), func() { r.askSendResults(plans) })
	if len(plans) == 0 {
		box.Add(widget.NewLabelWithStyle(lang.X("plan.title", "Kế hoạch học tập"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		box.Add(wrapLabel(lang.X("plan.none", "Chưa có kế hoạch học tập. Kế hoạch đến cùng gói học tập của đơn vị, hoặc tự lập từ một bộ sưu tập.")))
		box.Add(newFlowBox(makeBtn, send))
		return
	}
	for _, st := range plans {
		p := st.Plan
		head := lang.X("plan.heading", "Kế hoạch: {{.Title}}", map[string]any{"Title": p.Title})
		box.Add(widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		sub := lang.X("plan.done", "Đã xong {{.P}}% ({{.D}}/{{.N}} văn bản)", map[string]any{"P": int(st.Done*100 + 0.5), "D": int(st.Done*float64(len(st.Steps)) + 0.5), "N": len(st.Steps)})
		if p.Unit != "" {
			sub = lang.X("plan.from", "Của {{.Unit}}", map[string]any{"Unit": p.Unit}) + " · " + sub
		}
		box.Add(wrapLabel(sub))
		week := 0
		for _, s := range st.Steps {
			if s.ThisWeek && s.State != library.PlanDone {
				week++
			}
		}
		if week == 0 && st.Quiz.State != library.PlanNow {
			box.Add(wrapLabel(lang.X("plan.week_none", "Tuần này không có văn bản nào phải đọc.")))
		} else if week > 0 {
			box.Add(wrapLabel(lang.X("plan.week", "Tuần này cần đọc {{.N}} văn bản (đánh dấu →).", map[string]any{"N": week})))
		}
		for i, s := range st.Steps {
			box.Add(r.planStepRow(i+1, s))
		}
		if q := st.Quiz; q.BankID != 0 {
			box.Add(r.planQuizRow(p, q))
		}
		remove := widget.NewButtonWithIcon(lang.X("plan.delete", "Bỏ kế hoạch"), theme.DeleteIcon(), func() { r.askDeletePlan(p) })
		remove.Importance = widget.LowImportance
		box.Add(newFlowBox(send, makeBtn, remove))
		box.Add(widget.NewSeparator())
	}
}

// planStepRow is one document of a plan: its days and state, how far it
// is read and known, and a button that opens it.
func (r *ReviewScreen) planStepRow(n int, s library.StepStatus) fyne.CanvasObject {
	mark := ""
	if s.ThisWeek && s.State != library.PlanDone {
		mark = "→ "
	}
	title := widget.NewLabel(mark + strconv.Itoa(n) + ". " + s.Title)
	title.Truncation = fyne.TextTruncateEllipsis
	if s.ThisWeek {
		title.TextStyle.Bold = true
	}
	bar := newMeter()
	text := lang.X("plan.read", "Đã đọc {{.R}}%", map[string]any{"R": s.ReadPercent})
	if s.Questions > 0 {
		text += " · " + lang.X("plan.mastery", "nắm vững {{.M}}%", map[string]any{"M": int(s.Mastery*100 + 0.5)})
	}
	bar.SetValue(float64(s.ReadPercent)/100, text)
	when := widget.NewLabel(shortDay(s.Starts) + "–" + shortDay(s.Due) + " · " + planState(s.State))
	if s.State == library.PlanLate {
		when.Importance = widget.DangerImportance
	}
	doc := library.Summary{ID: s.DocumentID, Title: s.Title}
	open := widget.NewButtonWithIcon(lang.X("plan.open", "Đọc"), theme.FileTextIcon(), func() {
		// Esc (Quay lại) comes back to the plan.
		s := r.shell
		s.tabs.SelectIndex(0)
		s.win.Canvas().Unfocus()
		s.library.openReader(doc, nil, func() { s.selectPlace(r.CanvasObject()) })
	})
	// The title has the width of the place; under it the days, the bar
	// and the button.
	return container.NewVBox(title, border(nil, nil, when, open, bar))
}

// planQuizRow is the plan's closing quiz: its days, state and best score,
// and a button that starts it once it is open.
func (r *ReviewScreen) planQuizRow(p library.StudyPlan, q library.QuizStatus) fyne.CanvasObject {
	line := lang.X("plan.quiz", "Bài kiểm tra cuối đợt ({{.Bank}}): {{.From}}–{{.To}} · {{.State}}",
		map[string]any{"Bank": q.Bank, "From": shortDay(q.Opens), "To": shortDay(q.Due), "State": planState(q.State)})
	if q.Best >= 0 {
		line += " · " + lang.X("plan.best", "điểm cao nhất {{.P}}%", map[string]any{"P": int(q.Best + 0.5)})
		if q.State != library.PlanDone {
			line += " " + lang.X("plan.not_passed", "(chưa đạt {{.P}}%: làm lại)", map[string]any{"P": q.PassPercent})
		}
	}
	label := wrapLabel(line)
	label.TextStyle.Bold = q.State == library.PlanNow
	start := widget.NewButtonWithIcon(lang.X("plan.take_quiz", "Làm bài kiểm tra"), theme.MediaPlayIcon(), func() {
		pass := float64(q.PassPercent) / 100
		if pass == 0 {
			pass = 0.5
		}
		r.startAttempt(quiz.Selection{BankIDs: []int64{q.BankID}, Count: q.Questions}, quiz.AttemptOptions{Mode: quiz.Exam, BankID: q.BankID,
			Title: lang.X("plan.quiz_title", "Kiểm tra cuối đợt: {{.Title}}", map[string]any{"Title": p.Title}), PassMark: pass, ShuffleOptions: true})
	})
	if q.State == library.PlanLater {
		start.Disable()
	} else if q.State != library.PlanDone {
		start.Importance = widget.HighImportance
	}
	return border(nil, nil, nil, start, label)
}

// askPlan makes a plan by hand: a collection's documents one after
// another from a day, some days each, then a quiz on a bank.
func (r *ReviewScreen) askPlan() {
	s, lib := r.shell, r.lib
	if lib == nil {
		return
	}
	if len(r.colls) == 0 {
		s.showInfo(dialog.NewInformation(lang.X("plan.make_title", "Lập kế hoạch học tập"),
			lang.X("plan.need_collection", "Kế hoạch được lập từ một bộ sưu tập. Hãy gom các văn bản cần học vào một bộ sưu tập (Thư viện → Sửa thông tin → Bộ sưu tập) rồi lập kế hoạch."), s.win))
		return
	}
	title := widget.NewEntry()
	coll := r.collectionSelect("")
	coll.OnChanged = func(name string) {
		if title.Text == "" {
			title.SetText(name)
		}
	}
	start := widget.NewEntry()
	start.SetText(time.Now().Format("02/01/2006"))
	days := newSelect([]string{"3", "5", "7", "10", "14"}, nil)
	days.SetSelected("7")
	none := lang.X("plan.no_quiz", "(không có bài kiểm tra)")
	bank := newSelect(append([]string{none}, r.bankNames()...), nil)
	bank.SetSelected(none)
	count := newSelect([]string{"10", "20", "30", "50"}, nil)
	count.SetSelected("20")
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("plan.collection", "Bộ sưu tập"), coll),
		widget.NewFormItem(lang.X("plan.name", "Tên kế hoạch"), title),
		widget.NewFormItem(lang.X("plan.start", "Bắt đầu (ngày/tháng/năm)"), start),
		widget.NewFormItem(lang.X("plan.days", "Số ngày cho mỗi văn bản"), days),
		widget.NewFormItem(lang.X("plan.quiz_bank", "Bài kiểm tra cuối đợt"), bank),
		widget.NewFormItem(lang.X("plan.quiz_count", "Số câu"), count),
	}
	d := dialog.NewForm(lang.X("plan.make_title", "Lập kế hoạch học tập"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"), items, func(ok bool) {
		if !ok {
			return
		}
		day, err := time.ParseInLocation("02/01/2006", start.Text, time.Local)
		if err != nil || coll.SelectedIndex() < 0 {
			s.showError(library.ErrBadPlan, "")
			return
		}
		spec := library.PlanSpec{Title: title.Text, Start: day, DaysEach: atoiOr(days.Selected, 7), QuizDays: 7, Questions: atoiOr(count.Selected, 20), PassPercent: 50}
		if i := bank.SelectedIndex(); i > 0 {
			spec.BankID = r.bankAt(i - 1)
		}
		collID := r.collectionAt(coll.SelectedIndex())
		async(func() (library.StudyPlan, error) {
			ctx := context.Background()
			docs, err := lib.CollectionDocuments(ctx, collID)
			if err != nil {
				return library.StudyPlan{}, err
			}
			spec.Documents = docs
			return lib.MakePlan(ctx, spec)
		}, func(_ library.StudyPlan, err error) {
			if err != nil {
				s.showError(err, "")
				return
			}
			r.refresh()
		})
	}, s.win)
	s.showWide(d)
}

func (r *ReviewScreen) askDeletePlan(p library.StudyPlan) {
	s, lib := r.shell, r.lib
	d := dialog.NewConfirm(lang.X("plan.delete", "Bỏ kế hoạch"),
		lang.X("plan.delete_ask", "Bỏ kế hoạch “{{.Title}}”? Văn bản, câu hỏi và kết quả ôn tập vẫn được giữ.", map[string]any{"Title": p.Title}), func(yes bool) {
			if !yes {
				return
			}
			async(func() (struct{}, error) { return struct{}{}, lib.DeletePlan(context.Background(), p.ID) }, func(_ struct{}, err error) {
				if err != nil {
					s.showError(err, "")
					return
				}
				r.refresh()
			})
		}, s.win)
	s.showWide(d)
}

// askSendResults writes the learner's results file (Nộp kết quả): the
// profile's name, chi bộ, the plan, and the scores; signed with the
// unit's key when one is set.
func (r *ReviewScreen) askSendResults(plans []library.PlanStatus) {
	s, lib, prof := r.shell, r.lib, r.profile
	if lib == nil {
		return
	}
	prefs := s.app.Preferences()
	branch := widget.NewEntry()
	branch.SetText(prefs.String(prefBranch))
	branch.SetPlaceHolder(lang.X("results.branch_hint", "VD: Chi bộ Khu phố 3"))
	all := lang.X("results.all", "Mọi bài đã làm")
	names := []string{}
	for _, p := range plans {
		names = append(names, p.Plan.Title)
	}
	which := newSelect(append(names, all), nil)
	which.SetSelectedIndex(0)
	// The full name goes on the file: "Cá nhân" would tell the trainer
	// nothing, and two such learners would be one line.
	name := widget.NewEntry()
	name.SetPlaceHolder(lang.X("review.profile_name", "Họ và tên"))
	if prof.Name != quiz.DefaultProfileName {
		name.SetText(prof.Name)
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("review.profile_name", "Họ và tên"), name),
		widget.NewFormItem(lang.X("results.branch", "Chi bộ"), branch),
		widget.NewFormItem(lang.X("results.which", "Kết quả của"), which),
	}
	d := dialog.NewForm(lang.X("results.send_title", "Nộp kết quả"), lang.X("results.send_ok", "Lưu tệp kết quả…"), lang.X("dialog.cancel", "Huỷ"), items, func(ok bool) {
		if !ok {
			return
		}
		prefs.SetString(prefBranch, branch.Text)
		if who := quiz.Tidy(name.Text); who == "" || who == quiz.DefaultProfileName {
			s.showInfo(dialog.NewInformation(lang.X("results.send_title", "Nộp kết quả"),
				lang.X("results.need_name", "Hãy ghi họ và tên của bạn lên tệp kết quả: tên “{{.Name}}” không cho người phụ trách biết ai nộp.",
					map[string]any{"Name": quiz.DefaultProfileName}), s.win))
			return
		}
		opt := library.ResultsOptions{ProfileID: prof.ID, Person: name.Text, Branch: branch.Text, Key: prefs.String(prefPackKey)}
		if i := which.SelectedIndex(); i >= 0 && i < len(plans) {
			opt.Plan = plans[i].Plan.ID
		}
		var sub quiz.Submission
		s.saveAs(quiz.ResultsFileName(name.Text), func(w io.Writer) error {
			var err error
			sub, err = lib.ExportResults(context.Background(), w, opt)
			return err
		}, func(path string) {
			msg := lang.X("results.exported", "Đã ghi kết quả của {{.Person}} ({{.N}} lượt làm bài) vào {{.File}}. Gửi tệp này cho người phụ trách lớp.",
				map[string]any{"Person": sub.Person, "N": len(sub.Attempts), "File": path})
			if len(sub.Attempts) == 0 {
				msg += "\n" + lang.X("results.empty", "Chưa có bài nào đã nộp: tệp chỉ ghi tên. Hãy làm bài kiểm tra rồi nộp lại.")
			}
			s.showInfo(dialog.NewInformation(lang.X("results.send_title", "Nộp kết quả"), msg, s.win))
		})
	}, s.win)
	s.showWide(d)
}

// showWide shows a form dialog as wide as a small screen allows: a
// narrow one cut the names in its choices.
func (s *Shell) showWide(d dialog.Dialog) {
	s.showDialog(d)
	d.Resize(fyne.NewSize(min(680, s.win.Canvas().Size().Width-20), d.MinSize().Height))
}
