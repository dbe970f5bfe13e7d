package pdftext

import (
	"errors"
	"strconv"
	"unicode/utf16"
)

// The file structure of a PDF (ISO 32000 section 7.3–7.5): objects, the
// cross-reference tables and streams that locate them, object streams and
// the trailer. It is read here, over the bytes of the file, rather than by
// a parser module: the text extraction needs each stream's raw bytes and
// the decryption of every standard security handler (crypt.go), and a
// reader of its own never depends on another module's printed forms.

type vkind uint8

const (
	vNull vkind = iota
	vBool
	vInteger
	vReal
	vString
	vName
	vArray
	vDict
	vStream
)

type (
	pdfName   string
	pdfString string // raw bytes, decrypted
	dict      map[pdfName]object
	ref       struct{ id, gen uint32 }
	object    any // nil, bool, int64, float64, pdfString, pdfName, []object, dict, *stream, ref
)

// stream is a stream object: its dictionary and where its bytes lie.
type stream struct {
	hdr   dict
	start int // offset of the first byte after "stream" and its end of line
	self  ref // the indirect object it is (streams always are one)
	// length is the byte count from /Length, or -1 when it is missing or
	// wrong and the data runs to "endstream".
	length int
}

// Value is an object of the file with its references resolved lazily.
type Value struct {
	f *file
	o object
}

func (v Value) resolved() object {
	o := v.o
	for hops := 0; hops < 16; hops++ {
		r, ok := o.(ref)
		if !ok || v.f == nil {
			return o
		}
		o = v.f.resolve(r)
	}
	return nil
}

// Kind says what the value is.
func (v Value) Kind() vkind {
	switch v.resolved().(type) {
	case bool:
		return vBool
	case int64:
		return vInteger
	case float64:
		return vReal
	case pdfString:
		return vString
	case pdfName:
		return vName
	case []object:
		return vArray
	case dict:
		return vDict
	case *stream:
		return vStream
	}
	return vNull
}

// IsNull reports a missing or null value.
func (v Value) IsNull() bool { return v.Kind() == vNull }

// Key returns a dictionary's (or a stream dictionary's) entry.
func (v Value) Key(k string) Value {
	switch o := v.resolved().(type) {
	case dict:
		return Value{v.f, o[pdfName(k)]}
	case *stream:
		return Value{v.f, o.hdr[pdfName(k)]}
	}
	return Value{f: v.f}
}

// Keys returns a dictionary's keys (in no order).
func (v Value) Keys() []string {
	var d dict
	switch o := v.resolved().(type) {
	case dict:
		d = o
	case *stream:
		d = o.hdr
	}
	out := make([]string, 0, len(d))
	for k := range d {
		out = append(out, string(k))
	}
	return out
}

// Index returns an array's element.
func (v Value) Index(i int) Value {
	if a, ok := v.resolved().([]object); ok && i >= 0 && i < len(a) {
		return Value{v.f, a[i]}
	}
	return Value{f: v.f}
}

// Len is an array's length.
func (v Value) Len() int {
	if a, ok := v.resolved().([]object); ok {
		return len(a)
	}
	return 0
}

// Name returns a name's text.
func (v Value) Name() string {
	n, _ := v.resolved().(pdfName)
	return string(n)
}

// Bool returns a boolean.
func (v Value) Bool() bool {
	b, _ := v.resolved().(bool)
	return b
}

// Int64 returns a number as an integer.
func (v Value) Int64() int64 {
	switch n := v.resolved().(type) {
	case int64:
		return n
	case float64:
		if n > -1e18 && n < 1e18 {
			return int64(n)
		}
	}
	return 0
}

// Float64 returns a number.
func (v Value) Float64() float64 {
	switch n := v.resolved().(type) {
	case int64:
		return float64(n)
	case float64:
		return n
	}
	return 0
}

// RawString returns a string's bytes.
func (v Value) RawString() string {
	s, _ := v.resolved().(pdfString)
	return string(s)
}

// Text decodes a text string: UTF-16 or UTF-8 with a byte-order mark,
// otherwise PDFDocEncoding.
func (v Value) Text() string { return textString(v.RawString()) }

// Ref returns the indirect reference the value was reached by, if any:
// what tells two objects apart.
func (v Value) Ref() (ref, bool) {
	if r, ok := v.o.(ref); ok {
		return r, true
	}
	if s, ok := v.resolved().(*stream); ok {
		return s.self, true
	}
	return ref{}, false
}

func textString(s string) string {
	switch {
	case len(s) >= 2 && (s[0] == 0xFE && s[1] == 0xFF || s[0] == 0xFF && s[1] == 0xFE):
		be := s[0] == 0xFE
		u := make([]uint16, 0, len(s)/2)
		for i := 2; i+1 < len(s); i += 2 {
			if be {
				u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
			} else {
				u = append(u, uint16(s[i+1])<<8|uint16(s[i]))
			}
		}
		return string(utf16.Decode(u))
	case len(s) >= 3 && s[:3] == "\xEF\xBB\xBF":
		return s[3:]
	}
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r = append(r, pdfDoc(s[i]))
	}
	return string(r)
}

// pdfDocHigh is PDFDocEncoding from 0x80 to 0xA0; 0x18–0x1F are accents.
var pdfDocHigh = []rune("•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\uFFFD€")
var pdfDocLow = []rune("˘ˇˆ˙˝˛˚˜")

func pdfDoc(c byte) rune {
	switch {
	case c >= 0x80 && c <= 0xA0:
		return pdfDocHigh[c-0x80]
	case c >= 0x18 && c <= 0x1F:
		return pdfDocLow[c-0x18]
	}
	return rune(c)
}

// --- parsing objects -------------------------------------------------

var errSyntax = errors.New("PDF syntax")

// parser reads objects from a byte slice. It never panics on bad input and
// bounds nesting.
type parser struct {
	data []byte
	pos  int
	f    *file
	// owner is the indirect object being read, whose key decrypts its
	// strings; nil crypt (or inside an object stream) leaves them as read.
	owner   ref
	decrypt bool
}

// skipSpace skips white space and comments, as the content lexer does.
func (p *parser) skipSpace() {
	l := lexer{data: p.data, pos: p.pos}
	l.skipSpace()
	p.pos = l.pos
}

// token returns the next regular token (a number, keyword or name body)
// without consuming it.
func (p *parser) peekWord() []byte {
	p.skipSpace()
	i := p.pos
	for i < len(p.data) && !isWhite(p.data[i]) && !isDelim(p.data[i]) {
		i++
	}
	return p.data[p.pos:i]
}

func (p *parser) object(depth int) (object, error) {
	p.skipSpace()
	if p.pos >= len(p.data) {
		return nil, errSyntax
	}
	if depth > maxNesting {
		return nil, errSyntax
	}
	c := p.data[p.pos]
	switch {
	case c == '/':
		p.pos++
		return p.name(), nil
	case c == '(':
		return p.crypt(p.literal()), nil
	case c == '<' && p.pos+1 < len(p.data) && p.data[p.pos+1] == '<':
		p.pos += 2
		d := dict{}
		for {
			p.skipSpace()
			if p.pos >= len(p.data) {
				return d, errSyntax
			}
			if p.data[p.pos] == '>' {
				p.pos++
				if p.pos < len(p.data) && p.data[p.pos] == '>' {
					p.pos++
				}
				return d, nil
			}
			if p.data[p.pos] != '/' {
				// Junk where a key should be: skip a token.
				if w := p.peekWord(); len(w) > 0 {
					p.pos += len(w)
				} else {
					p.pos++
				}
				continue
			}
			p.pos++
			k := p.name()
			v, err := p.object(depth + 1)
			if err != nil {
				return d, err
			}
			if v != nil {
				d[k] = v
			}
		}
	case c == '<':
		l := lexer{data: p.data, pos: p.pos}
		h := l.hex()
		p.pos = l.pos
		return p.crypt(pdfString(h)), nil
	case c == '[':
		p.pos++
		var a []object
		for {
			p.skipSpace()
			if p.pos >= len(p.data) {
				return a, errSyntax
			}
			if p.data[p.pos] == ']' {
				p.pos++
				return a, nil
			}
			v, err := p.object(depth + 1)
			if err != nil {
				return a, err
			}
			a = append(a, v)
			if len(a) > 1<<22 {
				return a, errSyntax
			}
		}
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		p.pos++
		return nil, errSyntax
	}
	w := p.peekWord()
	if len(w) == 0 {
		p.pos++
		return nil, errSyntax
	}
	switch string(w) {
	case "true":
		p.pos += 4
		return true, nil
	case "false":
		p.pos += 5
		return false, nil
	case "null":
		p.pos += 4
		return nil, nil
	}
	if n, isInt, ok := number(w); ok {
		p.pos += len(w)
		if isInt && n >= 0 {
			// "id gen R" is a reference.
			save := p.pos
			g := p.peekWord()
			if gn, gInt, ok := number(g); ok && gInt && gn >= 0 {
				p.pos += len(g)
				if r := p.peekWord(); string(r) == "R" {
					p.pos++
					if n < 1<<31 && gn < 1<<31 {
						return ref{uint32(n), uint32(gn)}, nil
					}
					return nil, nil
				}
			}
			p.pos = save
		}
		if isInt {
			return int64(n), nil
		}
		return n, nil
	}
	// An unknown keyword (R, obj, endobj…): not an object here.
	return nil, errSyntax
}

func number(w []byte) (float64, bool, bool) {
	if len(w) == 0 || len(w) > 40 {
		return 0, false, false
	}
	isInt := true
	for i, c := range w {
		switch {
		case c >= '0' && c <= '9':
		case (c == '-' || c == '+') && i == 0:
		case c == '.':
			isInt = false
		default:
			return 0, false, false
		}
	}
	if isInt {
		n, err := strconv.ParseInt(string(w), 10, 64)
		if err != nil {
			return 0, false, false
		}
		return float64(n), true, true
	}
	s := string(w)
	if s[0] == '+' {
		s = s[1:]
	}
	if s == "-" || s == "." || s == "-." {
		return 0, false, true
	}
	n, err := strconv.ParseFloat(s, 64)
	return n, false, err == nil
}

func (p *parser) name() pdfName {
	start := p.pos
	for p.pos < len(p.data) && !isWhite(p.data[p.pos]) && !isDelim(p.data[p.pos]) {
		p.pos++
	}
	return pdfName(unescapeName(p.data[start:p.pos]))
}

func (p *parser) literal() pdfString {
	l := lexer{data: p.data, pos: p.pos}
	s := l.literal()
	p.pos = l.pos
	return pdfString(s)
}

func (p *parser) crypt(s pdfString) object {
	if p.decrypt && p.f != nil && p.f.crypt != nil {
		return pdfString(p.f.crypt.decryptString(p.owner, []byte(s)))
	}
	return s
}
