package pdftext

import (
	"math"
	"strings"
	"unicode/utf8"

	"sotay/internal/viet"
)

// pageText turns glyphs, in the order the content stream draws them, into
// lines of text. A glyph whose baseline is more than half a line away from
// the previous one starts a new line (so does a jump back along the line);
// a gap wider than a fraction of the font size is a space. Producers that
// place each line with Td inside one text object (Ghostscript), or each
// word separately (LibreOffice's justified text), come out the same.
type pageText struct {
	b       strings.Builder
	have    bool
	lx, ly  float64 // where the previous glyph ended
	sx, sy  float64 // where it started
	lsize   float64
	dx, dy  float64 // its writing direction (unit vector)
	space   bool    // the text written so far ends with a space or a line break
	legacy  []rune  // pending glyphs of a legacy-encoded font
	legFont *font
	// legRaw keeps, per font not yet confirmed as legacy, the bytes its
	// runs held, as evidence (doc.page decides and re-reads the page).
	legRaw map[*font]*strings.Builder
	glyphs int
	// unreadable counts glyphs of fonts whose codes cannot become text.
	unreadable     int
	unreadableFont string
	encUsed        map[viet.Encoding]bool
	// drawn remembers where each glyph was drawn, to drop the second copy
	// of text drawn twice in place (fake bold, a block repeated).
	drawn map[uint64]struct{}
	lines []line
	cur   line // geometry of the line being written
}

// line is a finished line of text with where it sits on the page.
type line struct {
	text      string
	x0, x1, y float64
	size      float64
	straight  bool // written left to right along the page's x axis
	started   bool
}

func (p *pageText) glyph(text string, f *font, x0, y0, x1, y1, size float64) {
	if size <= 0 || math.IsNaN(x0+y0+x1+y1+size) || math.IsInf(x0+y0+x1+y1+size, 0) {
		return
	}
	dx, dy := x1-x0, y1-y0
	if l := math.Hypot(dx, dy); l > 1e-9 {
		dx, dy = dx/l, dy/l
	} else if p.have {
		dx, dy = p.dx, p.dy
	} else {
		dx, dy = 1, 0
	}
	if p.have {
		ref := max(size, p.lsize)
		// distance across the line, from the previous glyph's start
		across := (x0-p.sx)*-p.dy + (y0-p.sy)*p.dx
		along := (x0-p.lx)*p.dx + (y0-p.ly)*p.dy
		switch {
		case math.Abs(across) > 0.5*ref || dx*p.dx+dy*p.dy < 0.9:
			p.breakLine()
		case along < -0.6*ref:
			p.breakLine()
		case along > 0.17*ref && !p.space:
			p.writeSpace()
		}
	}
	p.have = true
	if text != "" && strings.TrimSpace(text) != "" {
		c := &p.cur
		if !c.started {
			*c = line{x0: x0, y: y0, size: size, straight: dx > 0.99, started: true}
		}
		c.x1 = max(c.x1, x1)
		c.size = max(c.size, size)
		c.straight = c.straight && dx > 0.99
	}
	p.sx, p.sy, p.lx, p.ly, p.lsize, p.dx, p.dy = x0, y0, x1, y1, size, dx, dy
	if text == "" {
		return
	}
	p.glyphs++
	if f.legacy != viet.Unicode && !f.composite {
		if p.legFont != f {
			p.flushLegacy()
			p.legFont = f
		}
		p.legacy = append(p.legacy, []rune(text)...)
		p.space = false
		return
	}
	p.flushLegacy()
	if strings.TrimSpace(text) == "" {
		if !p.space {
			p.writeSpace()
		}
		return
	}
	p.b.WriteString(text)
	p.space = false
}

func (p *pageText) writeSpace() {
	p.flushLegacy()
	p.b.WriteByte(' ')
	p.space = true
}

func (p *pageText) breakLine() {
	p.flushLegacy()
	if t := strings.TrimSpace(p.b.String()); t != "" {
		p.cur.text = t
		p.lines = append(p.lines, p.cur)
	}
	p.b.Reset()
	p.cur = line{}
	p.space = true
}

// flushLegacy converts the pending run of a legacy font to Unicode.
func (p *pageText) flushLegacy() {
	if len(p.legacy) == 0 {
		return
	}
	f := p.legFont
	s := string(p.legacy)
	if !f.legacyKnown {
		if p.legRaw == nil {
			p.legRaw = map[*font]*strings.Builder{}
		}
		if p.legRaw[f] == nil {
			p.legRaw[f] = &strings.Builder{}
		}
		p.legRaw[f].WriteString(s)
		p.legRaw[f].WriteByte(' ')
	}
	switch f.legacy {
	case viet.VNI:
		s = viet.ConvertVNI(s)
	case viet.TCVN3:
		s = viet.ConvertTCVN3Font(s, f.upper)
	}
	if p.encUsed == nil {
		p.encUsed = map[viet.Encoding]bool{}
	}
	p.encUsed[f.legacy] = true
	p.b.WriteString(s)
	p.legacy = p.legacy[:0]
	p.space = strings.HasSuffix(s, " ")
}

// text returns the page's text: one line per paragraph, the lines a
// paragraph was wrapped into joined again (see joins).
func (p *pageText) text() string {
	p.breakLine()
	p.leftColumnFirst()
	p.detectLegacy()
	var b strings.Builder
	for i, l := range p.lines {
		if i > 0 {
			if p.joins(i - 1) {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// joins reports whether line i continues into line i+1 as one paragraph:
// same size, the next line just below, line i reaching the right edge of
// its column, and the next line neither indented nor opening a heading or
// a list item.
func (p *pageText) joins(i int) bool {
	a, b := p.lines[i], p.lines[i+1]
	if !a.straight || !b.straight || math.Abs(a.size-b.size) > 0.15*a.size {
		return false
	}
	gap := a.y - b.y
	if gap < 0.8*a.size || gap > 1.75*a.size {
		return false
	}
	if b.x0 > a.x0+0.8*a.size || b.x0 < a.x0-4*a.size {
		return false
	}
	// centred lines of different widths: a title, a letterhead, a signature
	if math.Abs((a.x0+a.x1)-(b.x0+b.x1)) < 2*a.size && math.Abs(a.x0-b.x0) > a.size {
		return false
	}
	if allCaps(a.text) != allCaps(b.text) {
		return false
	}
	// the right edge of this column: the widest line nearby starting near
	// a's start
	right := a.x1
	for j := max(0, i-12); j < min(len(p.lines), i+12); j++ {
		if o := p.lines[j]; o.straight && math.Abs(o.x0-a.x0) < 3*a.size && math.Abs(o.y-a.y) < 15*a.size {
			right = max(right, o.x1)
		}
	}
	// Wrapped means the next line's first word would not have fitted.
	first, _, _ := strings.Cut(b.text, " ")
	room := (float64(utf8.RuneCountInString(first))*0.6 + 1) * a.size
	if a.x1 < right-room {
		return false
	}
	if strings.HasSuffix(a.text, ":") || startsBlock(b.text) || signature(a.text) {
		return false
	}
	return true
}

// startsBlock reports text that opens a heading or list item: "Điều 5.",
// "Chương II", "I.", "1.", "a)", "- ", "+ ", "•".
func startsBlock(s string) bool {
	for _, w := range []string{"Điều ", "Chương ", "Mục ", "Phần ", "- ", "+ ", "• ", "– ", "* ",
		"Kính gửi", "Nơi nhận", "Căn cứ", "T/M", "TM.", "KT.", "K/T", "TL.", "T/L", "TUQ.", "Q.", "V/v"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	word, _, _ := strings.Cut(s, " ")
	if n := len(word); n >= 2 && n <= 8 && (word[n-1] == '.' || word[n-1] == ')') {
		mark := word[:n-1]
		if strings.Trim(mark, "0123456789.") == "" || strings.Trim(mark, "IVXLC") == "" ||
			len(mark) == 1 && mark[0] >= 'a' && mark[0] <= 'z' {
			return true
		}
	}
	return false
}

// allCaps reports a line whose letters (three at least) are all capitals.
func allCaps(s string) bool { return viet.Capitals(s) >= 3 }

// signature reports the first line of a signature block: "T/M QUẬN ỦY",
// "KT. CHỦ TỊCH"; the role and the name follow on lines of their own.
func signature(s string) bool {
	for _, w := range []string{"T/M ", "TM. ", "TM ", "KT. ", "KT ", "K/T ", "TL. ", "T/L ", "TUQ. ", "Q. "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// detectLegacy converts a page whose fonts do not say they are legacy but
// whose text is TCVN3 or VNI (fonts renamed by a PDF printer), before
// lines are joined, since joining looks at the words.
func (p *pageText) detectLegacy() {
	if len(p.lines) == 0 {
		return
	}
	texts := make([]string, len(p.lines))
	for i, l := range p.lines {
		texts[i] = l.text
	}
	enc, conv := viet.DetectLegacy(strings.Join(texts, "\n"))
	if enc == viet.Unicode {
		return
	}
	out := strings.Split(conv, "\n")
	if len(out) != len(p.lines) {
		return
	}
	for i := range out {
		p.lines[i].text = out[i]
	}
	if p.encUsed == nil {
		p.encUsed = map[viet.Encoding]bool{}
	}
	p.encUsed[enc] = true
}

// overprintTolerance is how close, in points, a glyph must come to the
// same glyph drawn before to be that glyph again.
const overprintTolerance = 0.75

// drawnKey packs a glyph's first character and a bucket of its position.
func drawnKey(r rune, x, y float64) uint64 {
	const b = 2 * overprintTolerance
	return uint64(r)<<42 | uint64(int64(math.Floor(x/b))&0x1FFFFF)<<21 | uint64(int64(math.Floor(y/b))&0x1FFFFF)
}

// seenAt reports whether the same glyph was drawn within the tolerance of
// (x, y) on this page: glyphs are entered in buckets twice the tolerance
// wide, and the four buckets the tolerance square touches are looked in.
func (p *pageText) seenAt(text string, x, y float64) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if len(p.drawn) == 0 || math.Abs(x) > 1e6 || math.Abs(y) > 1e6 {
		return false
	}
	const h = overprintTolerance
	for _, k := range [4]uint64{drawnKey(r, x-h, y-h), drawnKey(r, x+h, y-h), drawnKey(r, x-h, y+h), drawnKey(r, x+h, y+h)} {
		if _, ok := p.drawn[k]; ok {
			return true
		}
	}
	return false
}

// remember enters a glyph where it was drawn.
func (p *pageText) remember(text string, x, y float64) {
	r, _ := utf8.DecodeRuneInString(text)
	if p.drawn != nil && math.Abs(x) <= 1e6 && math.Abs(y) <= 1e6 {
		p.drawn[drawnKey(r, x, y)] = struct{}{}
	}
}

// leftColumnFirst follows the letterhead convention — left block, then
// right block — where a page drew a right-hand block first: OCR text
// layers write Tesseract's blocks in its own order, which sometimes puts
// "ĐẢNG CỘNG SẢN VIỆT NAM" and the date before the issuing body. A run of
// lines wholly right of a following run of lines beside it (overlapping
// it from top to bottom) changes places with it.
func (p *pageText) leftColumnFirst() {
	for i := 0; i+1 < len(p.lines); i++ {
		a, b := p.lines[i], p.lines[i+1]
		if b.x1 > a.x0 || b.y < a.y-0.5*a.size {
			continue // the next line is not to the left and beside it
		}
		// the right run: lines before i+1, back while they stay right of b
		start := i
		for start > 0 && p.lines[start-1].x0 >= b.x1 && p.lines[start-1].y <= p.lines[start].y+3*a.size {
			start--
		}
		top := p.lines[start].y
		// the left run: lines from i+1 while they stay left of the right run
		// and beside it
		end := i + 1
		bottom := p.lines[i].y
		for end < len(p.lines) && p.lines[end].x1 <= a.x0 && p.lines[end].y >= bottom-3*a.size && p.lines[end].y <= top+a.size {
			end++
		}
		left := append([]line(nil), p.lines[i+1:end]...)
		right := append([]line(nil), p.lines[start:i+1]...)
		copy(p.lines[start:], left)
		copy(p.lines[start+len(left):], right)
		i = end - 1
	}
}
