package report

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sotay/internal/docx"

	"github.com/go-pdf/fpdf"
)

// WriteDOCX writes the report as a Word document: Times New Roman 14 pt
// (the size administrative documents use), headings bold, quotations in
// italics, the place, date and signature to the right.
func WriteDOCX(w io.Writer, text string) error {
	zw := zip.NewWriter(w)
	fw, err := docx.StartPackage(zw)
	if err != nil {
		return err
	}
	b := bufio.NewWriter(fw)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, l := range Parse(text) {
		align, bold, italic := "both", false, false
		switch l.Kind {
		case Title:
			align, bold = "center", true
		case Heading:
			align, bold = "left", true
		case Quote:
			italic = true
		case Right:
			align = "right"
		}
		fmt.Fprintf(b, `<w:p><w:pPr><w:spacing w:after="80"/><w:jc w:val="%s"/></w:pPr><w:r><w:rPr>`, align)
		b.WriteString(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`)
		if bold {
			b.WriteString("<w:b/>")
		}
		if italic {
			b.WriteString("<w:i/>")
		}
		b.WriteString(`<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">`)
		xml.EscapeText(b, []byte(l.Text))
		b.WriteString("</w:t></w:r></w:p>")
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	if err := b.Flush(); err != nil {
		return err
	}
	rw, err := zw.Create("word/_rels/document.xml.rels")
	if err != nil {
		return err
	}
	if _, err := io.WriteString(rw, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+docx.StylesRelationship+`</Relationships>`); err != nil {
		return err
	}
	return zw.Close()
}

// ErrNoFont means the PDF cannot be written without the fonts.
var ErrNoFont = errors.New("report: no font for the PDF")

// WritePDF writes the report as an A4 PDF in the embedded serif fonts
// (Vietnamese needs a Unicode TrueType font); large is the text size in
// points (14 for a report, larger for reading).
func WritePDF(w io.Writer, text string, regular, bold, italic []byte, size float64) error {
	if len(regular) == 0 || len(bold) == 0 {
		return ErrNoFont
	}
	if size <= 0 {
		size = 14
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(30, 20, 15)
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddUTF8FontFromBytes("serif", "", regular)
	pdf.AddUTF8FontFromBytes("serif", "B", bold)
	if len(italic) > 0 {
		pdf.AddUTF8FontFromBytes("serif", "I", italic)
	}
	pdf.AddPage()
	lh := size * 0.5
	for _, l := range Parse(text) {
		style, align := "", "J"
		switch l.Kind {
		case Title:
			style, align = "B", "C"
		case Heading:
			style, align = "B", "L"
		case Quote:
			if len(italic) > 0 {
				style = "I"
			}
		case Right:
			align = "R"
		}
		pdf.SetFont("serif", style, size)
		if l.Text == "" {
			pdf.Ln(lh * 0.6)
			continue
		}
		pdf.MultiCell(0, lh, l.Text, "", align, false)
		pdf.Ln(lh * 0.25)
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	return pdf.Output(w)
}
