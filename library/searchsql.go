package library

// The SQL side of search: filters, counting, ranking and loading hits.

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

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
	cond := "trashed_at = ''" + strings.ReplaceAll(filter, " AND rowid ", " AND id ")
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
