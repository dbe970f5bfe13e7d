package ui

import (
	"fmt"
	"sotay/library/quiz"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Every place fits a 1024×600 screen at every text size: the window keeps
// that size (a place wider or taller than it once forced the window to
// 1109 or 1312 px, past the screen's edge).
func TestEveryPlaceFitsASmallScreen(t *testing.T) {
	s := newTestShell(t, "")
	for _, ts := range textSizes {
		s.app.Preferences().SetFloat(prefTextSize, float64(ts.size))
		s.app.Settings().SetTheme(s.theme())
		for i := range s.tabs.Items {
			s.tabs.SelectIndex(i)
			s.win.Resize(fyne.NewSize(1024, 600))
			pump()
			if got := s.win.Content().MinSize(); got.Width > 1024 || got.Height > 600 {
				t.Errorf("text %v, place %q: the window needs %v", ts.size, s.tabs.Items[i].Text, got)
			}
		}
	}
}

// overlaps names the pairs of visible labels under o whose boxes cross.
func overlaps(o fyne.CanvasObject) []string {
	type box struct {
		text string
		pos  fyne.Position
		size fyne.Size
	}
	var boxes []box
	d := fyne.CurrentApp().Driver()
	findObject(o, func(c fyne.CanvasObject) bool {
		if l, ok := c.(*widget.Label); ok && strings.TrimSpace(l.Text) != "" && l.Size().Height > 0 {
			boxes = append(boxes, box{l.Text, d.AbsolutePositionForObject(l), l.Size()})
		}
		return false
	})
	var out []string
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			const slack = 2 // labels' padding may touch
			if a.pos.X+a.size.Width-slack > b.pos.X && b.pos.X+b.size.Width-slack > a.pos.X &&
				a.pos.Y+a.size.Height-slack > b.pos.Y && b.pos.Y+b.size.Height-slack > a.pos.Y {
				out = append(out, fmt.Sprintf("%q × %q", a.text, b.text))
			}
		}
	}
	return out
}

// The reader's header — a title over two or three lines beside the search
// hits' "Kết quả 2/3 · Trước · Sau" — does not run over the line under it,
// at the largest text on a 1024×600 screen.
func TestReaderHeaderDoesNotOverlap(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetFloat(prefTextSize, 25)
	s.app.Settings().SetTheme(s.theme())
	s.win.Resize(fyne.NewSize(1024, 600))
	s.tabs.SelectIndex(1)
	pump()
	s.search.entry.SetText("nghi quyet")
	s.search.run()
	waitFor(t, func() bool { pump(); return len(s.search.results) > 0 })
	s.search.list.Select(0)
	pump()
	r := s.library.reader
	r.title.SetText("Nghị quyết số 15-NQ/QU của Ban Chấp hành Đảng bộ về đẩy mạnh chuyển đổi số trong công tác học tập nghị quyết của các chi bộ")
	s.win.Resize(fyne.NewSize(1024, 600))
	pump()
	if o := overlaps(r.root); len(o) > 0 {
		t.Errorf("labels overlap: %v", o)
	}
}

// A flowBox wraps its buttons onto more rows when narrow: none lies past
// its right edge, and it grows taller instead.
func TestFlowBoxWraps(t *testing.T) {
	test.NewTempApp(t)
	var btns []fyne.CanvasObject
	for _, s := range []string{"Quay lại", "Mục lục", "Mở bản gốc", "Soạn câu hỏi", "Sửa thông tin", "Xoá"} {
		btns = append(btns, widget.NewButton(s, nil))
	}
	f := newFlowBox(btns...)
	w := test.NewWindow(container.NewVBox(f))
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 400))
	one := f.MinSize().Height
	w.Resize(fyne.NewSize(300, 400))
	if f.MinSize().Height <= one {
		t.Errorf("no more rows at 300 px: %v then %v", one, f.MinSize().Height)
	}
	for _, b := range btns {
		if b.Position().X+b.Size().Width > f.Size().Width+1 {
			t.Errorf("%v lies past the edge", b.(*widget.Button).Text)
		}
	}
}

// outside names the visible labels and buttons under o that reach past
// width (a place wider than the window, scrolled sideways).
func outside(o fyne.CanvasObject, width float32) []string {
	d := fyne.CurrentApp().Driver()
	var out []string
	findObject(o, func(c fyne.CanvasObject) bool {
		text := ""
		cut := false
		switch v := c.(type) {
		case *widget.Label:
			text = v.Text
			cut = v.Wrapping == fyne.TextWrapOff && v.Truncation == fyne.TextTruncateOff
		case *widget.Button:
			text = v.Text
			cut = true
		default:
			return false
		}
		if strings.TrimSpace(text) == "" || c.Size().Width == 0 {
			return false
		}
		if cut && c.MinSize().Width > c.Size().Width+1 {
			// given less than its text needs: the end is cut off
			out = append(out, fmt.Sprintf("%q is cut (%.0f of %.0f)", text, c.Size().Width, c.MinSize().Width))
			return false
		}
		if p := d.AbsolutePositionForObject(c); p.X+c.Size().Width > width+1 {
			out = append(out, fmt.Sprintf("%q ends at %.0f", text, p.X+c.Size().Width))
		}
		return false
	})
	return out
}

// Every place at every text size on a 1024×600 window: no label or button
// past the right edge, no two labels over each other.
func TestEveryPlaceLaysOutOnASmallScreen(t *testing.T) {
	s := newTestShell(t, "")
	defer setupLanguage(langVietnamese)
	for _, lng := range []string{langVietnamese, langEnglish} {
		setupLanguage(lng)
		s.rebuild()
		pump()
		everyPlaceLaysOut(t, s)
	}
}

func everyPlaceLaysOut(t *testing.T, s *Shell) {
	for _, ts := range textSizes {
		s.app.Preferences().SetFloat(prefTextSize, float64(ts.size))
		s.app.Settings().SetTheme(s.theme())
		for i := range s.tabs.Items {
			s.tabs.SelectIndex(i)
			s.win.Resize(fyne.NewSize(1024, 600))
			pump()
			check := func(name string) {
				// lay out again, as the real canvas does once a label's
				// text changed (the test canvas does not by itself)
				s.win.Content().Refresh()
				pump()
				for _, o := range outside(s.win.Content(), 1024) {
					t.Errorf("text %v, %s: %s", ts.size, name, o)
				}
				for _, o := range overlaps(s.tabs.Items[i].Content) {
					t.Errorf("text %v, %s: labels overlap: %s", ts.size, name, o)
				}
			}
			if s.tabs.Items[i].Content != s.places[s.review.CanvasObject()] {
				check(s.tabs.Items[i].Text)
				continue
			}
			for j := range s.review.tabs.Items { // every tab of Ôn tập
				s.review.tabs.SelectIndex(j)
				pump()
				check(s.tabs.Items[i].Text + " › " + s.review.tabs.Items[j].Text)
			}
		}
	}
}

// A self-check and an exam under way fit a 1024×600 window at the largest
// text: the question, its hint and its options wrap (a long hint once made
// the question wider than the screen).
func TestQuizFitsASmallScreen(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetFloat(prefTextSize, 25)
	s.app.Settings().SetTheme(s.theme())
	for _, mode := range []quiz.Mode{quiz.SelfCheck, quiz.Exam} {
		openReviewTab(t, s, 1)
		s.review.startAttempt(quiz.Selection{}, quiz.AttemptOptions{Mode: mode, Title: "Thử", TimeLimit: time.Hour})
		pump()
		r := s.review.runner
		if r == nil {
			t.Fatal("no attempt")
		}
		for i := 0; i < 4; i++ {
			s.win.Resize(fyne.NewSize(1024, 600))
			s.win.Content().Refresh()
			pump()
			for _, o := range outside(s.win.Content(), 1024) {
				t.Errorf("%s, question %d: %s", mode, r.pos+1, o)
			}
			r.move(1)
			pump()
		}
		r.stopClock()
		r.onExit()
		pump()
	}
}

// navButtons counts the places shown in the navigation (not in Fyne's
// "⋮" menu) and how many of them show their name.
func navButtons(tabs *container.AppTabs) (shown, named int) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		for _, it := range tabs.Items {
			if o == it.Content {
				return // a place, not the bar
			}
		}
		if fmt.Sprintf("%T", o) == "*container.tabButton" {
			shown++
			if findObject(o, func(o fyne.CanvasObject) bool { t, ok := o.(*canvas.Text); return ok && t.Text != "" }) != nil {
				named++
			}
			return
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		}
	}
	walk(tabs)
	return
}

// On a 600 px screen at the largest text the navigation shrinks to icons
// so that every place is in it (Fyne put two in its "⋮" menu); with room,
// the places have their names.
func TestNavigationShrinksToIcons(t *testing.T) {
	s := newTestShell(t, "")
	defer setupLanguage(langVietnamese)
	for _, lng := range []string{langVietnamese, langEnglish} {
		setupLanguage(lng)
		s.rebuild()
		pump()
		for _, c := range []struct {
			text      float32
			w, h      float32
			wantNamed bool
		}{{25, 1024, 600, true}, {16, 1366, 768, true}, {25, 1366, 768, true}, {16, 1024, 600, true}, {25, 800, 600, false}} {
			s.app.Preferences().SetFloat(prefTextSize, float64(c.text))
			s.app.Settings().SetTheme(s.theme())
			s.win.Resize(fyne.NewSize(c.w, c.h))
			pump()
			s.win.Content().Refresh()
			pump()
			shown, named := navButtons(s.tabs)
			t.Logf("text %v at %v×%v: %d places shown, %d named", c.text, c.w, c.h, shown, named)
			if shown != len(s.tabs.Items) {
				t.Errorf("text %v at %v×%v: %d of %d places in the navigation", c.text, c.w, c.h, shown, len(s.tabs.Items))
			}
			if c.wantNamed && named != shown {
				t.Errorf("text %v at %v×%v: %d of %d places named", c.text, c.w, c.h, named, shown)
			}
			openReviewTab(t, s, 0)
			if shown, _ := navButtons(s.review.tabs); shown != len(s.review.tabs.Items) {
				t.Errorf("text %v at %v×%v: %d of %d tabs of Ôn tập shown", c.text, c.w, c.h, shown, len(s.review.tabs.Items))
			}
		}
	}
}

// At the largest text on a 1024×600 screen the buttons that start a
// self-check and an exam are in sight without scrolling (they were under
// the form, below the fold).
func TestStartButtonsInSight(t *testing.T) {
	s := newTestShell(t, "")
	s.app.Preferences().SetFloat(prefTextSize, 25)
	s.app.Settings().SetTheme(s.theme())
	for tab, text := range map[int]string{1: "Bắt đầu tự kiểm tra", 2: "Bắt đầu thi"} {
		openReviewTab(t, s, tab)
		s.win.Resize(fyne.NewSize(1024, 600))
		pump()
		s.win.Content().Refresh()
		pump()
		b := findLabel(s.review.tabs.Items[tab].Content, text)
		if b == nil {
			t.Fatalf("no %q", text)
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		if bottom := pos.Y + b.Size().Height; bottom > 600 {
			t.Errorf("%q ends at y=%v, below a 600 px screen", text, bottom)
		}
	}
}
