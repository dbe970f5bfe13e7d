// Package docread reads documents: it tells a file's format from its
// bytes and turns PDF (with OCR of scanned pages), DOCX and the older
// office formats through LibreOffice, HTML and text into pages of NFC text
// with the headings the format marks. It holds no library state; the
// library package stores what it reads.
package docread

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"sotay/internal/docx"
	"sotay/internal/htmltext"
	"sotay/internal/mdtext"
	"sotay/internal/officeconv"
	"sotay/internal/pdftext"
	"sotay/internal/textfile"
	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// Document is a file's text as a reader made it, before metadata.
type Document struct {
	Format   string // pdf, docx, html, txt, md, doc, rtf, odt
	Method   string // pdf, pdf-repaired, pdftotext, ocr, docx, html, text, libreoffice
	Pages    []string
	Warnings []string        // code words: legacy-tcvn3, nfd, no-text-layer, …
	Styled   []vanban.Styled // headings the format marks (DOCX styles, HTML h1–h6, Markdown #)
	Title    string          // a title the file's own properties give
	BadByte  int             // offset of the first non-UTF-8 byte ("invalid-utf8")
}

// Options tune Read.
type Options struct {
	// Password opens PDFs protected by a user (or owner) password.
	Password string
	// OCR is "off" to leave scanned pages without text.
	OCR string
	// OCRPage, if set, is called as each scanned page is read (done of
	// total), from the OCR goroutines.
	OCRPage func(done, total int)
}

// Extensions are the file types Read reads (folders: these only).
// .doc, .rtf and .odt come in through LibreOffice when it is installed,
// and are reported with how to install it otherwise.
var Extensions = map[string]bool{".txt": true, ".md": true, ".pdf": true, ".docx": true, ".html": true, ".htm": true,
	".doc": true, ".rtf": true, ".odt": true}

// Sniff names a file's format from its first bytes, whatever its name says.
func Sniff(data []byte, ext string) string {
	head := data[:min(len(data), 1024)]
	trimmed := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	lower := bytes.ToLower(trimmed[:min(len(trimmed), 256)])
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) && bytes.Contains(head, []byte("application/vnd.oasis.opendocument.text")):
		return "odt" // OpenDocument: its first entry names its type
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "docx"
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0")):
		return "doc" // Word 97–2003: not read
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return "rtf"
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		(ext == ".html" || ext == ".htm") && bytes.HasPrefix(lower, []byte("<")):
		return "html"
	case ext == ".md":
		return "md"
	}
	return "txt"
}

// Read reads one file's bytes: its format from its first bytes (Sniff),
// then the reader for it.
func Read(ctx context.Context, path string, data []byte, opt Options) (*Document, error) {
	ext := strings.ToLower(filepath.Ext(path))
	format := Sniff(data, ext)
	if ext == ".pdf" && format != "pdf" {
		return nil, ErrNotPDF // a download that is an error page, a renamed file
	}
	if format == "txt" && !Extensions[ext] {
		return nil, fmt.Errorf("%s: %w", ext, ErrUnsupported) // an image, a program, …
	}
	switch format {
	case "pdf":
		return extractPDF(ctx, path, data, opt)
	case "doc", "rtf", "odt":
		converted, err := officeconv.ToDOCX(ctx, data, "."+format)
		switch {
		case errors.Is(err, officeconv.ErrUnavailable):
			return nil, fmt.Errorf("%s: %w", format, ErrNeedsLibreOffice)
		case err != nil:
			return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
		}
		x, err := extractDOCX(converted, ".docx")
		if x != nil {
			x.Method = "libreoffice"
		}
		return x, err
	case "docx":
		return extractDOCX(data, ext)
	case "html":
		r, err := htmltext.Extract(data)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrTooComplex, err)
		}
		x := &Document{Format: "html", Method: "html", Pages: []string{r.Text}, Title: r.Title}
		for _, h := range r.Headings {
			x.Styled = append(x.Styled, vanban.Styled{Page: 1, Offset: h.Offset, Level: h.Level})
		}
		return x, nil
	}
	dec, err := textfile.DecodeDetail(data)
	if err != nil {
		return nil, err
	}
	text := dec.Text
	var heads []mdtext.Heading
	if format == "md" {
		// a web page saved as Markdown reads as its words: no "**", "|"
		// or "[…](…)" in the reader, the search or a question's stem
		text, heads = mdtext.Plain(text)
	}
	x := &Document{Format: format, Method: "text", Pages: strings.Split(text, "\f")}
	if dec.Legacy != viet.Unicode {
		x.Warnings = append(x.Warnings, "legacy-"+string(dec.Legacy))
	}
	if dec.NFD {
		x.Warnings = append(x.Warnings, "nfd")
	}
	if dec.InvalidUTF8 {
		x.Warnings = append(x.Warnings, "invalid-utf8")
		x.BadByte = dec.BadOffset
	}
	for _, h := range heads {
		x.Styled = append(x.Styled, markdownHeading(x.Pages, h))
	}
	return x, nil
}

// extractDOCX reads a .docx (ext: the file's own extension, for telling
// another kind of zip from a damaged Word file).
func extractDOCX(data []byte, ext string) (*Document, error) {
	r, err := docx.Extract(data)
	switch {
	case errors.Is(err, docx.ErrTooLarge):
		return nil, fmt.Errorf("%w: %v", ErrTooLarge, err)
	case err != nil && ext != ".docx":
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err) // another kind of zip
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	x := &Document{Format: "docx", Method: "docx", Pages: []string{r.Text}, Title: r.Title}
	for _, h := range r.Headings {
		x.Styled = append(x.Styled, vanban.Styled{Page: 1, Offset: h.Offset, Level: h.Level})
	}
	for _, e := range r.Legacy {
		x.Warnings = append(x.Warnings, "legacy-"+string(e))
	}
	return x, nil
}

// markdownHeading is a heading of the whole text on its page.
func markdownHeading(pages []string, h mdtext.Heading) vanban.Styled {
	off := h.Offset
	for p, text := range pages {
		n := utf8.RuneCountInString(text) + 1 // (and its form feed)
		if off < n || p == len(pages)-1 {
			return vanban.Styled{Page: p + 1, Offset: off, Level: h.Level}
		}
		off -= n
	}
	return vanban.Styled{Page: 1, Offset: h.Offset, Level: h.Level}
}

func extractPDF(ctx context.Context, path string, data []byte, opt Options) (*Document, error) {
	r, err := pdftext.Extract(ctx, data, pdftext.Options{Password: opt.Password})
	if err != nil {
		mapped := pdfError(err)
		// pdftotext (poppler), when installed, may read a file damaged
		// beyond repair; every standard encryption is read here.
		if errors.Is(mapped, ErrDamaged) {
			if pages, ok := popplerText(ctx, path, opt.Password); ok {
				return &Document{Format: "pdf", Method: "pdftotext", Pages: pages}, nil
			}
		}
		return nil, mapped
	}
	x := &Document{Format: "pdf", Method: "pdf", Pages: r.Pages, Title: r.Title}
	if len(r.Unreadable) > 0 && len(r.Scans) == 0 && strings.TrimSpace(strings.Join(r.Pages, "")) == "" {
		return nil, fmt.Errorf("%w: %s", ErrUnreadableFont, strings.Join(r.Unreadable, ", "))
	}
	if r.Repaired {
		x.Method = "pdf-repaired"
	}
	for _, e := range r.Legacy {
		x.Warnings = append(x.Warnings, "legacy-"+string(e))
	}
	if r.NFD {
		x.Warnings = append(x.Warnings, "nfd")
	}
	if len(r.Damaged) > 0 {
		x.Warnings = append(x.Warnings, "damaged-pages")
	}
	if len(r.Unreadable) > 0 {
		x.Warnings = append(x.Warnings, "unreadable-font")
	}
	if r.Truncated {
		x.Warnings = append(x.Warnings, "truncated")
	}
	if len(r.Scans) > 0 {
		if err := ocrScans(ctx, path, r.Scans, x, opt); err != nil {
			return nil, err
		}
	}
	return x, nil
}

func pdfError(err error) error {
	for _, m := range []struct{ from, to error }{
		{pdftext.ErrPassword, ErrPassword}, {pdftext.ErrBadPassword, ErrBadPassword},
		{pdftext.ErrEncryption, ErrEncryption}, {pdftext.ErrNotPDF, ErrNotPDF},
		{pdftext.ErrEmpty, ErrEmpty}, {pdftext.ErrTimeout, ErrTimeout}, {pdftext.ErrDamaged, ErrDamaged},
		{pdftext.ErrTooLarge, ErrTooLarge},
	} {
		if errors.Is(err, m.from) {
			return fmt.Errorf("%w: %v", m.to, err)
		}
	}
	return err
}

// popplerText runs pdftotext, if installed, pages split at form feeds.
func popplerText(ctx context.Context, path, password string) ([]string, bool) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, false
	}
	args := []string{"-enc", "UTF-8"}
	if password != "" {
		args = append(args, "-upw", password)
	}
	out, err := exec.CommandContext(ctx, bin, append(args, path, "-")...).Output()
	if err != nil || len(bytes.TrimSpace(out)) == 0 {
		return nil, false
	}
	pages := strings.Split(strings.TrimRight(viet.NFC(string(out)), "\f\n"), "\f")
	for i, p := range pages {
		pages[i] = strings.TrimSpace(p)
	}
	return pages, true
}
