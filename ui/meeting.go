package ui

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/assets"
	"sotay/library"
	"sotay/library/meeting"
	"sotay/library/quiz"
)

// MeetingScreen is the Sinh hoạt chi bộ place: set up a live quiz for a
// branch meeting, run it (meetingrun.go, with the projector window in
// projector.go), and find past sessions with their results.
type MeetingScreen struct {
	shell *Shell
	lib   *library.Library
	root  *fyne.Container
	setup *fyne.Container
	past  *fyne.Container
	run   *meetingRun // the session being run, or nil

	banks    []quiz.Bank
	bank     *widget.Select
	docIDs   []int64 // the documents offered in doc, after "(theo ngân hàng)"
	doc      *widget.Select
	chosen   []int64 // questions picked one by one (Chọn câu…), or none
	pick     *widget.Button
	title    *widget.Entry
	branch   *widget.Entry
	date     *widget.Entry
	seconds  *widget.Select
	teams    *widget.Check
	teamList *widget.Entry
	scoring  *widget.RadioGroup
	addr     *widget.Entry
	note     *widget.Label
}

var secondsChoices = []string{"10", "15", "20", "30", "45", "60", "90"}

func newMeetingScreen(s *Shell) *MeetingScreen {
	m := &MeetingScreen{shell: s}
	m.bank = newSelect(nil, nil)
	m.bank.PlaceHolder = lang.X("meeting.pick_bank", "Chọn ngân hàng câu hỏi")
	m.doc = newSelect(nil, func(string) { m.setChosen(nil) })
	m.pick = widget.NewButton(lang.X("meeting.pick_questions", "Chọn từng câu…"), m.pickQuestions)
	m.bank.OnChanged = func(string) { m.setChosen(nil) }
	m.title = widget.NewEntry()
	m.title.SetText(lang.X("meeting.default_title", "Sinh hoạt chi bộ tháng {{.M}}", map[string]any{"M": time.Now().Format("01/2006")}))
	m.branch = widget.NewEntry()
	m.branch.SetPlaceHolder(lang.X("meeting.branch_hint", "ví dụ: Chi bộ khu phố 3"))
	m.date = widget.NewEntry()
	m.date.SetText(time.Now().Format("02/01/2006"))
	m.seconds = newSelect(secondsChoices, nil)
	m.seconds.SetSelected("20")
	m.teamList = widget.NewEntry()
	m.teamList.SetText("Tổ 1, Tổ 2, Tổ 3")
	m.teamList.Disable()
	m.teams = widget.NewCheck(lang.X("meeting.teams", "Thi theo tổ đảng"), func(on bool) {
		if on {
			m.teamList.Enable()
		} else {
			m.teamList.Disable()
		}
	})
	correctOnly, speed := lang.X("meeting.scoring.correct", "Chỉ tính câu đúng"), lang.X("meeting.scoring.speed", "Đúng và nhanh (như Kahoot)")
	m.scoring = widget.NewRadioGroup([]string{correctOnly, speed}, nil)
	m.scoring.SetSelected(correctOnly)
	m.addr = widget.NewEntry()
	m.addr.SetText(meeting.LANAddress() + ":8090")
	m.note = widget.NewLabel("")
	m.note.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.X("meeting.bank", "Ngân hàng"), m.bank),
		widget.NewFormItem(lang.X("meeting.doc", "Hoặc văn bản"), m.doc),
		widget.NewFormItem("", container.NewHBox(m.pick)),
		widget.NewFormItem(lang.X("meeting.title", "Tên buổi"), m.title),
		&widget.FormItem{Text: lang.X("meeting.branch", "Chi bộ"), Widget: m.branch,
			HintText: lang.X("meeting.branch_why", "để giữ danh sách đảng viên cho điểm danh")},
		widget.NewFormItem(lang.X("meeting.date", "Ngày"), m.date),
		widget.NewFormItem(lang.X("meeting.seconds", "Giây mỗi câu"), m.seconds),
		widget.NewFormItem("", m.teams),
		widget.NewFormItem(lang.X("meeting.team_names", "Các tổ"), m.teamList),
		widget.NewFormItem(lang.X("meeting.scoring", "Cách tính điểm"), m.scoring),
		widget.NewFormItem(lang.X("meeting.address", "Địa chỉ cho điện thoại"), m.addr),
	)
	start := widget.NewButtonWithIcon(lang.X("meeting.start", "Mở phiên"), theme.MediaPlayIcon(), m.start)
	start.Importance = widget.HighImportance
	heading := widget.NewLabelWithStyle(lang.X("meeting.heading", "Trắc nghiệm trong buổi sinh hoạt chi bộ"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	intro := widget.NewLabel(lang.X("meeting.intro", "Đảng viên trả lời bằng điện thoại qua mạng Wi-Fi của cơ quan (không cần Internet) hoặc giơ tay; câu hỏi chiếu lên màn hình lớn."))
	intro.Wrapping = fyne.TextWrapWord
	m.past = container.NewVBox()
	// The start button sits beside the heading, where a 1024×600 screen
	// shows it without scrolling.
	m.setup = container.NewVBox(border(nil, nil, nil, start, heading), intro, form, m.note, widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.X("meeting.past", "Các phiên đã chạy"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), m.past)
	m.root = container.NewStack(container.NewVScroll(container.NewPadded(m.setup)))
	if s.lib != nil {
		m.setLibrary(s.lib)
	}
	return m
}

// CanvasObject is the screen's content.
func (m *MeetingScreen) CanvasObject() fyne.CanvasObject { return m.root }

// dispose stops a session being run: its server, its projector window
// and its goroutines. The session stays stored, to be resumed.
func (m *MeetingScreen) dispose() {
	if m.run != nil {
		m.run.dispose()
		m.run = nil
	}
}

// setLibrary loads the banks and past sessions, and offers to resume a
// session the app was closed in the middle of.
func (m *MeetingScreen) setLibrary(lib *library.Library) {
	m.lib = lib
	type loaded struct {
		docs       map[int64]int
		banks      []quiz.Bank
		sessions   []meeting.Summary
		unfinished int64
	}
	async(func() (loaded, error) {
		ctx := context.Background()
		var l loaded
		var err error
		if l.banks, err = lib.Quiz().Banks(ctx); err != nil {
			return l, err
		}
		if l.docs, err = lib.Quiz().DocumentsWithQuestions(ctx); err != nil {
			return l, err
		}
		if l.sessions, err = lib.Meetings().Sessions(ctx); err != nil {
			return l, err
		}
		l.unfinished, err = lib.Meetings().Unfinished(ctx)
		return l, err
	}, func(l loaded, err error) {
		if err != nil {
			m.shell.showError(err, lib.Path())
			return
		}
		if m.lib != lib {
			return
		}
		m.banks = l.banks
		var names []string
		for _, b := range l.banks {
			names = append(names, lang.X("review.doc_count", "{{.T}} ({{.N}} câu)", map[string]any{"T": b.Name, "N": b.Questions}))
		}
		m.bank.Options = names
		if len(names) > 0 && m.bank.SelectedIndex() < 0 {
			m.bank.SetSelectedIndex(0)
		}
		m.bank.Refresh()
		m.docIDs = nil
		docNames := []string{lang.X("meeting.by_bank", "(theo ngân hàng đã chọn)")}
		if cat := m.shell.cat; cat != nil {
			for _, d := range cat.docs {
				if n := l.docs[d.ID]; n > 0 {
					m.docIDs = append(m.docIDs, d.ID)
					docNames = append(docNames, lang.X("review.doc_count", "{{.T}} ({{.N}} câu)", map[string]any{"T": d.Title, "N": n}))
				}
			}
		}
		m.doc.Options = docNames
		m.doc.SetSelectedIndex(0)
		m.showPast(l.sessions)
		if l.unfinished != 0 && m.run == nil {
			m.offerResume(l.unfinished)
		}
	})
}

func (m *MeetingScreen) refreshPast() {
	if m.lib == nil {
		return
	}
	lib := m.lib
	async(func() ([]meeting.Summary, error) {
		return lib.Meetings().Sessions(context.Background())
	}, func(list []meeting.Summary, err error) {
		if err != nil {
			m.shell.showError(err, lib.Path())
			return
		}
		m.showPast(list)
	})
}

func (m *MeetingScreen) showPast(list []meeting.Summary) {
	m.past.RemoveAll()
	if len(list) == 0 {
		m.past.Add(widget.NewLabel(lang.X("meeting.none", "Chưa có phiên nào.")))
	}
	for i, s := range list {
		if i == 30 {
			break
		}
		id := s.ID
		label := widget.NewLabel(lang.X("meeting.session_line", "{{.T}} · {{.D}} · {{.N}} người · {{.P}}", map[string]any{"T": s.Title, "D": dateVN(s.HeldOn), "N": s.Members, "P": phaseName(s.Phase)}))
		label.Truncation = fyne.TextTruncateEllipsis
		xlsx := widget.NewButton("Excel", func() { m.export(id, "xlsx") })
		pdf := widget.NewButton("PDF", func() { m.export(id, "pdf") })
		again := widget.NewButton(lang.X("meeting.rerun", "Chạy lại"), func() { m.rerun(id) })
		if s.Phase != meeting.Ended {
			again = widget.NewButton(lang.X("meeting.reopen", "Mở lại"), func() { m.openSession(id) })
		}
		m.past.Add(border(nil, nil, nil, container.NewHBox(again, xlsx, pdf), label))
	}
	m.past.Refresh()
}

func dateVN(iso string) string {
	if t, err := time.Parse("2006-01-02", iso); err == nil {
		return t.Format("02/01/2006")
	}
	return iso
}

func phaseName(p meeting.Phase) string {
	if p == meeting.Ended {
		return lang.X("meeting.phase.ended", "đã kết thúc")
	}
	return lang.X("meeting.phase.open", "chưa kết thúc")
}

// export writes a saved session's results as XLSX or the one-page PDF.
func (m *MeetingScreen) export(id int64, format string) {
	lib := m.lib
	name := fmt.Sprintf("ket-qua-sinh-hoat-%d.%s", id, format)
	m.shell.saveAs(name, func(w io.Writer) error {
		ls, err := lib.Meetings().Open(context.Background(), id)
		if err != nil {
			return err
		}
		defer ls.Close()
		if format == "pdf" {
			return meeting.WritePDF(w, ls.Results(), assets.SerifRegular, assets.SerifBold)
		}
		return meeting.WriteXLSX(w, ls.Results())
	}, func(path string) {
		m.shell.showInfo(dialog.NewInformation(lang.X("meeting.exported_title", "Đã xuất kết quả"),
			lang.X("meeting.exported", "Đã ghi kết quả ra {{.F}}.", map[string]any{"F": path}), m.shell.win))
	})
}

// rerun runs a past session's questions again as a new session.
func (m *MeetingScreen) rerun(id int64) {
	lib := m.lib
	async(func() (int64, error) { return lib.Meetings().Rerun(context.Background(), id) }, func(nid int64, err error) {
		if err != nil {
			m.shell.showError(err, "")
			return
		}
		m.openSession(nid)
	})
}

func (m *MeetingScreen) offerResume(id int64) {
	d := dialog.NewConfirm(lang.X("meeting.resume_title", "Phiên chưa kết thúc"),
		lang.X("meeting.resume", "Lần trước Sổ tay đóng khi một phiên sinh hoạt đang chạy. Tiếp tục phiên đó (giữ người tham gia và câu trả lời)?"),
		func(ok bool) {
			if ok {
				m.openSession(id)
			}
		}, m.shell.win)
	m.shell.showDialog(d)
}

// start creates the session from the form and runs it.
func (m *MeetingScreen) start() {
	if m.lib == nil {
		return
	}
	i := m.bank.SelectedIndex()
	if i < 0 || i >= len(m.banks) {
		m.needBank()
		return
	}
	bank := m.banks[i]
	sel := quiz.Selection{BankIDs: []int64{bank.ID}}
	bankID := bank.ID
	if k := m.doc.SelectedIndex(); k > 0 && k-1 < len(m.docIDs) {
		// Every question about the chosen document, whatever its bank.
		sel, bankID = quiz.Selection{DocumentIDs: []int64{m.docIDs[k-1]}}, 0
	}
	chosen := m.chosen
	secs, _ := strconv.Atoi(m.seconds.Selected)
	settings := meeting.Settings{Seconds: max(secs, 5), Scoring: meeting.Correct}
	if m.scoring.Selected != "" && m.scoring.Selected != m.scoring.Options[0] {
		settings.Scoring = meeting.Speed
	}
	if m.teams.Checked {
		settings.Teams = true
		for _, t := range strings.Split(m.teamList.Text, ",") {
			if t = strings.TrimSpace(t); t != "" {
				settings.TeamNames = append(settings.TeamNames, t)
			}
		}
	}
	heldOn := time.Now().Format("2006-01-02")
	if t, err := time.Parse("02/01/2006", strings.TrimSpace(m.date.Text)); err == nil {
		heldOn = t.Format("2006-01-02")
	}
	lib, title, branch := m.lib, strings.TrimSpace(m.title.Text), strings.TrimSpace(m.branch.Text)
	type made struct {
		id   int64
		left map[quiz.Type]int
	}
	async(func() (made, error) {
		ctx := context.Background()
		qs, left, err := lib.MeetingQuestions(ctx, sel, chosen)
		if err != nil {
			return made{}, err
		}
		id, _, err := lib.Meetings().Create(ctx, meeting.Setup{Title: title, HeldOn: heldOn, Branch: branch, BankID: bankID, Settings: settings, Questions: qs})
		return made{id, left}, err
	}, func(r made, err error) {
		if err != nil {
			m.shell.showError(err, "")
			return
		}
		m.note.SetText(leftOutNote(r.left))
		m.openSession(r.id)
	})
}

// setChosen keeps the questions picked one by one and says how many.
func (m *MeetingScreen) setChosen(ids []int64) {
	m.chosen = ids
	if len(ids) == 0 {
		m.pick.SetText(lang.X("meeting.pick_questions", "Chọn từng câu…"))
		return
	}
	m.pick.SetText(lang.X("meeting.picked", "Đã chọn {{.N}} câu (bấm để sửa)", map[string]any{"N": len(ids)}))
}

// pickQuestions lists the choice questions of the chosen bank (or
// needBank says, where it is seen, that a bank must be chosen first (the
// note under the form was out of sight on a small screen).
func (m *MeetingScreen) needBank() {
	msg := lang.X("meeting.need_bank", "Hãy chọn một ngân hàng câu hỏi (tạo ở Ôn tập → Ngân hàng).")
	m.note.SetText(msg)
	m.shell.showInfo(dialog.NewInformation(lang.X("meeting.heading", "Trắc nghiệm trong buổi sinh hoạt chi bộ"), msg, m.shell.win))
}

// document) with tick boxes; the ticked ones run, in that order.
func (m *MeetingScreen) pickQuestions() {
	i := m.bank.SelectedIndex()
	if m.lib == nil || i < 0 || i >= len(m.banks) {
		m.needBank()
		return
	}
	lib, sel := m.lib, quiz.Selection{BankIDs: []int64{m.banks[i].ID}}
	if k := m.doc.SelectedIndex(); k > 0 && k-1 < len(m.docIDs) {
		sel = quiz.Selection{DocumentIDs: []int64{m.docIDs[k-1]}}
	}
	async(func() ([]*quiz.Question, error) {
		qs, _, err := lib.MeetingQuestions(context.Background(), sel, nil)
		return qs, err
	}, func(qs []*quiz.Question, err error) {
		if err != nil {
			m.shell.showError(err, "")
			return
		}
		picked := map[int64]bool{}
		for _, id := range m.chosen {
			picked[id] = true
		}
		box := container.NewVBox()
		checks := make([]*widget.Check, len(qs))
		for k, q := range qs {
			checks[k] = widget.NewCheck(fmt.Sprintf("%d. %s", k+1, truncate(q.Stem, 90)), nil)
			checks[k].SetChecked(len(picked) == 0 || picked[q.ID])
			box.Add(checks[k])
		}
		scroll := container.NewVScroll(box)
		scroll.SetMinSize(fyne.NewSize(560, 320))
		d := dialog.NewCustomConfirm(lang.X("meeting.pick_title", "Chọn câu hỏi cho phiên"), lang.X("dialog.ok", "Đồng ý"),
			lang.X("dialog.cancel", "Huỷ"), scroll, func(ok bool) {
				if !ok {
					return
				}
				var ids []int64
				for k, c := range checks {
					if c.Checked {
						ids = append(ids, qs[k].ID)
					}
				}
				if len(ids) == len(qs) {
					ids = nil // all of them: as if none were picked
				}
				m.setChosen(ids)
			}, m.shell.win)
		m.shell.showDialog(d)
	})
}

// leftOutNote says which questions a live session leaves out, and why.
func leftOutNote(left map[quiz.Type]int) string {
	n := 0
	for _, k := range left {
		n += k
	}
	if n == 0 {
		return ""
	}
	return lang.X("meeting.left_note", "Bỏ qua {{.N}} câu điền từ hoặc trả lời ngắn: khi thi trực tiếp, đảng viên chỉ bấm chọn phương án.", map[string]any{"N": n})
}

// openSession opens a stored session, starts serving its page and shows
// the trainer's controls.
func (m *MeetingScreen) openSession(id int64) {
	lib, addr := m.lib, strings.TrimSpace(m.addr.Text)
	type opened struct {
		ls  *meeting.Session
		srv *meeting.Server
		url string
	}
	async(func() (opened, error) {
		ls, err := lib.Meetings().Open(context.Background(), id)
		if err != nil {
			return opened{}, err
		}
		srv := meeting.NewServer(ls, assets.Meeting())
		bound, err := srv.Listen(addr)
		if err != nil {
			// The chosen port is taken: any free one will do.
			host := addr
			if i := strings.LastIndex(addr, ":"); i >= 0 {
				host = addr[:i]
			}
			if bound, err = srv.Listen(host + ":0"); err != nil {
				ls.Close()
				return opened{}, err
			}
		}
		return opened{ls, srv, meeting.URL(bound)}, nil
	}, func(o opened, err error) {
		if err != nil {
			m.shell.showError(err, "")
			return
		}
		m.dispose()
		m.run = newMeetingRun(m, o.ls, o.srv, o.url)
		m.root.Objects = []fyne.CanvasObject{m.run.CanvasObject()}
		m.root.Refresh()
	})
}

// closeRun returns to the setup after a session was ended.
func (m *MeetingScreen) closeRun() {
	m.dispose()
	m.root.Objects = []fyne.CanvasObject{container.NewVScroll(container.NewPadded(m.setup))}
	m.root.Refresh()
	m.refreshPast()
}
