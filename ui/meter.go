package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// meter is a progress bar whose empty part looks empty: Fyne's draws its
// track in the primary colour at half strength, so with Sổ tay's red a
// bar at 0 % looked full. The track here is the neutral input background,
// the filled part the primary colour, the text (if any) on top.
type meter struct {
	widget.BaseWidget
	value float64 // 0…1
	text  string
}

func newMeter() *meter {
	m := &meter{}
	m.ExtendBaseWidget(m)
	return m
}

// SetValue shows v (0…1) with text over the bar ("" for none).
func (m *meter) SetValue(v float64, text string) {
	m.value, m.text = min(max(v, 0), 1), text
	m.Refresh()
}

func (m *meter) CreateRenderer() fyne.WidgetRenderer {
	r := &meterRenderer{m: m, track: canvas.NewRectangle(color.Transparent), fill: canvas.NewRectangle(color.Transparent),
		label: canvas.NewText("", color.Black)}
	r.label.Alignment = fyne.TextAlignCenter
	r.Refresh()
	return r
}

type meterRenderer struct {
	m           *meter
	track, fill *canvas.Rectangle
	label       *canvas.Text
	lastSize    fyne.Size
}

func (r *meterRenderer) Destroy() {}

func (r *meterRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.fill, r.label}
}

func (r *meterRenderer) Layout(size fyne.Size) {
	r.lastSize = size
	r.track.Resize(size)
	r.track.Move(fyne.NewPos(0, 0))
	r.fill.Move(fyne.NewPos(0, 0))
	r.fill.Resize(fyne.NewSize(float32(r.m.value)*size.Width, size.Height))
	h := r.label.MinSize().Height
	r.label.Resize(fyne.NewSize(size.Width, h))
	r.label.Move(fyne.NewPos(0, (size.Height-h)/2)) // centred
}

func (r *meterRenderer) MinSize() fyne.Size {
	h := theme.TextSize() + 2*theme.InnerPadding()
	if r.m.text == "" {
		h = theme.InnerPadding()
	}
	return fyne.NewSize(theme.TextSize()*4, h)
}

func (r *meterRenderer) Refresh() {
	r.track.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.track.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	r.track.StrokeWidth = 1
	r.track.CornerRadius = theme.InputRadiusSize()
	// a tint of the accent, so the text reads the same over the filled
	// and the empty part (over the full colour it did not, in both themes)
	fill := color.NRGBAModel.Convert(theme.Color(theme.ColorNamePrimary)).(color.NRGBA)
	fill.A = 0x30
	r.fill.FillColor = fill
	r.fill.CornerRadius = theme.InputRadiusSize()
	r.label.Text = r.m.text
	r.label.TextSize = theme.TextSize()
	r.label.Color = theme.Color(theme.ColorNameForeground)
	r.Layout(r.lastSize)
	r.track.Refresh()
	r.fill.Refresh()
	r.label.Refresh()
}
