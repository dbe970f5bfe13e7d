package pdftext

import (
	"bufio"
	_ "embed"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/encoding/charmap"

	"sotay/internal/viet"
)

// font turns the codes of a shown string into text and advance widths.
type font struct {
	name      string // BaseFont without the subset prefix
	composite bool   // Type0: codes of one or more bytes, widths by CID
	space     []codeRange
	enc       *cmap // a Type0 font's encoding CMap; nil for Identity
	toUni     *cmap
	simple    [256]string // a simple font's text per code (no ToUnicode)
	first     int
	widths    []float64 // simple fonts, from FirstChar, in glyph units
	missing   float64
	cidW      []cidWidth
	dw        float64
	scale     float64 // glyph units → text space: 0.001, or Type3's FontMatrix
	legacy    viet.Encoding
	// Composite fonts without ToUnicode: glyph → text from the embedded
	// font (sfnt.go), or codes that are UTF-16 (a Uni…-UCS2 CMap).
	gidText  map[uint16]string
	cidToGID []byte
	ucs2     bool
	// unreadable names a predefined CMap whose codes cannot become text
	// (a CJK encoding such as 90ms-RKSJ-H) and no ToUnicode map.
	unreadable string
	upper      bool // a TCVN3 capitals font (.VnTimeH): every letter shows as a capital
	// legacyKnown means the legacy encoding the name suggested has been
	// confirmed or ruled out by evidence: a trusted ToUnicode map, or the
	// font's text on a page (pageText.legRaw).
	legacyKnown bool
	guessW      bool // no widths in the file: advances are estimates
}

type cidWidth struct {
	lo, hi uint32
	w      float64
}

//go:embed glyphlist.txt
var glyphListText string

var glyphList = sync.OnceValue(func() map[string]rune {
	m := make(map[string]rune, 4300)
	sc := bufio.NewScanner(strings.NewReader(glyphListText))
	for sc.Scan() {
		name, hex, ok := strings.Cut(sc.Text(), " ")
		if !ok || strings.HasPrefix(name, "#") {
			continue
		}
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
			m[name] = rune(v)
		}
	}
	return m
})

// glyphText returns the text a glyph name stands for: the Adobe Glyph List,
// uniXXXX, uXXXX[XX], and names with a suffix (a.sc, f_i).
func glyphText(name string) string {
	if r, ok := glyphList()[name]; ok {
		return string(r)
	}
	if base, _, ok := strings.Cut(name, "."); ok && base != "" {
		return glyphText(base)
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for part := range strings.SplitSeq(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= 0x10FFFF {
			return string(rune(v))
		}
	}
	return ""
}

// baseEncoding fills table with a named simple-font encoding.
func baseEncoding(table *[256]string, name string) {
	var cm *charmap.Charmap
	switch name {
	case "WinAnsiEncoding":
		cm = charmap.Windows1252
	case "MacRomanEncoding":
		cm = charmap.Macintosh
	}
	for c := range 256 {
		switch {
		case cm != nil:
			table[c] = string(cm.DecodeByte(byte(c)))
		default: // StandardEncoding, PDFDocEncoding and unknown: Latin-1 with Standard's quotes
			table[c] = string(rune(c))
		}
	}
	if cm == nil && name != "PDFDocEncoding" {
		table['\''] = "’"
		table['`'] = "‘"
	}
	if name == "StandardEncoding" {
		// Adobe's StandardEncoding above 0x7F is not Latin-1 (Annex D).
		for c := 0x80; c < 0x100; c++ {
			table[c] = ""
		}
		for i, r := range []rune(standardHigh) {
			if r != '·' {
				table[0xA1+i] = string(r)
			}
		}
	}
	if cm == charmap.Windows1252 {
		// PDF's WinAnsiEncoding (ISO 32000 Annex D) differs from Windows
		// code page 1252: 0xAD is the hyphen, and the unused codes above
		// 0x7E show the bullet.
		table[0xAD] = "-"
		for _, c := range []int{0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D} {
			table[c] = "•"
		}
	}
}

// stripSubset removes the "ABCDEF+" prefix of a subset font's name.
func stripSubset(name string) string {
	if len(name) > 7 && name[6] == '+' {
		return name[7:]
	}
	return name
}

// loadFont reads a font dictionary.
func (d *doc) loadFont(v Value) *font {
	f := &font{name: stripSubset(v.Key("BaseFont").Name()), scale: 0.001}
	f.legacy, f.upper = viet.LegacyFont(f.name)
	subtype := v.Key("Subtype").Name()
	if tu := v.Key("ToUnicode"); tu.Kind() == vStream {
		if data, _, err := d.streamData(tu); err == nil || len(data) > 0 {
			if m := parseCMap(data); len(m.single) > 0 || len(m.ranges) > 0 {
				f.toUni = m // a map that maps nothing (damaged, unfiltered) is no map
			}
		}
	}
	if f.toUni != nil && f.legacy != viet.Unicode && f.toUni.trusted() {
		// The name looks like .VnTime or VNI-Times, but the file says what
		// the glyphs are (VnTeX's VNR12, VnNimbusRomanNo9L…): that wins.
		f.legacy, f.legacyKnown = viet.Unicode, true
	}
	if subtype == "Type0" {
		f.composite = true
		desc := v.Key("DescendantFonts").Index(0)
		if f.name == "" {
			f.name = stripSubset(desc.Key("BaseFont").Name())
			f.legacy, f.upper = viet.LegacyFont(f.name)
		}
		enc := v.Key("Encoding")
		switch {
		case enc.Kind() == vStream:
			if data, _, err := d.streamData(enc); err == nil || len(data) > 0 {
				f.enc = parseCMap(data)
				f.space = f.enc.space
			}
		case enc.Name() == "Identity-H" || enc.Name() == "Identity-V" || enc.IsNull():
			if f.toUni == nil {
				d.embeddedText(f, desc)
				if f.gidText == nil {
					f.unreadable = "Identity-H"
				}
			}
		case ucs2CMap(enc.Name()):
			f.ucs2 = true
		case f.toUni == nil:
			f.unreadable = enc.Name()
		}
		if len(f.space) == 0 {
			f.space = []codeRange{{[]byte{0, 0}, []byte{0xFF, 0xFF}}}
		}
		f.dw = 1000
		if dw := desc.Key("DW"); !dw.IsNull() {
			f.dw = dw.Float64()
		}
		w := desc.Key("W")
		for i := 0; i < w.Len() && i < 1<<16; {
			first := w.Index(i)
			next := w.Index(i + 1)
			if next.Kind() == vArray {
				c := uint32(first.Int64())
				for j := 0; j < next.Len() && j < 1<<16; j++ {
					f.cidW = append(f.cidW, cidWidth{c + uint32(j), c + uint32(j), next.Index(j).Float64()})
				}
				i += 2
				continue
			}
			f.cidW = append(f.cidW, cidWidth{uint32(first.Int64()), uint32(next.Int64()), w.Index(i + 2).Float64()})
			i += 3
		}
		return f
	}
	if subtype == "Type3" {
		if m := v.Key("FontMatrix"); m.Len() >= 4 {
			f.scale = m.Index(0).Float64()
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	f.missing = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	f.guessW = len(f.widths) == 0

	enc := v.Key("Encoding")
	baseName := enc.Name()
	if enc.Kind() == vDict {
		baseName = enc.Key("BaseEncoding").Name()
	}
	if fd := v.Key("FontDescriptor"); enc.IsNull() && fd.Key("Flags").Int64()&32 != 0 &&
		fd.Key("FontFile").IsNull() && fd.Key("FontFile2").IsNull() && fd.Key("FontFile3").IsNull() {
		// A Latin font named, not embedded, with no encoding: the
		// viewer's own font is used with StandardEncoding.
		baseName = "StandardEncoding"
	}
	baseEncoding(&f.simple, baseName)
	// Symbol and ZapfDingbats have their own encodings, not Latin.
	symbolic := baseName == "" && standardSymbolic(&f.simple, f.name)
	if baseName == "" && !symbolic && (subtype == "Type1" || subtype == "MMType1") {
		// No base encoding named: an embedded Type 1 font's own encoding
		// (TeX's fonts: CMR10, the VnTeX fonts) says what its codes are.
		fd := v.Key("FontDescriptor")
		if ff := fd.Key("FontFile"); ff.Kind() == vStream {
			if data, _, err := d.streamData(ff); err == nil || len(data) > 0 {
				f.builtin(type1Encoding(data))
			}
		} else if ff := fd.Key("FontFile3"); ff.Kind() == vStream && ff.Key("Subtype").Name() == "Type1C" {
			if data, _, err := d.streamData(ff); err == nil || len(data) > 0 {
				f.builtin(cffEncoding(data))
			}
		}
	}
	explicit := 0         // Differences entries above 0x7F that are not Latin-1
	var byGID map[int]int // code → glyph number, for names like "g18"
	if enc.Kind() == vDict {
		diff := enc.Key("Differences")
		code := 0
		for i := 0; i < diff.Len() && i < 1024; i++ {
			x := diff.Index(i)
			switch x.Kind() {
			case vInteger:
				code = int(x.Int64())
			case vName:
				if code >= 0 && code < 256 {
					if t := glyphText(x.Name()); t != "" {
						f.simple[code] = t
						if code >= 0x80 && t != string(rune(code)) {
							explicit++
						}
					} else if m := glyphNumber.FindStringSubmatch(x.Name()); m != nil {
						// "g18", "glyph18": a glyph of the embedded font by number
						if n, err := strconv.Atoi(m[1]); err == nil && n < maxGlyphMap {
							if byGID == nil {
								byGID = map[int]int{}
							}
							byGID[code] = n
						}
					}
				}
				code++
			}
		}
	}
	if byGID != nil {
		var texts map[uint16]string
		if ff := v.Key("FontDescriptor").Key("FontFile2"); ff.Kind() == vStream {
			if data, _, err := d.streamData(ff); err == nil || len(data) > 0 {
				texts = glyphTexts(data)
			}
		}
		for code, gid := range byGID {
			if t, ok := texts[uint16(gid)]; ok {
				f.simple[code] = t
			} else if gid >= 3 && gid <= 97 {
				// A TrueType font converted to Type 1 (Distiller's Cambria):
				// glyphs 3–97 are printable ASCII in the standard Macintosh
				// glyph order every TrueType font begins with.
				f.simple[code] = string(rune(gid + 29))
			}
		}
	}
	if explicit > 0 && f.legacy != viet.Unicode {
		// The encoding names the glyphs above 0x7F ("ohorn", "uhookabove":
		// VnTeX's T5 fonts are named VnBitstreamCharter, VNR10…), so
		// the codes are not TCVN3 or VNI bytes whatever the name says.
		f.legacy, f.upper, f.legacyKnown = viet.Unicode, false, true
	}
	return f
}

// builtin sets codes from a font program's own encoding; a program that
// names its glyphs above 0x7F other than Latin-1 (VnTeX's T5 fonts, VNSS10,
// VNR12…) says what its codes are, whatever its name suggests.
func (f *font) builtin(names map[int]string) {
	explicit := 0
	for code, name := range names {
		if t := glyphText(name); t != "" && code >= 0 && code < 256 {
			f.simple[code] = t
			if code >= 0x80 && t != string(rune(code)) {
				explicit++
			}
		}
	}
	if explicit > 0 && f.legacy != viet.Unicode {
		f.legacy, f.upper, f.legacyKnown = viet.Unicode, false, true
	}
}

// glyphNumber matches glyph names that are only a glyph's number in the
// font program (Acrobat Distiller's "g18" for TrueType glyphs).
var glyphNumber = regexp.MustCompile(`^(?:g|glyph|gid|index)(\d+)$`)

// glyph is one code of a shown string.
type glyph struct {
	text  string
	width float64 // advance in text space units (before font size)
	space bool    // a single-byte code 32: word spacing applies
}

// decode splits s into codes and calls fn for each.
func (f *font) decode(s string, fn func(glyph)) {
	for i := 0; i < len(s); {
		n := 1
		if f.composite {
			n = splitCode(f.space, s[i:], 2)
		} else if f.toUni != nil && len(f.toUni.space) > 0 {
			n = 1 // simple fonts have one-byte codes whatever the CMap says
		}
		code := codeValue(s[i : i+n])
		g := glyph{space: n == 1 && code == 32}
		var text string
		var ok bool
		if f.toUni != nil && f.legacy == viet.Unicode {
			text, ok = f.toUni.lookup(n, code)
		}
		switch {
		case ok:
		case f.legacy != viet.Unicode && !f.composite:
			text = string(rune(code)) // the legacy byte, converted per run
		case f.composite:
			if f.toUni != nil {
				text, ok = f.toUni.lookup(n, code)
			}
			if !ok && f.ucs2 {
				text = utf16Code(n, code)
			} else if !ok && f.gidText != nil {
				cid := code
				if f.enc != nil {
					cid = f.enc.cid(n, code)
				}
				text, _ = f.gidLookup(cid)
			}
		default:
			text = f.simple[code&0xFF]
		}
		g.text = text
		g.width = f.advance(n, code, text) * f.scale
		fn(g)
		i += n
	}
}

func (f *font) advance(n int, code uint32, text string) float64 {
	if f.composite {
		cid := code
		if f.enc != nil {
			cid = f.enc.cid(n, code)
		}
		for i := len(f.cidW) - 1; i >= 0; i-- {
			if w := f.cidW[i]; cid >= w.lo && cid <= w.hi {
				return w.w
			}
		}
		return f.dw
	}
	if i := int(code) - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	if f.missing > 0 {
		return f.missing
	}
	// No widths (a standard font not embedded): an average advance.
	switch {
	case strings.HasPrefix(f.name, "Courier"):
		return 600
	case text == " ":
		return 250
	case text != "" && text[0] >= 'A' && text[0] <= 'Z':
		return 680
	}
	return 500
}

// standardHigh is StandardEncoding from 0xA1 to 0xFB ("·": no glyph).
const standardHigh = "¡¢£⁄¥ƒ§¤'“«‹›ﬁﬂ·–†‡··¶•‚„”»…‰·¿·`´ˆ˜¯˘˙¨·˚¸·˝˛ˇ—················Æ·ª····ŁØŒº·····æ···ı··łøœß"
