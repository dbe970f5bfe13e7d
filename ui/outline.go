package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library"
)

// outlinePanel is the reader's table of contents: the document's headings
// (Chương, Điều, I., 1., a)) indented by level; tapping one scrolls the
// text to it. It stays hidden until asked for (Mục lục).
type outlinePanel struct {
	toggle *widget.Button
	panel  *fyne.Container
	list   *widget.List
	items  []library.Section
	cur    int // the heading the reader is in, shown in bold; -1 none
}

func newOutlinePanel(jump func(library.Section)) *outlinePanel {
	o := &outlinePanel{cur: -1}
	o.list = widget.NewList(func() int { return len(o.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, c fyne.CanvasObject) {
			s := o.items[i]
			text := strings.Repeat("   ", s.Level-1) + strings.TrimSpace(s.Label+" "+s.Heading)
			l := c.(*widget.Label)
			l.TextStyle.Bold = i == o.cur
			if i == o.cur {
				text = "▸ " + strings.TrimLeft(text, " ")
			}
			l.SetText(text)
		})
	o.list.OnSelected = func(i widget.ListItemID) {
		jump(o.items[i])
		o.list.UnselectAll()
	}
	head := widget.NewLabelWithStyle(lang.X("reader.outline", "Mục lục"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	width := canvas.NewRectangle(color.Transparent) // the panel's width: about 18 characters of text
	width.SetMinSize(fyne.NewSize(16*theme.TextSize(), 0))
	o.panel = border(container.NewVBox(head, width), nil, nil, widget.NewSeparator(), o.list)
	o.panel.Hide()
	o.toggle = widget.NewButtonWithIcon(withKey(lang.X("reader.outline", "Mục lục"), "Ctrl+M"), theme.ListIcon(), func() {
		if o.panel.Visible() {
			o.panel.Hide()
		} else {
			o.panel.Show()
			if o.cur >= 0 {
				o.list.ScrollTo(o.cur) // where the reader is, marked ▸
			}
		}
	})
	o.toggle.Importance = widget.LowImportance
	o.toggle.Disable()
	return o
}

// follow shows the heading the reader is in, i (-1: none), and keeps it
// in sight in the panel.
func (o *outlinePanel) follow(i int) {
	if i == o.cur {
		return
	}
	o.cur = i
	o.list.Refresh()
	if i >= 0 && o.panel.Visible() {
		o.list.ScrollTo(i)
	}
}

// set shows a new document's outline (the panel keeps its open/closed state).
func (o *outlinePanel) set(items []library.Section) {
	o.items, o.cur = items, -1
	o.list.Refresh()
	if len(items) == 0 {
		o.toggle.Disable()
		o.panel.Hide()
	} else {
		o.toggle.Enable()
	}
}

// jumpTo scrolls the text to a heading, with it at the top.
func (r *Reader) jumpTo(s library.Section) {
	if s.Page < 1 || s.Page > len(r.pageAt) {
		return
	}
	r.view.scrollTo(r.pageAt[s.Page-1]+s.Offset, 0)
}
