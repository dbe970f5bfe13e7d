package pdftext

import (
	"math"
	"slices"
	"strings"
)

// Filled-in form fields are part of what a page shows: a field's widget
// draws its appearance stream (what viewers show: the text typed, the
// choice made, a check mark in ZapfDingbats, a visible signature), or, when
// a text or choice field has none, its value is placed in its rectangle. Text boxes a
// comment tool wrote on the page (FreeText annotations) are drawn too.

// maxAnnots bounds the annotations read on one page.
const maxAnnots = 4096

// annotations draws the visible text and choice fields of a page.
func (in *interp) annotations(pg pageRef) {
	annots := pg.v.Key("Annots")
	for i := 0; i < annots.Len() && i < maxAnnots; i++ {
		a := annots.Index(i)
		if a.Key("F").Int64()&2 != 0 { // hidden
			continue
		}
		switch a.Key("Subtype").Name() {
		case "Widget": // fields: text, choices, check marks (✔), visible signatures
		case "FreeText": // text written on the page with a comment tool
		default:
			continue // pop-up notes, links, stamps: not the page's text
		}
		r, ok := arrayRect(a.Key("Rect"))
		if !ok {
			continue
		}
		in.out.breakLine()
		from := len(in.out.lines)
		// Annotations are drawn from the page's initial graphics state,
		// whatever the content stream left (an unclosed q, a clip).
		in.gs, in.stack = gstate{ctm: identity, th: 1, clip: pg.box}, in.stack[:0]
		in.drawField(a, r)
		in.out.breakLine()
		in.out.placeField(from)
	}
}

// drawField draws one field's appearance, or the value of a text or
// choice field that has none.
func (in *interp) drawField(a Value, r rect) {
	ap := a.Key("AP").Key("N")
	if ap.Kind() == vDict {
		ap = ap.Key(a.Key("AS").Name())
	}
	if ap.Kind() == vStream {
		in.appearance(ap, r)
		return
	}
	switch {
	case a.Key("Subtype").Name() == "FreeText":
		in.place(a.Key("Contents").Text(), r)
	case fieldType(a) == "Tx" || fieldType(a) == "Ch":
		in.fieldValue(a, r)
	}
}

// placeField moves the lines a field drew (from index from on) to where
// they stand on the page: onto the end of the line of the page's text on
// their baseline (the label "Họ và tên:" and what was filled in), or
// between the lines above and below them.
func (p *pageText) placeField(from int) {
	field := append([]line(nil), p.lines[from:]...)
	p.lines = p.lines[:from]
	for _, fl := range field {
		placed := false
		for i := range p.lines {
			l := &p.lines[i]
			if math.Abs(l.y-fl.y) < 0.6*max(l.size, fl.size) && l.x1 <= fl.x0+fl.size {
				l.text += " " + fl.text
				l.x1 = max(l.x1, fl.x1)
				placed = true
				break
			}
		}
		if placed {
			continue
		}
		// After the nearest line above it (content order need not be the
		// page's order: a footer may come second).
		at, best := 0, math.Inf(1)
		for i, l := range p.lines {
			if d := l.y - fl.y; d > 0.6*fl.size && d < best {
				at, best = i+1, d
			}
		}
		p.lines = slices.Insert(p.lines, at, fl)
	}
}

// fieldType is a field's /FT, inherited from its parents.
func fieldType(a Value) string {
	for range 16 {
		if ft := a.Key("FT").Name(); ft != "" {
			return ft
		}
		a = a.Key("Parent")
		if a.IsNull() {
			break
		}
	}
	return ""
}

// appearance draws a widget's appearance stream into its rectangle
// (ISO 32000 section 12.5.5: the form's box, transformed by its matrix,
// is fitted to the annotation's rectangle).
func (in *interp) appearance(ap Value, r rect) {
	fm := identity
	if m := ap.Key("Matrix"); m.Len() == 6 {
		for i := range 6 {
			fm[i] = m.Index(i).Float64()
		}
	}
	bb, ok := arrayRect(ap.Key("BBox"))
	if !ok {
		return
	}
	t := bb.transform(fm)
	w, h := t.x1-t.x0, t.y1-t.y0
	if w <= 0 || h <= 0 {
		return
	}
	fit := matrix{(r.x1 - r.x0) / w, 0, 0, (r.y1 - r.y0) / h, r.x0 - t.x0*(r.x1-r.x0)/w, r.y0 - t.y0*(r.y1-r.y0)/h}
	data, _, err := in.d.streamData(ap)
	if err != nil && len(data) == 0 {
		return
	}
	saved, savedStack := in.gs, len(in.stack)
	in.gs.ctm = fm.mul(fit).mul(in.gs.ctm)
	in.gs.clip = in.gs.clip.intersect(bb.transform(in.gs.ctm))
	res := ap.Key("Resources")
	in.tm, in.tlm = identity, identity
	in.run(data, res, 1)
	in.gs, in.stack = saved, in.stack[:min(savedStack, len(in.stack))]
}

// valueFont places a field value that has no appearance stream.
var valueFont = &font{name: "field value", scale: 0.001}

// fieldValue places a text or choice field's value in its rectangle.
func (in *interp) fieldValue(a Value, r rect) {
	v := a
	for range 16 {
		if !v.Key("V").IsNull() {
			break
		}
		v = v.Key("Parent")
	}
	val := v.Key("V")
	var text string
	switch val.Kind() {
	case vString:
		text = val.Text()
	case vArray: // a list box with several choices
		for i := 0; i < val.Len() && i < 64; i++ {
			if i > 0 {
				text += ", "
			}
			text += val.Index(i).Text()
		}
	}
	in.place(text, r)
}

// place writes text with no appearance stream at the top left of r.
func (in *interp) place(text string, r rect) {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" || !in.gs.clip.holds(r.x0, r.y0) {
		return
	}
	size := min(max(r.y1-r.y0-4, 6), 12)
	y := max(r.y0+2, r.y1-size-2)
	in.out.glyph(text, valueFont, r.x0+2, y, r.x1-2, y, size)
}
