package pdftext

import (
	"math"
	"strings"
	"unicode"

	"sotay/internal/viet"
)

// pageText turns glyphs, in the order the content stream draws them, into
// lines of text. A glyph whose baseline is more than half a line away from
// the previous one starts a new line (so does a jump back along the line);
// a gap wider than a fraction of the font size is a space. Producers that
// place each line with Td inside one text object (Ghostscript), or each
// word separately (LibreOffice's justified text), come out the same.
type pageText struct {
	b        strings.Builder
	have     bool
	lx, ly   float64 // where the previous glyph ended
	sx, sy   float64 // where it started
	lsize    float64
	dx, dy   float64 // its writing direction (unit vector)
	space    bool    // the text written so far ends with a space or a line break
	legacy   []rune  // pending glyphs of a legacy-encoded font
	legFont  *font
	glyphs   int
	encUsed  map[viet.Encoding]bool
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
	s := p.b.String()
	if trimmed := strings.TrimRight(s, " "); len(trimmed) < len(s) {
		p.b.Reset()
		p.b.WriteString(trimmed)
	}
	if p.b.Len() > 0 && !strings.HasSuffix(p.b.String(), "\n") {
		p.b.WriteByte('\n')
	}
	p.space = true
}

// flushLegacy converts the pending run of a legacy font to Unicode.
func (p *pageText) flushLegacy() {
	if len(p.legacy) == 0 {
		return
	}
	f := p.legFont
	s := string(p.legacy)
	switch f.legacy {
	case viet.VNI:
		s = viet.ConvertVNI(s)
	case viet.TCVN3:
		s = viet.ConvertTCVN3(s)
		if f.upper {
			s = strings.ToUpper(s)
		}
	}
	if p.encUsed == nil {
		p.encUsed = map[viet.Encoding]bool{}
	}
	p.encUsed[f.legacy] = true
	p.b.WriteString(s)
	p.legacy = p.legacy[:0]
	p.space = strings.HasSuffix(s, " ")
}

// text returns the page's lines, trimmed.
func (p *pageText) text() string {
	p.flushLegacy()
	lines := strings.Split(p.b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		l = strings.TrimLeftFunc(l, unicode.IsSpace)
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
