package ui

import (
	"image/color"
	"math"
	"sort"
	"time"

	"fyne.io/fyne/v2"
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
	bookmarks     []int   // offsets marked with a bookmark: a tab in the margin
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

	onScroll func()                          // the view moved (outline, page, progress follow)
	onMenu   func(at fyne.Position, off int) // right click, at an absolute position, over global offset off
	onCopy   func(cite bool)                 // Ctrl+C, Ctrl+Shift+C
	passKey  func(*fyne.KeyEvent)            // keys the view does not use (F3, Esc) go on to the window
	onZoom   func(step int)                  // Ctrl+= (+1), Ctrl+- (-1), Ctrl+0 (0)
	onLink   func(id int64)                  // a related document's line was clicked
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
	hint  bool  // a hint for the screen, not printed
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
	d.marks, d.cur, d.bookmarks = nil, docMark{}, nil
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
		if d.size() != d.wrapSize {
			d.words = map[string]float32{} // widths at the old size made lines run off the edge
		}
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

// --- events

func (d *docView) Resize(s fyne.Size) {
	if s == d.Size() {
		return
	}
	d.BaseWidget.Resize(s)
	if len(d.paras) > 0 {
		d.clampEnd()
	}
}
