package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// tabsFit lays out a set of tabs (the places on the left, Ôn tập's tabs
// along the top) so that every tab stays in view: when the tabs with
// their icons and names do not fit, they drop the icons, and when the
// names alone do not fit either (or would take the room of the text),
// they show icons only; on the left, names are shown only when every
// place's content still fits beside them. Fyne would otherwise hide the tabs that do not
// fit in its "⋮" menu, where a cadre does not look for them: at the
// largest text on a 600 px screen two places went there.
type tabsFit struct {
	tabs     *container.AppTabs
	vertical bool
	names    []string
	icons    []fyne.Resource
	level    int // fitFull, fitNames or fitIcons

	measured float32    // the text size the sizes were measured at
	need     [3]float32 // the tabs' total height (vertical) or width, per level
	width    [3]float32 // a vertical bar's width, per level
}

const (
	fitFull  = iota // icon and name
	fitNames        // the name only
	fitIcons        // the icon only
)

func newTabsFit(tabs *container.AppTabs, vertical bool) *tabsFit {
	f := &tabsFit{tabs: tabs, vertical: vertical}
	for _, it := range tabs.Items {
		f.names = append(f.names, it.Text)
		f.icons = append(f.icons, it.Icon)
	}
	return f
}

func (f *tabsFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (f *tabsFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.measure()
	var room float32 // the widest place's content, for a vertical bar
	if f.vertical {
		for _, it := range f.tabs.Items {
			c := it.Content
			if sc, ok := c.(*container.Scroll); ok {
				c = sc.Content
			}
			room = max(room, c.MinSize().Width)
		}
	}
	level := fitIcons
	for l := fitFull; l < fitIcons; l++ {
		if f.vertical && size.Height >= f.need[l] && size.Width-f.width[l] >= room ||
			!f.vertical && size.Width >= f.need[l] {
			level = l
			break
		}
	}
	if level != f.level {
		f.level = level
		for i, it := range f.tabs.Items {
			it.Text, it.Icon = f.show(i, level)
		}
		f.tabs.Refresh()
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// show is what tab i shows at level.
func (f *tabsFit) show(i, level int) (string, fyne.Resource) {
	switch level {
	case fitNames:
		return f.names[i], nil
	case fitIcons:
		return "", f.icons[i]
	}
	return f.names[i], f.icons[i]
}

// measure finds, once per text size, what the tabs need at each level:
// each tab alone in a throwaway tab bar tells its size.
func (f *tabsFit) measure() {
	ts := theme.TextSize()
	if f.measured == ts {
		return
	}
	f.measured = ts
	loc := container.TabLocationTop
	if f.vertical {
		loc = container.TabLocationLeading
	}
	for l := range f.need {
		f.need[l], f.width[l] = 0, 0
		for i := range f.names {
			text, icon := f.show(i, l)
			probe := container.NewAppTabs(container.NewTabItemWithIcon(text, icon, container.NewStack()))
			probe.SetTabLocation(loc)
			m := probe.MinSize()
			if f.vertical {
				f.need[l] += m.Height
				f.width[l] = max(f.width[l], m.Width)
			} else {
				f.need[l] += m.Width + theme.Padding()
			}
		}
		if !f.vertical {
			// room for Fyne's overflow button, which it keeps in sight
			f.need[l] += theme.IconInlineSize() + 2*theme.Padding()
		}
	}
}
