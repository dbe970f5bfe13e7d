package pdftext

import (
	"strings"
	"unicode/utf16"

	"golang.org/x/image/font/sfnt"
)

// Text for composite fonts that carry no ToUnicode map: Word exports and
// invoices from some tools embed an Identity-H TrueType font and nothing
// else. The glyph a code shows is found through CIDToGIDMap; its text
// through the embedded font's own cmap table read backwards (the first
// character that maps to the glyph), or else the glyph's PostScript name.

// maxGlyphMap bounds the glyphs a font's reverse map holds.
const maxGlyphMap = 1 << 16

// glyphTexts reads a TrueType/OpenType font program and returns the text
// of each glyph it can name; nil when the font cannot be read.
func glyphTexts(program []byte) map[uint16]string {
	f, err := sfnt.Parse(program)
	if err != nil {
		return nil
	}
	var buf sfnt.Buffer
	out := map[uint16]string{}
	for r := rune(0x20); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r >= 0xE000 && r <= 0xF8FF {
			continue // surrogates; private use says nothing about the text
		}
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue
		}
		if _, ok := out[uint16(g)]; !ok {
			out[uint16(g)] = string(r)
		}
	}
	n := min(f.NumGlyphs(), maxGlyphMap)
	for g := 1; g < n; g++ {
		if _, ok := out[uint16(g)]; ok {
			continue
		}
		name, err := f.GlyphName(&buf, sfnt.GlyphIndex(g))
		if err != nil || name == "" || name == ".notdef" {
			continue
		}
		if t := glyphText(name); t != "" {
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
