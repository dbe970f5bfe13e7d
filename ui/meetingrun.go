package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library/meeting"
	"sotay/library/quiz"
)

// meetingRun is the trainer's window while a session runs: the controls,
// what is on the projector and what comes next. It owns the server, the
// projector window and two goroutines (state changes, the clock); dispose
// stops them all.
type meetingRun struct {
	screen *MeetingScreen
	ls     *meeting.Session
	srv    *meeting.Server
	url    string
	proj   *projector

	root     fyne.CanvasObject
	status   *widget.Label
	current  *widget.Label
	upcoming *widget.Label
	people   *widget.Label
	next     *widget.Button
	reveal   *widget.Button
	pause    *widget.Button
	end      *widget.Button
	exports  *fyne.Container // shown once ended

	stop chan struct{}
}

func newMeetingRun(m *MeetingScreen, ls *meeting.Session, srv *meeting.Server, url string) *meetingRun {
	r := &meetingRun{screen: m, ls: ls, srv: srv, url: url, stop: make(chan struct{})}
	r.status = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.status.Wrapping = fyne.TextWrapWord
	r.current = widget.NewLabel("")
	r.current.Wrapping = fyne.TextWrapWord
	r.upcoming = widget.NewLabel("")
	r.upcoming.Wrapping = fyne.TextWrapWord
	r.people = widget.NewLabel("")
	r.people.Wrapping = fyne.TextWrapWord
	r.next = widget.NewButtonWithIcon(lang.X("meeting.next", "Tiếp (Space)"), theme.MediaSkipNextIcon(), func() { r.do(r.ls.Next) })
	r.next.Importance = widget.HighImportance
	r.reveal = widget.NewButton(lang.X("meeting.reveal", "Công bố đáp án (R)"), func() { r.do(r.ls.Reveal) })
	r.pause = widget.NewButton(lang.X("meeting.pause", "Tạm dừng (P)"), func() { r.ls.Pause() })
	r.end = widget.NewButton(lang.X("meeting.end", "Kết thúc (Esc)"), r.confirmEnd)
	id := ls.ID()
	r.exports = container.NewHBox(
		widget.NewButtonWithIcon(lang.X("meeting.export_xlsx", "Xuất Excel"), theme.DocumentSaveIcon(), func() { m.export(id, "xlsx") }),
		widget.NewButtonWithIcon(lang.X("meeting.export_pdf", "Xuất PDF cho biên bản"), theme.DocumentPrintIcon(), func() { m.export(id, "pdf") }))
	r.exports.Hide()
	hands := widget.NewButton(lang.X("meeting.hands", "Giơ tay…"), r.askHands)
	team := widget.NewButton(lang.X("meeting.team_answer", "Đáp án của tổ…"), r.askTeamAnswer)
	if !ls.Settings().Teams {
		team.Hide()
	}
	attendance := widget.NewButton(lang.X("meeting.attendance", "Điểm danh…"), r.askAttendance)
	fullscreen := widget.NewButton(lang.X("meeting.fullscreen", "Toàn màn hình chiếu"), func() {
		if r.proj != nil {
			r.proj.win.SetFullScreen(!r.proj.win.FullScreen())
		}
	})
	show := widget.NewButton(lang.X("meeting.show_projector", "Mở lại cửa sổ chiếu"), func() { r.openProjector() })
	head := widget.NewLabelWithStyle(ls.Title(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	join := widget.NewLabel(lang.X("meeting.join_at", "Điện thoại vào {{.U}} — mã {{.C}}", map[string]any{"U": url, "C": ls.Code()}))
	join.Wrapping = fyne.TextWrapWord
	controls := container.NewGridWrap(fyne.NewSize(230, 44), r.next, r.reveal, r.pause, r.end, hands, team, attendance, fullscreen, show)
	r.root = container.NewVScroll(container.NewPadded(container.NewVBox(head, join, widget.NewSeparator(), r.status, r.exports, controls,
		widget.NewSeparator(), widget.NewLabelWithStyle(lang.X("meeting.on_screen", "Đang chiếu"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.current,
		widget.NewLabelWithStyle(lang.X("meeting.upcoming", "Câu tiếp theo"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.upcoming,
		widget.NewLabelWithStyle(lang.X("meeting.people", "Người tham gia"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.people)))
	r.openProjector()
	go r.watch()
	r.render()
	return r
}

// CanvasObject is the trainer's view.
func (r *meetingRun) CanvasObject() fyne.CanvasObject { return r.root }

// watch redraws on every change of the session, and ticks the clock four
// times a second (closing a question at its deadline), until dispose.
func (r *meetingRun) watch() {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	var redraw coalesced
	for {
		changed := r.ls.Changed()
		select {
		case <-r.stop:
			return
		case <-changed:
		case <-t.C:
			r.ls.Tick(context.Background())
		}
		redraw.post(r.render)
	}
}

// dispose stops the goroutine, the server and the projector window; the
// session stays stored, to be resumed.
func (r *meetingRun) dispose() {
	select {
	case <-r.stop:
		return // already
	default:
	}
	close(r.stop)
	r.srv.Close()
	r.ls.Close()
	if r.proj != nil {
		r.proj.close()
	}
}

func (r *meetingRun) openProjector() {
	if r.proj != nil {
		r.proj.win.Show()
		r.proj.win.RequestFocus()
		return
	}
	r.proj = newProjector(r.screen.shell.app, r.ls.Title(), r.url, r.ls.Code(), r)
	r.proj.win.SetOnClosed(func() { r.proj = nil })
	r.proj.win.Show()
}

// do runs a control off the UI goroutine and shows its error.
func (r *meetingRun) do(f func(context.Context) error) {
	async(func() (struct{}, error) { return struct{}{}, f(context.Background()) }, func(_ struct{}, err error) {
		if err != nil {
			r.screen.shell.showError(err, "")
		}
	})
}

// key handles the projector keys in either window: Space next, R reveal,
// P pause, Esc end (after asking).
func (r *meetingRun) key(k fyne.KeyName) bool {
	switch k {
	case fyne.KeySpace:
		r.do(r.ls.Next)
	case fyne.KeyR:
		r.do(r.ls.Reveal)
	case fyne.KeyP:
		r.ls.Pause()
	case fyne.KeyEscape:
		r.confirmEnd()
	default:
		return false
	}
	return true
}

func (r *meetingRun) confirmEnd() {
	v := r.ls.View()
	if v.Phase == meeting.Ended {
		r.screen.closeRun()
		return
	}
	d := dialog.NewConfirm(lang.X("meeting.end_title", "Kết thúc phiên?"),
		lang.X("meeting.end_text", "Kết thúc phiên ngay bây giờ? Điểm và câu trả lời đến lúc này được giữ và có thể xuất ra."), func(ok bool) {
			if ok {
				r.do(r.ls.End)
			}
		}, r.screen.shell.win)
	r.screen.shell.showDialog(d)
}

// render shows the session's state in the trainer's window and on the
// projector.
func (r *meetingRun) render() {
	v := r.ls.View()
	qs := r.ls.Questions()
	switch v.Phase {
	case meeting.Lobby:
		r.status.SetText(lang.X("meeting.status.lobby", "Chờ đảng viên vào phiên: {{.N}} người. Bấm Tiếp để mở câu 1.", map[string]any{"N": len(v.Members)}))
	case meeting.Question:
		r.status.SetText(lang.X("meeting.status.question", "Câu {{.I}}/{{.T}} đang mở: {{.A}}/{{.N}} người đã trả lời, còn {{.S}} giây.",
			map[string]any{"I": v.Index + 1, "T": v.Total, "A": v.Answered, "N": len(v.Members), "S": int(v.Left.Seconds() + 0.99)}))
	case meeting.Reveal:
		r.status.SetText(lang.X("meeting.status.reveal", "Đã công bố đáp án câu {{.I}}. Bấm Tiếp để xem bảng điểm.", map[string]any{"I": v.Index + 1}))
	case meeting.Leaderboard:
		r.status.SetText(lang.X("meeting.status.board", "Bảng điểm sau câu {{.I}}. Bấm Tiếp để sang câu sau.", map[string]any{"I": v.Index + 1}))
	case meeting.Ended:
		r.status.SetText(lang.X("meeting.status.ended", "Phiên đã kết thúc. Kết quả đã lưu."))
	}
	if v.Paused {
		r.status.SetText(r.status.Text + " " + lang.X("meeting.paused", "(đang tạm dừng)"))
	}
	if v.Phase == meeting.Ended {
		r.exports.Show()
		r.next.Disable()
		r.reveal.Disable()
		r.pause.Disable()
		r.end.SetText(lang.X("meeting.back", "Quay lại danh sách phiên"))
	}
	r.current.SetText(questionText(v.Question, viewOptions(v), v.Right))
	if n := v.Index + 1; n < len(qs) && v.Phase != meeting.Ended {
		q := qs[n]
		var opts []string
		var right []int
		for i, o := range q.Options {
			opts = append(opts, optionText(q, i))
			if o.Correct {
				right = append(right, i)
			}
		}
		r.upcoming.SetText(fmt.Sprintf("%d. %s", n+1, questionText(q.Stem, opts, right)))
	} else {
		r.upcoming.SetText("—")
	}
	var names []string
	for _, m := range v.Members {
		n := m.Name
		if m.Team != "" && m.Team != m.Name {
			n += " (" + m.Team + ")"
		}
		if !m.Present {
			n += " – " + lang.X("meeting.absent", "vắng")
		}
		names = append(names, n)
	}
	r.people.SetText(lang.X("meeting.people_count", "{{.P}} có mặt: ", map[string]any{"P": v.Present}) + strings.Join(names, ", "))
	if r.proj != nil {
		r.proj.render(v)
	}
}

// questionText is a question with its options, the right ones marked.
func questionText(stem string, opts []string, right []int) string {
	if stem == "" {
		return "—"
	}
	var b strings.Builder
	b.WriteString(stem)
	for i, o := range opts {
		mark := ""
		for _, k := range right {
			if k == i {
				mark = "  ✓"
			}
		}
		fmt.Fprintf(&b, "\n%c. %s%s", 'A'+i, o, mark)
	}
	return b.String()
}

// askHands takes the raised hands per option of the current question.
func (r *meetingRun) askHands() {
	v := r.ls.View()
	if len(v.Options) == 0 {
		r.screen.shell.showError(fmt.Errorf("%w", meeting.ErrClosed), "")
		return
	}
	entries := make([]*widget.Entry, len(v.Options))
	var items []*widget.FormItem
	for i, o := range v.Options {
		entries[i] = widget.NewEntry()
		entries[i].SetPlaceHolder("0")
		items = append(items, widget.NewFormItem(fmt.Sprintf("%c. %s", 'A'+i, truncate(o, 30)), entries[i]))
	}
	d := dialog.NewForm(lang.X("meeting.hands_title", "Số người giơ tay cho từng phương án"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"), items, func(ok bool) {
		if !ok {
			return
		}
		counts := make([]int, len(entries))
		for i, e := range entries {
			counts[i], _ = strconv.Atoi(strings.TrimSpace(e.Text))
		}
		r.do(func(ctx context.Context) error { return r.ls.SetHands(ctx, counts) })
	}, r.screen.shell.win)
	d.Resize(fyne.NewSize(520, 0))
	r.screen.shell.showDialog(d)
}

// askTeamAnswer takes the answer a whole team gave.
func (r *meetingRun) askTeamAnswer() {
	v := r.ls.View()
	teams := r.ls.Settings().TeamNames
	if len(v.Options) == 0 || len(teams) == 0 {
		r.screen.shell.showError(meeting.ErrClosed, "")
		return
	}
	team := newSelect(teams, nil)
	team.SetSelectedIndex(0)
	var letters []string
	for i := range v.Options {
		letters = append(letters, string(rune('A'+i)))
	}
	choice := widget.NewCheckGroup(letters, nil)
	choice.Horizontal = true
	d := dialog.NewForm(lang.X("meeting.team_title", "Đáp án của tổ"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("meeting.team", "Tổ"), team), widget.NewFormItem(lang.X("meeting.choice", "Phương án"), choice)}, func(ok bool) {
			if !ok || len(choice.Selected) == 0 {
				return
			}
			var picks []int
			for _, s := range choice.Selected {
				picks = append(picks, int(s[0]-'A'))
			}
			name := team.Selected
			r.do(func(ctx context.Context) error { return r.ls.TeamAnswer(ctx, name, picks) })
		}, r.screen.shell.win)
	r.screen.shell.showDialog(d)
}

// askAttendance adds a member present without a phone, or marks one
// absent with a reason.
func (r *meetingRun) askAttendance() {
	branch := r.ls.Branch()
	async(func() ([]meeting.Member, error) {
		if branch == "" {
			return nil, nil
		}
		return r.screen.lib.Meetings().BranchMembers(context.Background(), branch)
	}, func(known []meeting.Member, err error) {
		if err != nil {
			r.screen.shell.showError(err, "")
			return
		}
		r.attendanceForm(known)
	})
}

// attendanceForm asks for a name (from the chi bộ's list when there is
// one, or typed), present or absent with a reason.
func (r *meetingRun) attendanceForm(known []meeting.Member) {
	here := map[string]bool{}
	for _, m := range r.ls.Members() {
		here[m.Name] = true
	}
	name := widget.NewSelectEntry(nil)
	var options []string
	for _, m := range known {
		if !here[m.Name] {
			options = append(options, m.Name)
		}
	}
	name.SetOptions(options)
	name.SetPlaceHolder(lang.X("meeting.name", "Họ và tên"))
	absent := widget.NewCheck(lang.X("meeting.mark_absent", "Vắng mặt"), nil)
	reason := widget.NewEntry()
	reason.SetPlaceHolder(lang.X("meeting.reason", "Lý do (ốm, đi công tác…)"))
	d := dialog.NewForm(lang.X("meeting.attendance_title", "Điểm danh"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{widget.NewFormItem(lang.X("meeting.name", "Họ và tên"), name), widget.NewFormItem("", absent),
			widget.NewFormItem(lang.X("meeting.reason_label", "Lý do"), reason)}, func(ok bool) {
			if !ok {
				return
			}
			why := ""
			if absent.Checked {
				why = strings.TrimSpace(reason.Text)
				if why == "" {
					why = lang.X("meeting.no_reason", "không rõ lý do")
				}
			}
			n, branch := name.Text, r.ls.Branch()
			r.do(func(ctx context.Context) error {
				if _, err := r.ls.AddPresent(ctx, n, "", why); err != nil {
					return err
				}
				if branch == "" {
					return nil
				}
				return r.screen.lib.Meetings().SaveBranchMember(ctx, branch, n, "")
			})
		}, r.screen.shell.win)
	d.Resize(fyne.NewSize(520, 0))
	r.screen.shell.showDialog(d)
}

func truncate(s string, n int) string {
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}

// viewOptions are a view's options, a picture option named as one.
func viewOptions(v meeting.View) []string {
	q := &quiz.Question{Images: v.Images}
	for _, o := range v.Options {
		q.Options = append(q.Options, quiz.Option{Text: o})
	}
	opts := make([]string, len(v.Options))
	for i := range opts {
		opts[i] = optionText(q, i)
	}
	return opts
}
