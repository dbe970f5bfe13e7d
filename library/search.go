package library

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"sotay/internal/sqlite"
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
	Mode    string
	Total   int // documents matching, of which Hits are the best
	Took    time.Duration
	Hits    []Hit
	Matcher *Matcher // finds the query's words in any text, for the reader
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
			if alt.Total > 0 && (res.Total == 0 || res.Mode != "phrase" && alt.Mode == "phrase") {
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
	countc := make(chan counted, 1)
	go func() {
		n, err := l.count(ctx, q.expr("phrase", nil, tableFolded), filter, fargs)
		countc <- counted{n, err}
	}()
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
					<-countc
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
				<-countc
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
			<-countc
			return nil, err
		}
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

// loose reports whether some phrase may be loosened to NEAR or AND.
func (q query) loose() bool {
	for _, g := range q.groups {
		for _, p := range g {
			if !p.quoted && len(p.words) > 1 {
				return true
			}
		}
	}
	return false
}

// expr renders q's groups as an FTS5 expression for table: folded words
// for tableFolded, the forms' tone keys for tableMarked (every phrase must
// have one), either for tableTitle. Exclusions are applied by the caller's
// filter, as they may need another table.
func (q query) expr(mode string, forms map[*phrase][]string, table string) string {
	var b strings.Builder
	b.WriteString("(")
	for gi := range q.groups {
		if gi > 0 {
			b.WriteString(") OR (")
		}
		for pi := range q.groups[gi] {
			p := &q.groups[gi][pi]
			if pi > 0 {
				b.WriteString(" AND ")
			}
			keys, marked := forms[p]
			var cols string
			var words []string
			switch {
			case table == tableFolded || !marked:
				cols, words = colsFolded, foldWords(p.words)
				if table == tableTitle {
					cols = colsFoldedTitle
				}
			default:
				cols, words = colsMarked, keys
				if table == tableTitle {
					cols = colsMarkedTitle
				}
			}
			if table != tableTitle {
				cols = "" // one column: a column filter only costs time
			}
			switch {
			case mode == "phrase" || p.quoted || len(words) == 1:
				b.WriteString(ftsPhrase(cols, words))
			case mode == "near":
				b.WriteString(colSpec(cols) + "NEAR(\"" + strings.Join(words, "\" \"") + "\", 10)")
			default:
				b.WriteString(colSpec(cols) + "(\"" + strings.Join(words, "\" AND \"") + "\")")
			}
		}
	}
	b.WriteString(")")
	return b.String()
}

// phrases counts the phrases of q's groups.
func (q query) phrases() int {
	n := 0
	for _, g := range q.groups {
		n += len(g)
	}
	return n
}

func foldWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = viet.Fold(w)
	}
	return out
}

func toneKeys(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = viet.ToneKey(w)
	}
	return out
}

// filterSQL turns filters into a condition on the index's rowid. none
// reports that no document can match (say, a kind the library lacks).
func (l *Library) filterSQL(ctx context.Context, f Filters) (cond string, args []any, none bool, err error) {
	if f.empty() {
		return "", nil, false, nil
	}
	var conds []string
	matchValues := func(col, from, want string) error {
		if want == "" {
			return nil
		}
		vals, err := l.distinct(ctx, "SELECT DISTINCT "+col+" FROM "+from)
		if err != nil {
			return err
		}
		want = strings.Join(strings.Fields(viet.Fold(want)), " ")
		var keep []string
		for _, v := range vals {
			if strings.Contains(strings.Join(strings.Fields(viet.Fold(v)), " "), want) {
				keep = append(keep, v)
			}
		}
		if len(keep) == 0 {
			none = true
			return nil
		}
		ph := strings.Repeat("?, ", len(keep))
		if from == "tags" {
			conds = append(conds, "id IN (SELECT document_id FROM tags WHERE tag IN ("+ph[:len(ph)-2]+"))")
		} else {
			conds = append(conds, col+" IN ("+ph[:len(ph)-2]+")")
		}
		for _, v := range keep {
			args = append(args, v)
		}
		return nil
	}
	for _, c := range []struct{ col, from, want string }{
		{"kind", "documents", f.Kind}, {"issuer", "documents", f.Issuer}, {"tag", "tags", f.Tag},
	} {
		if err := matchValues(c.col, c.from, c.want); err != nil {
			return "", nil, false, err
		}
	}
	if f.Year > 0 {
		conds = append(conds, "substr(issued_on, 1, 4) = ?")
		args = append(args, fmt.Sprintf("%04d", f.Year))
	}
	if none {
		return "", nil, true, nil
	}
	return " AND rowid IN (SELECT id FROM documents WHERE " + strings.Join(conds, " AND ") + ")", args, false, nil
}

func (l *Library) distinct(ctx context.Context, q string) ([]string, error) {
	rows, err := l.db.Read.QueryContext(ctx, q)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func (l *Library) count(ctx context.Context, expr, filter string, fargs []any) (int, error) {
	var n int
	args := append([]any{expr}, fargs...)
	err := l.db.Read.QueryRowContext(ctx, "SELECT count(*) FROM search WHERE search MATCH ?"+filter, args...).Scan(&n)
	return n, sqlite.Classify(err)
}

// sortInGo is how many matches are fetched unsorted and ranked here:
// FTS5's ORDER BY rank runs the query a second time inside, which costs
// more than sorting a few hundred scores.
const sortInGo = 300

// ranked returns the best limit documents for expr by BM25, skipping
// those in skip.
func (l *Library) ranked(ctx context.Context, table, expr, filter string, fargs []any, limit int, skip map[int64]bool) ([]Hit, error) {
	args := append([]any{expr}, fargs...)
	hits, rows, err := l.rankedQuery(ctx, "SELECT rowid, rank FROM "+table+" WHERE "+table+" MATCH ?"+filter+" LIMIT ?",
		append(args, sortInGo+1), skip, sortInGo+1)
	if err != nil {
		return nil, err
	}
	if rows <= sortInGo {
		slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
		return hits[:min(limit, len(hits))], nil
	}
	hits, _, err = l.rankedQuery(ctx, "SELECT rowid, rank FROM "+table+" WHERE "+table+" MATCH ?"+filter+" ORDER BY rank LIMIT ?",
		append(args, limit+len(skip)), skip, limit)
	return hits, err
}

// rankedQuery runs q, which yields rowid and rank, and returns up to limit
// hits not in skip, and how many rows it read.
func (l *Library) rankedQuery(ctx context.Context, q string, args []any, skip map[int64]bool, limit int) ([]Hit, int, error) {
	rows, err := l.db.Read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, sqlite.Classify(err)
	}
	defer rows.Close()
	var hits []Hit
	n := 0
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Score); err != nil {
			return nil, 0, err
		}
		n++
		if skip[h.ID] {
			continue
		}
		h.Score = -h.Score
		hits = append(hits, h)
		if len(hits) == limit {
			break
		}
	}
	return hits, n, sqlite.Classify(rows.Err())
}

// filterOnly lists the documents matching the filters (and none of the
// excluded words), newest first.
func (l *Library) filterOnly(ctx context.Context, res *SearchResult, q query, filter string, fargs []any, limit int) (*SearchResult, error) {
	cond := "1" + strings.ReplaceAll(filter, " AND rowid ", " AND id ")
	args := fargs
	if err := l.db.Read.QueryRowContext(ctx, "SELECT count(*) FROM documents WHERE "+cond, args...).Scan(&res.Total); err != nil {
		return nil, sqlite.Classify(err)
	}
	rows, err := l.db.Read.QueryContext(ctx, "SELECT id FROM documents WHERE "+cond+
		" ORDER BY issued_on DESC, id DESC LIMIT "+strconv.Itoa(limit), args...)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID); err != nil {
			rows.Close()
			return nil, err
		}
		hits = append(hits, h)
	}
	rows.Close()
	res.Mode = "filter"
	res.Matcher = newMatcher(query{})
	if err := l.fillHits(ctx, hits, res.Matcher, nil); err != nil {
		return nil, err
	}
	res.Hits = hits
	return res, nil
}

// fillHits loads the hits' metadata and text and cuts their snippets.
func (l *Library) fillHits(ctx context.Context, hits []Hit, m *Matcher, have map[int64]string) error {
	if len(hits) == 0 {
		return nil
	}
	byID := make(map[int64]*Hit, len(hits))
	ids := make([]string, len(hits))
	for i := range hits {
		byID[hits[i].ID] = &hits[i]
		ids[i] = strconv.FormatInt(hits[i].ID, 10)
	}
	in := "(" + strings.Join(ids, ",") + ")"
	rows, err := l.db.Read.QueryContext(ctx, `SELECT id, title, kind, number, issuer, issued_on, source_path
	    FROM documents WHERE id IN `+in)
	if err != nil {
		return sqlite.Classify(err)
	}
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Kind, &h.Number, &h.Issuer, &h.IssuedOn, &h.Path); err != nil {
			rows.Close()
			return err
		}
		if p := byID[h.ID]; p != nil {
			h.Score, h.Exact = p.Score, p.Exact
			*p = h
		}
	}
	rows.Close()
	// Most first hits are near the top: read a little of every text, and
	// more only of those whose hit is further down.
	var need []string
	for _, h := range hits {
		if _, ok := have[h.ID]; !ok {
			need = append(need, strconv.FormatInt(h.ID, 10))
		}
	}
	texts := have
	if len(need) > 0 {
		got, err := l.texts(ctx, "("+strings.Join(need, ",")+")", snippetFirstChars)
		if err != nil {
			return err
		}
		if texts == nil {
			texts = got
		} else {
			maps.Copy(texts, got)
		}
	}
	var sc viet.WordScanner
	var again []string
	for i := range hits {
		h := &hits[i]
		t := texts[h.ID]
		var found bool
		h.Snippet, found = m.snippet(&sc, t, h.Title)
		if !found && len(m.phrases) > 0 && len(t) >= snippetFirstChars {
			again = append(again, strconv.FormatInt(h.ID, 10))
		}
	}
	if len(again) == 0 {
		return nil
	}
	texts, err = l.texts(ctx, "("+strings.Join(again, ",")+")", snippetScanChars)
	if err != nil {
		return err
	}
	for i := range hits {
		if t, ok := texts[hits[i].ID]; ok {
			hits[i].Snippet, _ = m.snippet(&sc, t, hits[i].Title)
		}
	}
	return nil
}

// texts returns the text of the documents in the SQL list in (pages joined
// by newlines), each cut to about maxChars characters.
func (l *Library) texts(ctx context.Context, in string, maxChars int) (map[int64]string, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT document_id, substr(text, 1, ?) FROM pages
	    WHERE document_id IN `+in+` ORDER BY document_id, page_no`, maxChars)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	out := make(map[int64]string)
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			return nil, err
		}
		if prev, ok := out[id]; ok {
			if len(prev) >= maxChars {
				continue
			}
			t = prev + "\n" + t
		}
		out[id] = t
	}
	return out, sqlite.Classify(rows.Err())
}
