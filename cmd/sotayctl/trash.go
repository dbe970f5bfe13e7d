package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"
)

// runTrash handles "sotayctl trash ID | trash list | trash empty".
func runTrash(ctx context.Context, e *env, args []string) int {
	fs := e.flags("trash")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) != 1 {
		return e.usage(fmt.Errorf("trash: %s", e.msg.T("cli.need_trash", nil)))
	}
	switch pos[0] {
	case "list", "empty":
		a := reading
		if pos[0] == "empty" {
			a = writing
		}
		lib, err := e.open(ctx, a)
		if err != nil {
			return e.fail(err)
		}
		defer lib.Close()
		if pos[0] == "empty" {
			n, err := lib.EmptyTrash(ctx)
			if err != nil {
				return e.fail(err)
			}
			if e.json {
				return e.encode(map[string]any{"deleted": n})
			}
			fmt.Fprintln(e.stdout, e.msg.T("trash.emptied", map[string]any{"N": n}))
			return 0
		}
		docs, err := lib.Trashed(ctx)
		if err != nil {
			return e.fail(err)
		}
		if e.json {
			out := []map[string]any{}
			for _, d := range docs {
				out = append(out, map[string]any{"id": d.ID, "title": d.Title, "kind": d.Kind, "number": d.Number,
					"trashed_at": d.TrashedAt.Format(time.RFC3339), "notes": d.Notes})
			}
			return e.encode(out)
		}
		if len(docs) == 0 {
			fmt.Fprintln(e.stdout, e.msg.T("trash.empty", nil))
		}
		for _, d := range docs {
			fmt.Fprintf(e.stdout, "%d\t%s\t%s\n", d.ID, d.TrashedAt.Local().Format("2006-01-02 15:04"), d.Title)
		}
		return 0
	}
	lib, doc, code := e.openDocument(ctx, "trash", pos, writing)
	if lib == nil {
		return code
	}
	defer lib.Close()
	if err := lib.Trash(ctx, doc.ID); err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(map[string]any{"trashed": doc.ID, "title": doc.Title})
	}
	fmt.Fprintln(e.stdout, e.msg.T("trash.done", map[string]any{"ID": doc.ID, "T": doc.Title}))
	return 0
}

// runRestore handles "sotayctl restore ID".
func runRestore(ctx context.Context, e *env, args []string) int {
	fs := e.flags("restore")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) != 1 {
		return e.usage(fmt.Errorf("restore: %s", e.msg.T("cli.need_one_id", nil)))
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil {
		if _, serr := os.Stat(pos[0]); serr == nil {
			return runRestoreBackup(ctx, e, pos[0]) // restore FILE: a backup
		}
	}
	if err != nil || id <= 0 {
		return e.usage(fmt.Errorf("restore: %q: %s", pos[0], e.msg.T("cli.bad_id", nil)))
	}
	lib, err := e.open(ctx, writing)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	if err := lib.Restore(ctx, id); err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.encode(map[string]any{"restored": id})
	}
	fmt.Fprintln(e.stdout, e.msg.T("trash.restored", map[string]any{"ID": id}))
	return 0
}

// runTag handles "sotayctl tag add|rm ID TAG".
func runTag(ctx context.Context, e *env, args []string) int {
	fs := e.flags("tag")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) != 3 || pos[0] != "add" && pos[0] != "rm" {
		return e.usage(fmt.Errorf("tag: %s", e.msg.T("cli.need_tag", nil)))
	}
	lib, doc, code := e.openDocument(ctx, "tag", pos[1:2], writing)
	if lib == nil {
		return code
	}
	defer lib.Close()
	if pos[0] == "add" {
		err = lib.AddTag(ctx, doc.ID, pos[2])
	} else {
		err = lib.RemoveTag(ctx, doc.ID, pos[2])
	}
	if err != nil {
		return e.fail(err)
	}
	tags, err := lib.Tags(ctx, doc.ID)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		if tags == nil {
			tags = []string{}
		}
		return e.encode(map[string]any{"id": doc.ID, "tags": tags})
	}
	fmt.Fprintf(e.stdout, "%d\t%v\n", doc.ID, tags)
	return 0
}

// runRelations handles "sotayctl relations ID": the documents it cites
// and those that cite it.
func runRelations(ctx context.Context, e *env, args []string) int {
	fs := e.flags("relations")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	lib, doc, code := e.openDocument(ctx, "relations", pos, reading)
	if lib == nil {
		return code
	}
	defer lib.Close()
	rs, err := lib.Relations(ctx, doc.ID)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		out := []map[string]any{}
		for _, r := range rs {
			dir := "cites"
			if r.Incoming {
				dir = "cited_by"
			}
			out = append(out, map[string]any{"direction": dir, "relation": r.Kind, "id": r.Other.ID, "title": r.Other.Title,
				"number": r.Other.Number, "detected": r.Detected, "phrase": r.Phrase})
		}
		return e.encode(out)
	}
	if len(rs) == 0 {
		fmt.Fprintln(e.stdout, e.msg.T("relations.none", nil))
	}
	for _, r := range rs {
		key := "relations.out." + r.Kind
		if r.Incoming {
			key = "relations.in." + r.Kind
		}
		fmt.Fprintf(e.stdout, "%s\t%d\t%s\t%s\n", e.msg.T(key, nil), r.Other.ID, r.Other.Number, r.Other.Title)
	}
	return 0
}
