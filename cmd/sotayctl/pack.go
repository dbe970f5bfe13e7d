package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"sotay/library"
)

// runPack dispatches "sotayctl pack export|show|import".
func runPack(ctx context.Context, e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return runPackExport(ctx, e, args[1:])
		case "show":
			return runPackShow(ctx, e, args[1:], false)
		case "import":
			return runPackShow(ctx, e, args[1:], true)
		}
	}
	return e.usage(fmt.Errorf("pack: %s", e.msg.T("cli.need_subcommand_pack", nil)))
}

// runPackExport writes a study pack of a collection or of documents.
func runPackExport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("pack export")
	collection := fs.String("collection", "", "")
	banks := fs.Bool("banks", false, "")
	originals := fs.Bool("originals", false, "")
	plan := fs.String("plan", "", "")
	key := fs.String("sign-key", "", "")
	title := fs.String("title", "", "")
	unit := fs.String("unit", "", "")
	id := fs.String("id", "", "")
	version := fs.Int("version", 0, "")
	out := fs.String("o", "", "")
	pos, err := parse(fs, args)
	if err != nil || *out == "" || *collection != "" && len(pos) > 0 || *collection == "" && len(pos) == 0 && *plan == "" {
		if err == nil {
			err = fmt.Errorf("pack export: %s", e.msg.T("cli.pack_export_usage", nil))
		}
		return e.usage(err)
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	ids, name, err := e.docIDs(ctx, lib, *collection, pos)
	if err != nil {
		return e.fail(err)
	}
	if *title == "" {
		*title = name
	}
	var m library.PackManifest
	err = e.writeOutput(*out, func(w io.Writer) error {
		var err error
		m, err = lib.ExportPack(ctx, w, library.PackOptions{Title: *title, Unit: *unit, ID: *id, Version: *version,
			Documents: ids, Banks: *banks, Originals: *originals, Plan: *plan, Key: *key})
		return err
	})
	if err != nil {
		return e.fail(&pathError{path: *out, err: err})
	}
	if e.json && *out != "-" {
		return e.encode(map[string]any{"file": *out, "id": m.ID, "version": m.Version, "documents": len(m.Documents),
			"banks": len(m.Banks), "signed": *key != ""})
	}
	fmt.Fprintln(e.said(*out), e.msg.T("pack.exported", map[string]any{"File": *out, "N": len(m.Documents), "B": len(m.Banks), "ID": m.ID, "V": m.Version}))
	return 0
}

// runPackShow says what a pack holds (and whether its signature is
// verified); with doImport it then imports it into the library named by
// --db, which is made if missing.
func runPackShow(ctx context.Context, e *env, args []string, doImport bool) int {
	name := "pack show"
	if doImport {
		name = "pack import"
	}
	fs := e.flags(name)
	key := fs.String("sign-key", "", "")
	accept := fs.Bool("accept-unverified", false, "")
	pos, err := parse(fs, args)
	if err != nil || len(pos) != 1 {
		if err == nil {
			err = fmt.Errorf("%s: %s", name, e.msg.T("cli.need_pack_file", nil))
		}
		return e.usage(err)
	}
	file := pos[0]
	p, err := library.ReadPackFile(file, *key)
	if err != nil {
		return e.fail(&pathError{path: file, err: err})
	}
	m := p.Manifest
	out := map[string]any{"file": file, "id": m.ID, "version": m.Version, "title": m.Title, "unit": m.Unit,
		"created_at": m.CreatedAt, "documents": len(m.Documents), "banks": len(m.Banks), "signed": p.Signed, "verified": p.Verified,
		"has_plan": m.Plan != nil}
	if !e.json {
		fmt.Fprintln(e.stdout, e.msg.T("pack.holds", map[string]any{"Title": m.Title, "Unit": m.Unit, "V": m.Version, "N": len(m.Documents), "B": len(m.Banks)}))
		switch {
		case p.Verified:
			fmt.Fprintln(e.stdout, e.msg.T("pack.verified", map[string]any{"Unit": m.Unit}))
		case p.Signed && *key != "":
			fmt.Fprintln(e.stdout, e.msg.T("pack.bad_signature", nil))
		default:
			fmt.Fprintln(e.stdout, e.msg.T("pack.unverified", nil))
		}
	}
	if path, _ := library.ResolvePath(e.dbFlag); fileExists(path) {
		// What an import would change in the library at --db.
		if lib, err := e.open(ctx, reading); err == nil {
			pv, err := lib.PreviewPack(ctx, p)
			lib.Close()
			if err == nil {
				out["new"], out["present"], out["updated"], out["installed_version"] = pv.New, pv.Present, pv.Updated, pv.Installed
				if !e.json {
					fmt.Fprintln(e.stdout, e.msg.T("pack.preview", map[string]any{"New": pv.New, "Present": pv.Present}))
					if pv.Updated > 0 {
						fmt.Fprintln(e.stdout, e.msg.T("pack.preview_updated", map[string]any{"N": pv.Updated}))
					}
					if pv.Installed >= m.Version {
						fmt.Fprintln(e.stdout, e.msg.T("pack.preview_same", map[string]any{"Old": pv.Installed}))
					} else if pv.Installed > 0 {
						fmt.Fprintln(e.stdout, e.msg.T("pack.preview_update", map[string]any{"Old": pv.Installed}))
					}
				}
			}
		}
	}
	if pl := m.Plan; pl != nil && !e.json {
		fmt.Fprintln(e.stdout, e.msg.T("pack.has_plan", map[string]any{"Title": pl.Title, "N": len(pl.Steps)}))
	}
	if doImport && p.Signed && *key != "" && !p.Verified && !*accept {
		// Said and refused: the app asks with the same warning; here a
		// script must say it wants the pack anyway.
		return e.fail(&pathError{path: file, err: library.ErrPackSignature})
	}
	if !doImport {
		if e.json {
			return e.encode(out)
		}
		return 0
	}
	// A new PC: the library, and its folder, are made for the pack.
	path, _ := library.ResolvePath(e.dbFlag)
	os.MkdirAll(filepath.Dir(path), 0o755)
	lib, err := e.open(ctx, creating)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	rep, err := lib.ImportPack(ctx, p)
	if err != nil {
		return e.fail(&pathError{path: file, err: err})
	}
	if e.json {
		out["added"], out["linked"], out["questions"], out["bank_names"] = rep.Added, rep.Linked, rep.Questions, rep.Banks
		out["originals"], out["plan"], out["updated"] = rep.Originals, rep.Plan, rep.Updated
		return e.encode(out)
	}
	fmt.Fprintln(e.stdout, e.msg.T("pack.imported", map[string]any{"Added": rep.Added, "Linked": rep.Linked, "Q": rep.Questions, "B": len(rep.Banks)}))
	if rep.Updated > 0 {
		fmt.Fprintln(e.stdout, e.msg.T("pack.updated", map[string]any{"N": rep.Updated}))
	}
	if rep.Plan != "" {
		fmt.Fprintln(e.stdout, e.msg.T("pack.plan_came", map[string]any{"Title": rep.Plan}))
	}
	return 0
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}
