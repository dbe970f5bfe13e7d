package quiz

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// WriteDOCX writes questions as a Word document in the Vietnamese format
// trainers exchange: "Câu N:" in bold, options "A. …" with the right ones
// bold, and the "Đáp án:" line, so ParseVNText (and a trainer) reads it
// back. Times New Roman 13 pt, the size of official documents.
func WriteDOCX(w io.Writer, bank string, qs []*Question) error {
	// The document part is streamed into the archive paragraph by
	// paragraph: 100,000 questions built in memory first took 356 MB.
	zw := zip.NewWriter(w)
	for _, f := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
	} {
		fw, err := zw.Create(f.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, f.body); err != nil {
			return err
		}
	}
	fw, err := zw.Create("word/document.xml")
	if err != nil {
		return err
	}
	body := bufio.NewWriter(fw)
	body.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	para := func(align string, runs ...docxRun) {
		body.WriteString("<w:p>")
		if align != "" {
			fmt.Fprintf(body, `<w:pPr><w:jc w:val="%s"/></w:pPr>`, align)
		}
		for _, r := range runs {
			body.WriteString("<w:r><w:rPr>")
			body.WriteString(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`)
			if r.bold {
				body.WriteString("<w:b/>")
			}
			body.WriteString(`<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">`)
			xml.EscapeText(body, []byte(r.text))
			body.WriteString("</w:t></w:r>")
		}
		body.WriteString("</w:p>")
	}
	if bank != "" {
		para("center", docxRun{strings.ToUpper(bank), true})
		para("")
	}
	for i, q := range qs {
		stem := q.Stem
		if q.Type == Cloze {
			stem = blankRE.ReplaceAllString(stem, "……")
		}
		para("both", docxRun{fmt.Sprintf("Câu %d: ", i+1), true}, docxRun{stem, false})
		var extra strings.Builder
		ew := &errWriter{w: &extra}
		switch q.Type {
		case Single, Multi, TrueFalse:
			for k, o := range q.Options {
				para("", docxRun{fmt.Sprintf("%c. %s", 'A'+k, o.Text), o.Correct})
			}
			ew.printf("Đáp án: %s\n", lettersOf(q.Correct()))
		default:
			var parts []string
			for _, b := range q.Blanks {
				parts = append(parts, strings.Join(b, " | "))
			}
			ew.printf("Đáp án: %s\n", strings.Join(parts, "; "))
		}
		writeVNExtras(ew, q)
		for _, line := range strings.Split(strings.TrimRight(extra.String(), "\n"), "\n") {
			para("", docxRun{line, false})
		}
		para("")
	}
	body.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	if err := body.Flush(); err != nil { // a write error sticks in body and shows here
		return err
	}
	return zw.Close()
}

type docxRun struct {
	text string
	bold bool
}
