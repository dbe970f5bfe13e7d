package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"sotay/library"
)

// runWatch imports what appears in the folders until interrupted (Ctrl+C),
// a line per file as import prints them: for scripts and shared folders.
func runWatch(ctx context.Context, e *env, args []string) int {
	fs := e.flags("watch")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	if len(pos) == 0 {
		return e.usage(fmt.Errorf("watch: %s", e.msg.T("cli.need_path", nil)))
	}
	for _, d := range pos {
		if st, err := os.Stat(d); err != nil || !st.IsDir() {
			if err == nil {
				err = fmt.Errorf("%s: %s", d, e.msg.T("watch.not_folder", nil))
			}
			return e.fail(&pathError{path: d, err: err})
		}
	}
	lib, err := e.open(ctx, creating)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	printer := e.importPrinter()
	if !e.json {
		fmt.Fprintln(e.stderr, e.msg.T("watch.started", map[string]any{"N": len(pos)}))
	}
	err = lib.Watch(ctx, pos, library.WatchOptions{OnResult: func(r library.ImportResult) {
		printer(library.ImportProgress{Result: r})
	}})
	if err != nil && !errors.Is(err, context.Canceled) {
		return e.fail(err)
	}
	return 0
}
