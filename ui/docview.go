package ui

import (
	"image/color"
	"math"
	"sort"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// docView shows a long text and lets the reader select in it. Fyne's
// RichText cannot be selected, and one RichText per line of a 500-page
// document took seconds to build; docView keeps the paragraphs as runes,
// wraps and draws only the lines in sight (a canvas.Text per line, a
// rectangle behind each highlight, hit and the selection), and scrolls by
// paragraph and pixel. Positions are global rune offsets into the
// document's text with its pages joined by form feeds, the offsets of
// `sotayctl show --text` and of the notes.
type docView struct {
	widget.BaseWidget

	paras    []docPara
	textSize float32 // the body's text size; headings are bold, page numbers smaller

	top    int     // the first paragraph in sight
	topOff float32 // how far into it the view starts (px)

	anchor, caret int // the selection (global rune offsets); equal: none
	marks         []docMark
	cur           docMark // the current search hit, drawn more strongly

	// wrapping, for the current width and size
	wrapW, wrapSize float32
	wraps           [][]docLine
	words           map[string]float32
	est             []float32 // estimated top of each paragraph (px), and the total at the end
	estW, estSize   float32

	focused  bool
	shift    bool
	downAt   time.Time
	downPos  fyne.Position
	clicks   int
	thumbing bool // dragging the scroll bar

	onScroll func()                 // the view moved (outline, page, progress follow)
	onMenu   func(at fyne.Position, off int) // right click, at an absolute position, over global offset off
	onCopy   func(cite bool)        // Ctrl+C, Ctrl+Shift+C
	passKey  func(*fyne.KeyEvent)   // keys the view does not use (F3, Esc) go on to the window
	onZoom   func(step int)         // Ctrl+= (+1), Ctrl+- (-1), Ctrl+0 (0)
	onLink   func(id int64)         // a related document's line was clicked
}

type paraKind int

const (
	paraText paraKind = iota
	paraHeading
	paraPage  // "Trang 2" between pages
	paraTitle // the document's title, above its text
	paraMeta  // the facts under the title
	paraLink  // a related document, opened by a click
)

// decor reports paragraphs that are not the document's text: their
// offsets are those of the text that follows them.
func (k paraKind) decor() bool {
	return k == paraPage || k == paraTitle || k == paraMeta || k == paraLink
}

type docPara struct {
	runes []rune
	kind  paraKind
	page  int   // from 0
	start int   // global rune offset of the first rune
	link  int64 // paraLink: the document it opens
}

// docLine is one wrapped line: runes [from, to) of its paragraph.
type docLine struct{ from, to int }

// docMark is a coloured range: a highlight or a search hit.
type docMark struct {
	from, to int
	color    color.Color
}

func newDocView() *docView {
	d := &docView{words: map[string]float32{}}
	d.ExtendBaseWidget(d)
	return d
}

// setParas shows paras from the top, with no selection or marks.
func (d *docView) setParas(paras []docPara) {
	d.paras = paras
	d.top, d.topOff = 0, 0
	d.anchor, d.caret = 0, 0
	d.marks, d.cur = nil, docMark{}
	d.wraps, d.est = nil, nil
	d.Refresh()
}

// end is the global offset just after the last paragraph.
func (d *docView) end() int {
	if len(d.paras) == 0 {
		return 0
	}
	p := d.paras[len(d.paras)-1]
	return p.start + len(p.runes)
}

func (d *docView) size() float32 {
	if d.textSize > 0 {
		return d.textSize
	}
	return theme.TextSize()
}

func (d *docView) style(k paraKind) (float32, fyne.TextStyle) {
	switch k {
	case paraHeading:
		return d.size() * 1.08, fyne.TextStyle{Bold: true}
	case paraPage:
		return d.size() * 0.8, fyne.TextStyle{}
	case paraTitle:
		return d.size() * 1.3, fyne.TextStyle{Bold: true}
	case paraMeta:
		return d.size() * 0.9, fyne.TextStyle{}
	case paraLink:
		return d.size() * 0.9, fyne.TextStyle{Underline: true}
	}
	return d.size(), fyne.TextStyle{}
}

func (d *docView) lineHeight(k paraKind) float32 {
	s, _ := d.style(k)
	return float32(math.Ceil(float64(s * 1.45)))
}

func (d *docView) paraGap() float32 { return d.size() * 0.55 }

const docBarW = 10 // the scroll bar's width

// textArea is the x and width of the text: a comfortable line of about 48
// ems, centred, the whole width on a small window.
func (d *docView) textArea() (x, w float32) {
	pad := theme.Padding() * 2
	avail := d.Size().Width - 2*pad - docBarW
	w = min(avail, d.size()*34)
	return pad + (avail-w)/2, max(w, 40)
}

// measure is the width of s in paragraph kind k, words cached.
func (d *docView) measureWord(s string, k paraKind) float32 {
	key := s
	if k != paraText {
		key = string(rune('0'+k)) + s
	}
	if w, ok := d.words[key]; ok {
		return w
	}
	size, st := d.style(k)
	w := fyne.MeasureText(s, size, st).Width
	if len(d.words) > 50000 {
		d.words = map[string]float32{}
	}
	d.words[key] = w
	return w
}

func (d *docView) measure(rs []rune, k paraKind) float32 {
	size, st := d.style(k)
	return fyne.MeasureText(string(rs), size, st).Width
}

// wrap returns paragraph i's lines at the current width, computing them
// once: greedy, by words (a word wider than the line is cut).
func (d *docView) wrap(i int) []docLine {
	_, w := d.textArea()
	if w != d.wrapW || d.size() != d.wrapSize || len(d.wraps) != len(d.paras) {
		d.wrapW, d.wrapSize = w, d.size()
		d.wraps = make([][]docLine, len(d.paras))
	}
	if d.wraps[i] != nil {
		return d.wraps[i]
	}
	p := d.paras[i]
	var lines []docLine
	space := d.measureWord(" ", p.kind)
	from, x := 0, float32(0)
	rs := p.runes
	for j := 0; j < len(rs); {
		k := j
		for k < len(rs) && rs[k] != ' ' {
			k++
		}
		ww := d.measureWord(string(rs[j:k]), p.kind)
		if x > 0 && x+space+ww > w-2 {
			lines = append(lines, docLine{from, j})
			from, x = j, 0
		}
		if x == 0 && ww > w-2 { // a word wider than the line: cut it
			for j < k {
				n := j + 1
				for n < k && d.measure(rs[j:n+1], p.kind) <= w-2 {
					n++
				}
				if n < k {
					lines = append(lines, docLine{from, n})
					from, j = n, n
					continue
				}
				x = d.measure(rs[from:k], p.kind)
				j = k
			}
		} else {
			if x > 0 {
				x += space
			}
			x += ww
		}
		j = k
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
	}
	lines = append(lines, docLine{from, len(rs)})
	d.wraps[i] = lines
	return lines
}

func (d *docView) paraHeight(i int) float32 {
	return float32(len(d.wrap(i)))*d.lineHeight(d.paras[i].kind) + d.paraGap()
}

// estimates are the paragraphs' estimated tops, from their lengths: the
// scroll bar and a jump to a far place need no wrapping of what lies
// between.
func (d *docView) estimates() []float32 {
	_, w := d.textArea()
	if len(d.est) == len(d.paras)+1 && d.estW == w && d.estSize == d.size() {
		return d.est
	}
	d.estW, d.estSize = w, d.size()
	avg := d.measure(measureSample, paraText) / float32(len(measureSample))
	perLine := max(1, int(w/avg))
	d.est = make([]float32, len(d.paras)+1)
	y := float32(0)
	for i, p := range d.paras {
		d.est[i] = y
		lines := (len(p.runes) + perLine - 1) / perLine
		y += float32(max(1, lines))*d.lineHeight(p.kind) + d.paraGap()
	}
	d.est[len(d.paras)] = y
	return d.est
}

// measureSample is typical Vietnamese text, to estimate the width of a
// character.
var measureSample = []rune("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng về phát triển")

// fraction is how far through the text the view is, 0..1.
func (d *docView) fraction() float32 {
	if len(d.paras) == 0 {
		return 0
	}
	est := d.estimates()
	total := est[len(d.paras)] - d.Size().Height
	if total <= 0 {
		return 0
	}
	h := d.paraHeight(d.top)
	within := (est[d.top+1] - est[d.top]) * d.topOff / max(h, 1)
	return max(0, min(1, (est[d.top]+within)/total))
}

// scrollBy moves the view dy pixels down (up when negative), stopping at
// either end.
func (d *docView) scrollBy(dy float32) {
	if len(d.paras) == 0 {
		return
	}
	d.topOff += dy
	for d.topOff < 0 && d.top > 0 {
		d.top--
		d.topOff += d.paraHeight(d.top)
	}
	if d.topOff < 0 {
		d.topOff = 0
	}
	for d.top < len(d.paras)-1 && d.topOff >= d.paraHeight(d.top) {
		d.topOff -= d.paraHeight(d.top)
		d.top++
	}
	d.clampEnd()
	d.moved()
}

// clampEnd keeps the last paragraph's end at the bottom of the view at
// most.
func (d *docView) clampEnd() {
	view := d.Size().Height
	below := -d.topOff
	for i := d.top; i < len(d.paras) && below < view; i++ {
		below += d.paraHeight(i)
	}
	if below >= view {
		return
	}
	// not enough text below: go back by the missing height
	missing := view - below
	d.topOff -= missing
	for d.topOff < 0 && d.top > 0 {
		d.top--
		d.topOff += d.paraHeight(d.top)
	}
	d.topOff = max(0, d.topOff)
}

func (d *docView) moved() {
	d.Refresh()
	if d.onScroll != nil {
		d.onScroll()
	}
}

// scrollTo brings global offset off into view, at frac of the view's
// height from the top (0: at the top).
func (d *docView) scrollTo(off int, frac float32) {
	i := d.paraAt(off)
	if i < 0 {
		return
	}
	d.top, d.topOff = i, 0
	lines := d.wrap(i)
	rel := off - d.paras[i].start
	for li, l := range lines {
		if rel >= l.from && (rel < l.to || li == len(lines)-1) {
			d.topOff = float32(li) * d.lineHeight(d.paras[i].kind)
			break
		}
	}
	d.scrollBy(-frac * d.Size().Height)
}

// paraAt is the paragraph holding global offset off (the nearest before
// it when off falls between paragraphs).
func (d *docView) paraAt(off int) int {
	if len(d.paras) == 0 {
		return -1
	}
	i := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].start > off }) - 1
	return max(0, i)
}

// topOffset is the global offset at the top of the view.
func (d *docView) topOffset() int {
	if len(d.paras) == 0 {
		return 0
	}
	p := d.paras[d.top]
	li := int(d.topOff / d.lineHeight(p.kind))
	lines := d.wrap(d.top)
	if li >= len(lines) {
		li = len(lines) - 1
	}
	return p.start + lines[li].from
}

// visit calls f for every line in sight, with its paragraph, line and
// top y.
func (d *docView) visit(f func(i int, l docLine, y float32)) {
	view := d.Size().Height
	y := -d.topOff
	for i := d.top; i < len(d.paras) && y < view; i++ {
		lh := d.lineHeight(d.paras[i].kind)
		for _, l := range d.wrap(i) {
			if y+lh > 0 && y < view {
				f(i, l, y)
			}
			y += lh
		}
		y += d.paraGap()
	}
}

// lineX is the x where line l of paragraph i starts (page numbers are
// centred).
func (d *docView) lineX(i int, l docLine) float32 {
	x, w := d.textArea()
	if d.paras[i].kind == paraPage {
		return x + (w-d.measure(d.paras[i].runes[l.from:l.to], paraPage))/2
	}
	return x
}

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

// --- events

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
func (d *docView) FocusLost()   { d.focused = false; d.shift = false; d.Refresh() }

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

func (d *docView) MinSize() fyne.Size {
	d.ExtendBaseWidget(d)
	return fyne.NewSize(d.size()*8, d.size()*4)
}

func (d *docView) Resize(s fyne.Size) {
	if s == d.Size() {
		return
	}
	d.BaseWidget.Resize(s)
	if len(d.paras) > 0 {
		d.clampEnd()
	}
}

func (d *docView) CreateRenderer() fyne.WidgetRenderer {
	return &docRenderer{d: d, bar: canvas.NewRectangle(color.Transparent), focus: canvas.NewRectangle(color.Transparent)}
}

// docRenderer draws the lines in sight from pools of texts and
// rectangles.
type docRenderer struct {
	d      *docView
	texts  []*canvas.Text
	rects  []*canvas.Rectangle
	bar    *canvas.Rectangle
	focus  *canvas.Rectangle
	objs   []fyne.CanvasObject
	nText  int
	nRect  int
	lastTh fyne.Theme
}

func (r *docRenderer) Destroy()                     {}
func (r *docRenderer) MinSize() fyne.Size           { return r.d.MinSize() }
func (r *docRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *docRenderer) Layout(fyne.Size)             { r.Refresh() }

func (r *docRenderer) text() *canvas.Text {
	if r.nText == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", color.Black))
	}
	t := r.texts[r.nText]
	r.nText++
	return t
}

func (r *docRenderer) rect() *canvas.Rectangle {
	if r.nRect == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	t := r.rects[r.nRect]
	r.nRect++
	return t
}

func (r *docRenderer) Refresh() {
	d := r.d
	th := d.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg := th.Color(theme.ColorNameForeground, v)
	faint := th.Color(theme.ColorNamePlaceHolder, v)
	selCol := th.Color(theme.ColorNameSelection, v)
	r.nText, r.nRect = 0, 0
	var back, front []fyne.CanvasObject
	from, to := d.selection()
	d.visit(func(i int, l docLine, y float32) {
		p := d.paras[i]
		x0 := d.lineX(i, l)
		lh := d.lineHeight(p.kind)
		a, b := p.start+l.from, p.start+l.to
		// rectangles behind: highlights and hits, then the selection
		cover := func(f, t int, c color.Color, sel bool) {
			f, t = max(f, a), min(t, b)
			more := sel && t == b && t < to // the selection goes on past this line
			if f > t || f == t && !more {
				return
			}
			xa := x0 + d.measure(p.runes[l.from:f-p.start], p.kind)
			xb := x0 + d.measure(p.runes[l.from:t-p.start], p.kind)
			if more {
				xb += d.size() * 0.3
			}
			rc := r.rect()
			rc.FillColor = c
			rc.Move(fyne.NewPos(xa, y))
			rc.Resize(fyne.NewSize(max(xb-xa, 1), lh))
			back = append(back, rc)
		}
		if p.kind.decor() {
			cover = func(int, int, color.Color, bool) {}
		}
		for _, m := range d.marks {
			if m.to > a && m.from < b {
				cover(m.from, m.to, m.color, false)
			}
		}
		if d.cur.to > d.cur.from && d.cur.to > a && d.cur.from < b {
			cover(d.cur.from, d.cur.to, d.cur.color, false)
		}
		if from < to && to > a && from <= b {
			cover(from, to, selCol, true)
		}
		t := r.text()
		size, st := d.style(p.kind)
		t.Text, t.TextSize, t.TextStyle, t.Color = string(p.runes[l.from:l.to]), size, st, fg
		switch p.kind {
		case paraPage, paraMeta:
			t.Color = faint
		case paraLink:
			t.Color = th.Color(theme.ColorNameHyperlink, v)
		}
		t.Move(fyne.NewPos(x0, y+(lh-size*1.3)/2))
		t.Resize(fyne.NewSize(d.measure(p.runes[l.from:l.to], p.kind), size*1.3))
		front = append(front, t)
	})
	// the scroll bar: a thumb where the view is
	if est := d.estimates(); len(d.paras) > 0 && est[len(d.paras)] > d.Size().Height {
		h := d.Size().Height
		th := max(h*h/est[len(d.paras)], 28)
		r.bar.FillColor = barColor(faint)
		r.bar.CornerRadius = docBarW / 2
		r.bar.Move(fyne.NewPos(d.Size().Width-docBarW-2, d.fraction()*(h-th)))
		r.bar.Resize(fyne.NewSize(docBarW, th))
		r.bar.Show()
	} else {
		r.bar.Hide()
	}
	// a thin frame says the text has the keyboard
	r.focus.StrokeWidth = 2
	r.focus.FillColor = color.Transparent
	if d.focused {
		r.focus.StrokeColor = th.Color(theme.ColorNameFocus, v)
	} else {
		r.focus.StrokeColor = color.Transparent
	}
	r.focus.Resize(d.Size())
	r.objs = append(append(append(back, front...), r.bar), r.focus)
	for _, o := range r.objs {
		o.Refresh()
	}
}

// barColor is the scroll bar's colour: the faint text colour, half
// transparent.
func barColor(c color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = 0x90
	return n
}
