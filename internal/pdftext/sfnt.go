package pdftext

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"

	gtfont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// Text for composite fonts that carry no ToUnicode map: Word exports and
// invoices from some tools embed an Identity-H TrueType font and nothing
// else. The glyph a code shows is found through CIDToGIDMap; its text
// through the embedded font's own cmap table read backwards (the first
// character that maps to the glyph), or else the glyph's PostScript name.

// maxGlyphMap bounds the glyphs a font's reverse map holds.
const maxGlyphMap = 1 << 16

// glyphTexts reads a TrueType/OpenType font program and returns the text
// of each glyph it can name; nil when the font cannot be read. The
// program is read with go-text/typesetting (the font library Fyne uses),
// which accepts the cmap and post tables of subset fonts that stricter
// parsers (golang.org/x/image/font/sfnt) refuse.
func glyphTexts(program []byte) (out map[uint16]string) {
	defer func() {
		if recover() != nil { // a font program is input: never a panic
			out = nil
		}
	}()
	ld, err := ot.NewLoader(bytes.NewReader(program))
	if err != nil {
		return nil
	}
	f, err := gtfont.NewFont(ld)
	if err != nil {
		return nil
	}
	out = map[uint16]string{}
	it := f.Cmap.Iter()
	for n := 0; it.Next() && n < 1<<20; n++ {
		r, g := it.Char()
		if g == 0 || g > 0xFFFF || r < 0x20 || r >= 0xD800 && r <= 0xDFFF || r >= 0xE000 && r <= 0xF8FF {
			continue // private use (symbol fonts' F0xx) says nothing about the text
		}
		if old, ok := out[uint16(g)]; !ok || []rune(old)[0] > r {
			out[uint16(g)] = string(r) // the lowest character for the glyph
		}
	}
	glyphs := 0
	if maxp, err := ld.RawTable(ot.MustNewTag("maxp")); err == nil && len(maxp) >= 6 {
		glyphs = int(maxp[4])<<8 | int(maxp[5])
	}
	for g := 1; g < min(glyphs, maxGlyphMap); g++ {
		if _, ok := out[uint16(g)]; ok {
			continue
		}
		if t := glyphText(f.GlyphName(gtfont.GID(g))); t != "" {
			out[uint16(g)] = t
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// embeddedText prepares the fallback of a composite font without a
// ToUnicode map: its descendant's TrueType program and CIDToGIDMap.
func (d *doc) embeddedText(f *font, desc Value) {
	prog := desc.Key("FontDescriptor").Key("FontFile2")
	if prog.Kind() != vStream {
		prog = desc.Key("FontDescriptor").Key("FontFile3")
		if prog.Kind() != vStream || prog.Key("Subtype").Name() != "OpenType" {
			return
		}
	}
	data, _, err := d.streamData(prog)
	if err != nil && len(data) == 0 {
		return
	}
	f.gidText = glyphTexts(data)
	if m := desc.Key("CIDToGIDMap"); m.Kind() == vStream {
		if b, _, err := d.streamData(m); err == nil || len(b) > 0 {
			f.cidToGID = b
		}
	}
}

// gidLookup is the text of a CID through the embedded font.
func (f *font) gidLookup(cid uint32) (string, bool) {
	gid := cid
	if f.cidToGID != nil {
		i := int(cid) * 2
		if i+1 >= len(f.cidToGID) {
			return "", false
		}
		gid = uint32(f.cidToGID[i])<<8 | uint32(f.cidToGID[i+1])
	}
	if gid > 0xFFFF {
		return "", false
	}
	t, ok := f.gidText[uint16(gid)]
	return t, ok
}

// ucs2CMap reports a predefined CMap whose codes are UTF-16 (UniGB-UCS2-H,
// UniJIS-UTF16-V…): the code is the text.
func ucs2CMap(name string) bool {
	return strings.HasPrefix(name, "Uni") && (strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16"))
}

func utf16Code(n int, code uint32) string {
	if n == 2 {
		return string(utf16.Decode([]uint16{uint16(code)}))
	}
	if n == 4 {
		return string(utf16.Decode([]uint16{uint16(code >> 16), uint16(code)}))
	}
	return ""
}

// type1Encoding reads the built-in encoding of a Type 1 font program from
// its clear-text part: "dup 65 /A put" lines (the encrypted part holds
// only glyph programs). StandardEncoding fonts give nothing.
func type1Encoding(program []byte) map[int]string {
	head := program[:min(len(program), 64<<10)]
	if i := bytes.Index(head, []byte("eexec")); i >= 0 {
		head = head[:i]
	}
	out := map[int]string{}
	for _, m := range dupPut.FindAllSubmatch(head, 256) {
		code, err := strconv.Atoi(string(m[1]))
		if err == nil && code >= 0 && code < 256 {
			out[code] = string(m[2])
		}
	}
	return out
}

var dupPut = regexp.MustCompile(`dup\s+(\d+)\s*/([^\s/\[\]{}()<>%]+)\s+put`)
