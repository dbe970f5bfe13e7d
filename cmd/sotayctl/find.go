package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"sotay/library"
)

// findHit is one quick-open result in `find --json`.
type findHit struct {
	ID     int64  `json:"id"`
	Title  string `json:"title"`
	Number string `json:"number"`
	Kind   string `json:"kind"`
	Score  int    `json:"score"`
}

// runFind is the quick-open (Ctrl+K in the GUI): documents whose title or
// number fuzzily match what was typed, with or without diacritics.
func runFind(ctx context.Context, e *env, args []string) int {
	fs := e.flags("find")
	limit := fs.Int("limit", 10, "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	query := strings.Join(pos, " ")
	if strings.TrimSpace(query) == "" || *limit <= 0 {
		return e.usage(fmt.Errorf("find: %s", e.msg.T("cli.need_query", nil)))
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	docs, err := lib.Summaries(ctx)
	if err != nil {
		return e.fail(err)
	}
	start := time.Now()
	matches := library.NewQuickOpen(docs).Find(query, *limit)
	took := time.Since(start)
	if e.json {
		hits := make([]findHit, len(matches))
		for i, m := range matches {
			hits[i] = findHit{ID: m.Doc.ID, Title: m.Doc.Title, Number: m.Doc.Number, Kind: m.Doc.Kind, Score: m.Score}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"query": query, "took_ms": float64(took.Microseconds()) / 1000, "hits": hits}); err != nil {
			return e.fail(err)
		}
		return 0
	}
	for _, m := range matches {
		fmt.Fprintf(e.stdout, "%d\t%s\n", m.Doc.ID, shown(m.Doc.Title))
	}
	if len(matches) == 0 {
		fmt.Fprintln(e.stderr, e.msg.T("find.none", map[string]string{"Q": query}))
	}
	return 0
}
