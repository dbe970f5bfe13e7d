package ui

import (
	"testing"

	"fyne.io/fyne/v2"
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
