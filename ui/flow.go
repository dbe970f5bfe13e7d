package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowBox lays its objects out left to right and wraps them onto the next
// row when the row is full, as words wrap: a toolbar of five buttons at
// the largest text on a 1024 px screen takes two rows instead of running
// off the edge. Its minimum width is its widest object; its height is what
// the rows take at the width it was last given.
type flowBox struct {
	widget.BaseWidget
	objects []fyne.CanvasObject
	width   float32 // the width of the last layout
}

func newFlowBox(objects ...fyne.CanvasObject) *flowBox {
	f := &flowBox{objects: objects}
	f.ExtendBaseWidget(f)
	return f
}

func (f *flowBox) CreateRenderer() fyne.WidgetRenderer { return &flowRenderer{f: f} }

type flowRenderer struct{ f *flowBox }

func (r *flowRenderer) Destroy()                     {}
func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.f.objects }
func (r *flowRenderer) Refresh() {
	for _, o := range r.f.objects {
		o.Refresh()
	}
}

// rows places the visible objects at width w and returns the height.
func (r *flowRenderer) rows(w float32, place bool) float32 {
	pad := theme.Padding()
	x, y, rowH := float32(0), float32(0), float32(0)
	for _, o := range r.f.objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > w {
			x, y = 0, y+rowH+pad
			rowH = 0
		}
		if place {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + pad
		rowH = max(rowH, m.Height)
	}
	return y + rowH
}

func (r *flowRenderer) Layout(size fyne.Size) {
	r.rows(size.Width, true)
	if size.Width != r.f.width {
		r.f.width = size.Width
		r.f.Refresh() // the height may change with the width: ask for it again
	}
}

func (r *flowRenderer) MinSize() fyne.Size {
	widest := float32(0)
	for _, o := range r.f.objects {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	w := r.f.width
	if w < widest {
		w = widest
	}
	if r.f.width == 0 {
		w = 1 << 20 // not laid out yet: one row
	}
	return fyne.NewSize(widest, r.rows(w, false))
}

// border is container.NewBorder with its objects in reading order (top,
// left, centre, right, bottom): Tab moves through a container's objects
// in their order, and NewBorder puts the centre first, so Tab went to the
// library's list before its toolbar and to a form's buttons last-first.
func border(top, bottom, left, right fyne.CanvasObject, center ...fyne.CanvasObject) *fyne.Container {
	var objs []fyne.CanvasObject
	for _, o := range []fyne.CanvasObject{top, left} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	objs = append(objs, center...)
	for _, o := range []fyne.CanvasObject{right, bottom} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, left, right), objs...)
}
