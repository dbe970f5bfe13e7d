package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	sqlite3 "github.com/mattn/go-sqlite3"

	"sotay/library"
)

// runVersion prints the program, schema, Go and SQLite versions.
func runVersion(_ context.Context, e *env, args []string) int {
	fs := e.flags("version")
	if pos, err := parse(fs, args); err != nil || len(pos) > 0 {
		return e.usage(err)
	}
	sqliteVersion, _, _ := sqlite3.Version()
	if e.json {
		json.NewEncoder(e.stdout).Encode(map[string]any{
			"version": library.Version, "schema": library.SchemaVersion(),
			"go": runtime.Version(), "sqlite": sqliteVersion,
		})
		return 0
	}
	fmt.Fprintf(e.stdout, "sotayctl %s (schema %d, %s, SQLite %s)\n",
		library.Version, library.SchemaVersion(), runtime.Version(), sqliteVersion)
	return 0
}
