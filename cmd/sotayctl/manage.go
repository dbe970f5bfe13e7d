package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"sotay/library"
)

// parseID reads the one positional argument of a command as a document id.
func (e *env) parseID(name string, pos []string) (int64, error) {
	if len(pos) != 1 {
		return 0, fmt.Errorf("%s: %s", name, e.msg.T("cli.need_id", nil))
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%s: %s: %q", name, e.msg.T("cli.need_id", nil), pos[0])
	}
	return id, nil
}

// openDocument reads a command's one id argument, opens the library and
// loads that document. On failure it has reported the problem and code is
// the exit code; otherwise the caller closes lib.
func (e *env) openDocument(ctx context.Context, name string, pos []string, a access) (lib *library.Library, doc library.Document, code int) {
	id, err := e.parseID(name, pos)
	if err != nil {
		return nil, doc, e.usage(err)
	}
	if lib, err = e.open(ctx, a); err != nil {
		return nil, doc, e.fail(err)
	}
	if doc, err = lib.Document(ctx, id); err != nil {
		lib.Close()
		return nil, doc, e.fail(err)
	}
	return lib, doc, 0
}

// runReindex rebuilds the search index from the stored text.
func runReindex(ctx context.Context, e *env, args []string) int {
	fs := e.flags("reindex")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) > 0 {
		return e.usage(fmt.Errorf("reindex: %q", pos[0]))
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	start := time.Now()
	n := 0
	err = lib.Reindex(ctx, func(p library.IndexProgress) { n = p.Total })
	if err != nil {
		return e.fail(err)
	}
	took := time.Since(start)
	if e.json {
		return e.encode(map[string]any{"documents": n, "took_ms": took.Milliseconds()})
	}
	fmt.Fprintln(e.stdout, e.msg.T("reindex.done", map[string]any{"N": n, "S": fmt.Sprintf("%.1f", took.Seconds())}))
	return 0
}

// runDelete removes a document and its index entry.
func runDelete(ctx context.Context, e *env, args []string) int {
	fs := e.flags("delete")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	lib, doc, code := e.openDocument(ctx, "delete", pos, writing)
	if lib == nil {
		return code
	}
	defer lib.Close()
	id := doc.ID
	if err := lib.Delete(ctx, id); err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(map[string]any{"deleted": id, "title": doc.Title})
	}
	fmt.Fprintln(e.stdout, e.msg.T("delete.done", map[string]any{"ID": id, "T": doc.Title}))
	return 0
}

// runEdit changes a document's metadata; flags not given keep their value.
func runEdit(ctx context.Context, e *env, args []string) int {
	fs := e.flags("edit")
	var set = map[string]*string{}
	for _, f := range []string{"title", "kind", "number", "issuer", "date", "place", "signer", "signer-role", "subject", "validity"} {
		set[f] = fs.String(f, "\x00", "")
	}
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	lib, doc, code := e.openDocument(ctx, "edit", pos, writing)
	if lib == nil {
		return code
	}
	defer lib.Close()
	id := doc.ID
	m := library.Metadata{Title: doc.Title, Kind: doc.Kind, Number: doc.Number, Issuer: doc.Issuer, IssuedOn: doc.IssuedOn,
		Place: doc.Place, Signer: doc.Signer, SignerRole: doc.SignerRole, Subject: doc.Subject, Validity: doc.Validity}
	for f, dst := range map[string]*string{"title": &m.Title, "kind": &m.Kind, "number": &m.Number, "issuer": &m.Issuer, "date": &m.IssuedOn,
		"place": &m.Place, "signer": &m.Signer, "signer-role": &m.SignerRole, "subject": &m.Subject, "validity": &m.Validity} {
		if v := *set[f]; v != "\x00" {
			*dst = v
		}
	}
	if m.IssuedOn != "" {
		if _, err := time.Parse("2006-01-02", m.IssuedOn); err != nil {
			return e.usage(fmt.Errorf("edit: %s: %q", e.msg.T("cli.need_date", nil), m.IssuedOn))
		}
	}
	if err := lib.UpdateMetadata(ctx, id, m); err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(map[string]any{"id": id, "title": m.Title, "kind": m.Kind, "number": m.Number,
			"issuer": m.Issuer, "issued_on": m.IssuedOn, "place": m.Place, "signer": m.Signer,
			"signer_role": m.SignerRole, "subject": m.Subject, "validity": m.Validity})
	}
	fmt.Fprintln(e.stdout, e.msg.T("edit.done", map[string]any{"ID": id, "T": m.Title}))
	return 0
}

// encode writes v as one JSON line.
func (e *env) encode(v any) int {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return e.fail(err)
	}
	return 0
}
