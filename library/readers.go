package library

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
	"sotay/internal/officeconv"
	"sotay/internal/pdftext"
	"sotay/internal/textfile"
	"sotay/internal/vanban"
	"sotay/internal/viet"
)

// extracted is a file's text as a reader made it, before metadata.
type extracted struct {
	format   string // pdf, docx, html, txt, md
	method   string // pdf, pdf-repaired, pdftotext, ocr, docx, html, text
	pages    []string
	warnings []string
	styled   []vanban.Styled // headings the format marks (DOCX styles, HTML h1–h6, Markdown #)
	title    string          // a title the file's own properties give
	badByte  int             // offset of the first non-UTF-8 byte ("invalid-utf8")
}

// importExtensions are the file types Import reads (folders: these only).
// .doc, .rtf and .odt come in through LibreOffice when it is installed,
// and are reported with how to install it otherwise.
var importExtensions = map[string]bool{".txt": true, ".md": true, ".pdf": true, ".docx": true, ".html": true, ".htm": true,
	".doc": true, ".rtf": true, ".odt": true}

// sniff names a file's format from its first bytes, whatever its name says.
func sniff(data []byte, ext string) string {
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

// extract reads one file's bytes.
func extract(ctx context.Context, path string, data []byte, opt ImportOptions) (*extracted, error) {
	ext := strings.ToLower(filepath.Ext(path))
	format := sniff(data, ext)
	if ext == ".pdf" && format != "pdf" {
		return nil, ErrNotPDF // a download that is an error page, a renamed file
	}
	if format == "txt" && !importExtensions[ext] {
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
			x.method = "libreoffice"
		}
		return x, err
	case "docx":
		return extractDOCX(data, ext)
	case "html":
		r, err := htmltext.Extract(data)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrTooComplex, err)
		}
		x := &extracted{format: "html", method: "html", pages: []string{r.Text}, title: r.Title}
		for _, h := range r.Headings {
			x.styled = append(x.styled, vanban.Styled{Page: 1, Offset: h.Offset, Level: h.Level})
		}
		return x, nil
	}
	dec, err := textfile.DecodeDetail(data)
	if err != nil {
		return nil, err
	}
	x := &extracted{format: format, method: "text", pages: strings.Split(dec.Text, "\f")}
	if dec.Legacy != viet.Unicode {
		x.warnings = append(x.warnings, "legacy-"+string(dec.Legacy))
	}
	if dec.NFD {
		x.warnings = append(x.warnings, "nfd")
	}
	if dec.InvalidUTF8 {
		x.warnings = append(x.warnings, "invalid-utf8")
		x.badByte = dec.BadOffset
	}
	if format == "md" {
		x.styled = markdownHeadings(x.pages)
	}
	return x, nil
}

// extractDOCX reads a .docx (ext: the file's own extension, for telling
// another kind of zip from a damaged Word file).
func extractDOCX(data []byte, ext string) (*extracted, error) {
	r, err := docx.Extract(data)
	switch {
	case errors.Is(err, docx.ErrTooLarge):
		return nil, fmt.Errorf("%w: %v", ErrTooLarge, err)
	case err != nil && ext != ".docx":
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err) // another kind of zip
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	x := &extracted{format: "docx", method: "docx", pages: []string{r.Text}, title: r.Title}
	for _, h := range r.Headings {
		x.styled = append(x.styled, vanban.Styled{Page: 1, Offset: h.Offset, Level: h.Level})
	}
	for _, e := range r.Legacy {
		x.warnings = append(x.warnings, "legacy-"+string(e))
	}
	return x, nil
}

// markdownHeadings marks "# …" lines.
func markdownHeadings(pages []string) []vanban.Styled {
	var out []vanban.Styled
	for p, text := range pages {
		off := 0
		for line := range strings.Lines(text) {
			if t := strings.TrimLeft(line, "#"); len(t) < len(line) && len(line)-len(t) <= 6 && strings.HasPrefix(t, " ") {
				out = append(out, vanban.Styled{Page: p + 1, Offset: off, Level: len(line) - len(t)})
			}
			off += utf8.RuneCountInString(line)
		}
	}
	return out
}

func extractPDF(ctx context.Context, path string, data []byte, opt ImportOptions) (*extracted, error) {
	r, err := pdftext.Extract(ctx, data, pdftext.Options{Password: opt.Password})
	if err != nil {
		mapped := pdfError(err)
		// pdftotext (poppler), when installed, may read a file damaged
		// beyond repair; every standard encryption is read here.
		if errors.Is(mapped, ErrDamaged) {
			if pages, ok := popplerText(ctx, path, opt.Password); ok {
				return &extracted{format: "pdf", method: "pdftotext", pages: pages}, nil
			}
		}
		return nil, mapped
	}
	x := &extracted{format: "pdf", method: "pdf", pages: r.Pages, title: r.Title}
	if r.Repaired {
		x.method = "pdf-repaired"
	}
	for _, e := range r.Legacy {
		x.warnings = append(x.warnings, "legacy-"+string(e))
	}
	if r.NFD {
		x.warnings = append(x.warnings, "nfd")
	}
	if len(r.Damaged) > 0 {
		x.warnings = append(x.warnings, "damaged-pages")
	}
	if len(r.Unreadable) > 0 {
		x.warnings = append(x.warnings, "unreadable-font")
	}
	if r.Truncated {
		x.warnings = append(x.warnings, "truncated")
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
