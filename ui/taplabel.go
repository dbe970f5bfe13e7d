package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// tapLabel is a wrapped label that does something when tapped: an
// option's text chooses the option, not only its small letter button.
type tapLabel struct {
	widget.Label
	onTap func()
}

func newTapLabel(text string, onTap func()) *tapLabel {
	l := &tapLabel{onTap: onTap}
	l.Text = text
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

func (l *tapLabel) Tapped(*fyne.PointEvent) {
	if l.onTap != nil {
		l.onTap()
	}
}

// tapArea makes any object (an option's picture) choose when tapped.
type tapArea struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

func newTapArea(content fyne.CanvasObject, onTap func()) *tapArea {
	a := &tapArea{content: content, onTap: onTap}
	a.ExtendBaseWidget(a)
	return a
}

func (a *tapArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(a.content) }

func (a *tapArea) Tapped(*fyne.PointEvent) {
	if a.onTap != nil {
		a.onTap()
	}
}

// withKey shows a button's keyboard shortcut in its label: Fyne has no
// tooltips, and an action should say how to reach it from the keyboard.
func withKey(label, key string) string { return label + " (" + key + ")" }

// newSelect is widget.NewSelect with its placeholder in the user's
// language (Fyne's "(Select one)" has no translation key).
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.X("select.placeholder", "(Chọn một mục)")
	return s
}
