package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	qrcode "github.com/skip2/go-qrcode"

	"sotay/library/meeting"
	"sotay/library/quiz"
)

// The projector's colours: white on near-black, readable from the back of
// a room on a washed-out projector; one strong colour per option.
var (
	projBack  = color.NRGBA{0x12, 0x12, 0x12, 0xff}
	projText  = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	projDim   = color.NRGBA{0xbd, 0xbd, 0xbd, 0xff}
	projRight = color.NRGBA{0x43, 0xa0, 0x47, 0xff}
	projOpts  = []color.NRGBA{{0xc6, 0x28, 0x28, 0xff}, {0x15, 0x65, 0xc0, 0xff}, {0xef, 0x6c, 0x00, 0xff},
		{0x2e, 0x7d, 0x32, 0xff}, {0x6a, 0x1b, 0x9a, 0xff}, {0x00, 0x69, 0x5c, 0xff}}
)

// projector is the second window, shown on the projector: the lobby with
// the join address, QR code and code; a question with its countdown and
// answers received; the reveal with its chart, right answer, explanation
// and source; the leaderboard; the podium.
type projector struct {
	win  fyne.Window
	body *fyne.Container
	qr   fyne.Resource
	url  string
	code string
}

func newProjector(a fyne.App, title, url, code string, run *meetingRun) *projector {
	p := &projector{win: a.NewWindow(title), url: url, code: code}
	if png, err := qrcode.Encode(url, qrcode.Medium, 512); err == nil {
		p.qr = fyne.NewStaticResource("qr.png", png)
	}
	p.body = container.NewStack()
	p.win.SetContent(container.NewStack(canvas.NewRectangle(projBack), container.NewPadded(p.body)))
	p.win.Resize(fyne.NewSize(960, 540)) // 16:9 within a 1024×600 screen
	p.win.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) { run.key(e.Name) })
	return p
}

func (p *projector) close() { p.win.Close() }

// text is projector text: big, bold when asked, wrapped by the caller.
func text(s string, size float32, bold bool, c color.Color) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize, t.TextStyle = size, fyne.TextStyle{Bold: bold}
	return t
}

// wrapped is a paragraph of projector text: a label in the window's theme
// would be too small, so lines are broken by hand at about cols chars.
func wrapped(s string, size float32, bold bool, c color.Color, cols int) fyne.CanvasObject {
	var lines []fyne.CanvasObject
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && len([]rune(line))+1+len([]rune(w)) > cols {
				lines = append(lines, text(line, size, bold, c))
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		lines = append(lines, text(line, size, bold, c))
	}
	return container.NewVBox(lines...)
}

// render draws v.
func (p *projector) render(v meeting.View) {
	var content fyne.CanvasObject
	switch v.Phase {
	case meeting.Lobby:
		content = p.lobby(v)
	case meeting.Question:
		content = p.question(v)
	case meeting.Reveal:
		content = p.reveal(v)
	case meeting.Leaderboard:
		content = p.board(v, 8)
	default:
		content = p.podium(v)
	}
	p.body.Objects = []fyne.CanvasObject{content}
	p.body.Refresh()
}

func (p *projector) lobby(v meeting.View) fyne.CanvasObject {
	left := container.NewVBox(
		wrapped(v.Title, 40, true, projText, 34),
		text(lang.X("projector.join", "Mở trên điện thoại:"), 30, false, projDim),
		text(p.url, 40, true, projText),
		text(lang.X("projector.code", "Mã phiên:"), 30, false, projDim),
		text(spaced(p.code), 96, true, projText),
		text(lang.X("projector.joined", "Đã vào: {{.N}} người", map[string]any{"N": len(v.Members)}), 32, true, projRight),
		wrapped(names(v.Members, 24), 26, false, projText, 50),
	)
	if p.qr == nil {
		return left
	}
	img := canvas.NewImageFromResource(p.qr)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(380, 380))
	return border(nil, nil, nil, container.NewCenter(img), left)
}

func spaced(code string) string { return strings.Join(strings.Split(code, ""), " ") }

func names(ms []meeting.Member, n int) string {
	var out []string
	for _, m := range ms {
		if len(out) == n {
			out = append(out, fmt.Sprintf("… +%d", len(ms)-n))
			break
		}
		out = append(out, m.Name)
	}
	return strings.Join(out, " · ")
}

func (p *projector) question(v meeting.View) fyne.CanvasObject {
	secs := int(v.Left.Seconds() + 0.99)
	clock := text(fmt.Sprintf("%d", secs), 88, true, projText)
	if v.Paused {
		clock = text("II", 88, true, projDim)
	}
	top := border(nil, nil,
		text(lang.X("projector.question", "Câu {{.I}}/{{.T}}", map[string]any{"I": v.Index + 1, "T": v.Total}), 34, true, projDim),
		container.NewVBox(clock, text(lang.X("projector.answered", "{{.A}} đã trả lời", map[string]any{"A": v.Answered}), 28, false, projDim)))
	head := container.NewVBox(top, wrapped(v.Question, 44, true, projText, 42))
	if pics := viewPictures(v, 0, 900, 300); pics != nil {
		head.Add(container.NewCenter(pics))
	}
	return border(head, nil, nil, nil, p.options(v, nil))
}

// options are the coloured option boxes; with counts, a bar for each.
func (p *projector) options(v meeting.View, counts []int) fyne.CanvasObject {
	var cells []fyne.CanvasObject
	total := 0
	for _, c := range counts {
		total += c
	}
	for i, o := range v.Options {
		bg := projOpts[i%len(projOpts)]
		right := false
		for _, k := range v.Right {
			right = right || k == i
		}
		if counts != nil && !right {
			bg.A = 0x66 // wrong options fade at the reveal
		}
		label := fmt.Sprintf("%c. %s", 'A'+i, o)
		if counts != nil {
			label = fmt.Sprintf("%c. %s — %d", 'A'+i, o, counts[i])
			if right {
				label = "✓ " + label
			}
		}
		rect := canvas.NewRectangle(bg)
		rect.CornerRadius = 12
		var content fyne.CanvasObject = wrapped(label, 32, true, projText, 28)
		if pics := viewPictures(v, i+1, 420, 150); pics != nil {
			content = container.NewHBox(content, pics)
		}
		cell := container.NewStack(rect, container.NewPadded(content))
		if counts != nil {
			frac := 0.0
			if total > 0 {
				frac = float64(counts[i]) / float64(total)
			}
			bar := canvas.NewRectangle(projText)
			bar.SetMinSize(fyne.NewSize(float32(8+frac*400), 18))
			cell = border(nil, container.NewHBox(bar, layout.NewSpacer()), nil, nil, cell)
		}
		cells = append(cells, cell)
	}
	return container.NewGridWithColumns(2, cells...)
}

func (p *projector) reveal(v meeting.View) fyne.CanvasObject {
	var foot []fyne.CanvasObject
	if v.Explanation != "" {
		foot = append(foot, wrapped(v.Explanation, 28, false, projText, 60))
	}
	if v.Quote != "" {
		src := "“" + v.Quote + "”"
		if v.Document != "" {
			src += " — " + v.Document
		}
		foot = append(foot, wrapped(src, 24, false, projDim, 70))
	}
	head := container.NewVBox(text(lang.X("projector.reveal", "Đáp án câu {{.I}}", map[string]any{"I": v.Index + 1}), 34, true, projRight),
		wrapped(v.Question, 36, true, projText, 50))
	if pics := viewPictures(v, 0, 700, 200); pics != nil {
		head.Add(container.NewCenter(pics))
	}
	return border(head, container.NewVBox(foot...), nil, nil, p.options(v, v.Counts))
}

func (p *projector) board(v meeting.View, n int) fyne.CanvasObject {
	rows := []fyne.CanvasObject{text(lang.X("projector.board", "Bảng điểm"), 48, true, projText)}
	for i, s := range v.Ranking {
		if i == n {
			break
		}
		rows = append(rows, text(fmt.Sprintf("%d.  %s — %d", i+1, s.Name, s.Points), 36, i < 3, projText))
	}
	if len(v.Ranking) == 0 {
		rows = append(rows, text(lang.X("projector.no_scores", "Chưa có điểm"), 32, false, projDim))
	}
	if len(v.Teams) > 0 {
		teams := []fyne.CanvasObject{text(lang.X("projector.teams", "Các tổ"), 40, true, projText)}
		for i, s := range v.Teams {
			teams = append(teams, text(fmt.Sprintf("%d.  %s — %d", i+1, s.Name, s.Points), 34, i == 0, projText))
		}
		return container.NewGridWithColumns(2, container.NewVBox(rows...), container.NewVBox(teams...))
	}
	return container.NewVBox(rows...)
}

func (p *projector) podium(v meeting.View) fyne.CanvasObject {
	title := text(lang.X("projector.podium", "Kết quả chung cuộc"), 52, true, projText)
	heights := []float32{300, 220, 160}
	order := []int{1, 0, 2} // second, first, third
	var cols []fyne.CanvasObject
	for _, i := range order {
		if i >= len(v.Ranking) {
			cols = append(cols, layout.NewSpacer())
			continue
		}
		s := v.Ranking[i]
		block := canvas.NewRectangle(projOpts[i])
		block.SetMinSize(fyne.NewSize(220, heights[i]))
		cols = append(cols, container.NewVBox(layout.NewSpacer(),
			wrapped(s.Name, 34, true, projText, 14), text(lang.X("projector.points", "{{.N}} điểm", map[string]any{"N": s.Points}), 30, false, projDim),
			container.NewStack(block, container.NewCenter(text(fmt.Sprintf("%d", i+1), 80, true, projText)))))
	}
	podium := container.NewGridWithColumns(3, cols...)
	var teams fyne.CanvasObject = layout.NewSpacer()
	if len(v.Teams) > 0 {
		teams = text(lang.X("projector.best_team", "Tổ dẫn đầu: {{.T}} ({{.P}} điểm)", map[string]any{"T": v.Teams[0].Name, "P": v.Teams[0].Points}), 34, true, projRight)
	}
	return border(container.NewCenter(title), teams, nil, nil, podium)
}

// viewPictures are the current question's pictures of one part.
func viewPictures(v meeting.View, part int, maxW, maxH float32) fyne.CanvasObject {
	return pictures(&quiz.Question{Images: v.Images}, part, maxW, maxH)
}
