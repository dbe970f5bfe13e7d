package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// columnsLayout lays out a library row or its header: the first column
// takes what the fixed columns leave; fixed widths are in ems of the
// current text size, so they grow with the font.
type columnsLayout struct {
	fixedEm []float32 // widths of columns 1..n, in ems
}

// libraryColumns: title | kind | number | date.
var libraryColumns = &columnsLayout{fixedEm: []float32{8, 8.5, 8.5}}

func (c *columnsLayout) widths(total float32) []float32 {
	em := theme.TextSize()
	pad := theme.Padding()
	ws := make([]float32, len(c.fixedEm)+1)
	rest := total
	for i, f := range c.fixedEm {
		ws[i+1] = f * em
		rest -= ws[i+1] + pad
	}
	ws[0] = max(rest, 6*em)
	return ws
}

func (c *columnsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	ws := c.widths(size.Width)
	x := float32(0)
	for i, o := range objs {
		if i >= len(ws) {
			break
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(ws[i], size.Height))
		x += ws[i] + theme.Padding()
	}
}

func (c *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	ws := c.widths(0)
	w := float32(0)
	for _, x := range ws {
		w += x + theme.Padding()
	}
	return fyne.NewSize(w, h)
}

// readableLayout centres its single child at a comfortable reading width
// (about 48 ems), using the whole width on small windows.
type readableLayout struct{}

func (readableLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, 48*theme.TextSize())
	for _, o := range objs {
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (readableLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
