package pdftext

import "unicode/utf16"

// cmap is a parsed CMap: the codespace that splits a string into codes,
// and either code → Unicode text (a ToUnicode CMap) or code → CID (an
// encoding CMap). Ranges stay ranges: Tesseract's text layers map the whole
// <0000>–<FFFF> space in one line, which must not become 65,536 entries.
type cmap struct {
	space  []codeRange
	single map[uint64]string // code (with its length) → text
	ranges []uniRange
	cids   []cidRange
}

type codeRange struct {
	lo, hi []byte
}

type uniRange struct {
	n      int // code length in bytes
	lo, hi uint32
	base   []rune   // text of lo; the last rune counts up through the range
	list   []string // or one text per code
}

type cidRange struct {
	n      int
	lo, hi uint32
	cid    uint32
}

func codeKey(n int, c uint32) uint64 { return uint64(n)<<32 | uint64(c) }

func codeValue(b string) uint32 {
	var v uint32
	for i := 0; i < len(b) && i < 4; i++ {
		v = v<<8 | uint32(b[i])
	}
	return v
}

// parseCMap reads the operators of a CMap stream that matter; anything
// else (PostScript resource plumbing) is skipped.
func parseCMap(data []byte) *cmap {
	m := &cmap{single: map[uint64]string{}}
	l := lexer{data: data}
	for {
		op, ok := l.next()
		if !ok {
			break
		}
		args := l.args
		switch op {
		case "endcodespacerange":
			for i := 0; i+1 < len(args); i += 2 {
				lo, hi := args[i].str, args[i+1].str
				if len(lo) == len(hi) && len(lo) >= 1 && len(lo) <= 4 {
					m.space = append(m.space, codeRange{[]byte(lo), []byte(hi)})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(args); i += 2 {
				src, dst := args[i], args[i+1]
				if src.kind != kStr || len(src.str) == 0 || len(src.str) > 4 {
					continue
				}
				var text string
				switch dst.kind {
				case kStr:
					text = utf16Text(dst.str)
				case kName:
					text = glyphText(dst.str)
				}
				m.single[codeKey(len(src.str), codeValue(src.str))] = text
			}
		case "endbfrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi, dst := args[i], args[i+1], args[i+2]
				if lo.kind != kStr || hi.kind != kStr || len(lo.str) == 0 || len(lo.str) > 4 || len(hi.str) != len(lo.str) {
					continue
				}
				r := uniRange{n: len(lo.str), lo: codeValue(lo.str), hi: codeValue(hi.str)}
				if r.hi < r.lo {
					continue
				}
				switch dst.kind {
				case kStr:
					r.base = []rune(utf16Text(dst.str))
					if len(r.base) == 0 {
						continue
					}
				case kArray:
					for _, a := range dst.arr {
						r.list = append(r.list, utf16Text(a.str))
					}
				default:
					continue
				}
				m.ranges = append(m.ranges, r)
			}
		case "endcidrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi, cid := args[i], args[i+1], args[i+2]
				if lo.kind != kStr || hi.kind != kStr || len(lo.str) == 0 || len(lo.str) > 4 || len(hi.str) != len(lo.str) {
					continue
				}
				m.cids = append(m.cids, cidRange{n: len(lo.str), lo: codeValue(lo.str), hi: codeValue(hi.str), cid: uint32(cid.num)})
			}
		case "endcidchar":
			for i := 0; i+1 < len(args); i += 2 {
				c, cid := args[i], args[i+1]
				if c.kind == kStr && len(c.str) > 0 && len(c.str) <= 4 {
					v := codeValue(c.str)
					m.cids = append(m.cids, cidRange{n: len(c.str), lo: v, hi: v, cid: uint32(cid.num)})
				}
			}
		case "beginbfchar", "beginbfrange", "begincidrange", "begincidchar", "begincodespacerange":
			// the count before the operator is not an entry
		}
	}
	return m
}

// utf16Text decodes a ToUnicode destination (UTF-16BE); odd lengths and
// single bytes, which some producers write, count as Latin-1.
func utf16Text(b string) string {
	if len(b) == 0 {
		return ""
	}
	if len(b)%2 == 1 {
		return string([]rune(latin1(b)))
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u))
}

func latin1(b string) string {
	r := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		r[i] = rune(b[i])
	}
	return string(r)
}

// lookup returns the text for a code of n bytes, ok=false when unmapped.
func (m *cmap) lookup(n int, c uint32) (string, bool) {
	if t, ok := m.single[codeKey(n, c)]; ok {
		return t, true
	}
	// Later entries win, as in viewers.
	for i := len(m.ranges) - 1; i >= 0; i-- {
		r := &m.ranges[i]
		if r.n != n || c < r.lo || c > r.hi {
			continue
		}
		off := c - r.lo
		if r.list != nil {
			if int(off) < len(r.list) {
				return r.list[off], true
			}
			return "", false
		}
		out := append([]rune(nil), r.base...)
		out[len(out)-1] += rune(off)
		return string(out), true
	}
	return "", false
}

// cid maps a code to a CID through cidrange entries (identity otherwise).
func (m *cmap) cid(n int, c uint32) uint32 {
	for i := len(m.cids) - 1; i >= 0; i-- {
		r := &m.cids[i]
		if r.n == n && c >= r.lo && c <= r.hi {
			return r.cid + c - r.lo
		}
	}
	return c
}

// split returns the length of the code starting s, following the
// codespace ranges; def when none matches.
func splitCode(space []codeRange, s string, def int) int {
	for _, r := range space {
		n := len(r.lo)
		if n > len(s) {
			continue
		}
		ok := true
		for i := 0; i < n; i++ {
			if s[i] < r.lo[i] || s[i] > r.hi[i] {
				ok = false
				break
			}
		}
		if ok {
			return n
		}
	}
	return min(def, len(s))
}

// trusted reports a ToUnicode map that says what its glyphs are: it maps
// some code to a letter only Vietnamese has (ă ơ ư đ ạ…), or it maps no
// code to a control character and does not just give each byte above 0x7F
// back as the Latin-1 character of the same number (what PDF printers
// write for TCVN3 and VNI fonts, whose bytes are not Latin-1).
func (m *cmap) trusted() bool {
	same, other := 0, 0
	vietnamese, control := false, false
	look := func(code uint32, text string) {
		for _, r := range text {
			switch {
			case r < 0x20 || r >= 0x7F && r <= 0x9F:
				control = true
			case r == 'ă' || r == 'ơ' || r == 'ư' || r == 'đ' || r == 'Ă' || r == 'Ơ' || r == 'Ư' || r == 'Đ' || r >= 0x1EA0 && r <= 0x1EF9:
				vietnamese = true
			}
		}
		if code >= 0x80 && code <= 0xFF {
			if text == string(rune(code)) {
				same++
			} else {
				other++
			}
		}
	}
	for k, t := range m.single {
		look(uint32(k), t)
	}
	for _, r := range m.ranges {
		for c := r.lo; c <= r.hi && c-r.lo < 256; c++ {
			if t, ok := m.lookup(r.n, c); ok {
				look(c, t)
			}
		}
	}
	if vietnamese {
		return true
	}
	return !control && (same == 0 || other > same)
}
