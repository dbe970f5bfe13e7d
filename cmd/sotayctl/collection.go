package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"
)

// runCollection handles "sotayctl collection list|add|remove|delete".
func runCollection(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return e.usage(fmt.Errorf("collection: %s", e.msg.T("cli.need_collection_sub", nil)))
	}
	fs := e.flags("collection " + args[0])
	pos, err := parse(fs, args[1:])
	if err != nil {
		return e.usage(err)
	}
	sub := args[0]
	switch sub {
	case "list":
		if len(pos) != 0 {
			return e.usage(fmt.Errorf("collection list: %q", pos))
		}
	case "add", "remove":
		if len(pos) < 2 {
			return e.usage(fmt.Errorf("collection %s: %s", sub, e.msg.T("cli.need_collection_ids", nil)))
		}
	case "delete":
		if len(pos) != 1 {
			return e.usage(fmt.Errorf("collection delete: %s", e.msg.T("cli.need_collection", nil)))
		}
	default:
		return e.usage(fmt.Errorf("collection: %s: %q", e.msg.T("cli.unknown_command", nil), sub))
	}
	var ids []int64
	for _, p := range pos[min(1, len(pos)):] {
		id, err := strconv.ParseInt(p, 10, 64)
		if err != nil || id <= 0 {
			return e.usage(fmt.Errorf("collection %s: %q: %s", sub, p, e.msg.T("cli.bad_id", nil)))
		}
		ids = append(ids, id)
	}
	a := writing
	if sub == "list" {
		a = reading
	}
	lib, err := e.open(ctx, a)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	switch sub {
	case "add":
		c, err := lib.CollectionNamed(ctx, pos[0])
		if err == nil {
			err = lib.AddToCollection(ctx, c.ID, ids...)
		}
		if err != nil {
			return e.fail(err)
		}
	case "remove", "delete":
		c, err := lib.FindCollection(ctx, pos[0])
		if err == nil && sub == "remove" {
			err = lib.RemoveFromCollection(ctx, c.ID, ids...)
		} else if err == nil {
			err = lib.DeleteCollection(ctx, c.ID)
		}
		if err != nil {
			return e.fail(err)
		}
	}
	all, err := lib.Collections(ctx)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, c := range all {
			enc.Encode(map[string]any{"id": c.ID, "name": c.Name, "documents": c.Documents})
		}
		return 0
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\t%s\t%s\n", e.msg.T("collection.col.name", nil), e.msg.T("collection.col.documents", nil))
	for _, c := range all {
		fmt.Fprintf(tw, "%d\t%s\t%d\n", c.ID, c.Name, c.Documents)
	}
	tw.Flush()
	return 0
}
