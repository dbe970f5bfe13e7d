package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"sotay/library"
)

// stdin is where `search --stdin` reads queries (tests replace it).
var stdin io.Reader = os.Stdin

// searchOutput is one answer of `search --json`.
type searchOutput struct {
	Query       string      `json:"query"`
	Interpreted string      `json:"interpreted"`
	Mode        string      `json:"mode"`
	TookMS      float64     `json:"took_ms"`
	Total       int         `json:"total"`
	Hits        []searchHit `json:"hits"`
}

type searchHit struct {
	ID       int64   `json:"id"`
	Title    string  `json:"title"`
	Path     string  `json:"path"`
	Number   string  `json:"number"`
	Kind     string  `json:"kind"`
	IssuedOn string  `json:"issued_on"`
	Snippet  string  `json:"snippet"` // hits wrapped in ** **
	Score    float64 `json:"score"`
	Exact    bool    `json:"exact"`
}

// runSearch is the full-text search. With --stdin it reads one query per
// line and answers each in turn (JSON Lines with --json), so many queries
// share one warm process.
func runSearch(ctx context.Context, e *env, args []string) int {
	fs := e.flags("search")
	limit := fs.Int("limit", 10, "")
	kind := fs.String("kind", "", "")
	year := fs.Int("year", 0, "")
	issuer := fs.String("issuer", "", "")
	tag := fs.String("tag", "", "")
	fromStdin := fs.Bool("stdin", false, "")
	literal := fs.Bool("literal", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return e.usage(err)
	}
	for i, p := range pos {
		// -"chi bộ" reaches us as one argument, -chi bộ: keep it a phrase.
		if strings.HasPrefix(p, "-") && strings.ContainsAny(p, " \t") && !strings.Contains(p, `"`) {
			pos[i] = `-"` + p[1:] + `"`
		}
	}
	query := strings.Join(pos, " ")
	if *fromStdin == (strings.TrimSpace(query) != "") || *limit <= 0 {
		return e.usage(fmt.Errorf("search: %s", e.msg.T("cli.need_query", nil)))
	}
	lib, err := e.open(ctx, reading)
	if err != nil {
		return e.fail(err)
	}
	defer lib.Close()
	opt := library.SearchOptions{Limit: *limit, Literal: *literal,
		Filters: library.Filters{Kind: *kind, Year: *year, Issuer: *issuer, Tag: *tag}}
	if !*fromStdin {
		return e.searchOne(ctx, lib, query, opt)
	}
	in := bufio.NewReader(stdin)
	code := 0
	for n := 1; ctx.Err() == nil; n++ {
		query, size, err := readQuery(in, maxStdinQuery)
		if err != nil && err != io.EOF {
			return e.fail(err)
		}
		if size == 0 && err == io.EOF {
			break
		}
		if size > len(query) {
			fmt.Fprintln(e.stderr, e.msg.T("search.query_shortened", map[string]int{"Line": n, "N": size, "Max": maxStdinQuery}))
		}
		if c := e.searchOne(ctx, lib, query, opt); c != 0 {
			code = c
		}
		if err == io.EOF {
			break
		}
	}
	return code
}

// maxStdinQuery bounds a query read by --stdin: a longer line is cut (and
// the user told), whatever its length; the search itself reads at most
// 2,000 bytes of a query.
const maxStdinQuery = 4096

// readQuery reads one line of r without its line ending, keeping at most
// max bytes of it (cut between characters); size is the line's whole
// length. err is io.EOF on the last line.
func readQuery(r *bufio.Reader, max int) (query string, size int, err error) {
	var keep, chunk []byte
	for {
		chunk, err = r.ReadSlice('\n')
		size += len(chunk)
		keep = append(keep, chunk[:min(len(chunk), max+2-len(keep))]...)
		if err != bufio.ErrBufferFull {
			break
		}
	}
	if bytes.HasSuffix(chunk, []byte("\r\n")) {
		size -= 2
	} else if bytes.HasSuffix(chunk, []byte("\n")) {
		size--
	}
	keep = keep[:min(len(keep), size)]
	if len(keep) > max {
		keep = keep[:max]
		for len(keep) > 0 && !utf8.Valid(keep) {
			keep = keep[:len(keep)-1] // a character cut in half
		}
	}
	return string(keep), size, err
}

func (e *env) searchOne(ctx context.Context, lib *library.Library, query string, opt library.SearchOptions) int {
	res, err := lib.Search(ctx, query, opt)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		out := searchOutput{Query: query, Interpreted: res.Interpreted, Mode: res.Mode,
			TookMS: float64(res.Took.Microseconds()) / 1000, Total: res.Total, Hits: []searchHit{}}
		if out.Interpreted == "" {
			out.Interpreted = query
		}
		for _, h := range res.Hits {
			out.Hits = append(out.Hits, searchHit{ID: h.ID, Title: h.Title, Path: h.Path, Number: h.Number,
				Kind: h.Kind, IssuedOn: h.IssuedOn, Snippet: marked(h.Snippet, "**", "**"), Score: h.Score, Exact: h.Exact})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return e.fail(err)
		}
		return 0
	}
	printResult(e.stdout, e, query, res)
	return 0
}

// printResult writes a search's answer for people: a line saying what was
// searched and found, then each hit's id, title and snippet.
func printResult(w io.Writer, e *env, query string, res *library.SearchResult) {
	if res.Interpreted != "" {
		fmt.Fprintln(w, e.msg.T("search.interpreted", map[string]string{"Q": res.Interpreted}))
	}
	if res.Total == 0 {
		fmt.Fprintln(w, e.msg.T("search.none_cli", map[string]string{"Q": query}))
		return
	}
	fmt.Fprintln(w, e.msg.T("search.found", map[string]any{"N": res.Total, "MS": fmt.Sprintf("%.1f", float64(res.Took.Microseconds())/1000)}))
	for _, h := range res.Hits {
		title := h.Title
		if h.Number != "" && !strings.Contains(title, h.Number) {
			title += " (" + h.Number + ")"
		}
		fmt.Fprintf(w, "\n%d\t%s\n\t%s\n", h.ID, title, marked(h.Snippet, "[", "]"))
	}
}

// marked writes the snippet with its hits between open and close.
func marked(s library.Snippet, open, close string) string {
	var b strings.Builder
	last := 0
	for _, m := range s.Marks {
		b.WriteString(s.Text[last:m.Start])
		b.WriteString(open)
		b.WriteString(s.Text[m.Start:m.End])
		b.WriteString(close)
		last = m.End
	}
	b.WriteString(s.Text[last:])
	return b.String()
}
