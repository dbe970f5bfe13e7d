package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"sotay/assets"
	"sotay/library/report"
)

// runReport handles "sotayctl report ID --format docx|pdf -o FILE": the
// bản thu hoạch on a document, the saved draft or, with none, the one
// generated from every note of the document.
func runReport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("report")
	format := fs.String("format", "", "")
	out := fs.String("o", "", "")
	collection := fs.String("collection", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if *format == "" && *out != "" {
		*format = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
	}
	if *format != "docx" && *format != "pdf" || *out == "" {
		return e.usage(fmt.Errorf("report: %s", e.msg.T("cli.need_report", nil)))
	}
	var body, title string
	var saved bool
	var id int64
	if *collection != "" {
		if len(pos) != 0 {
			return e.usage(fmt.Errorf("report: %q", pos))
		}
		lib, err := e.open(ctx, reading)
		if err != nil {
			return e.fail(err)
		}
		defer lib.Close()
		c, err := lib.FindCollection(ctx, *collection)
		if err == nil {
			body, saved, err = lib.CollectionReportDraft(ctx, c.ID)
		}
		if err != nil {
			return e.fail(err)
		}
		id, title = c.ID, c.Name
	} else {
		lib, doc, code := e.openDocument(ctx, "report", pos, reading)
		if lib == nil {
			return code
		}
		defer lib.Close()
		if body, saved, err = lib.ReportDraft(ctx, doc.ID); err != nil {
			return e.fail(err)
		}
		id, title = doc.ID, doc.Title
	}
	err = e.writeOutput(*out, func(w io.Writer) error {
		if *format == "pdf" {
			return report.WritePDF(w, body, assets.SerifRegular, assets.SerifBold, nil, 14)
		}
		return report.WriteDOCX(w, body)
	})
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(map[string]any{"id": id, "file": *out, "format": *format, "draft": saved})
	}
	fmt.Fprintln(e.said(*out), e.msg.T("report.done", map[string]any{"T": title, "File": *out}))
	return 0
}
