package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"sotay/library"
)

// importLine is one line of `import --json` output.
type importLine struct {
	Path     string   `json:"path"`
	Status   string   `json:"status"`
	ID       int64    `json:"id,omitempty"`
	Title    string   `json:"title,omitempty"`
	Kind     string   `json:"kind,omitempty"`
	Number   string   `json:"number,omitempty"`
	Issued   string   `json:"issued,omitempty"`
	Issuer   string   `json:"issuer,omitempty"`
	Signer   string   `json:"signer,omitempty"`
	Pages    int      `json:"pages,omitempty"`
	Method   string   `json:"method,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
	// InvalidUTF8At is the offset of the first bad byte ("invalid-utf8").
	InvalidUTF8At *int   `json:"invalid_utf8_at,omitempty"`
	Error         string `json:"error,omitempty"`
	Code          string `json:"code,omitempty"`
}

// runImport imports text files and folders; exit code 1 if any file failed.
func runImport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("import")
	password := fs.String("password", "", "")
	ocr := fs.String("ocr", "auto", "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) == 0 {
		return e.usage(fmt.Errorf("import: %s", e.msg.T("cli.need_path", nil)))
	}
	if *ocr != "auto" && *ocr != "off" {
		return e.usage(fmt.Errorf("import: --ocr auto|off"))
	}
	lib, err := e.open(ctx, creating)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	progress := e.importPrinter()
	sum, err := lib.Import(ctx, pos, library.ImportOptions{Progress: progress, Password: *password, OCR: *ocr})
	fmt.Fprintln(e.stderr, e.msg.T("import.summary", sum))
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(e.stderr, e.msg.T("import.cancelled", sum))
		return 1
	}
	if err != nil {
		return e.fail(err)
	}
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

// cliCode is the stable word import prints in "code": the library's code
// with hyphens ("too-large", "bad-password"); every encryption the reader
// cannot open is "unsupported".
func cliCode(code string) string {
	if code == "unsupported_encryption" {
		return "unsupported"
	}
	return strings.ReplaceAll(code, "_", "-")
}

// importPrinter prints one line per file imported (a JSON object with
// --json), as import and watch report.
func (e *env) importPrinter() func(library.ImportProgress) {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return func(p library.ImportProgress) {
		r := p.Result
		line := importLine{Path: r.Path, Status: string(r.Status), ID: r.ID, Title: r.Title, Kind: r.Kind,
			Number: r.Number, Issued: r.IssuedOn, Issuer: r.Issuer, Signer: r.Signer, Pages: r.Pages,
			Method: r.Method, Warnings: r.Warnings}
		if slices.Contains(r.Warnings, "invalid-utf8") {
			line.InvalidUTF8At = &r.InvalidUTF8At
		}
		if r.Err != nil {
			code := library.Code(r.Err)
			line.Error = e.msg.T("error."+code, library.MessageArgs(r.Err, r.Path))
			line.Code = cliCode(code)
		}
		if e.json {
			enc.Encode(line)
			return
		}
		switch r.Status {
		case library.StatusFailed:
			fmt.Fprintf(e.stdout, "%s\t%s\t[%s] %s\n", e.msg.T("import.failed", nil), shown(r.Path), line.Code, shown(line.Error))
		case library.StatusDuplicate:
			fmt.Fprintf(e.stdout, "%s\t%s\t#%d %s\n", e.msg.T("import.duplicate", nil), shown(r.Path), r.ID, shown(r.Title))
		default:
			fmt.Fprintf(e.stdout, "%s\t%s\t#%d %s\n", e.msg.T("import.imported", nil), shown(r.Path), r.ID, shown(r.Title))
		}
		for _, w := range r.Warnings {
			fmt.Fprintf(e.stdout, "\t%s\n", e.msg.T("warning."+w, nil))
			if w == "invalid-utf8" {
				fmt.Fprintf(e.stdout, "\t%s\n", e.msg.T("import.invalid_utf8_at", map[string]int{"Offset": r.InvalidUTF8At}))
			}
		}
	}
}
