package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A bar at 0 % looks empty: its track is not the primary colour (Fyne's
// track is the primary red at half strength, so an empty bar looked full).
func TestMeterAtZeroLooksEmpty(t *testing.T) {
	test.NewTempApp(t)
	m := newMeter()
	m.Resize(fyne.NewSize(300, 20))
	m.SetValue(0, "")
	objs := test.WidgetRenderer(m).Objects()
	track, fill := objs[0].(*canvas.Rectangle), objs[1].(*canvas.Rectangle)
	if fill.Size().Width != 0 {
		t.Errorf("fill %v at 0 %%", fill.Size())
	}
	if track.FillColor == theme.Color(theme.ColorNamePrimary) || luminance(track.FillColor) < 0.05 && luminance(theme.Color(theme.ColorNameBackground)) > 0.5 {
		t.Errorf("the track looks filled: %v", track.FillColor)
	}
	m.SetValue(0.5, "50%")
	if w := fill.Size().Width; w < 149 || w > 151 {
		t.Errorf("fill %v at 50 %%", w)
	}
}
