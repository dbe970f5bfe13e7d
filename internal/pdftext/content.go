package pdftext

import (
	"fmt"
	"math"
	"strings"
)

// The content-stream interpreter: it follows the text and graphics state
// well enough to know where every glyph lands, and hands glyphs in stream
// order to a pageText, which decides line breaks and spaces from those
// positions.

type matrix [6]float64 // a b c d e f

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

type gstate struct {
	ctm                      matrix
	font                     *font
	size, tc, tw, th, tl, ts float64
	clip                     rect // device space; glyphs outside are not seen
}

// image is an image XObject drawn on a page, kept to OCR scanned pages.
type image struct {
	v    Value
	area float64 // device-space area it covers
}

type interp struct {
	// path is the bounding box of the rectangles of the path being built
	// (pathCurved: it has other segments); clipNext: W or W* came.
	path       rect
	pathCurved bool
	clipNext   bool
	d          *doc
	out        *pageText
	gs         gstate
	stack      []gstate
	tm         matrix
	tlm        matrix
	images     []image
	forms      int           // form XObjects entered, to stop recursion bombs
	placed     []placedGlyph // the string being shown (reused)
	// fonts caches Tf lookups per resource dictionary and name.
	fonts map[fontRef]*font
}

type fontRef struct {
	res  *Value
	name string
}

// maxOps bounds the operators run on one page; a looping or huge stream
// ends there with what it drew so far.
const maxOps = 4 << 20

func (in *interp) run(data []byte, res Value, depth int) {
	l := lexer{data: data}
	resRef := &res // one key per resource scope
	for {
		op, ok := l.next()
		if !ok {
			return
		}
		in.d.ops++
		if in.d.ops&1023 == 0 {
			in.d.checkDeadline()
		}
		if in.d.ops > in.d.opLimit {
			in.d.truncated = true
			return
		}
		in.do(op, l.args, resRef, depth)
	}
}

func num(args []operand, i int) float64 {
	if i < len(args) && args[i].kind == kNum {
		return args[i].num
	}
	return 0
}

func (in *interp) do(op string, args []operand, resRef *Value, depth int) {
	gs := &in.gs
	res := *resRef
	switch op {
	case "q":
		if len(in.stack) < 256 {
			in.stack = append(in.stack, *gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			*gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if len(args) >= 6 {
			m := matrix{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
			gs.ctm = m.mul(gs.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "ET":
	case "Tf":
		if len(args) >= 2 && args[0].kind == kName {
			key := fontRef{resRef, args[0].str}
			f, ok := in.fonts[key]
			if !ok {
				f = in.d.font(res, args[0].str)
				if in.fonts == nil {
					in.fonts = map[fontRef]*font{}
				}
				in.fonts[key] = f
			}
			gs.font = f
			gs.size = args[1].num
		}
	case "Tc":
		gs.tc = num(args, 0)
	case "Tw":
		gs.tw = num(args, 0)
	case "Tz":
		gs.th = num(args, 0) / 100
	case "TL":
		gs.tl = num(args, 0)
	case "Ts":
		gs.ts = num(args, 0)
	case "Td":
		in.moveLine(num(args, 0), num(args, 1))
	case "TD":
		gs.tl = -num(args, 1)
		in.moveLine(num(args, 0), num(args, 1))
	case "Tm":
		if len(args) >= 6 {
			in.tm = matrix{num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5)}
			in.tlm = in.tm
		}
	case "T*":
		in.moveLine(0, -gs.tl)
	case "Tj":
		if len(args) >= 1 {
			in.show(args[len(args)-1].str)
		}
	case "'":
		in.moveLine(0, -gs.tl)
		if len(args) >= 1 {
			in.show(args[len(args)-1].str)
		}
	case "\"":
		if len(args) >= 3 {
			gs.tw, gs.tc = args[0].num, args[1].num
			in.moveLine(0, -gs.tl)
			in.show(args[2].str)
		}
	case "TJ":
		if len(args) >= 1 {
			for _, a := range args[len(args)-1].arr {
				switch a.kind {
				case kStr:
					in.show(a.str)
				case kNum:
					tx := -a.num / 1000 * gs.size * gs.th
					in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
				}
			}
		}
	case "Do":
		if len(args) >= 1 && args[0].kind == kName {
			in.xobject(res, args[0].str, depth)
		}
	case "re", "m", "l", "c", "v", "y", "h", "W", "W*", "n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*":
		in.pathOp(op, args)
	}
}

func (in *interp) moveLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// show places the glyphs of one string. A string whose every glyph lands
// where the same glyph already is on the page is drawn twice in place —
// fake bold, a block a producer repeats — and is read once; a string only
// some of whose glyphs coincide with others (overlapping columns) is kept
// whole.
func (in *interp) show(s string) {
	gs := &in.gs
	f := gs.font
	if f == nil || s == "" {
		return
	}
	in.placed = in.placed[:0]
	again, visible := true, 0
	f.decode(s, func(g glyph) {
		trm := matrix{gs.size * gs.th, 0, 0, gs.size, 0, gs.ts}.mul(in.tm).mul(gs.ctm)
		x0, y0 := trm[4], trm[5]
		// the glyph's own advance, without character spacing, for its end
		x1, y1 := trm.apply(g.width, 0)
		mx := (x0 + x1) / 2
		if c := gs.clip; f.guessW && c.set {
			// A standard font without widths: where a line ends is only
			// estimated, so a line may run a quarter of the clip's width
			// past its edge before it is cut.
			if m := (c.x1 - c.x0) / 4; mx > c.x1 && mx < c.x1+m || mx < c.x0 && mx > c.x0-m {
				mx = max(c.x0, min(c.x1, mx))
			}
		}
		if gs.clip.holds(mx, (y0+y1)/2) {
			in.placed = append(in.placed, placedGlyph{g.text, x0, y0, x1, y1, math.Hypot(trm[2], trm[3])})
			if strings.TrimSpace(g.text) != "" {
				visible++
				again = again && in.out.seenAt(g.text, x0, y0)
			}
		}
		tx := (g.width*gs.size + gs.tc) * gs.th
		if g.space {
			tx += gs.tw * gs.th
		}
		in.tm = matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
	})
	if visible > 0 && again {
		return
	}
	for _, p := range in.placed {
		in.out.glyph(p.text, f, p.x0, p.y0, p.x1, p.y1, p.size)
		if f.unreadable != "" && p.text == "" {
			in.out.unreadable++
			in.out.unreadableFont = f.unreadable
		}
		if strings.TrimSpace(p.text) != "" {
			in.out.remember(p.text, p.x0, p.y0)
		}
	}
}

// placedGlyph is a glyph of the string being shown, where it lands.
type placedGlyph struct {
	text                 string
	x0, y0, x1, y1, size float64
}

// xobject draws a form (recursively) or records an image.
func (in *interp) xobject(res Value, name string, depth int) {
	x := res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		c := in.gs.ctm
		in.images = append(in.images, image{v: x, area: math.Abs(c[0]*c[3] - c[1]*c[2])})
	case "Form":
		if depth >= 8 || in.forms >= 2000 {
			return
		}
		in.forms++
		data, _, err := in.d.streamData(x)
		if err != nil && len(data) == 0 {
			in.d.damagedStreams++
			return
		}
		saved, savedStack := in.gs, len(in.stack)
		if m := x.Key("Matrix"); m.Len() == 6 {
			fm := matrix{}
			for i := range 6 {
				fm[i] = m.Index(i).Float64()
			}
			in.gs.ctm = fm.mul(in.gs.ctm)
		}
		if bb, ok := arrayRect(x.Key("BBox")); ok {
			in.gs.clip = in.gs.clip.intersect(bb.transform(in.gs.ctm))
		}
		fres := x.Key("Resources")
		if fres.IsNull() {
			fres = res
		}
		tm, tlm := in.tm, in.tlm
		in.run(data, fres, depth+1)
		in.gs, in.stack = saved, in.stack[:min(savedStack, len(in.stack))]
		in.tm, in.tlm = tm, tlm
	}
}

// font returns the font a resource name stands for, cached by the object
// it is: pages of a merged file may use one name, even one subset name,
// for different fonts.
func (d *doc) font(res Value, name string) *font {
	v := res.Key("Font").Key(name)
	if v.Kind() != vDict {
		return nil
	}
	key := fontKey(v)
	if f, ok := d.fonts[key]; ok {
		return f
	}
	f := d.loadFont(v)
	d.fonts[key] = f
	return f
}

// fontKey tells font objects apart: by their object number, or for a font
// written inline, by what it is made of.
func fontKey(v Value) string {
	if r, ok := v.Ref(); ok {
		return fmt.Sprintf("R%d.%d", r.id, r.gen)
	}
	part := func(k string) string {
		if r, ok := v.Key(k).Ref(); ok {
			return fmt.Sprintf("%d.%d", r.id, r.gen)
		}
		return v.Key(k).Name()
	}
	return v.Key("BaseFont").Name() + "|" + v.Key("Subtype").Name() + "|" + part("FontDescriptor") +
		"|" + part("ToUnicode") + "|" + part("Encoding") + "|" + part("DescendantFonts")
}
