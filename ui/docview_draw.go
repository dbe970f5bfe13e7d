package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Drawing the docView: the lines in sight from pools of texts and
// rectangles, highlights and the selection behind them, a scroll bar.

func (d *docView) MinSize() fyne.Size {
	d.ExtendBaseWidget(d)
	return fyne.NewSize(d.size()*8, d.size()*4)
}

func (d *docView) CreateRenderer() fyne.WidgetRenderer {
	return &docRenderer{d: d, bar: canvas.NewRectangle(color.Transparent), focus: canvas.NewRectangle(color.Transparent)}
}

// docRenderer draws the lines in sight from pools of texts and
// rectangles.
type docRenderer struct {
	d     *docView
	texts []*canvas.Text
	rects []*canvas.Rectangle
	bar   *canvas.Rectangle
	focus *canvas.Rectangle
	objs  []fyne.CanvasObject
	nText int
	nRect int
}

func (r *docRenderer) Destroy() {}

func (r *docRenderer) MinSize() fyne.Size { return r.d.MinSize() }

func (r *docRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *docRenderer) Layout(fyne.Size) { r.Refresh() }

func (r *docRenderer) text() *canvas.Text {
	if r.nText == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", color.Black))
	}
	t := r.texts[r.nText]
	r.nText++
	return t
}

func (r *docRenderer) rect() *canvas.Rectangle {
	if r.nRect == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	t := r.rects[r.nRect]
	r.nRect++
	return t
}

func (r *docRenderer) Refresh() {
	d := r.d
	th := d.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	faint := th.Color(theme.ColorNamePlaceHolder, v)
	selCol := th.Color(theme.ColorNameSelection, v)
	r.nText, r.nRect = 0, 0
	var back, front []fyne.CanvasObject
	from, to := d.selection()
	d.visit(func(i int, l docLine, y float32) {
		p := d.paras[i]
		x0 := d.lineX(i, l)
		lh := d.lineHeight(p.kind)
		a, b := p.start+l.from, p.start+l.to
		// rectangles behind: highlights and hits, then the selection
		cover := func(f, t int, c color.Color, sel bool) {
			f, t = max(f, a), min(t, b)
			more := sel && t == b && t < to // the selection goes on past this line
			if f > t || f == t && !more {
				return
			}
			xa := x0 + d.measure(p.runes[l.from:f-p.start], p.kind)
			xb := x0 + d.measure(p.runes[l.from:t-p.start], p.kind)
			if more {
				xb += d.size() * 0.3
			}
			rc := r.rect()
			rc.FillColor = c
			rc.Move(fyne.NewPos(xa, y))
			rc.Resize(fyne.NewSize(max(xb-xa, 1), lh))
			back = append(back, rc)
		}
		if p.kind.decor() {
			cover = func(int, int, color.Color, bool) {}
		}
		for _, m := range d.marks {
			if m.to > a && m.from < b {
				cover(m.from, m.to, m.color, false)
			}
		}
		for _, bm := range d.bookmarks {
			if bm >= a && (bm < b || bm == b && l.to == len(p.runes)) && !p.kind.decor() {
				tab := r.rect() // a bookmark: a tab in the margin beside its line
				tab.FillColor = th.Color(theme.ColorNamePrimary, v)
				tab.Move(fyne.NewPos(max(0, x0-theme.Padding()*2-4), y+lh*0.15))
				tab.Resize(fyne.NewSize(4, lh*0.7))
				back = append(back, tab)
			}
		}
		if d.cur.to > d.cur.from && d.cur.to > a && d.cur.from < b {
			cover(d.cur.from, d.cur.to, d.cur.color, false)
		}
		if from < to && to > a && from <= b {
			cover(from, to, selCol, true)
		}
		t := r.text()
		size, st := d.style(p.kind)
		t.Text, t.TextSize, t.TextStyle, t.Color = string(p.runes[l.from:l.to]), size, st, fg
		switch p.kind {
		case paraPage, paraMeta:
			t.Color = faint
		case paraLink:
			t.Color = th.Color(theme.ColorNameHyperlink, v)
		}
		t.Move(fyne.NewPos(x0, y+(lh-size*1.3)/2))
		t.Resize(fyne.NewSize(d.measure(p.runes[l.from:l.to], p.kind), size*1.3))
		front = append(front, t)
	})
	// the scroll bar: a thumb where the view is
	if est := d.estimates(); len(d.paras) > 0 && est[len(d.paras)] > d.Size().Height {
		h := d.Size().Height
		th := max(h*h/est[len(d.paras)], 28)
		r.bar.FillColor = barColor(faint)
		r.bar.CornerRadius = docBarW / 2
		r.bar.Move(fyne.NewPos(d.Size().Width-docBarW-2, d.fraction()*(h-th)))
		r.bar.Resize(fyne.NewSize(docBarW, th))
		r.bar.Show()
	} else {
		r.bar.Hide()
	}
	// a thin frame says the text has the keyboard
	r.focus.StrokeWidth = 2
	r.focus.FillColor = color.Transparent
	if d.focused {
		r.focus.StrokeColor = th.Color(theme.ColorNameFocus, v)
	} else {
		r.focus.StrokeColor = color.Transparent
	}
	r.focus.Resize(d.Size())
	r.objs = append(append(append(back, front...), r.bar), r.focus)
	for _, o := range r.objs {
		o.Refresh()
	}
}

// barColor is the scroll bar's colour: the faint text colour, half
// transparent.
func barColor(c color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0x90
	return n
}
