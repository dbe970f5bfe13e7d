package formats

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	_ "image/jpeg" // the sizes of JPEG pictures
	_ "image/png"
	"io"
	"sotay/internal/docx"
	"sotay/library/quiz"
	"strings"
)

// WriteDOCX writes questions as a Word document in the Vietnamese format
// trainers exchange: "Câu N:" in bold, options "A. …" with the right ones
// bold, and the "Đáp án:" line, so ParseVNText (and a trainer) reads it
// back. Times New Roman 13 pt, the size of official documents.
func WriteDOCX(w io.Writer, bank string, qs []*quiz.Question) error {
	// The document part is streamed into the archive paragraph by
	// paragraph: 100,000 questions built in memory first took 356 MB.
	zw := zip.NewWriter(w)
	fw, err := docx.StartPackage(zw)
	if err != nil {
		return err
	}
	body := bufio.NewWriter(fw)
	body.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`)
	var media [][]byte // pictures, written after the document: rId(k+1) is media[k]
	para := func(align string, runs ...docxRun) {
		body.WriteString("<w:p>")
		if align != "" {
			fmt.Fprintf(body, `<w:pPr><w:jc w:val="%s"/></w:pPr>`, align)
		}
		for _, r := range runs {
			if r.pic != nil {
				media = append(media, r.pic)
				writeDrawing(body, len(media), r.pic)
				continue
			}
			body.WriteString("<w:r>")
			if r.bold {
				body.WriteString("<w:rPr><w:b/></w:rPr>")
			}
			body.WriteString(`<w:t xml:space="preserve">`)
			xml.EscapeText(body, []byte(r.text))
			body.WriteString("</w:t></w:r>")
		}
		body.WriteString("</w:p>")
	}
	if bank != "" {
		para("center", docxRun{text: strings.ToUpper(bank), bold: true})
		para("")
	}
	for i, q := range qs {
		stem := q.Stem
		if q.Type == quiz.Cloze {
			stem = quiz.BlankRE.ReplaceAllString(stem, "_____")
		}
		para("both", append([]docxRun{{text: fmt.Sprintf("Câu %d: ", i+1), bold: true}, {text: stem}}, pics(q, 0)...)...)
		var extra strings.Builder
		ew := &errWriter{w: &extra}
		if q.Type == quiz.Single || q.Type == quiz.Multi || q.Type == quiz.TrueFalse {
			for k, o := range q.Options {
				para("", append([]docxRun{{text: fmt.Sprintf("%c. %s", 'A'+k, o.Text), bold: o.Correct}}, pics(q, k+1)...)...)
			}
		}
		for _, l := range vnAnswerLines(q) {
			ew.printf("%s\n", l)
		}
		writeVNExtras(ew, q)
		for _, line := range strings.Split(strings.TrimRight(extra.String(), "\n"), "\n") {
			para("", docxRun{text: line})
		}
		para("")
	}
	body.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	if err := body.Flush(); err != nil { // a write error sticks in body and shows here
		return err
	}
	var rels strings.Builder
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + docx.StylesRelationship)
	for k, m := range media {
		name := fmt.Sprintf("media/image%d.%s", k+1, quiz.ImageKind(m))
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%s"/>`, k+1, name)
		fw, err := zw.Create("word/" + name)
		if err != nil {
			return err
		}
		if _, err := fw.Write(m); err != nil {
			return err
		}
	}
	rels.WriteString(`</Relationships>`)
	fw, err = zw.Create("word/_rels/document.xml.rels")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(fw, rels.String()); err != nil {
		return err
	}
	return zw.Close()
}

type docxRun struct {
	text string
	bold bool
	pic  []byte // a picture instead of text
}

// pics are the pictures of one part of q as runs.
func pics(q *quiz.Question, part int) []docxRun {
	var out []docxRun
	for _, p := range q.ImagesOf(part) {
		out = append(out, docxRun{pic: p})
	}
	return out
}

// writeDrawing writes an inline picture (relationship rId<n>) at its size
// at 96 dpi, no wider than the text.
func writeDrawing(w io.Writer, n int, data []byte) {
	width, height := 200, 100
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil && cfg.Width > 0 && cfg.Height > 0 {
		width, height = cfg.Width, cfg.Height
	}
	const emu, maxWidth = 9525, 600 // EMU per pixel; 600 px ≈ 16 cm
	if width > maxWidth {
		height = height * maxWidth / width
		width = maxWidth
	}
	cx, cy := width*emu, height*emu
	fmt.Fprintf(w, `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Hình %d"/>`+
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="Hình %d"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="rId%d"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
		cx, cy, n, n, n, n, n, cx, cy)
}
