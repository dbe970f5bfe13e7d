package library

import (
	"context"
	"sync"
	"time"

	"sotay/internal/viet"
)

// SearchOptions tunes Search.
type SearchOptions struct {
	// Limit is how many hits to return (default 20, at most 1000).
	Limit int
	// Filters narrow the search; filters typed in the query win.
	Filters Filters
	// Literal searches the query as typed, never as Telex/VNI.
	Literal bool
	// LazyCount returns the first page as soon as it is ranked: when hits
	// were found, Total is -1 and CountLater gives the count of every
	// match (the GUI shows the results first and the count when it comes).
	LazyCount bool
}

// SearchResult is the answer to a search.
type SearchResult struct {
	Query string
	// Interpreted is what was searched when it differs from Query: the query
	// read as Telex or VNI ("nghij quyeets" → "nghị quyết").
	Interpreted string
	// Mode says how the words were matched: "phrase" (in sequence), "near"
	// (within ten words, when no document has the phrase), "all" (anywhere
	// in the document), "filter" (no words, filters only) or "" (nothing
	// to search).
	Mode  string
	Total int // documents matching, of which Hits are the best; -1: see CountLater
	Took  time.Duration
	// CountLater waits for the count of every match when Total is -1
	// (SearchOptions.LazyCount); cancelling the search's context stops it.
	CountLater func() (int, error)
	Hits       []Hit
	Matcher    *Matcher // finds the query's words in any text, for the reader
}

// Hit is one document found.
type Hit struct {
	ID                                    int64
	Title, Kind, Number, Issuer, IssuedOn string
	Path                                  string // where it was imported from
	Snippet                               Snippet
	// Score is BM25 (higher is better) within the hit's tier: documents
	// holding the exact marked form (Exact) come before the others.
	Score float64
	Exact bool
}

// Snippet is a short passage of a document's original text around the
// first hit; Marks are the byte ranges in Text of the matched words.
type Snippet struct {
	Text  string
	Marks []Span
}

// Span is a byte range [Start, End).
type Span struct{ Start, End int }

const (
	// The index's tables (migrations/002_search.sql) and their columns.
	tableFolded     = "search"
	tableMarked     = "search_marked"
	tableTitle      = "search_title"
	colsFolded      = "body"
	colsMarked      = "mbody"
	colsFoldedTitle = "title"
	colsMarkedTitle = "mtitle"
)

// Search finds documents by their text, title and number, with or without
// diacritics; see query.go for the syntax. It never fails because of what
// the query holds: odd input gives fewer or no hits.
func (l *Library) Search(ctx context.Context, text string, opt SearchOptions) (*SearchResult, error) {
	start := time.Now()
	if opt.Limit <= 0 {
		opt.Limit = 20
	}
	opt.Limit = min(opt.Limit, 1000)
	res, err := l.search(ctx, text, parseQuery(text), opt)
	if err != nil {
		return nil, err
	}
	if !opt.Literal {
		if decoded, ok := typedQuery(text); ok {
			alt, err := l.search(ctx, decoded, parseQuery(decoded), opt)
			if err != nil {
				return nil, err
			}
			if alt.Total != 0 && (res.Total == 0 || res.Mode != "phrase" && alt.Mode == "phrase") {
				alt.Query, alt.Interpreted = text, decoded
				res = alt
			}
		}
	}
	res.Took = time.Since(start)
	return res, nil
}

// typedQuery returns the query decoded from Telex/VNI when some word of it
// is not Vietnamese as typed but becomes a syllable decoded ("ddeef ans").
func typedQuery(text string) (string, bool) {
	decoded, changed := viet.DecodeTyped(text)
	if !changed {
		return "", false
	}
	for _, w := range viet.SplitWords(text) {
		if !viet.ValidSyllable(w) {
			if d, ok := viet.DecodeTyped(w); ok && viet.ValidSyllable(d) {
				return decoded, true
			}
		}
	}
	return "", false
}

// search runs one parsed query: it finds how many documents match (trying
// phrase, then near, then all-words), then ranks those holding the
// intended marked form first.
func (l *Library) search(ctx context.Context, text string, q query, opt SearchOptions) (*SearchResult, error) {
	res := &SearchResult{Query: text}
	mergeFilters(&q.filters, opt.Filters)
	filter, fargs, none, err := l.filterSQL(ctx, q.filters)
	if err != nil || none {
		return res, err
	}
	for _, p := range q.exclude {
		table, words := tableFolded, foldWords(p.words)
		if p.hasMarks() {
			table, words = tableMarked, toneKeys(p.words) // only that marked form
		}
		filter += " AND rowid NOT IN (SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?)"
		fargs = append(fargs, ftsPhrase("", words))
	}
	if len(q.groups) == 0 {
		if q.filters.empty() {
			return res, nil
		}
		return l.filterOnly(ctx, res, q, filter, fargs, opt.Limit)
	}
	m := newMatcher(q)
	m.mode = "phrase"
	res.Matcher = m

	// Counting every folded match is the dearest step: it runs on another
	// connection while the intended forms are chosen and ranked.
	type counted struct {
		n   int
		err error
	}
	// An early return (an error, or the caller gone) stops the count and
	// does not wait for it: the channel has room for its one answer.
	countc := make(chan counted, 1)
	countCtx, stopCount := context.WithCancel(ctx)
	lazy := false
	defer func() {
		if !lazy {
			stopCount()
		}
	}()
	startCount := func() {
		go func() {
			n, err := l.count(countCtx, q.expr("phrase", nil, tableFolded), filter, fargs)
			countc <- counted{n, err}
		}()
	}
	if !opt.LazyCount {
		// alongside the ranking; lazily it starts once the page is ranked,
		// so the two do not share the CPU while the user waits
		startCount()
	}
	// Marked phrases are first taken as typed; if the library has none of
	// them so, the forms agreeing with the typed marks are looked for.
	var hits []Hit
	var forms map[*phrase][]string
	for _, trustTyped := range []bool{true, false} {
		forms = make(map[*phrase][]string)
		m.clearForms()
		typed := false
		for gi := range q.groups {
			for pi := range q.groups[gi] {
				p := &q.groups[gi][pi]
				typed = typed || p.hasMarks()
				keys, err := l.chooseForm(ctx, p, trustTyped)
				if err != nil {
					return nil, err
				}
				if keys != nil {
					forms[p] = keys
					m.setForm(gi, pi, keys)
				}
			}
		}
		if len(forms) == q.phrases() {
			if hits, err = l.rankedTitleFirst(ctx, q, "phrase", forms, filter, fargs, opt.Limit, nil); err != nil {
				return nil, err
			}
			for i := range hits {
				hits[i].Exact = true
			}
		}
		if len(hits) > 0 || !typed {
			break
		}
	}
	// The rest of the page and the snippets need not wait for the count:
	// a phrase found in its marked form is found folded too.
	if len(hits) > 0 || len(forms) < q.phrases() {
		hits, err = l.fill(ctx, q, "phrase", m, hits, filter, fargs, opt.Limit)
		if err != nil {
			return nil, err
		}
	}
	if opt.LazyCount && len(hits) > 0 {
		// Found: the phrase matches, so there is no loosening to decide;
		// the count follows.
		lazy = true
		startCount()
		var once sync.Once
		var c counted
		res.Mode, res.Total, res.Hits = "phrase", -1, hits
		res.CountLater = func() (int, error) {
			once.Do(func() {
				c = <-countc
				stopCount()
			})
			return c.n, c.err
		}
		return res, nil
	}
	if opt.LazyCount {
		startCount() // nothing found yet: the count decides whether to loosen
	}
	c := <-countc
	if c.err != nil {
		return nil, c.err
	}
	res.Mode, res.Total = "phrase", c.n
	if c.n == 0 {
		// No document has the phrase: loosen to nearness, then to all words.
		res.Mode = ""
		for _, mode := range []string{"near", "all"} {
			if !q.loose() {
				break
			}
			n, err := l.count(ctx, q.expr(mode, nil, tableFolded), filter, fargs)
			if err != nil {
				return nil, err
			}
			if n > 0 {
				res.Mode, res.Total = mode, n
				break
			}
		}
		m.mode = res.Mode
		if res.Mode == "" {
			return res, nil
		}
		// Marked words keep their marks when loosened.
		forms = make(map[*phrase][]string)
		m.clearForms()
		for gi := range q.groups {
			for pi := range q.groups[gi] {
				if p := &q.groups[gi][pi]; p.hasMarks() {
					forms[p] = toneKeys(p.words)
					m.setForm(gi, pi, forms[p])
				}
			}
		}
		hits = nil
		if len(forms) == q.phrases() {
			if hits, err = l.rankedTitleFirst(ctx, q, res.Mode, forms, filter, fargs, opt.Limit, nil); err != nil {
				return nil, err
			}
			for i := range hits {
				hits[i].Exact = true
			}
		}
		if hits, err = l.fill(ctx, q, res.Mode, m, hits, filter, fargs, opt.Limit); err != nil {
			return nil, err
		}
	} else if len(hits) == 0 {
		// Nothing was ranked before the count came (the marked forms had no
		// hit and no form was known): rank the folded matches now.
		if hits, err = l.fill(ctx, q, "phrase", m, hits, filter, fargs, opt.Limit); err != nil {
			return nil, err
		}
	}
	res.Hits = hits
	return res, nil
}

// fill completes hits (the exact ones, best first) with the best folded
// matches up to limit and cuts every hit's snippet.
func (l *Library) fill(ctx context.Context, q query, mode string, m *Matcher, hits []Hit,
	filter string, fargs []any, limit int) ([]Hit, error) {
	if len(hits) < limit {
		seen := make(map[int64]bool, len(hits))
		for _, h := range hits {
			seen[h.ID] = true
		}
		more, err := l.rankedTitleFirst(ctx, q, mode, nil, filter, fargs, limit-len(hits), seen)
		if err != nil {
			return nil, err
		}
		hits = append(hits, more...)
	}
	return hits, l.fillHits(ctx, hits, m, nil)
}

// rankedTitleFirst returns the best limit documents for q by BM25,
// skipping those in skip. Documents with every phrase in their title (or
// number) come first: with the title weighing ten times the body they would
// anyway, and ranking the few title matches first spares ranking every
// document that merely mentions the words when they fill the page.
func (l *Library) rankedTitleFirst(ctx context.Context, q query, mode string, forms map[*phrase][]string,
	filter string, fargs []any, limit int, skip map[int64]bool) ([]Hit, error) {
	hits, err := l.ranked(ctx, tableTitle, q.expr(mode, forms, tableTitle), filter, fargs, limit, skip)
	if err != nil || len(hits) >= limit {
		return hits, err
	}
	seen := make(map[int64]bool, len(hits)+len(skip))
	for id := range skip {
		seen[id] = true
	}
	for _, h := range hits {
		seen[h.ID] = true
	}
	table := tableFolded
	if forms != nil {
		table = tableMarked
	}
	more, err := l.ranked(ctx, table, q.expr(mode, forms, table), filter, fargs, limit-len(hits), seen)
	return append(hits, more...), err
}

func mergeFilters(dst *Filters, opt Filters) {
	if dst.Kind == "" {
		dst.Kind = opt.Kind
	}
	if dst.Issuer == "" {
		dst.Issuer = opt.Issuer
	}
	if dst.Tag == "" {
		dst.Tag = opt.Tag
	}
	if dst.Year == 0 {
		dst.Year = opt.Year
	}
}
