// Package minipdf writes small PDF files by hand, for tests and for the
// scripts that make test files: pages with given content streams, simple
// fonts, JPEG images. It writes exactly what it is told, so tests can also
// make damaged files on purpose.
package minipdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

// File is a PDF under construction. Object 1 is the catalog, 2 the page tree.
type File struct {
	objs  [][]byte // object bodies; objs[i] is object i+1
	pages []int
}

// New starts a file.
func New() *File {
	f := &File{}
	f.Add("") // 1: catalog, filled in by Bytes
	f.Add("") // 2: page tree
	return f
}

// Add appends an object body ("<< … >>") and returns its number.
func (f *File) Add(body string) int {
	f.objs = append(f.objs, []byte(body))
	return len(f.objs)
}

// Stream appends a stream object; extra is more dictionary entries. With
// deflate the data is compressed and marked FlateDecode.
func (f *File) Stream(extra string, data []byte, deflate bool) int {
	if deflate {
		var b bytes.Buffer
		w := zlib.NewWriter(&b)
		w.Write(data)
		w.Close()
		data = b.Bytes()
		extra += "/Filter/FlateDecode"
	}
	body := fmt.Appendf(nil, "<<%s/Length %d>>\nstream\n", extra, len(data))
	body = append(body, data...)
	body = append(body, "\nendstream"...)
	f.objs = append(f.objs, body)
	return len(f.objs)
}

// Font adds a simple font with the given base name and encoding entry
// (e.g. "/Encoding/WinAnsiEncoding"), no widths.
func (f *File) Font(base, extra string) int {
	return f.Add(fmt.Sprintf("<</Type/Font/Subtype/Type1/BaseFont/%s%s>>", base, extra))
}

// Page adds an A4 page drawing content, with resources (a dictionary body
// such as "/Font<</F1 5 0 R>>").
func (f *File) Page(resources string, content []byte, deflate bool) int {
	c := f.Stream("", content, deflate)
	p := f.Add(fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<<%s>>/Contents %d 0 R>>", resources, c))
	f.pages = append(f.pages, p)
	return p
}

// PageDict adds a page whose dictionary holds the given entries besides
// /Type and /Parent (a /MediaBox, /Resources, /Contents, /Annots…).
func (f *File) PageDict(entries string) int {
	p := f.Add("<</Type/Page/Parent 2 0 R" + entries + ">>")
	f.pages = append(f.pages, p)
	return p
}

// PageContents adds an A4 page whose content is the given stream objects
// in turn (a /Contents array; one object may be listed many times).
func (f *File) PageContents(resources string, contents ...int) int {
	refs := ""
	for _, c := range contents {
		refs += fmt.Sprintf("%d 0 R ", c)
	}
	p := f.Add(fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<<%s>>/Contents[%s]>>", resources, refs))
	f.pages = append(f.pages, p)
	return p
}

// JPEGPage adds a page showing a JPEG image scaled to the page.
func (f *File) JPEGPage(jpeg []byte, w, h int, gray bool) int {
	cs := "/DeviceRGB"
	if gray {
		cs = "/DeviceGray"
	}
	img := f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace%s/BitsPerComponent 8/Filter/DCTDecode", w, h, cs), jpeg, false)
	return f.Page(fmt.Sprintf("/XObject<</Im0 %d 0 R>>", img), []byte("q 595 0 0 842 0 0 cm /Im0 Do Q"), false)
}

// WatermarkedJPEGPage adds a page showing a grey JPEG scaled to the page
// with text drawn three times across it at 30°, in light grey, as websites
// that spread scanned documents stamp them; font is a simple font's object.
func (f *File) WatermarkedJPEGPage(jpeg []byte, w, h, font int, text string) int {
	img := f.Stream(fmt.Sprintf("/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/DCTDecode", w, h), jpeg, false)
	content := "q 595 0 0 842 0 0 cm /Im0 Do Q 0.8 g"
	for _, y := range []int{150, 400, 650} {
		content += fmt.Sprintf(" BT /F1 36 Tf 0.866 0.5 -0.5 0.866 90 %d Tm (%s) Tj ET", y, text)
	}
	return f.Page(fmt.Sprintf("/XObject<</Im0 %d 0 R>>/Font<</F1 %d 0 R>>", img, font), []byte(content), false)
}

// Bytes returns the file with its cross-reference table and trailer.
func (f *File) Bytes() []byte {
	kids := ""
	for _, p := range f.pages {
		kids += fmt.Sprintf("%d 0 R ", p)
	}
	f.objs[0] = []byte("<</Type/Catalog/Pages 2 0 R>>")
	f.objs[1] = fmt.Appendf(nil, "<</Type/Pages/Kids[%s]/Count %d>>", kids, len(f.pages))
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(f.objs))
	for i, o := range f.objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.Write(o)
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(f.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(f.objs)+1, xref)
	return b.Bytes()
}

// Text returns a content stream showing lines (strings of font codes) in
// font /F1 at size pt from the top of an A4 page.
func Text(lines []string, size float64) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "BT /F1 %g Tf %g TL 56 %g Td\n", size, size*1.3, 842-56-size)
	for _, l := range lines {
		b.WriteString("(")
		for i := 0; i < len(l); i++ {
			c := l[i]
			if c == '(' || c == ')' || c == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		}
		b.WriteString(") Tj T*\n")
	}
	b.WriteString("ET\n")
	return b.Bytes()
}
