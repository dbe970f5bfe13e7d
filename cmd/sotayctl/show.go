package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

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
	lib, doc, code := e.openDocument(ctx, "show", pos)
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
	if e.json {
		out := toJSON(doc)
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
	return 0
}

func printDoc(e *env, d library.Document) {
	row := func(key, v string) {
		if v != "" {
			fmt.Fprintf(e.stdout, "%-16s %s\n", e.msg.T(key, nil)+":", v)
		}
	}
	row("col.id", strconv.FormatInt(d.ID, 10))
	row("col.title", d.Title)
	row("col.kind", d.Kind)
	row("col.number", d.Number)
	row("col.issuer", d.Issuer)
	row("col.date", d.IssuedOn)
	row("col.pages", strconv.Itoa(d.PageCount))
	row("col.source", d.SourcePath)
	row("col.imported", d.ImportedAt.Local().Format("2006-01-02 15:04"))
}
