package pdftext

import (
	"bytes"
	"strconv"
)

// A content stream (and a CMap) is a flat list of operands followed by an
// operator. lexer reads one from memory: it never panics, never loops
// without consuming input, and bounds nesting, so a hostile stream can only
// cost time in proportion to its length.

type kind uint8

const (
	kNone kind = iota
	kNum
	kStr // literal or hex string: raw bytes
	kName
	kArray
	kDict // contents skipped; only its presence matters
	kBool
	kNull
)

type operand struct {
	kind kind
	num  float64
	str  string
	arr  []operand
}

type lexer struct {
	data []byte
	pos  int
	args []operand
}

const maxNesting = 32

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// next returns the next operator with its operands in l.args (reused
// between calls), or ok=false at the end of the data.
func (l *lexer) next() (op string, ok bool) {
	l.args = l.args[:0]
	for {
		l.skipSpace()
		if l.pos >= len(l.data) {
			return "", false
		}
		c := l.data[l.pos]
		if c == ']' || c == '>' || c == ')' || c == '}' || c == '{' {
			l.pos++ // stray closer: ignore
			continue
		}
		if isOperandStart(c) {
			v := l.operand(0)
			if len(l.args) < 4096 { // a flood of operands is dropped, not kept
				l.args = append(l.args, v)
			}
			continue
		}
		start := l.pos
		for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
			l.pos++
		}
		word := string(l.data[start:l.pos])
		switch word {
		case "true", "false":
			l.args = append(l.args, operand{kind: kBool, num: b2f(word == "true")})
			continue
		case "null":
			l.args = append(l.args, operand{kind: kNull})
			continue
		case "BI":
			l.skipInlineImage()
			l.args = l.args[:0]
			continue
		}
		return word, true
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func isOperandStart(c byte) bool {
	return c == '(' || c == '<' || c == '[' || c == '/' || c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9'
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// operand reads one operand starting at l.pos (which isOperandStart).
func (l *lexer) operand(depth int) operand {
	c := l.data[l.pos]
	switch {
	case c == '(':
		return operand{kind: kStr, str: l.literal()}
	case c == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.skipDict(depth)
		return operand{kind: kDict}
	case c == '<':
		return operand{kind: kStr, str: l.hex()}
	case c == '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
			l.pos++
		}
		return operand{kind: kName, str: unescapeName(l.data[start:l.pos])}
	case c == '[':
		l.pos++
		var arr []operand
		for {
			l.skipSpace()
			if l.pos >= len(l.data) {
				return operand{kind: kArray, arr: arr}
			}
			c := l.data[l.pos]
			if c == ']' {
				l.pos++
				return operand{kind: kArray, arr: arr}
			}
			if !isOperandStart(c) || depth >= maxNesting {
				// an operator inside an array: malformed, end the array here
				if !isOperandStart(c) {
					l.pos++
					for l.pos < len(l.data) && !isWhite(l.data[l.pos]) && !isDelim(l.data[l.pos]) {
						l.pos++
					}
					continue
				}
				l.pos++
				continue
			}
			v := l.operand(depth + 1)
			if len(arr) < 1<<16 {
				arr = append(arr, v)
			}
		}
	default:
		start := l.pos
		l.pos++
		for l.pos < len(l.data) {
			c := l.data[l.pos]
			if c == '.' || c >= '0' && c <= '9' || c == '-' || c == '+' || c == 'e' || c == 'E' {
				l.pos++
				continue
			}
			break
		}
		f, err := strconv.ParseFloat(string(l.data[start:l.pos]), 64)
		if err != nil {
			f = parseLooseNumber(l.data[start:l.pos])
		}
		return operand{kind: kNum, num: f}
	}
}

// parseLooseNumber reads numbers as real producers write them ("--5",
// "5.-", "1.2.3") the way viewers do: sign, digits, one point.
func parseLooseNumber(b []byte) float64 {
	neg := false
	i := 0
	for i < len(b) && (b[i] == '-' || b[i] == '+') {
		neg = neg || b[i] == '-'
		i++
	}
	var v, scale float64 = 0, 0
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case c >= '0' && c <= '9':
			v = v*10 + float64(c-'0')
			if scale > 0 {
				scale *= 10
			}
		case c == '.' && scale == 0:
			scale = 1
		default:
			i = len(b)
		}
	}
	if scale > 0 {
		v /= scale
	}
	if neg {
		v = -v
	}
	return v
}

func unescapeName(b []byte) string {
	if bytes.IndexByte(b, '#') < 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			if v, err := strconv.ParseUint(string(b[i+1:i+3]), 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

// literal reads a (string) with its escapes and balanced parentheses.
func (l *lexer) literal() string {
	l.pos++ // (
	var out []byte
	depth := 1
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\\':
			if l.pos >= len(l.data) {
				return string(out)
			}
			e := l.data[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.data) && l.data[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.data) && l.data[l.pos] >= '0' && l.data[l.pos] <= '7'; k++ {
						v = v*8 + int(l.data[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// hex reads a <hex string>; an odd final digit counts as followed by 0.
func (l *lexer) hex() string {
	l.pos++ // <
	var out []byte
	hi, have := byte(0), false
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		l.pos++
		var v byte
		switch {
		case c == '>':
			if have {
				out = append(out, hi<<4)
			}
			return string(out)
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue
		}
		if have {
			out = append(out, hi<<4|v)
			have = false
		} else {
			hi, have = v, true
		}
	}
	return string(out)
}

// skipDict skips a << … >> dictionary (marked-content properties).
func (l *lexer) skipDict(depth int) {
	l.pos += 2
	for l.pos < len(l.data) {
		l.skipSpace()
		if l.pos >= len(l.data) {
			return
		}
		c := l.data[l.pos]
		if c == '>' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '>' {
			l.pos += 2
			return
		}
		if isOperandStart(c) && depth < maxNesting {
			l.operand(depth + 1)
			continue
		}
		l.pos++
	}
}

// skipInlineImage skips from after BI past the EI that ends the image's
// binary data (EI between white space, as viewers find it).
func (l *lexer) skipInlineImage() {
	i := bytes.Index(l.data[l.pos:], []byte("ID"))
	if i < 0 {
		l.pos = len(l.data)
		return
	}
	p := l.pos + i + 2
	for {
		j := bytes.Index(l.data[p:], []byte("EI"))
		if j < 0 {
			l.pos = len(l.data)
			return
		}
		e := p + j
		before := e > 0 && isWhite(l.data[e-1])
		after := e+2 >= len(l.data) || isWhite(l.data[e+2])
		if before && after {
			l.pos = e + 2
			return
		}
		p = e + 2
	}
}
