package library

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"unicode"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// passages gives the quiz store what it needs of the documents (see
// quiz.Passages); only this package reads its tables. It reads through
// the read pool, or through a write transaction that is adding documents
// (a study pack's import sees the documents it brings).
type passages struct{ db querier }

// querier is what passages reads with: *sql.DB or *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

var _ quiz.Passages = passages{}

func (p passages) Page(ctx context.Context, doc int64, no int) (string, bool, error) {
	var text string
	err := p.db.QueryRowContext(ctx, `SELECT text FROM pages WHERE document_id = ? AND page_no = ?`, doc, no).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return text, err == nil, err
}

func (p passages) EachPage(ctx context.Context, doc int64, fn func(int, string) bool) (int, error) {
	rows, err := p.db.QueryContext(ctx, `SELECT page_no, text FROM pages WHERE document_id = ? ORDER BY page_no`, doc)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var no int
		var text string
		if err := rows.Scan(&no, &text); err != nil {
			return n, err
		}
		n++
		if !fn(no, text) {
			return n, nil
		}
	}
	return n, rows.Err()
}

// Candidates asks the full-text index for the documents holding the
// quotation's first eight words, then reads only their pages that hold
// its first five as written (the whole text was scanned before).
func (p passages) Candidates(ctx context.Context, quote string, limit int) ([]quiz.PageText, error) {
	words := strings.Fields(quote)
	if len(words) == 0 {
		return nil, nil
	}
	probe := strings.Join(words[:min(len(words), 5)], " ")
	phrase := quotePhrase(quote)
	if phrase == "" {
		return p.pages(ctx, `SELECT document_id, page_no, text FROM pages WHERE instr(text, ?) > 0 LIMIT ?`, probe, limit)
	}
	const inIndex = `SELECT document_id, page_no, text FROM pages
		WHERE document_id IN (SELECT rowid FROM search WHERE search MATCH ? LIMIT 50)`
	out, err := p.pages(ctx, inIndex+` AND instr(text, ?) > 0 LIMIT ?`, phrase, probe, limit)
	if err != nil || len(out) > 0 {
		return out, err
	}
	// The first words as written are on no page: the quote runs across a
	// line break ("… quan điểm:\nChuyện …"). The pages of the documents
	// the index names are all candidates (FindQuote ignores the layout).
	return p.pages(ctx, inIndex+` LIMIT ?`, phrase, limit)
}

// pages runs a query of (document_id, page_no, text) rows.
func (p passages) pages(ctx context.Context, query string, args ...any) ([]quiz.PageText, error) {
	rows, err := p.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quiz.PageText
	for rows.Next() {
		var pt quiz.PageText
		if err := rows.Scan(&pt.DocumentID, &pt.Page, &pt.Text); err != nil {
			return nil, err
		}
		out = append(out, pt)
	}
	return out, rows.Err()
}

// quotePhrase is the first eight words of a quote as an FTS5 phrase over
// the folded index ("" when it has fewer than three).
func quotePhrase(quote string) string {
	words := strings.FieldsFunc(viet.Fold(quote), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) < 3 {
		return ""
	}
	return ftsPhrase("", words[:min(len(words), 8)])
}

func (p passages) Titles(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := p.db.QueryContext(ctx, `SELECT id, title FROM documents WHERE id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			return nil, err
		}
		out[id] = title
	}
	return out, rows.Err()
}

func (p passages) InCollections(ctx context.Context, ids []int64) ([]int64, error) {
	list, _ := json.Marshal(ids)
	rows, err := p.db.QueryContext(ctx, `SELECT DISTINCT document_id FROM collection_documents
		WHERE collection_id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
