package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"sotay/library/meeting"
	"sotay/library/quiz"
)

// projectorText is all text on the projector window.
func projectorText(p *projector) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			b.WriteString(v.Text + "\n")
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(p.win.Content())
	return b.String()
}

func joinOver(t *testing.T, url, code, name string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"code": code, "name": name})
	resp, err := http.Post(url+"api/join", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]string
	json.NewDecoder(resp.Body).Decode(&out)
	return out["token"]
}

// A trainer opens a session from the Sinh hoạt chi bộ place: members join
// over the network and appear on the projector, Space opens a question,
// a show of hands is entered, R reveals, the session ends and the place
// goes back to the setup with the session listed.
func TestMeetingFromTheGUI(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(4)
	pump()
	m := s.meeting
	m.addr.SetText("127.0.0.1:0")
	if m.bank.SelectedIndex() < 0 {
		t.Fatal("no bank offered")
	}
	tapButton(t, m.CanvasObject(), "Mở phiên")
	pump()
	run := m.run
	if run == nil || run.proj == nil {
		t.Fatal("the session did not start with its projector window")
	}
	if !strings.Contains(m.note.Text, "Bỏ qua") {
		t.Errorf("the typed questions left out were not said: %q", m.note.Text)
	}
	if !strings.Contains(projectorText(run.proj), strings.Join(strings.Split(run.ls.Code(), ""), " ")) {
		t.Fatalf("the lobby does not show the code:\n%s", projectorText(run.proj))
	}
	for _, n := range []string{"Nguyễn Văn An", "<b>Trần Bình</b>"} {
		if joinOver(t, run.url, run.ls.Code(), n) == "" {
			t.Fatalf("%s could not join", n)
		}
	}
	waitFor(t, func() bool { pump(); return strings.Contains(projectorText(run.proj), "Đã vào: 2 người") })
	if !strings.Contains(projectorText(run.proj), "<b>Trần Bình</b>") {
		t.Error("a name with markup is not shown as typed")
	}
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeySpace})
	waitFor(t, func() bool { pump(); return strings.Contains(projectorText(run.proj), "Câu 1/") })
	if err := run.ls.SetHands(context.Background(), make([]int, len(run.ls.View().Options))); err != nil {
		t.Fatal(err)
	}
	hands := make([]int, len(run.ls.View().Options))
	hands[0] = 5
	run.ls.SetHands(context.Background(), hands)
	s.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyR})
	waitFor(t, func() bool { pump(); return run.ls.View().Phase == meeting.Reveal })
	waitFor(t, func() bool { pump(); return strings.Contains(projectorText(run.proj), "— 5") })
	if err := run.ls.End(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { pump(); return strings.Contains(projectorText(run.proj), "Kết quả chung cuộc") })
	url := run.url
	run.confirmEnd() // ended: back to the setup
	pump()
	if m.run != nil {
		t.Fatal("still running after the end")
	}
	pump()
	if findLabel(m.CanvasObject(), "đã kết thúc") == nil {
		t.Error("the ended session is not listed")
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after the session closed")
	}
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	for range 750 { // 15 s: a loaded machine (CI beside it) is slow
		if ok() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("timed out waiting")
}

// Switching the language rebuilds every screen: a running session's server
// and goroutines stop, and an exam's clock no longer ticks, so it cannot
// submit an exam that is no longer on screen (it did).
func TestRebuildStopsScreensWork(t *testing.T) {
	s := newTestShell(t, "")
	pump()
	before := runtime.NumGoroutine()

	// A running meeting session.
	s.tabs.SelectIndex(4)
	pump()
	s.meeting.addr.SetText("127.0.0.1:0")
	tapButton(t, s.meeting.CanvasObject(), "Mở phiên")
	pump()
	if s.meeting.run == nil {
		t.Fatal("no session")
	}
	addr := strings.TrimSuffix(strings.TrimPrefix(s.meeting.run.url, "http://"), "/")

	// An exam with a two-second limit, started last and the screens
	// rebuilt at once: on a loaded machine (CI under -race) the setup
	// above took longer than a one-second limit, and the exam ended on
	// its own before the rebuild.
	openReviewTab(t, s, 2)
	bank := s.review.banks[0]
	s.review.startAttempt(quiz.Selection{BankIDs: []int64{bank.ID}, Count: 3},
		quiz.AttemptOptions{Mode: quiz.Exam, TimeLimit: 2 * time.Second, Title: "Thi thử"})
	pump()
	exam := s.review.runner
	if exam == nil {
		t.Fatal("no exam")
	}

	s.rebuild()
	time.Sleep(2500 * time.Millisecond) // past the exam's deadline
	pump()
	a, err := s.lib.Quiz().Attempt(context.Background(), exam.attempt.ID)
	if err != nil || a.Finished() {
		t.Fatalf("the exam was submitted after its screen went away (finished %v, %v)", a != nil && a.Finished(), err)
	}
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Error("the meeting server still listens after the rebuild")
	}
	waitFor(t, func() bool { pump(); return runtime.NumGoroutine() <= before+4 })
}

// A trainer picks two questions one by one; the session runs those two.
func TestMeetingWithChosenQuestions(t *testing.T) {
	s := newTestShell(t, "")
	s.tabs.SelectIndex(4)
	pump()
	m := s.meeting
	m.addr.SetText("127.0.0.1:0")
	m.pickQuestions()
	pump()
	dlg := s.win.Canvas().Overlays().Top()
	var checks []*widget.Check
	findObject(dlg, func(o fyne.CanvasObject) bool {
		if c, ok := o.(*widget.Check); ok {
			checks = append(checks, c)
		}
		return false
	})
	if len(checks) < 5 {
		t.Fatalf("%d questions offered", len(checks))
	}
	for i, c := range checks {
		c.SetChecked(i == 1 || i == 3)
	}
	tapButton(t, dlg, "Đồng ý")
	if len(m.chosen) != 2 || !strings.Contains(m.pick.Text, "2 câu") {
		t.Fatalf("chosen %v, button %q", m.chosen, m.pick.Text)
	}
	tapButton(t, m.CanvasObject(), "Mở phiên")
	pump()
	if m.run == nil || len(m.run.ls.Questions()) != 2 {
		t.Fatal("the session does not run the two chosen questions")
	}
	m.dispose()
}
