package pdftext

import (
	"github.com/go-text/typesetting/font/cff"
	ot "github.com/go-text/typesetting/font/opentype"
)

// The built-in encoding of a CFF (Type1C) font program: TeX documents
// distilled by Ghostscript embed their fonts this way with no /Encoding
// in the PDF, so a code's glyph ("fi" at 12 in TeX's OT1) is known only
// from the program. go-text/typesetting reads the glyph names (charset and
// strings); the code → glyph table it skips is read here (the CFF
// specification, Adobe technical note 5176, section 12).

// cffEncoding returns code → glyph name for a CFF font program's own
// encoding; nil for the standard encoding or a program it cannot read.
func cffEncoding(program []byte) (out map[int]string) {
	defer func() {
		if recover() != nil { // a font program is input: never a panic
			out = nil
		}
	}()
	font, err := cff.Parse(program)
	if err != nil || len(program) < 4 {
		return nil
	}
	r := cffReader{b: program, pos: int(program[2])} // header size
	if _, ok := r.index(); !ok {                     // names
		return nil
	}
	tops, ok := r.index()
	if !ok || len(tops) == 0 {
		return nil
	}
	offset := topDictEncoding(tops[0])
	if offset <= 1 || offset >= len(program) { // 0 standard, 1 expert
		return nil
	}
	codes := map[int]int{} // code → glyph
	e := cffReader{b: program, pos: offset}
	format := e.byte()
	switch format & 0x7F {
	case 0:
		n := int(e.byte())
		for gid := 1; gid <= n && !e.bad; gid++ {
			codes[int(e.byte())] = gid
		}
	case 1:
		n := int(e.byte())
		gid := 1
		for range n {
			first, left := int(e.byte()), int(e.byte())
			for c := first; c <= first+left && c < 256 && !e.bad; c++ {
				codes[c] = gid
				gid++
			}
		}
	default:
		return nil
	}
	if e.bad {
		return nil
	}
	out = map[int]string{}
	for c, gid := range codes {
		if name := font.GlyphName(ot.GID(gid)); name != "" {
			out[c] = name
		}
	}
	return out
}

type cffReader struct {
	b   []byte
	pos int
	bad bool
}

func (r *cffReader) byte() byte {
	if r.pos >= len(r.b) {
		r.bad = true
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *cffReader) uint(n int) int {
	v := 0
	for range n {
		v = v<<8 | int(r.byte())
	}
	return v
}

// index reads an INDEX and returns its entries.
func (r *cffReader) index() ([][]byte, bool) {
	count := r.uint(2)
	if count == 0 {
		return nil, !r.bad
	}
	size := int(r.byte())
	if size < 1 || size > 4 || count > 65535 {
		return nil, false
	}
	offs := make([]int, count+1)
	for i := range offs {
		offs[i] = r.uint(size)
	}
	base := r.pos - 1
	if r.bad || offs[0] != 1 || base+offs[count] > len(r.b) {
		return nil, false
	}
	out := make([][]byte, count)
	for i := range count {
		if offs[i+1] < offs[i] {
			return nil, false
		}
		out[i] = r.b[base+offs[i] : base+offs[i+1]]
	}
	r.pos = base + offs[count]
	return out, true
}

// topDictEncoding finds the Encoding operator's offset in a Top DICT.
func topDictEncoding(d []byte) int {
	var operands []int
	for i := 0; i < len(d); {
		b := int(d[i])
		switch {
		case b <= 21: // an operator
			op := b
			i++
			if b == 12 && i < len(d) {
				op = 1200 + int(d[i])
				i++
			}
			if op == 16 && len(operands) > 0 {
				return operands[len(operands)-1]
			}
			operands = operands[:0]
		case b == 28 && i+2 < len(d):
			operands = append(operands, int(int16(uint16(d[i+1])<<8|uint16(d[i+2]))))
			i += 3
		case b == 29 && i+4 < len(d):
			operands = append(operands, int(int32(uint32(d[i+1])<<24|uint32(d[i+2])<<16|uint32(d[i+3])<<8|uint32(d[i+4]))))
			i += 5
		case b == 30: // a real: nibbles up to 0xf
			i++
			for i < len(d) && d[i]&0x0F != 0x0F && d[i]>>4 != 0x0F {
				i++
			}
			i++
			operands = append(operands, 0)
		case b >= 32 && b <= 246:
			operands = append(operands, b-139)
			i++
		case b >= 247 && b <= 250 && i+1 < len(d):
			operands = append(operands, (b-247)*256+int(d[i+1])+108)
			i += 2
		case b >= 251 && b <= 254 && i+1 < len(d):
			operands = append(operands, -(b-251)*256-int(d[i+1])-108)
			i += 2
		default:
			return 0
		}
	}
	return 0
}
