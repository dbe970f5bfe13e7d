package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"sotay/library"
)

// importLine is one line of `import --json` output.
type importLine struct {
	Path     string   `json:"path"`
	Status   string   `json:"status"`
	ID       int64    `json:"id,omitempty"`
	Title    string   `json:"title,omitempty"`
	Method   string   `json:"method,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
	Error    string   `json:"error,omitempty"`
	Code     string   `json:"code,omitempty"`
}

// runImport imports text files and folders; exit code 1 if any file failed.
func runImport(ctx context.Context, e *env, args []string) int {
	fs := e.flags("import")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) == 0 {
		return e.usage(fmt.Errorf("import: %s", e.msg.T("cli.need_path", nil)))
	}
	lib, err := e.open(ctx, true)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	progress := func(p library.ImportProgress) {
		r := p.Result
		line := importLine{Path: r.Path, Status: string(r.Status), ID: r.ID, Title: r.Title, Method: r.Method, Warnings: r.Warnings}
		if r.Err != nil {
			line.Code = library.Code(r.Err)
			line.Error = e.msg.T("error."+line.Code, map[string]string{"Path": r.Path})
		}
		if e.json {
			enc.Encode(line)
			return
		}
		switch r.Status {
		case library.StatusFailed:
			fmt.Fprintf(e.stdout, "%s\t%s\t[%s] %s\n", e.msg.T("import.failed", nil), r.Path, line.Code, line.Error)
		case library.StatusDuplicate:
			fmt.Fprintf(e.stdout, "%s\t%s\t#%d %s\n", e.msg.T("import.duplicate", nil), r.Path, r.ID, r.Title)
		default:
			fmt.Fprintf(e.stdout, "%s\t%s\t#%d %s\n", e.msg.T("import.imported", nil), r.Path, r.ID, r.Title)
		}
	}
	sum, err := lib.Import(ctx, pos, library.ImportOptions{Progress: progress})
	fmt.Fprintln(e.stderr, e.msg.T("import.summary", sum))
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(e.stderr, e.msg.T("import.cancelled", nil))
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
