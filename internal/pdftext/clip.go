package pdftext

import "math"

// What the reader sees: glyphs outside the page's crop box, outside a form
// XObject's bounding box or outside a rectangular clipping path are not on
// the page (a sheet drawn whole on three pages that each crop a part of it
// gives each part once). Clipping is tracked as an axis-aligned rectangle
// in device space; a clipping path other than rectangles leaves the clip
// as it was.

type rect struct {
	x0, y0, x1, y1 float64
	set            bool // false: no clip
}

func boxRect(b [4]float64) rect {
	return rect{min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3]), true}
}

// arrayRect reads a rectangle array ([x0 y0 x1 y1]).
func arrayRect(v Value) (rect, bool) {
	if v.Len() != 4 {
		return rect{}, false
	}
	var b [4]float64
	for i := range 4 {
		b[i] = v.Index(i).Float64()
	}
	r := boxRect(b)
	return r, r.x1 > r.x0 && r.y1 > r.y0
}

// transform returns the bounding box of r under m.
func (r rect) transform(m matrix) rect {
	out := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1), true}
	for _, p := range [4][2]float64{{r.x0, r.y0}, {r.x1, r.y0}, {r.x0, r.y1}, {r.x1, r.y1}} {
		x, y := m.apply(p[0], p[1])
		out.x0, out.y0 = min(out.x0, x), min(out.y0, y)
		out.x1, out.y1 = max(out.x1, x), max(out.y1, y)
	}
	return out
}

func (r rect) intersect(o rect) rect {
	if !r.set {
		return o
	}
	if !o.set {
		return r
	}
	return rect{max(r.x0, o.x0), max(r.y0, o.y0), min(r.x1, o.x1), min(r.y1, o.y1), true}
}

func (r rect) union(o rect) rect {
	if !r.set {
		return o
	}
	return rect{min(r.x0, o.x0), min(r.y0, o.y0), max(r.x1, o.x1), max(r.y1, o.y1), true}
}

// holds reports whether the point is inside, with a tolerance of one unit
// for glyphs that touch the edge.
func (r rect) holds(x, y float64) bool {
	if !r.set {
		return true
	}
	return x >= r.x0-1 && x <= r.x1+1 && y >= r.y0-1 && y <= r.y1+1
}

// pathOp follows path construction and painting for clipping.
func (in *interp) pathOp(op string, args []operand) {
	switch op {
	case "re":
		if len(args) >= 4 {
			x, y, w, h := num(args, 0), num(args, 1), num(args, 2), num(args, 3)
			in.path = in.path.union(rect{min(x, x+w), min(y, y+h), max(x, x+w), max(y, y+h), true}.transform(in.gs.ctm))
		}
	case "m", "l", "c", "v", "y", "h":
		in.pathCurved = true
	case "W", "W*":
		in.clipNext = true
	case "n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*":
		if in.clipNext && in.path.set && !in.pathCurved {
			in.gs.clip = in.gs.clip.intersect(in.path)
		}
		in.path, in.pathCurved, in.clipNext = rect{}, false, false
	}
}
