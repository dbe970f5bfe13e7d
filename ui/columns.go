package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// columnsLayout lays out a library row or its header: the first column
// (the title) takes what the others leave. The other columns have a
// preferred and a smallest width in ems of the current text size, so they
// grow with the font; with large text on a small window they give up width
// until the title has half the row.
type columnsLayout struct {
	prefEm, minEm []float32 // columns 1..n
	titleMinEm    float32
}

// libraryColumns: title | kind | number | date (a date needs ~6 ems) |
// how far read ("45%", "✓").
var libraryColumns = &columnsLayout{
	prefEm:     []float32{8, 8.5, 8.5, 3.6},
	minEm:      []float32{4, 5.2, 6.8, 3.6}, // "Number", "Số hiệu" uncut
	titleMinEm: 10,
}

func (c *columnsLayout) widths(total float32) []float32 {
	em := theme.TextSize()
	pad := theme.Padding()
	n := len(c.prefEm)
	ws := make([]float32, n+1)
	var pref, least float32
	for i := range c.prefEm {
		pref += c.prefEm[i]*em + pad
		least += c.minEm[i]*em + pad
	}
	// How far to go from preferred towards smallest widths (0..1).
	squeeze := float32(0)
	if want := max(total/2, c.titleMinEm*em); total-pref < want && pref > least {
		squeeze = min(1, (want-(total-pref))/(pref-least))
	}
	others := float32(0)
	for i := range c.prefEm {
		ws[i+1] = (c.prefEm[i] - squeeze*(c.prefEm[i]-c.minEm[i])) * em
		others += ws[i+1] + pad
	}
	ws[0] = max(total-others, c.titleMinEm*em)
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

// MinSize is the title's smallest width plus the others' smallest widths.
func (c *columnsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	em, pad := theme.TextSize(), theme.Padding()
	w := c.titleMinEm * em
	for _, m := range c.minEm {
		w += m*em + pad
	}
	return fyne.NewSize(w, h)
}
