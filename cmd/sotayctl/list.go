package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"text/tabwriter"

	"sotay/internal/viet"
	"sotay/library"
)

// docJSON is a document as list and show print it with --json.
type docJSON struct {
	ID         int64    `json:"id"`
	Title      string   `json:"title"`
	Kind       string   `json:"kind"`
	Number     string   `json:"number"`
	Issuer     string   `json:"issuer"`
	IssuedOn   string   `json:"issued_on"`
	Path       string   `json:"path"`
	Format     string   `json:"format"`
	Pages      int      `json:"pages"`
	Chars      int      `json:"chars"`
	ImportedAt string   `json:"imported_at"`
	Place      string   `json:"place,omitempty"`
	Signer     string   `json:"signer,omitempty"`
	SignerRole string   `json:"signer_role,omitempty"`
	Subject    string   `json:"subject,omitempty"`
	Method     string   `json:"method,omitempty"`
	Warnings   []string `json:"warnings,omitempty"`
	Original   string   `json:"original,omitempty"`
	// OriginalMissing says the kept file is gone from the disk (show only).
	OriginalMissing bool          `json:"original_missing,omitempty"`
	Outline         []sectionJSON `json:"outline,omitempty"`
	Text            *string       `json:"text,omitempty"`
}

// sectionJSON is one heading of show --json's outline.
type sectionJSON struct {
	Level  int    `json:"level"`
	Label  string `json:"label"`
	Title  string `json:"title"`
	Page   int    `json:"page"`
	Offset int    `json:"offset"`
}

func toJSON(d library.Document) docJSON {
	return docJSON{ID: d.ID, Title: d.Title, Kind: d.Kind, Number: d.Number, Issuer: d.Issuer,
		IssuedOn: d.IssuedOn, Path: d.SourcePath, Format: d.Format, Pages: d.PageCount,
		Chars: d.CharCount, ImportedAt: d.ImportedAt.Format("2006-01-02T15:04:05Z07:00"),
		Place: d.Place, Signer: d.Signer, SignerRole: d.SignerRole, Subject: d.Subject, Method: d.Method,
		Warnings: d.Warnings}
}

// runList prints every document, sorted by title in Vietnamese order.
func runList(ctx context.Context, e *env, args []string) int {
	fs := e.flags("list")
	pos, err := parse(fs, args)
	if err != nil || len(pos) > 0 {
		return e.usage(err)
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	docs, err := lib.Documents(ctx)
	if err != nil {
		return e.fail(err)
	}
	keys := make(map[int64][]byte, len(docs))
	for _, d := range docs {
		keys[d.ID] = viet.SortKey(d.Title)
	}
	sort.Slice(docs, func(i, j int) bool { return bytes.Compare(keys[docs[i].ID], keys[docs[j].ID]) < 0 })
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, d := range docs {
			if err := enc.Encode(toJSON(d)); err != nil {
				return e.fail(err)
			}
		}
		return 0
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", "ID", e.msg.T("col.kind", nil), e.msg.T("col.number", nil),
		e.msg.T("col.date", nil), e.msg.T("col.title", nil))
	for _, d := range docs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", d.ID, d.Kind, d.Number, d.IssuedOn, shown(d.Title))
	}
	tw.Flush()
	return 0
}
