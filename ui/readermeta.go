package ui

import (
	"context"
	"path/filepath"
	"regexp"
	"sotay/internal/opener"
	"sotay/library"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// What the reader says about a document: its facts, which lines are
// headings, and its kept original.

// docFacts lists what is known of kind, number and date, as shown:
// "Nghị quyết", "Số 15-NQ/QU", "12/03/2025".
func docFacts(kind, number, issuedOn string) []string {
	var parts []string
	if kind != "" {
		parts = append(parts, kind)
	}
	if number != "" {
		parts = append(parts, lang.X("reader.number", "Số {{.N}}", map[string]string{"N": number}))
	}
	if issuedOn != "" {
		parts = append(parts, displayDate(issuedOn))
	}
	return parts
}

// metaLine is "Nghị quyết · Số 15-NQ/QU · 12/03/2025 · Quận ủy Tây Giang ·
// 2 trang", then who signed, and what to know about how it was read.
func metaLine(d library.Document) string {
	parts := docFacts(d.Kind, d.Number, d.IssuedOn)
	if d.Issuer != "" {
		parts = append(parts, d.Issuer)
	}
	switch d.Validity {
	case library.ValidityInForce:
		parts = append(parts, lang.X("edit.validity_in_force", "Còn hiệu lực"))
	case library.ValidityExpired:
		parts = append(parts, lang.X("edit.validity_expired", "Hết hiệu lực"))
	case library.ValidityReplaced:
		parts = append(parts, lang.X("edit.validity_replaced", "Bị thay thế"))
	}
	parts = append(parts, lang.X("reader.pages", "{{.N}} trang", map[string]int{"N": d.PageCount}))
	line := strings.Join(parts, " · ")
	if d.SourcePath != "" && d.Format != "sample" {
		// Documents that read alike (the same resolution from two files)
		// are told apart by the file they came from.
		line += "\n" + lang.X("reader.source", "Tệp gốc: {{.File}} ({{.Format}})",
			map[string]string{"File": filepath.Base(d.SourcePath), "Format": strings.ToUpper(d.Format)})
	}
	if d.Signer != "" {
		line += "\n" + lang.X("reader.signed", "Người ký: {{.Name}}", map[string]string{"Name": d.Signer})
		if d.SignerRole != "" {
			line += " (" + d.SignerRole + ")"
		}
	}
	for _, w := range d.Warnings {
		if w == "no-text-layer" || w == "damaged-pages" || w == "unreadable-font" || w == "invalid-utf8" || strings.HasPrefix(w, "legacy-") {
			line += "\n" + lang.X("warning."+w, w)
		}
	}
	if d.Method == "ocr" {
		line += "\n" + lang.X("reader.ocr", "Chữ được nhận dạng từ bản quét (OCR): có thể có lỗi, hãy đối chiếu bản gốc.")
	}
	return line
}

// headingLine matches lines that structure a Vietnamese document: parts,
// chapters, articles, roman-numbered sections.
// ruleLine is a line drawn under a letterhead's parts in a text file:
// "-------", "_______", "* * *".
var ruleLine = regexp.MustCompile(`^[\s\-–—_=*·.]*[\-–—_=*]{3,}[\s\-–—_=*·.]*$|^\s*(?:\*\s*){3,}$`)

var headingLine = regexp.MustCompile(`^(Phần thứ|PHẦN THỨ|Chương [IVXLC\d]+|CHƯƠNG [IVXLC\d]+|Mục \d+|MỤC \d+|Điều \d+\.|[IVXLC]+\.\s)`)

// isCapitals reports a line of at least two words written in capitals.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f && strings.ToUpper(string(r)) != string(r) {
			return false
		}
		if r >= 'A' && r <= 'Z' || r > 0x7f {
			letters++
		}
	}
	return letters >= 6 && strings.Contains(strings.TrimSpace(s), " ")
}

// openOriginal opens the kept original with the system's program for it,
// off the UI goroutine; a machine with no such program is told so.
func (r *Reader) openOriginal() {
	path := r.original
	if path == "" {
		return
	}
	async(func() (struct{}, error) {
		return struct{}{}, opener.Open(context.Background(), path)
	}, func(_ struct{}, err error) {
		if err != nil && r.onError != nil {
			r.onError(err, path)
		}
	})
}
