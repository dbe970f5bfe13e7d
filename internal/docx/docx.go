// Package docx reads the text of Word (.docx) files: paragraphs, heading
// styles, tables (a row per line) and footnotes, with runs typed in the
// old .VnTime (TCVN3) and VNI-Times fonts converted to Unicode. Only
// archive/zip and encoding/xml: a DOCX is a zip of XML parts.
package docx

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"sotay/internal/viet"
	"sotay/internal/ziplimit"
)

var (
	// ErrNotDOCX means the bytes are not a Word document (not a zip, or a
	// zip without word/document.xml).
	ErrNotDOCX = errors.New("not a DOCX file")
	// ErrTooLarge means the file would inflate beyond its limits (a zip
	// bomb): a part over 64 MB, parts over 1 GB together, or a part
	// compressed far better than any XML is.
	ErrTooLarge = errors.New("DOCX part too large")
)

// limits bound the archive: one XML part, everything it declares (pictures
// too, stored about as large as they are), and the compression ratio.
var limits = ziplimit.Limits{Entry: 64 << 20, Total: 1 << 30, Ratio: 500}

// Heading is a paragraph with a heading style: its rune offset in Text and
// its level (1 for Heading 1).
type Heading struct {
	Offset, Level int
}

// Result is a DOCX file's text.
type Result struct {
	Text     string // paragraphs one per line, NFC; footnotes at the end
	Headings []Heading
	Legacy   []viet.Encoding // legacy fonts converted
	Title    string          // the core properties' title, if any
	// Pictures are the pictures ExtractMarked found, in the order of their
	// marks: ImageMark followed by rune(ImageIndex+k) stands for Pictures[k].
	Pictures []Picture
	// Numbered are the paragraphs Word numbers automatically, as read
	// (label first): what the Word corpus measurement checks.
	Numbered []string
}

// Picture is a picture of the document: its part name in the archive
// ("word/media/image1.wmf") and its bytes (nil when the file links to a
// picture outside it, or the part is missing).
type Picture struct {
	Name string
	Data []byte
	// Behind: anchored behind the text, as a watermark or a page's
	// background is (and, in files converted from PDF, every picture).
	Behind bool
}

// MarkStart and MarkEnd (private-use characters) surround the runs that
// ExtractMarked found bold, underlined or red: how trainers mark the right
// answer in a Word question bank.
const (
	MarkStart = '\uE000'
	MarkEnd   = '\uE001'
	// ImageMark stands where ExtractMarked found a picture or an embedded
	// object (a formula): a question bank must not lose it silently.
	ImageMark = '\uE002'
	// ImageIndex+k, right after an ImageMark, says which of the
	// Result's Pictures it is (a supplementary private-use rune: no
	// parser mistakes it for text).
	ImageIndex = '\U000F0000'
)

// PictureAt reads the picture index after an ImageMark at s[i:], and how
// many bytes the mark and its index take; ok is false when s[i:] holds no
// mark.
func PictureAt(s string, i int) (k, size int, ok bool) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r != ImageMark {
		return 0, 0, false
	}
	idx, m := utf8.DecodeRuneInString(s[i+n:])
	if idx < ImageIndex || idx > ImageIndex+0xFFFD {
		return -1, n, true // a mark without its index
	}
	return int(idx - ImageIndex), n + m, true
}

// Extract reads a DOCX held in memory.
func Extract(data []byte) (*Result, error) { return extract(data, false) }

// ExtractMarked is Extract with emphasised runs marked (MarkStart, MarkEnd).
func ExtractMarked(data []byte) (*Result, error) { return extract(data, true) }

func extract(data []byte, marks bool) (*Result, error) {
	zr, err := ziplimit.NewReader(data, limits)
	if errors.Is(err, ziplimit.ErrTooLarge) {
		return nil, fmt.Errorf("%w: %v", ErrTooLarge, err)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotDOCX, err)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	doc, ok := parts["word/document.xml"]
	if !ok {
		return nil, ErrNotDOCX
	}
	read := func(f *zip.File) ([]byte, error) {
		if f == nil {
			return nil, nil
		}
		b, err := zr.ReadFile(f)
		switch {
		case errors.Is(err, ziplimit.ErrTooLarge):
			return nil, fmt.Errorf("%w: %v", ErrTooLarge, err)
		case err != nil:
			return nil, fmt.Errorf("%w: %v", ErrNotDOCX, err)
		}
		return b, nil
	}
	styles, err := read(parts["word/styles.xml"])
	if err != nil {
		return nil, err
	}
	st := readStyles(styles)
	notes, err := read(parts["word/footnotes.xml"])
	if err != nil {
		return nil, err
	}
	body, err := read(doc)
	if err != nil {
		return nil, err
	}
	numXML, err := read(parts["word/numbering.xml"])
	if err != nil {
		return nil, err
	}
	w := &walker{styles: st, num: readNumbering(numXML), legacy: map[viet.Encoding]bool{}, marks: marks}
	footnotes := map[string]string{}
	if notes != nil {
		fw := &walker{styles: st, legacy: w.legacy, notes: footnotes}
		if err := fw.walk(notes, true); err != nil {
			return nil, err
		}
	}
	w.notes = footnotes
	if err := w.walk(body, false); err != nil {
		return nil, err
	}
	res := &Result{Text: w.text(), Headings: w.headings, Numbered: w.numbered}
	for _, e := range []viet.Encoding{viet.TCVN3, viet.VNI} {
		if w.legacy[e] {
			res.Legacy = append(res.Legacy, e)
		}
	}
	if core, err := read(parts["docProps/core.xml"]); err == nil && core != nil {
		res.Title = coreTitle(core)
	}
	if marks && len(w.pics) > 0 {
		if res.Pictures, err = pictures(w.pics, parts, read); err != nil {
			return nil, err
		}
		for i := range res.Pictures {
			res.Pictures[i].Behind = w.behind[i]
		}
	}
	return res, nil
}

// styleInfo is what the importer needs of a style: heading level and font.
type styleInfo struct {
	level int
	font  string
	numID string // numbering the style carries ("" none)
	ilvl  int
}

type styles struct {
	byID        map[string]styleInfo
	defaultFont string
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// readStyles finds heading styles ("heading 1" … by name, whatever the
// id) and fonts.
func readStyles(data []byte) styles {
	s := styles{byID: map[string]styleInfo{}}
	if data == nil {
		return s
	}
	d := newScanner(data)
	var id string
	var cur styleInfo
	inDefaults := false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = true
			case "style":
				id, cur = attr(t, "styleId"), styleInfo{}
			case "name":
				name := strings.ToLower(attr(t, "val"))
				if n, ok := strings.CutPrefix(name, "heading "); ok {
					cur.level, _ = strconv.Atoi(n)
				} else if name == "title" {
					cur.level = 1
				}
			case "numId":
				if id != "" {
					cur.numID = attr(t, "val")
				}
			case "ilvl":
				if id != "" {
					cur.ilvl, _ = strconv.Atoi(attr(t, "val"))
				}
			case "outlineLvl":
				if v, err := strconv.Atoi(attr(t, "val")); err == nil && cur.level == 0 && id != "" {
					cur.level = v + 1
				}
			case "rFonts":
				f := attr(t, "ascii")
				if inDefaults {
					s.defaultFont = f
				} else if f != "" {
					cur.font = f
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = false
			case "style":
				if id != "" {
					s.byID[id] = cur
				}
				id = ""
			}
		}
	}
	return s
}

func coreTitle(data []byte) string {
	d := newScanner(data)
	in := false
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		switch t := tok.(type) {
		case xml.StartElement:
			in = t.Name.Local == "title"
		case xml.CharData:
			if in {
				return strings.TrimSpace(string(t))
			}
		}
	}
}

// pictures resolves the relationship ids of a document's pictures to the
// bytes of their parts.
func pictures(ids []string, parts map[string]*zip.File, read func(*zip.File) ([]byte, error)) ([]Picture, error) {
	rels, err := read(parts["word/_rels/document.xml.rels"])
	if err != nil {
		return nil, err
	}
	var doc struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
			Mode   string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	_ = xml.Unmarshal(rels, &doc) // broken relationships: pictures without bytes
	target := map[string]string{}
	for _, r := range doc.Rels {
		if strings.EqualFold(r.Mode, "External") {
			continue
		}
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Clean("word/" + t)
		}
		target[r.ID] = t
	}
	out := make([]Picture, len(ids))
	cache := map[string][]byte{}
	for i, id := range ids {
		name := target[id]
		out[i].Name = name
		if name == "" {
			continue
		}
		data, seen := cache[name]
		if !seen {
			if data, err = read(parts[name]); err != nil {
				return nil, err
			}
			cache[name] = data
		}
		out[i].Data = data
	}
	return out, nil
}
