package docx

import (
	"fmt"
	"strings"
	"testing"
)

// Pictures are marked where they stand with the index of their bytes: a
// DrawingML picture (blip), an old VML picture, the preview of an embedded
// formula (OLE object), an object with no preview, and a picture linked
// outside the file (no bytes). The fallback copy of a picture is not
// counted twice.
func TestPictureMarks(t *testing.T) {
	run := func(x string) string { return `<w:r>` + x + `</w:r>` }
	body := `<w:document ` + ns + ` xmlns:r="r" xmlns:a="a" xmlns:v="v" xmlns:o="o" xmlns:mc="mc" xmlns:wp="wp"><w:body>` +
		`<w:p>` + run(`<w:t>A. </w:t>`) + run(`<w:drawing><wp:inline><a:graphic><a:blip r:embed="rId1"/></a:graphic></wp:inline></w:drawing>`) + `</w:p>` +
		`<w:p>` + run(`<w:t>B. </w:t>`) + run(`<w:pict><v:shape><v:imagedata r:id="rId2"/></v:shape></w:pict>`) + `</w:p>` +
		`<w:p>` + run(`<w:t>C. </w:t>`) + run(`<w:object><v:shape><v:imagedata r:id="rId3"/></v:shape><o:OLEObject r:id="rId9"/></w:object>`) + `</w:p>` +
		`<w:p>` + run(`<w:t>D. </w:t>`) + run(`<w:object><o:OLEObject r:id="rId9"/></w:object>`) + `</w:p>` +
		`<w:p>` + run(`<mc:AlternateContent><mc:Choice><w:drawing><a:blip r:embed="rId4"/></w:drawing></mc:Choice><mc:Fallback><w:pict><v:imagedata r:id="rId4"/></w:pict></mc:Fallback></mc:AlternateContent>`) + `</w:p>` +
		`</w:body></w:document>`
	rels := `<Relationships><Relationship Id="rId1" Target="media/a.png"/><Relationship Id="rId2" Target="/word/media/b.gif"/>` +
		`<Relationship Id="rId3" Target="media/c.wmf"/><Relationship Id="rId4" Target="http://example.invalid/x.png" TargetMode="External"/></Relationships>`
	data := makeDOCX(t, map[string]string{"word/document.xml": body, "word/_rels/document.xml.rels": rels,
		"word/media/a.png": "PNG-A", "word/media/b.gif": "GIF-B", "word/media/c.wmf": "WMF-C"})
	res, err := ExtractMarked(data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, line := range strings.Split(res.Text, "\n") {
		var b strings.Builder
		for i := 0; i < len(line); {
			if k, n, ok := PictureAt(line, i); ok {
				p := res.Pictures[k]
				fmt.Fprintf(&b, "[%d %s %q]", k, p.Name, p.Data)
				i += n
				continue
			}
			b.WriteByte(line[i])
			i++
		}
		got = append(got, b.String())
	}
	want := []string{`A. [0 word/media/a.png "PNG-A"]`, `B. [1 word/media/b.gif "GIF-B"]`, `C. [2 word/media/c.wmf "WMF-C"]`,
		`D. [3  ""]`, `[4  ""]`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	plain, err := Extract(data)
	if err != nil || strings.ContainsRune(plain.Text, ImageMark) || plain.Pictures != nil {
		t.Errorf("Extract marks pictures: %q %v", plain.Text, err)
	}
}

// Characters inserted with Insert → Symbol (w:sym) are read: × ≠ ± in a
// bank once vanished ("3×4" read "34").
func TestSymbols(t *testing.T) {
	sym := func(font, char string) string {
		return `<w:r><w:sym w:font="` + font + `" w:char="` + char + `"/></w:r>`
	}
	body := `<w:document ` + ns + `><w:body><w:p><w:r><w:t>A cỡ 3</w:t></w:r>` + sym("Symbol", "F0B4") +
		`<w:r><w:t xml:space="preserve">4, m </w:t></w:r>` + sym("Symbol", "F0B9") + `<w:r><w:t xml:space="preserve"> 4, x </w:t></w:r>` +
		sym("Symbol", "B1") + `<w:r><w:t xml:space="preserve">1 </w:t></w:r>` + sym("Wingdings", "F0FC") + sym("Symbol", "F0FF") +
		`</w:p></w:body></w:document>`
	res, err := Extract(makeDOCX(t, map[string]string{"word/document.xml": body}))
	if err != nil {
		t.Fatal(err)
	}
	if want := "A cỡ 3×4, m ≠ 4, x ±1 ✓□"; res.Text != want {
		t.Errorf("got %q, want %q", res.Text, want)
	}
}
