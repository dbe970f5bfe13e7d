package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
)

// xent locates an object: at an offset in the file, or as the idx-th
// object of object stream stm.
type xent struct {
	inStream bool
	off      int // file offset, or the object stream's number
	idx      int
}

// file is an opened PDF: its cross-reference, trailer and objects read so
// far, and the security handler when it is encrypted.
type file struct {
	ctx     context.Context
	data    []byte
	xref    map[uint32]xent
	trailer dict
	crypt   *security
	cache   map[uint32]object
	busy    map[uint32]bool // objects being read: a reference loop ends in null
	objStms map[uint32]*objStm
	calls   int
}

type objStm struct {
	data  []byte
	first int
	offs  []int // offset (from first) of each member, by index
}

// maxXrefSections bounds a /Prev chain; a loop is stopped by the offsets
// already read.
const maxXrefSections = 4096

// openFile reads the cross-reference chain that startxref points at.
func openFile(ctx context.Context, data []byte) (*file, error) {
	f := &file{ctx: ctx, data: data, xref: map[uint32]xent{}, cache: map[uint32]object{},
		busy: map[uint32]bool{}, objStms: map[uint32]*objStm{}}
	j := bytes.LastIndex(data, []byte("startxref"))
	if j < 0 {
		return nil, fmt.Errorf("%w: no startxref", ErrDamaged)
	}
	p := parser{data: data, pos: j + 9}
	o, _ := p.object(0)
	off, ok := o.(int64)
	if !ok || off < 0 || off >= int64(len(data)) {
		return nil, fmt.Errorf("%w: startxref points outside the file", ErrDamaged)
	}
	seen := map[int64]bool{}
	for n := 0; off > 0 || n == 0; n++ {
		if seen[off] || n >= maxXrefSections {
			break // a /Prev chain that loops back: what was read is all there is
		}
		if err := ctx.Err(); err != nil {
			return nil, timeoutErr(err)
		}
		seen[off] = true
		trailer, err := f.readSection(int(off))
		if err != nil {
			if n == 0 {
				return nil, err
			}
			break // an older section that is damaged: keep the newer ones
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		// A hybrid file's table points at a cross-reference stream too.
		if xs, ok := trailer["XRefStm"].(int64); ok && xs > 0 && xs < int64(len(data)) && !seen[xs] {
			seen[xs] = true
			_, _ = f.readSection(int(xs))
		}
		prev, ok := trailer["Prev"].(int64)
		if !ok || prev <= 0 || prev >= int64(len(data)) {
			break
		}
		off = prev
	}
	if f.trailer == nil {
		return nil, fmt.Errorf("%w: no trailer", ErrDamaged)
	}
	return f, nil
}

// readSection reads a cross-reference table with its trailer, or a
// cross-reference stream, at off. Entries already known (from a newer
// section) are kept.
func (f *file) readSection(off int) (dict, error) {
	p := parser{data: f.data, pos: off}
	if w := p.peekWord(); string(w) == "xref" {
		p.pos += 4
		return f.readTable(&p)
	}
	id, _, body, ok := objHeader(f.data, off)
	if !ok {
		return nil, fmt.Errorf("%w: no cross-reference at %d", ErrDamaged, off)
	}
	o, s := f.parseIndirect(body, ref{uint32(id), 0}, false)
	if s == nil {
		return nil, fmt.Errorf("%w: cross-reference at %d is not a stream", ErrDamaged, off)
	}
	_ = o
	raw := f.rawBytes(s)
	data, err := decodeChain(Value{f, s}, raw)
	if err != nil && len(data) == 0 {
		return nil, fmt.Errorf("%w: cross-reference stream: %v", ErrDamaged, err)
	}
	w := s.hdr["W"]
	wa, _ := w.([]object)
	if len(wa) < 3 {
		return nil, fmt.Errorf("%w: cross-reference stream without /W", ErrDamaged)
	}
	var ws [3]int
	for i := range 3 {
		n, _ := wa[i].(int64)
		if n < 0 || n > 8 {
			return nil, fmt.Errorf("%w: cross-reference widths", ErrDamaged)
		}
		ws[i] = int(n)
	}
	size, _ := s.hdr["Size"].(int64)
	index := []int64{0, size}
	if ia, ok := s.hdr["Index"].([]object); ok && len(ia) >= 2 {
		index = index[:0]
		for _, x := range ia {
			n, _ := x.(int64)
			index = append(index, n)
		}
	}
	rowLen := ws[0] + ws[1] + ws[2]
	if rowLen == 0 {
		return s.hdr, nil
	}
	field := func(b []byte, def int) int {
		if len(b) == 0 {
			return def
		}
		v := 0
		for _, c := range b {
			v = v<<8 | int(c)
		}
		return v
	}
	pos := 0
	for i := 0; i+1 < len(index); i += 2 {
		start, count := index[i], index[i+1]
		if start < 0 || count < 0 || count > 1<<24 {
			break
		}
		for k := int64(0); k < count && pos+rowLen <= len(data); k++ {
			row := data[pos : pos+rowLen]
			pos += rowLen
			t := field(row[:ws[0]], 1)
			a := field(row[ws[0]:ws[0]+ws[1]], 0)
			b := field(row[ws[0]+ws[1]:], 0)
			id := uint32(start + k)
			if _, known := f.xref[id]; known {
				continue
			}
			switch t {
			case 1:
				f.xref[id] = xent{off: a}
			case 2:
				f.xref[id] = xent{inStream: true, off: a, idx: b}
			case 0:
				f.xref[id] = xent{off: -1} // free: an older section's object is gone
			}
		}
	}
	return s.hdr, nil
}

func (f *file) readTable(p *parser) (dict, error) {
	for {
		w := p.peekWord()
		if string(w) == "trailer" {
			p.pos += 7
			o, _ := p.object(0)
			d, ok := o.(dict)
			if !ok {
				return nil, fmt.Errorf("%w: trailer", ErrDamaged)
			}
			return d, nil
		}
		start, sInt, ok1 := number(w)
		if !ok1 || !sInt {
			return nil, fmt.Errorf("%w: cross-reference table", ErrDamaged)
		}
		p.pos += len(w)
		w = p.peekWord()
		count, cInt, ok2 := number(w)
		if !ok2 || !cInt || count < 0 || count > 1<<24 {
			return nil, fmt.Errorf("%w: cross-reference table", ErrDamaged)
		}
		p.pos += len(w)
		for k := 0; k < int(count); k++ {
			o := p.peekWord()
			p.pos += len(o)
			g := p.peekWord()
			p.pos += len(g)
			t := p.peekWord()
			p.pos += len(t)
			if len(o) == 0 || len(t) != 1 {
				return nil, fmt.Errorf("%w: cross-reference entry", ErrDamaged)
			}
			id := uint32(int(start) + k)
			if _, known := f.xref[id]; known {
				continue
			}
			off, _ := strconv.Atoi(string(o))
			switch {
			case t[0] == 'n' && off > 0:
				f.xref[id] = xent{off: off}
			case t[0] == 'f':
				f.xref[id] = xent{off: -1}
			}
		}
	}
}

// objHeader reads "id gen obj" at off (after white space) and returns
// where the object's body starts.
func objHeader(data []byte, off int) (id, gen, body int, ok bool) {
	if off < 0 || off >= len(data) {
		return 0, 0, 0, false
	}
	p := parser{data: data, pos: off}
	w := p.peekWord()
	a, aInt, ok1 := number(w)
	p.pos += len(w)
	w = p.peekWord()
	b, bInt, ok2 := number(w)
	p.pos += len(w)
	if !ok1 || !ok2 || !aInt || !bInt || a < 0 || b < 0 || a >= 1<<31 {
		return 0, 0, 0, false
	}
	if string(p.peekWord()) != "obj" {
		return 0, 0, 0, false
	}
	return int(a), int(b), p.pos + 3, true
}

// parseIndirect parses the object whose body starts at body; a stream
// comes back as *stream.
func (f *file) parseIndirect(body int, self ref, decrypt bool) (object, *stream) {
	p := parser{data: f.data, pos: body, f: f, owner: self, decrypt: decrypt}
	o, _ := p.object(0)
	d, isDict := o.(dict)
	if !isDict {
		return o, nil
	}
	p.skipSpace()
	if !bytes.HasPrefix(f.data[p.pos:], []byte("stream")) {
		return o, nil
	}
	start := p.pos + 6
	if start < len(f.data) && f.data[start] == '\r' {
		start++
	}
	if start < len(f.data) && f.data[start] == '\n' {
		start++
	}
	s := &stream{hdr: d, start: start, self: self, length: -1}
	var n int64 = -1
	switch l := d["Length"].(type) {
	case int64:
		n = l
	case ref:
		if l.id != self.id {
			if v, ok := f.resolve(l).(int64); ok {
				n = v
			}
		}
	}
	if n >= 0 && int64(start)+n <= int64(len(f.data)) {
		// The length is right when "endstream" follows it.
		q := parser{data: f.data, pos: start + int(n)}
		if string(q.peekWord()) == "endstream" {
			s.length = int(n)
		}
	}
	return o, s
}

// rawBytes returns a stream's bytes as stored (still encrypted).
func (f *file) rawBytes(s *stream) []byte {
	if s.start > len(f.data) {
		return nil
	}
	if s.length >= 0 {
		return f.data[s.start : s.start+s.length]
	}
	end := bytes.Index(f.data[s.start:], []byte("endstream"))
	if end < 0 {
		return f.data[s.start:]
	}
	b := f.data[s.start : s.start+end]
	// The end of line before "endstream" is not data.
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

// resolve returns the object a reference points at, or nil.
func (f *file) resolve(r ref) object {
	if o, ok := f.cache[r.id]; ok {
		return o
	}
	if f.busy[r.id] {
		return nil
	}
	f.calls++
	if f.calls&1023 == 0 && f.ctx != nil && f.ctx.Err() != nil {
		panic(timeoutPanic{f.ctx.Err()})
	}
	f.busy[r.id] = true
	defer delete(f.busy, r.id)
	e, ok := f.xref[r.id]
	var o object
	switch {
	case !ok || e.off < 0:
	case e.inStream:
		o = f.fromObjStm(uint32(e.off), e.idx, r.id)
	default:
		id, _, body, ok := objHeader(f.data, e.off)
		if ok && uint32(id) == r.id {
			obj, s := f.parseIndirect(body, r, true)
			if s != nil {
				o = s
			} else {
				o = obj
			}
		}
	}
	if len(f.cache) < 1<<21 {
		f.cache[r.id] = o
	}
	return o
}

// fromObjStm reads member idx of object stream stm.
func (f *file) fromObjStm(stm uint32, idx int, want uint32) object {
	os, ok := f.objStms[stm]
	if !ok {
		os = f.loadObjStm(stm)
		f.objStms[stm] = os
	}
	if os == nil || idx < 0 || idx >= len(os.offs) {
		return nil
	}
	at := os.first + os.offs[idx]
	if at < 0 || at >= len(os.data) {
		return nil
	}
	p := parser{data: os.data, pos: at, f: f}
	o, _ := p.object(0)
	return o
}

func (f *file) loadObjStm(stm uint32) *objStm {
	s, ok := f.resolve(ref{id: stm}).(*stream)
	if !ok {
		return nil
	}
	data, err := f.streamBytes(s)
	if err != nil && len(data) == 0 {
		return nil
	}
	n, _ := s.hdr["N"].(int64)
	first, _ := s.hdr["First"].(int64)
	if n < 0 || n > 1<<20 || first < 0 || first > int64(len(data)) {
		return nil
	}
	os := &objStm{data: data, first: int(first)}
	p := parser{data: data[:first]}
	for k := int64(0); k < n; k++ {
		a, _ := p.object(0)
		b, _ := p.object(0)
		off, ok := b.(int64)
		if _, isNum := a.(int64); !isNum || !ok {
			break
		}
		os.offs = append(os.offs, int(off))
	}
	return os
}

// streamBytes returns a stream's data decrypted and decoded through all
// its filters (image filters included as far as they are not image
// codecs); the text path uses doc.decodeStream, which stops at images.
func (f *file) streamBytes(s *stream) ([]byte, error) {
	raw := f.decrypted(s)
	return decodeChain(Value{f, s}, raw)
}

// decrypted returns a stream's bytes after decryption.
func (f *file) decrypted(s *stream) []byte {
	raw := f.rawBytes(s)
	if f.crypt == nil {
		return raw
	}
	if t, _ := s.hdr["Type"].(pdfName); t == "XRef" {
		return raw
	}
	return f.crypt.decryptStream(s, raw)
}

// decodeChain applies a stream's filters, stopping before an image codec.
func decodeChain(v Value, raw []byte) ([]byte, error) {
	filters, params := filterChain(v)
	var err error
	for i, name := range filters {
		switch name {
		case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF":
			return raw, nil
		}
		raw, err = decodeFilter(name, raw, params[i])
		if err != nil {
			return raw, err
		}
	}
	return raw, nil
}
