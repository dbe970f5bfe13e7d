package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"sotay/library"
)

// runShow prints one document's metadata, or with --text its plain text
// (pages separated by form feeds).
func runShow(ctx context.Context, e *env, args []string) int {
	fs := e.flags("show")
	text := fs.Bool("text", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	lib, doc, code := e.openDocument(ctx, "show", pos, reading)
	if lib == nil {
		return code
	}
	defer lib.Close()
	id := doc.ID
	var body string
	if *text {
		if body, err = lib.Text(ctx, id); err != nil {
			return e.fail(err)
		}
	}
	outline, err := lib.Outline(ctx, id)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		out := toJSON(doc)
		out.Original = lib.OriginalPath(doc)
		if out.Original != "" {
			_, err := os.Stat(out.Original)
			out.OriginalMissing = err != nil
		}
		out.Outline = []sectionJSON{}
		for _, s := range outline {
			out.Outline = append(out.Outline, sectionJSON{Level: s.Level, Label: s.Label, Title: s.Heading, Page: s.Page, Offset: s.Offset})
		}
		if *text {
			out.Text = &body
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return e.fail(err)
		}
		return 0
	}
	if *text {
		fmt.Fprintln(e.stdout, body)
		return 0
	}
	printDoc(e, doc)
	if tags, err := lib.Tags(ctx, doc.ID); err == nil && len(tags) > 0 {
		row(e, "col.tags", strings.Join(tags, "; "))
	}
	if orig := lib.OriginalPath(doc); orig != "" {
		if _, err := os.Stat(orig); err != nil {
			orig = shown(orig) + "  (" + e.msg.T("show.original_missing", nil) + ")"
		}
		fmt.Fprintf(e.stdout, "%-16s %s\n", e.msg.T("col.original", nil)+":", orig)
	}
	if len(outline) > 0 {
		fmt.Fprintln(e.stdout, e.msg.T("col.outline", nil)+":")
		for _, s := range outline {
			fmt.Fprintf(e.stdout, "  %s%s %s  (tr. %d)\n", strings.Repeat("  ", s.Level-1), s.Label, s.Heading, s.Page)
		}
	}
	return 0
}

func row(e *env, key, v string) {
	if v != "" {
		fmt.Fprintf(e.stdout, "%-16s %s\n", e.msg.T(key, nil)+":", shown(v))
	}
}

func printDoc(e *env, d library.Document) {
	row(e, "col.id", strconv.FormatInt(d.ID, 10))
	row(e, "col.title", d.Title)
	row(e, "col.kind", d.Kind)
	row(e, "col.number", d.Number)
	row(e, "col.issuer", d.Issuer)
	row(e, "col.date", d.IssuedOn)
	row(e, "col.place", d.Place)
	row(e, "col.signer", strings.TrimSpace(d.Signer+"  "+d.SignerRole))
	row(e, "col.subject", d.Subject)
	row(e, "col.pages", strconv.Itoa(d.PageCount))
	row(e, "col.method", d.Method)
	row(e, "col.warnings", strings.Join(d.Warnings, " "))
	row(e, "col.validity", d.Validity)
	row(e, "col.source", d.SourcePath)
	row(e, "col.imported", d.ImportedAt.Local().Format("2006-01-02 15:04"))
}
