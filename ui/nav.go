package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// navFit lays out the navigation (the places' tabs on the left) and
// shrinks it to icons when the window is too short to show every place
// with its name, or so narrow that the names would take the room of the
// text: at the largest text on a 600 px screen Fyne would otherwise hide
// two places in its "⋮" menu.
type navFit struct {
	s         *Shell
	names     []string // the places' names, shown when there is room
	iconsOnly bool
	measured  float32 // the text size tabH was measured at
	tabH      float32 // one place's height with its name
	tabW      float32 // the navigation's width with the names
}

func (n *navFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (n *navFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n.measure()
	want := size.Height < float32(len(n.names))*n.tabH || size.Width-n.tabW < 720
	if want != n.iconsOnly {
		n.iconsOnly = want
		for i, it := range n.s.tabs.Items {
			if want {
				it.Text = ""
			} else {
				it.Text = n.names[i]
			}
		}
		n.s.tabs.Refresh()
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// measure finds, once per text size, how tall one place is with its name
// (a throwaway tab bar holding the place with the longest name) and how
// wide the navigation is.
func (n *navFit) measure() {
	ts := theme.TextSize()
	if n.measured == ts {
		return
	}
	n.measured = ts
	n.tabH, n.tabW = 0, 0
	for i, name := range n.names {
		probe := container.NewAppTabs(container.NewTabItemWithIcon(name, n.s.tabs.Items[i].Icon, container.NewStack()))
		probe.SetTabLocation(container.TabLocationLeading)
		m := probe.MinSize()
		n.tabH = max(n.tabH, m.Height)
		n.tabW = max(n.tabW, m.Width)
	}
}

// placeName is the name of a place, shown or not.
func (s *Shell) placeName(i int) string {
	if s.nav != nil && i < len(s.nav.names) {
		return s.nav.names[i]
	}
	return s.tabs.Items[i].Text
}
