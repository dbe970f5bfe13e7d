package ui

import (
	"math"
	"sort"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The docView's mouse and keyboard: selecting, scrolling, the
// right-click menu, copying, the keys a reader uses.

// offsetAt is the global offset under pos (a position in the view).
func (d *docView) offsetAt(pos fyne.Position) int {
	if len(d.paras) == 0 {
		return 0
	}
	best, bestY := -1, float32(0)
	var bestLine docLine
	d.visit(func(i int, l docLine, y float32) {
		if best < 0 || y <= pos.Y {
			best, bestY, bestLine = i, y, l
		}
	})
	_ = bestY
	if best < 0 {
		return d.topOffset()
	}
	p := d.paras[best]
	if p.kind.decor() {
		return p.start
	}
	x := pos.X - d.lineX(best, bestLine)
	rs := p.runes[bestLine.from:bestLine.to]
	// the rune boundary nearest x, by bisection on measured prefixes
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.measure(rs[:mid], p.kind)-d.measure(rs[mid-1:mid], p.kind)/2 <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return p.start + bestLine.from + lo
}

// linkAt is the document a related-document line under pos opens, 0 if
// none is there.
func (d *docView) linkAt(pos fyne.Position) int64 {
	var link int64
	d.visit(func(i int, l docLine, y float32) {
		p := d.paras[i]
		if p.kind == paraLink && pos.Y >= y && pos.Y < y+d.lineHeight(p.kind) {
			link = p.link
		}
	})
	return link
}

// selection is the selected range, ordered; from == to: none.
func (d *docView) selection() (from, to int) {
	return min(d.anchor, d.caret), max(d.anchor, d.caret)
}

// selectedText is the selected text, paragraphs on their own lines.
func (d *docView) selectedText() string {
	from, to := d.selection()
	return d.textRange(from, to)
}

// textRange is the text of [from, to), paragraphs on their own lines.
func (d *docView) textRange(from, to int) string {
	if from >= to {
		return ""
	}
	var out []rune
	for i := d.paraAt(from); i >= 0 && i < len(d.paras) && d.paras[i].start < to; i++ {
		p := d.paras[i]
		if p.kind.decor() {
			continue
		}
		a, b := max(from-p.start, 0), min(to-p.start, len(p.runes))
		if a >= b {
			continue
		}
		if len(out) > 0 {
			out = append(out, '\n')
		}
		out = append(out, p.runes[a:b]...)
	}
	return string(out)
}

// selectWord selects the word around global offset off; selectPara its
// paragraph.
func (d *docView) selectWord(off int) {
	i := d.paraAt(off)
	if i < 0 || d.paras[i].kind.decor() {
		return
	}
	p := d.paras[i]
	rs := p.runes
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/' }
	at := max(0, min(off-p.start, len(rs)))
	// between words (a space, a colon): the word just before, else the next
	if (at == len(rs) || !isWord(rs[at])) && at > 0 && isWord(rs[at-1]) {
		at--
	}
	for at < len(rs) && !isWord(rs[at]) {
		at++
	}
	a, b := at, at
	for a > 0 && isWord(rs[a-1]) {
		a--
	}
	for b < len(rs) && isWord(rs[b]) {
		b++
	}
	d.anchor, d.caret = p.start+a, p.start+b
}

func (d *docView) selectPara(off int) {
	if i := d.paraAt(off); i >= 0 {
		d.anchor, d.caret = d.paras[i].start, d.paras[i].start+len(d.paras[i].runes)
	}
}

func (d *docView) MouseDown(ev *desktop.MouseEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(d); c != nil {
		c.Focus(d)
	}
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	if ev.Position.X >= d.Size().Width-docBarW-2 {
		d.thumbing = true
		d.thumbTo(ev.Position.Y)
		return
	}
	now := time.Now()
	near := math.Abs(float64(ev.Position.X-d.downPos.X)) < 6 && math.Abs(float64(ev.Position.Y-d.downPos.Y)) < 6
	if now.Sub(d.downAt) < 450*time.Millisecond && near {
		d.clicks++
	} else {
		d.clicks = 1
	}
	d.downAt, d.downPos = now, ev.Position
	if link := d.linkAt(ev.Position); link != 0 && d.onLink != nil {
		d.onLink(link)
		return
	}
	off := d.offsetAt(ev.Position)
	switch {
	case d.clicks == 2:
		d.selectWord(off)
	case d.clicks >= 3:
		d.selectPara(off)
	case ev.Modifier&fyne.KeyModifierShift != 0 || d.shift:
		d.caret = off
	default:
		d.anchor, d.caret = off, off
	}
	d.Refresh()
}

func (d *docView) MouseUp(*desktop.MouseEvent) {}

func (d *docView) Dragged(ev *fyne.DragEvent) {
	if d.thumbing {
		d.thumbTo(ev.Position.Y)
		return
	}
	if d.clicks >= 2 {
		return // a word or paragraph selected: a slip of the hand keeps it
	}
	switch {
	case ev.Position.Y < 0:
		d.scrollBy(ev.Position.Y)
	case ev.Position.Y > d.Size().Height:
		d.scrollBy(ev.Position.Y - d.Size().Height)
	}
	d.caret = d.offsetAt(ev.Position)
	d.Refresh()
}

func (d *docView) DragEnd() { d.thumbing = false }

// thumbTo moves the view so that the scroll bar's thumb is at y.
func (d *docView) thumbTo(y float32) {
	est := d.estimates()
	if len(d.paras) == 0 {
		return
	}
	frac := max(0, min(1, y/max(d.Size().Height, 1)))
	target := frac * max(0, est[len(d.paras)]-d.Size().Height)
	i := sort.Search(len(d.paras), func(i int) bool { return est[i+1] > target })
	if i >= len(d.paras) {
		i = len(d.paras) - 1
	}
	d.top, d.topOff = i, 0
	d.scrollBy(0)
}

func (d *docView) TappedSecondary(ev *fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(d); c != nil {
		c.Focus(d)
	}
	off := d.offsetAt(ev.Position)
	if from, to := d.selection(); from == to || off < from || off > to {
		d.selectWord(off)
		d.Refresh()
	}
	if d.onMenu != nil {
		d.onMenu(ev.AbsolutePosition, off)
	}
}

func (d *docView) Scrolled(ev *fyne.ScrollEvent) { d.scrollBy(-ev.Scrolled.DY) }

func (d *docView) FocusGained() { d.focused = true; d.Refresh() }

func (d *docView) FocusLost() { d.focused = false; d.shift = false; d.Refresh() }

func (d *docView) TypedRune(r rune) {
	if r == ' ' {
		d.page(!d.shift)
	}
}

// page moves a screenful down (or up), keeping a line in sight.
func (d *docView) page(down bool) {
	step := d.Size().Height - d.lineHeight(paraText)*1.5
	if !down {
		step = -step
	}
	d.scrollBy(step)
}

func (d *docView) TypedKey(ev *fyne.KeyEvent) {
	line := d.lineHeight(paraText)
	switch ev.Name {
	case fyne.KeyPageDown:
		d.page(true)
	case fyne.KeyPageUp:
		d.page(false)
	case fyne.KeyDown:
		if d.shift {
			d.moveCaretLine(1)
			return
		}
		d.scrollBy(line)
	case fyne.KeyUp:
		if d.shift {
			d.moveCaretLine(-1)
			return
		}
		d.scrollBy(-line)
	case fyne.KeyRight, fyne.KeyLeft:
		if d.shift {
			if ev.Name == fyne.KeyRight {
				d.caret = min(d.caret+1, d.end())
			} else {
				d.caret = max(d.caret-1, 0)
			}
			d.Refresh()
		}
	case fyne.KeyHome:
		d.top, d.topOff = 0, 0
		d.moved()
	case fyne.KeyEnd:
		d.top, d.topOff = max(0, len(d.paras)-1), 0
		d.scrollBy(0)
	default:
		if d.passKey != nil {
			d.passKey(ev)
		}
	}
}

// moveCaretLine moves the selection's end a line down (or up), starting
// the selection at the top of the view if there is none.
func (d *docView) moveCaretLine(dir int) {
	if d.anchor == d.caret {
		d.anchor = d.topOffset()
		d.caret = d.anchor
	}
	i := d.paraAt(d.caret)
	if i < 0 {
		return
	}
	p := d.paras[i]
	lines := d.wrap(i)
	rel := d.caret - p.start
	for li, l := range lines {
		if rel >= l.from && (rel < l.to || li == len(lines)-1) {
			col := rel - l.from
			switch {
			case dir > 0 && li+1 < len(lines):
				n := lines[li+1]
				d.caret = p.start + min(n.from+col, n.to)
			case dir > 0 && i+1 < len(d.paras):
				n := d.paras[i+1]
				d.caret = n.start + min(col, len(n.runes))
			case dir < 0 && li > 0:
				n := lines[li-1]
				d.caret = p.start + min(n.from+col, n.to)
			case dir < 0 && i > 0:
				n := d.paras[i-1]
				d.caret = n.start + min(col, len(n.runes))
			}
			break
		}
	}
	d.Refresh()
}

// KeyDown and KeyUp follow Shift, for Shift+arrows and Shift+Space.
func (d *docView) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		d.shift = true
	}
}

func (d *docView) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		d.shift = false
	}
}

func (d *docView) TypedShortcut(s fyne.Shortcut) {
	switch sc := s.(type) {
	case *fyne.ShortcutCopy:
		if d.onCopy != nil {
			d.onCopy(false)
		}
	case *fyne.ShortcutSelectAll:
		d.anchor, d.caret = 0, d.end()
		d.Refresh()
	case *desktop.CustomShortcut:
		switch {
		case sc.KeyName == fyne.KeyC && sc.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift:
			if d.onCopy != nil {
				d.onCopy(true)
			}
		case d.onZoom != nil && sc.Modifier == fyne.KeyModifierShortcutDefault && (sc.KeyName == fyne.KeyEqual || sc.KeyName == fyne.KeyPlus):
			d.onZoom(1)
		case d.onZoom != nil && sc.Modifier == fyne.KeyModifierShortcutDefault && sc.KeyName == fyne.KeyMinus:
			d.onZoom(-1)
		case d.onZoom != nil && sc.Modifier == fyne.KeyModifierShortcutDefault && sc.KeyName == fyne.Key0:
			d.onZoom(0)
		case sc.KeyName == fyne.KeyHome:
			d.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
		case sc.KeyName == fyne.KeyEnd:
			d.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
		default:
			// the window's shortcuts (Ctrl+F, Ctrl+M, …) go on to it
			if c, ok := fyne.CurrentApp().Driver().CanvasForObject(d).(fyne.Shortcutable); ok {
				c.TypedShortcut(sc)
			}
		}
	}
}
