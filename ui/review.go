package ui

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
	"sotay/library/quiz"
)

// ReviewScreen is the Ôn tập place: today's spaced review with mastery per
// document, self-check, exams, the question banks and statistics, for the
// profile chosen at the top.
type ReviewScreen struct {
	shell   *Shell
	lib     *library.Library
	profile quiz.Profile
	banks   []quiz.Bank
	colls   []library.Collection

	root     *fyne.Container
	tabs     *container.AppTabs
	profiles *widget.Select
	runner   *quizRunner // the attempt being taken, or nil
	drafts   *draftView  // drafts under review, or nil

	today  *fyne.Container
	self   *fyne.Container
	exam   *fyne.Container
	editor *bankEditor
	stats  *statsView
}

func newReviewScreen(s *Shell) *ReviewScreen {
	r := &ReviewScreen{shell: s}
	r.profiles = newSelect(nil, func(name string) { r.selectProfile(name) })
	addProfile := widget.NewButtonWithIcon(lang.X("review.add_profile", "Thêm người học"), theme.ContentAddIcon(), r.askProfile)
	r.today, r.self, r.exam = container.NewVBox(), container.NewVBox(), container.NewVBox()
	r.editor = newBankEditor(s, r)
	r.stats = newStatsView(s, r)
	r.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.X("review.tab.today", "Hôm nay"), theme.HistoryIcon(), container.NewScroll(container.NewPadded(r.today))),
		container.NewTabItemWithIcon(lang.X("review.tab.self", "Tự kiểm tra"), theme.QuestionIcon(), container.NewScroll(container.NewPadded(r.self))),
		container.NewTabItemWithIcon(lang.X("review.tab.exam", "Thi"), theme.ConfirmIcon(), container.NewScroll(container.NewPadded(r.exam))),
		container.NewTabItemWithIcon(lang.X("review.tab.banks", "Ngân hàng"), theme.ListIcon(), container.NewScroll(r.editor.CanvasObject())),
		container.NewTabItemWithIcon(lang.X("review.tab.stats", "Thống kê"), theme.InfoIcon(), container.NewScroll(r.stats.CanvasObject())),
		// (each in a scroller of its own: the widest no longer sets the
		// width of all, and none forces the window past a small screen)
	)
	r.tabs.OnSelected = func(*container.TabItem) { r.refresh() }
	top := container.NewHBox(layout.NewSpacer(), widget.NewLabel(lang.X("review.profile", "Người học:")), r.profiles, addProfile)
	r.root = container.NewStack(border(top, nil, nil, nil, container.New(newTabsFit(r.tabs, false), r.tabs)))
	r.today.Add(widget.NewLabel(lang.X("reader.loading", "Đang tải văn bản…")))
	return r
}

// CanvasObject is the screen's content.
func (r *ReviewScreen) CanvasObject() fyne.CanvasObject { return r.root }

// setLibrary shows lib's profiles and banks.
func (r *ReviewScreen) setLibrary(lib *library.Library) {
	r.lib = lib
	r.loadProfiles("")
}

func (r *ReviewScreen) store() *quiz.Store {
	if r.lib == nil {
		return nil
	}
	return r.lib.Quiz()
}

func (r *ReviewScreen) loadProfiles(pick string) {
	store := r.store()
	if store == nil {
		return
	}
	async(func() ([]quiz.Profile, error) {
		return store.Profiles(context.Background())
	}, func(ps []quiz.Profile, err error) {
		if err != nil {
			r.shell.showError(err, "")
			return
		}
		var names []string
		for _, p := range ps {
			names = append(names, p.Name)
		}
		r.profiles.Options = names
		if pick == "" {
			pick = r.shell.app.Preferences().StringWithFallback(prefProfile, names[0])
		}
		for _, p := range ps {
			if p.Name == pick {
				r.profile = p
			}
		}
		if r.profile.ID == 0 {
			r.profile = ps[0]
		}
		r.profiles.SetSelected(r.profile.Name)
		r.refresh()
	})
}

func (r *ReviewScreen) selectProfile(name string) {
	if name == r.profile.Name || r.lib == nil {
		return
	}
	r.shell.app.Preferences().SetString(prefProfile, name)
	r.loadProfiles(name)
}

func (r *ReviewScreen) askProfile() {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.X("review.profile_name", "Họ và tên"))
	d := dialog.NewForm(lang.X("review.add_profile", "Thêm người học"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("review.profile_name", "Họ và tên"), e)}, func(ok bool) {
			if !ok || r.lib == nil {
				return
			}
			store := r.store()
			async(func() (quiz.Profile, error) {
				return store.CreateProfile(context.Background(), e.Text)
			}, func(p quiz.Profile, err error) {
				if err != nil {
					r.shell.showError(err, "")
					return
				}
				r.shell.app.Preferences().SetString(prefProfile, p.Name)
				r.loadProfiles(p.Name)
			})
		}, r.shell.win)
	e.OnSubmitted = func(string) { d.Submit() } // Enter adds, as Đồng ý does
	r.shell.showWide(d)
	r.shell.win.Canvas().Focus(e)
}

// reviewLoad is what the Ôn tập tabs need from the library.
type reviewLoad struct {
	summary quiz.ReviewSummary
	mastery []quiz.DocumentMastery
	banks   []quiz.Bank
	open    []quiz.AttemptSummary
	colls   []library.Collection
	plans   []library.PlanStatus
}

// refresh reloads the figures of the visible tab.
func (r *ReviewScreen) refresh() {
	store, prof := r.store(), r.profile.ID
	if store == nil || prof == 0 || r.runner != nil {
		return
	}
	async(func() (reviewLoad, error) {
		ctx := context.Background()
		var l reviewLoad
		var err error
		if l.summary, err = store.Summary(ctx, prof); err != nil {
			return l, err
		}
		if l.mastery, err = store.Mastery(ctx, prof); err != nil {
			return l, err
		}
		if l.colls, err = r.lib.Collections(ctx); err != nil {
			return l, err
		}
		if l.banks, err = store.Banks(ctx); err != nil {
			return l, err
		}
		if l.plans, err = loadPlans(ctx, r.lib, prof); err != nil {
			return l, err
		}
		l.open, err = store.Attempts(ctx, prof, true)
		return l, err
	}, func(l reviewLoad, err error) {
		if err != nil {
			r.shell.showError(err, "")
			return
		}
		r.banks, r.colls = l.banks, l.colls
		r.showToday(l)
		r.showSelfSetup(l.mastery)
		r.showExamSetup(l.open)
		switch r.tabs.SelectedIndex() {
		case 3:
			r.editor.setBanks(l.banks)
		case 4:
			r.stats.load()
		}
	})
}

// showToday draws the due count, streak and the mastery bars.
func (r *ReviewScreen) showToday(l reviewLoad) {
	s := l.summary
	r.today.RemoveAll()
	plans := container.NewVBox()
	r.showPlans(plans, l.plans)
	if len(l.plans) > 0 {
		// A plan from the unit comes first: this week's reading.
		r.today.Add(plans)
	}
	r.today.Add(bigText(lang.X("review.due", "Hôm nay cần ôn: {{.N}} câu", map[string]any{"N": s.DueToday}), true))
	r.today.Add(wrapLabel(lang.X("review.facts", "Chuỗi ngày ôn liên tiếp: {{.Streak}} · Đã ôn hôm nay: {{.Today}} · Đã học: {{.Learned}} câu · Chưa học: {{.New}} câu",
		map[string]any{"Streak": s.Streak, "Today": s.ReviewedToday, "Learned": s.Learned, "New": s.New})))
	start := widget.NewButtonWithIcon(lang.X("review.start_due", "Ôn ngay"), theme.MediaPlayIcon(), r.startDue)
	start.Importance = widget.HighImportance
	questions := 0
	for _, b := range l.banks {
		questions += b.Questions
	}
	if questions == 0 {
		// No bank yet: say how to get one, not only that nothing is due.
		start.Disable()
		r.today.Add(wrapLabel(errorMessage(quiz.ErrNoQuestions, "").Error()))
		r.today.Add(newFlowBox( // wraps: English names ran off a small screen
			widget.NewButtonWithIcon(lang.X("review.no_questions_draft", "Soạn câu hỏi từ văn bản…"), theme.QuestionIcon(), func() {
				r.shell.pickDocument(lang.X("bank.draft_pick", "Chọn văn bản để soạn câu hỏi"), r.showDrafts)
			}),
			widget.NewButtonWithIcon(lang.X("review.no_questions_import", "Nhập tệp câu hỏi…"), theme.DownloadIcon(), func() {
				r.tabs.SelectIndex(3)
				r.editor.chooseImport()
			})))
	} else if s.DueToday == 0 {
		start.Disable()
		r.today.Add(wrapLabel(lang.X("review.nothing_due", "Không còn câu nào đến hạn hôm nay. Hãy tự kiểm tra để học câu mới; mỗi câu đã trả lời sẽ được hẹn ôn lại đúng lúc sắp quên.")))
	}
	r.today.Add(container.NewHBox(start))
	r.today.Add(widget.NewSeparator())
	r.today.Add(widget.NewLabelWithStyle(lang.X("review.mastery", "Mức nắm vững theo văn bản"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(l.mastery) == 0 {
		r.today.Add(wrapLabel(lang.X("review.mastery_none", "Chưa có câu hỏi nào gắn với văn bản trong thư viện. Câu hỏi soạn từ văn bản (Soạn câu hỏi trong trình đọc) sẽ hiện mức nắm vững ở đây.")))
	}
	for _, m := range l.mastery {
		bar := newMeter()
		bar.SetValue(m.Mastery, lang.X("review.mastery_bar", "{{.P}}% · {{.S}}/{{.Q}} câu đã học",
			map[string]any{"P": int(m.Mastery*100 + 0.5), "S": m.Seen, "Q": m.Questions}))
		title := widget.NewLabel(m.Title)
		title.Truncation = fyne.TextTruncateEllipsis
		r.today.Add(container.NewGridWithColumns(2, title, bar))
	}
	if len(l.plans) == 0 {
		r.today.Add(widget.NewSeparator())
		r.today.Add(plans)
	}
}

// startDue runs today's due questions as a self-check.
func (r *ReviewScreen) startDue() {
	store, prof := r.store(), r.profile.ID
	async(func() (*quiz.Attempt, error) {
		ctx := context.Background()
		ids, err := store.Due(ctx, prof, 50)
		if err != nil {
			return nil, err
		}
		return store.StartAttempt(ctx, quiz.AttemptOptions{ProfileID: prof, Mode: quiz.SelfCheck,
			Title: lang.X("review.session_title", "Ôn tập ngày {{.D}}", map[string]any{"D": time.Now().Format("02/01/2006")}), ShuffleOptions: true}, ids, nil)
	}, r.run)
}

// run shows an attempt in place of the tabs.
func (r *ReviewScreen) run(a *quiz.Attempt, err error) {
	if errors.Is(err, quiz.ErrNoQuestions) {
		r.noQuestions()
		return
	}
	if err != nil {
		r.shell.showError(err, "")
		return
	}
	r.runner = newQuizRunner(r.shell, r.store(), a, func() {
		r.runner = nil
		r.root.Objects = r.root.Objects[:1]
		r.root.Objects[0].Show()
		r.root.Refresh()
		r.refresh()
	})
	r.root.Objects[0].Hide()
	r.root.Add(r.runner.CanvasObject())
	r.runner.focusFirst() // now that it is on screen
}

// collectionSelect offers none (first, named none) then every collection.
func (r *ReviewScreen) collectionSelect(none string) *widget.Select {
	names := []string{none}
	for _, c := range r.colls {
		names = append(names, lang.X("review.coll_count", "{{.N}} ({{.D}} văn bản)", map[string]any{"N": c.Name, "D": c.Documents}))
	}
	s := newSelect(names, nil)
	s.SetSelectedIndex(0)
	return s
}

// collectionAt is the id of the collection at index i of a
// collectionSelect, 0 for none.
func (r *ReviewScreen) collectionAt(i int) int64 {
	if i > 0 && i-1 < len(r.colls) {
		return r.colls[i-1].ID
	}
	return 0
}

// bankNames are the choices of a bank select: "Mọi ngân hàng" then each.
func (r *ReviewScreen) bankNames() []string {
	names := []string{lang.X("review.all_banks", "Mọi ngân hàng")}
	for _, b := range r.banks {
		names = append(names, fmt.Sprintf("%s (%d)", b.Name, b.Total)) // with its sub-banks, as drawn
	}
	return names
}

func (r *ReviewScreen) bankAt(i int) int64 {
	if i <= 0 || i > len(r.banks) {
		return 0
	}
	return r.banks[i-1].ID
}

// showSelfSetup draws the self-check form: bank, document (those with
// linked questions), tag, number of questions.
func (r *ReviewScreen) showSelfSetup(docs []quiz.DocumentMastery) {
	r.self.RemoveAll()
	bank := newSelect(r.bankNames(), nil)
	bank.SetSelectedIndex(0)
	docNames := []string{lang.X("review.all_documents", "Mọi văn bản")}
	for _, d := range docs {
		docNames = append(docNames, lang.X("review.doc_count", "{{.T}} ({{.N}} câu)", map[string]any{"T": clipText(d.Title, 90), "N": d.Questions}))
	}
	doc := newSelect(docNames, nil)
	doc.SetSelectedIndex(0)
	coll := r.collectionSelect(lang.X("review.all_collections", "Mọi bộ sưu tập"))
	tag := widget.NewEntry()
	tag.SetPlaceHolder(lang.X("review.tag_hint", "ví dụ: chỉ tiêu (để trống: mọi chủ đề)"))
	count := newSelect([]string{"5", "10", "20", "40"}, nil)
	count.SetSelected("10")
	form := widget.NewForm(
		widget.NewFormItem(lang.X("review.bank", "Ngân hàng"), bank),
		widget.NewFormItem(lang.X("review.document", "Văn bản"), doc),
		widget.NewFormItem(lang.X("review.collection", "Bộ sưu tập"), coll),
		widget.NewFormItem(lang.X("review.tag", "Chủ đề"), tag),
		widget.NewFormItem(lang.X("review.count", "Số câu"), count),
	)
	start := widget.NewButtonWithIcon(lang.X("review.start_self", "Bắt đầu tự kiểm tra"), theme.MediaPlayIcon(), func() {
		sel := quiz.Selection{Count: atoiOr(count.Selected, 10)}
		if id := r.bankAt(bank.SelectedIndex()); id != 0 {
			sel.BankIDs = []int64{id}
		}
		if i := doc.SelectedIndex(); i > 0 && i-1 < len(docs) {
			sel.DocumentIDs = []int64{docs[i-1].DocumentID}
		}
		if id := r.collectionAt(coll.SelectedIndex()); id != 0 {
			sel.CollectionIDs = []int64{id}
		}
		if tag.Text != "" {
			sel.Tags = []string{tag.Text}
		}
		r.startAttempt(sel, quiz.AttemptOptions{Mode: quiz.SelfCheck, Title: lang.X("review.tab.self", "Tự kiểm tra"), ShuffleOptions: true})
	})
	start.Importance = widget.HighImportance
	r.self.Add(wrapLabel(lang.X("review.self_intro", "Trả lời từng câu và xem ngay đáp án, giải thích và đoạn văn bản gốc. Bấm vào phương án (hoặc gõ số hay chữ cái của nó) để chọn, Enter để trả lời và đi tiếp.")))
	// The button before the choices: the defaults suit most, and at the
	// largest text on a 600 px screen a button under the form is out of
	// sight.
	r.self.Add(container.NewHBox(start))
	r.self.Add(widget.NewLabelWithStyle(lang.X("review.choose", "Chọn câu hỏi (không bắt buộc)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	r.self.Add(form)
}

// showExamSetup draws the exam form, and offers to resume or submit an
// exam left unfinished.
func (r *ReviewScreen) showExamSetup(open []quiz.AttemptSummary) {
	r.exam.RemoveAll()
	for _, a := range open {
		if a.Mode != quiz.Exam {
			continue
		}
		a := a
		resume := widget.NewButtonWithIcon(lang.X("review.resume", "Làm tiếp"), theme.MediaPlayIcon(), func() { r.openAttempt(a.ID, false) })
		submit := widget.NewButtonWithIcon(lang.X("quiz.submit", "Nộp bài"), theme.ConfirmIcon(), func() { r.openAttempt(a.ID, true) })
		r.exam.Add(widget.NewCard(lang.X("review.unfinished", "Bài thi chưa nộp"),
			lang.X("review.unfinished_text", "“{{.T}}”, bắt đầu lúc {{.At}}", map[string]any{"T": a.Title, "At": a.StartedAt.Local().Format("15:04 02/01/2006")}),
			container.NewHBox(resume, submit)))
	}
	bank := newSelect(r.bankNames(), nil)
	bank.SetSelectedIndex(0)
	tag := widget.NewEntry()
	tag.SetPlaceHolder(lang.X("review.tag_hint", "ví dụ: chỉ tiêu (để trống: mọi chủ đề)"))
	level := newSelect([]string{lang.X("review.any_level", "Mọi mức độ"), "Dễ", "Vừa", "Khó"}, nil)
	level.SetSelectedIndex(0)
	count := newSelect([]string{"10", "20", "30", "50"}, nil)
	count.SetSelected("20")
	minutes := newSelect([]string{"10", "15", "30", "45", "60"}, nil)
	minutes.SetSelected("15")
	pass := newSelect([]string{"50", "60", "70", "80"}, nil)
	pass.SetSelected("50")
	form := widget.NewForm(
		widget.NewFormItem(lang.X("review.bank", "Ngân hàng"), bank),
		widget.NewFormItem(lang.X("review.tag", "Chủ đề"), tag),
		widget.NewFormItem(lang.X("review.level", "Mức độ"), level),
		widget.NewFormItem(lang.X("review.count", "Số câu"), count),
		widget.NewFormItem(lang.X("review.minutes", "Thời gian (phút)"), minutes),
		widget.NewFormItem(lang.X("review.pass", "Điểm đạt (%)"), pass),
	)
	start := widget.NewButtonWithIcon(lang.X("review.start_exam", "Bắt đầu thi"), theme.MediaPlayIcon(), func() {
		sel := quiz.Selection{Count: atoiOr(count.Selected, 20), Difficulty: level.SelectedIndex()}
		id := r.bankAt(bank.SelectedIndex())
		if id != 0 {
			sel.BankIDs = []int64{id}
		}
		if tag.Text != "" {
			sel.Tags = []string{tag.Text}
		}
		r.startAttempt(sel, quiz.AttemptOptions{Mode: quiz.Exam, BankID: id, Title: lang.X("review.exam_title", "Bài thi {{.D}}", map[string]any{"D": time.Now().Format("02/01/2006 15:04")}),
			TimeLimit: time.Duration(atoiOr(minutes.Selected, 15)) * time.Minute, PassMark: float64(atoiOr(pass.Selected, 50)) / 100, ShuffleOptions: true})
	})
	start.Importance = widget.HighImportance
	r.exam.Add(wrapLabel(lang.X("review.exam_intro", "Câu hỏi và phương án được xáo trộn; không có đáp án cho đến khi nộp bài. Bài làm được lưu sau mỗi câu: nếu tắt máy giữa chừng, mở lại để làm tiếp hoặc nộp bài.")))
	r.exam.Add(container.NewHBox(start))
	r.exam.Add(widget.NewLabelWithStyle(lang.X("review.exam_choose", "Đề thi"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	r.exam.Add(form)
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		return n
	}
	return def
}

// dispose stops the goroutines the place started (an exam's clock).
func (r *ReviewScreen) dispose() {
	if r.runner != nil {
		r.runner.dispose()
	}
}

// startAttempt draws the questions and starts the attempt.
func (r *ReviewScreen) startAttempt(sel quiz.Selection, opt quiz.AttemptOptions) {
	store := r.store()
	opt.ProfileID = r.profile.ID
	async(func() (*quiz.Attempt, error) {
		ctx := context.Background()
		ids, err := store.Draw(ctx, sel, nil)
		if err != nil {
			return nil, err
		}
		return store.StartAttempt(ctx, opt, ids, nil)
	}, r.run)
}

// openAttempt resumes an unfinished attempt, or submits it.
func (r *ReviewScreen) openAttempt(id int64, submit bool) {
	store := r.store()
	async(func() (*quiz.Attempt, error) {
		if submit {
			return store.Finish(context.Background(), id)
		}
		return store.Attempt(context.Background(), id)
	}, r.run)
}

// noQuestions says there is nothing to ask yet and offers the two ways to
// get questions: drafts from a document, or a question file.
func (r *ReviewScreen) noQuestions() {
	s := r.shell
	var d dialog.Dialog
	draft := widget.NewButtonWithIcon(lang.X("review.no_questions_draft", "Soạn câu hỏi từ văn bản…"), theme.QuestionIcon(), func() {
		d.Hide()
		s.pickDocument(lang.X("bank.draft_pick", "Chọn văn bản để soạn câu hỏi"), r.showDrafts)
	})
	imp := widget.NewButtonWithIcon(lang.X("review.no_questions_import", "Nhập tệp câu hỏi…"), theme.DownloadIcon(), func() {
		d.Hide()
		r.tabs.SelectIndex(3)
		r.editor.chooseImport()
	})
	msg := wrapLabel(errorMessage(quiz.ErrNoQuestions, "").Error())
	d = dialog.NewCustom(lang.X("review.no_questions_title", "Chưa có câu hỏi"), lang.X("dialog.close", "Đóng"),
		container.NewVBox(msg, draft, imp), s.win)
	d.Resize(fyne.NewSize(min(560, s.win.Canvas().Size().Width-20), 0))
	s.showDialog(d)
}
