package ui

import (
	"context"
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
)

// statsView is the Thống kê tab: the profile's scores over time as a line
// chart, and Moodle's item statistics for a bank.
type statsView struct {
	shell  *Shell
	review *ReviewScreen
	root   fyne.CanvasObject
	chart  *scoreChart
	bank   *widget.Select
	items  *fyne.Container
	banks  []quiz.Bank
}

func newStatsView(s *Shell, r *ReviewScreen) *statsView {
	v := &statsView{shell: s, review: r, chart: newScoreChart(), items: container.NewVBox()}
	v.bank = newSelect(nil, func(string) { v.loadItems() })
	chartCard := widget.NewCard(lang.X("stats.scores", "Điểm các lần làm bài"), "", v.chart)
	// (the explanation wraps in the card's body: a card's subtitle does
	// not, and made the place wider than a small screen)
	itemsCard := widget.NewCard(lang.X("stats.items", "Thống kê từng câu hỏi"), "",
		border(container.NewVBox(
			wrapLabel(lang.X("stats.items_sub", "Độ dễ = điểm trung bình; độ phân biệt = tương quan với phần còn lại của bài (như Moodle)")),
			border(nil, nil, widget.NewLabel(lang.X("review.bank", "Ngân hàng")), nil, v.bank)), nil, nil, nil, v.items))
	received := widget.NewButtonWithIcon(lang.X("results.title", "Kết quả người học gửi về"), theme.MailComposeIcon(), func() { s.showResults() })
	v.root = container.NewVScroll(container.NewPadded(container.NewVBox(newFlowBox(received), chartCard, itemsCard)))
	return v
}

func (v *statsView) CanvasObject() fyne.CanvasObject { return v.root }

// load reads the profile's attempts and the banks.
func (v *statsView) load() {
	store, prof := v.review.store(), v.review.profile.ID
	if store == nil {
		return
	}
	type load struct {
		attempts []quiz.AttemptSummary
		banks    []quiz.Bank
	}
	async(func() (load, error) {
		var l load
		var err error
		if l.attempts, err = store.Attempts(context.Background(), prof, false); err != nil {
			return l, err
		}
		l.banks, err = store.Banks(context.Background())
		return l, err
	}, func(l load, err error) {
		if err != nil {
			v.shell.showError(err, "")
			return
		}
		var pts []scorePoint
		for _, a := range l.attempts {
			if !a.FinishedAt.IsZero() && a.MaxScore > 0 {
				pts = append(pts, scorePoint{label: a.FinishedAt.Local().Format("02/01"), value: a.Percent(), exam: a.Mode == quiz.Exam})
			}
		}
		v.chart.set(pts)
		v.banks = l.banks
		var names []string
		for _, b := range l.banks {
			names = append(names, b.Name)
		}
		v.bank.Options = names
		if v.bank.SelectedIndex() < 0 && len(names) > 0 {
			v.bank.SetSelectedIndex(0)
		} else {
			v.bank.Refresh()
			v.loadItems()
		}
	})
}

// loadItems shows the item statistics of the chosen bank.
func (v *statsView) loadItems() {
	i := v.bank.SelectedIndex()
	store := v.review.store()
	if i < 0 || i >= len(v.banks) || store == nil {
		return
	}
	id := v.banks[i].ID
	async(func() ([]quiz.QuestionStats, error) { return store.Stats(context.Background(), id) },
		func(stats []quiz.QuestionStats, err error) {
			if err != nil {
				v.shell.showError(err, "")
				return
			}
			v.items.RemoveAll()
			shown := 0
			for k, st := range stats {
				if st.Attempts == 0 {
					continue
				}
				shown++
				v.items.Add(wrapLabel(itemStatsLine(k+1, st)))
			}
			if shown == 0 {
				v.items.Add(wrapLabel(lang.X("stats.none", "Chưa có bài làm nào đã nộp với các câu của ngân hàng này.")))
			}
		})
}

func itemStatsLine(n int, st quiz.QuestionStats) string {
	disc := "—"
	if !math.IsNaN(st.Discrimination) {
		disc = strings.ReplaceAll(fmt.Sprintf("%.2f", st.Discrimination), ".", ",")
	}
	line := lang.X("stats.item_line", "Câu {{.N}}. {{.S}}\n    {{.A}} lượt · độ dễ {{.F}}% · độ phân biệt {{.D}}",
		map[string]any{"N": n, "S": clipText(st.Question.Stem, 90), "A": st.Attempts, "F": int(st.Facility*100 + 0.5), "D": disc})
	if un := st.Unpicked(); len(un) > 0 && st.Question.Type != quiz.TrueFalse {
		var letters []string
		for _, k := range un {
			letters = append(letters, string(rune('A'+k)))
		}
		line += " · " + lang.X("stats.unpicked", "không ai chọn: {{.L}}", map[string]any{"L": strings.Join(letters, ", ")})
	}
	return line
}

type scorePoint struct {
	label string
	value float64 // percent
	exam  bool
}

// scoreChart draws scores (0–100 %) as a line over attempts, with grid
// lines at 0, 50 and 100 %, exams as filled dots.
type scoreChart struct {
	widget.BaseWidget
	points []scorePoint
}

func newScoreChart() *scoreChart {
	c := &scoreChart{}
	c.ExtendBaseWidget(c)
	return c
}

func (c *scoreChart) set(pts []scorePoint) {
	if len(pts) > 60 {
		pts = pts[len(pts)-60:]
	}
	c.points = pts
	c.Refresh()
}

func (c *scoreChart) MinSize() fyne.Size { return fyne.NewSize(400, 220) }

func (c *scoreChart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{chart: c}
	r.build()
	return r
}

type chartRenderer struct {
	chart   *scoreChart
	objects []fyne.CanvasObject
	size    fyne.Size
}

func (r *chartRenderer) build() {
	r.objects = r.objects[:0]
	size := r.size
	if size.Width == 0 {
		return
	}
	fg := theme.Color(theme.ColorNameForeground)
	grid := theme.Color(theme.ColorNameDisabled)
	accent := theme.Color(theme.ColorNamePrimary)
	textSize := theme.TextSize()
	left, bottom, top := textSize*3.2, textSize*1.8, textSize*0.8
	plotW, plotH := size.Width-left-textSize, size.Height-bottom-top
	y := func(v float64) float32 { return top + plotH*float32(1-v/100) }
	pts := r.chart.points
	if len(pts) == 0 {
		// no grid: the message alone (a grid line once ran through it)
		t := canvas.NewText(lang.X("stats.no_scores", "Chưa có bài làm nào. Hãy tự kiểm tra hoặc thi thử."), fg)
		t.TextSize = textSize
		t.Move(fyne.NewPos(textSize, top+plotH/2-textSize))
		r.objects = append(r.objects, t)
		return
	}
	for _, v := range []float64{0, 50, 100} {
		l := canvas.NewLine(grid)
		l.StrokeWidth = 1
		l.Position1, l.Position2 = fyne.NewPos(left, y(v)), fyne.NewPos(left+plotW, y(v))
		t := canvas.NewText(fmt.Sprintf("%d%%", int(v)), fg)
		t.TextSize = textSize * 0.85
		t.Move(fyne.NewPos(0, y(v)-textSize*0.6))
		r.objects = append(r.objects, l, t)
	}
	x := func(i int) float32 {
		if len(pts) == 1 {
			return left + plotW/2
		}
		return left + plotW*float32(i)/float32(len(pts)-1)
	}
	for i := 1; i < len(pts); i++ {
		l := canvas.NewLine(accent)
		l.StrokeWidth = 3
		l.Position1, l.Position2 = fyne.NewPos(x(i-1), y(pts[i-1].value)), fyne.NewPos(x(i), y(pts[i].value))
		r.objects = append(r.objects, l)
	}
	step := max(1, len(pts)/8)
	for i, p := range pts {
		d := float32(textSize * 0.7)
		dot := canvas.NewCircle(accent)
		if !p.exam {
			dot.FillColor = theme.Color(theme.ColorNameBackground)
			dot.StrokeColor, dot.StrokeWidth = accent, 2
		}
		dot.Resize(fyne.NewSize(d, d))
		dot.Move(fyne.NewPos(x(i)-d/2, y(p.value)-d/2))
		r.objects = append(r.objects, dot)
		if i%step == 0 || i == len(pts)-1 {
			t := canvas.NewText(p.label, fg)
			t.TextSize = textSize * 0.8
			t.Move(fyne.NewPos(x(i)-textSize, top+plotH+textSize*0.3))
			r.objects = append(r.objects, t)
		}
	}
}

func (r *chartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.build()
}
func (r *chartRenderer) MinSize() fyne.Size           { return r.chart.MinSize() }
func (r *chartRenderer) Refresh()                     { r.build(); canvas.Refresh(r.chart) }
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *chartRenderer) Destroy()                     {}
