package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// scanner reads the XML of a Word part several times faster than
// encoding/xml: WordprocessingML is plain elements, attributes and text,
// so names are only split at their prefix (never resolved to namespace
// URLs), names are interned, and a DTD is never read. It gives the same
// tokens encoding/xml would (xml.StartElement with Name.Local and Attr,
// xml.EndElement, xml.CharData), so the walkers read either. Malformed
// input ends in an error, never a panic.
type scanner struct {
	data    []byte
	pos     int
	pending *xml.EndElement // the end of a self-closing element
	depth   int
	names   map[string]string
	buf     []byte
}

var errSyntax = errors.New("XML syntax error")

// attrsWanted are the elements whose attributes the readers look at; the
// attributes of the others (w:p's and w:r's revision ids, most of a
// document's bytes) are stepped over, not decoded.
var attrsWanted = map[string]bool{
	// document.xml and footnotes.xml
	"footnote": true, "numId": true, "ilvl": true, "anchor": true, "blip": true, "imagedata": true,
	"pStyle": true, "b": true, "u": true, "color": true, "rFonts": true, "br": true, "footnoteReference": true, "sym": true,
	// numbering.xml
	"abstractNum": true, "lvl": true, "start": true, "numFmt": true, "lvlText": true, "lvlRestart": true,
	"num": true, "abstractNumId": true, "lvlOverride": true, "startOverride": true,
	// styles.xml
	"style": true, "name": true, "outlineLvl": true,
}

func newScanner(data []byte) *scanner {
	return &scanner{data: data, names: map[string]string{}}
}

// name interns b.
func (s *scanner) name(b []byte) string {
	if n, ok := s.names[string(b)]; ok {
		return n
	}
	n := string(b)
	s.names[n] = n
	return n
}

// Token returns the next token, io.EOF at the end.
func (s *scanner) Token() (xml.Token, error) {
	if s.pending != nil {
		e := *s.pending
		s.pending = nil
		s.depth--
		return e, nil
	}
	for s.pos < len(s.data) {
		if s.data[s.pos] != '<' {
			end := bytes.IndexByte(s.data[s.pos:], '<')
			if end < 0 {
				end = len(s.data) - s.pos
			}
			raw := s.data[s.pos : s.pos+end]
			s.pos += end
			return xml.CharData(s.unescape(raw)), nil
		}
		rest := s.data[s.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest, []byte("-->"))
			if end < 0 {
				return nil, errSyntax
			}
			s.pos += end + 3
			continue
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			end := bytes.Index(rest, []byte("]]>"))
			if end < 0 {
				return nil, errSyntax
			}
			s.pos += end + 3
			return xml.CharData(rest[9:end]), nil
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return nil, errSyntax
			}
			s.pos += end + 1
			continue
		case len(rest) > 1 && rest[1] == '/':
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return nil, errSyntax
			}
			s.pos += end + 1
			s.depth--
			return xml.EndElement{Name: s.split(bytes.TrimSpace(rest[2:end]))}, nil
		}
		return s.start()
	}
	if s.depth > 0 {
		return nil, io.ErrUnexpectedEOF
	}
	return nil, io.EOF
}

// start reads a start tag at s.pos.
func (s *scanner) start() (xml.Token, error) {
	i := s.pos + 1
	n := len(s.data)
	j := i
	for j < n && !isSpace(s.data[j]) && s.data[j] != '>' && s.data[j] != '/' {
		j++
	}
	if j == i || j >= n {
		return nil, errSyntax
	}
	e := xml.StartElement{Name: s.split(s.data[i:j])}
	keep := attrsWanted[e.Name.Local]
	for {
		for j < n && isSpace(s.data[j]) {
			j++
		}
		if j >= n {
			return nil, errSyntax
		}
		switch s.data[j] {
		case '>':
			s.pos = j + 1
			s.depth++
			return e, nil
		case '/':
			if j+1 >= n || s.data[j+1] != '>' {
				return nil, errSyntax
			}
			s.pos = j + 2
			s.depth++
			s.pending = &xml.EndElement{Name: e.Name}
			return e, nil
		}
		k := j
		for k < n && s.data[k] != '=' && !isSpace(s.data[k]) && s.data[k] != '>' {
			k++
		}
		key := s.data[j:k]
		for k < n && isSpace(s.data[k]) {
			k++
		}
		if k >= n || s.data[k] != '=' {
			return nil, errSyntax
		}
		k++
		for k < n && isSpace(s.data[k]) {
			k++
		}
		if k >= n || s.data[k] != '"' && s.data[k] != '\'' {
			return nil, errSyntax
		}
		q := s.data[k]
		end := bytes.IndexByte(s.data[k+1:], q)
		if end < 0 {
			return nil, errSyntax
		}
		if keep {
			val := s.data[k+1 : k+1+end]
			e.Attr = append(e.Attr, xml.Attr{Name: s.split(key), Value: string(s.unescape(val))})
		}
		j = k + 1 + end + 1
	}
}

// Skip reads to the end of the element whose start was just read.
func (s *scanner) Skip() error {
	for depth := 1; depth > 0; {
		tok, err := s.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// split makes a name of "w:p": prefix as Space (never resolved), p as Local.
func (s *scanner) split(b []byte) xml.Name {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return xml.Name{Space: s.name(b[:i]), Local: s.name(b[i+1:])}
	}
	return xml.Name{Local: s.name(b)}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// unescape decodes the five entities and character references; raw is
// returned as it is when it has none.
func (s *scanner) unescape(raw []byte) []byte {
	amp := bytes.IndexByte(raw, '&')
	if amp < 0 {
		return raw
	}
	out := append(s.buf[:0], raw[:amp]...)
	for i := amp; i < len(raw); {
		c := raw[i]
		if c != '&' {
			out = append(out, c)
			i++
			continue
		}
		semi := bytes.IndexByte(raw[i:], ';')
		if semi < 0 || semi > 12 {
			out = append(out, c)
			i++
			continue
		}
		ent := raw[i+1 : i+semi]
		switch string(ent) {
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "amp":
			out = append(out, '&')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			r := rune(-1)
			if len(ent) > 1 && ent[0] == '#' {
				var v uint64
				var err error
				if ent[1] == 'x' || ent[1] == 'X' {
					v, err = strconv.ParseUint(string(ent[2:]), 16, 32)
				} else {
					v, err = strconv.ParseUint(string(ent[1:]), 10, 32)
				}
				if err == nil && utf8.ValidRune(rune(v)) {
					r = rune(v)
				}
			}
			if r < 0 {
				out = append(out, raw[i:i+semi+1]...) // not an entity we know: as written
			} else {
				out = utf8.AppendRune(out, r)
			}
		}
		i += semi + 1
	}
	s.buf = out[:0]
	// The caller keeps the result only until the next token, as with
	// encoding/xml; attribute values are copied into strings at once.
	return out
}
