package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// Note is a mark on a document's text: a highlight, a note (a highlight
// with words of one's own) or a bookmark. Start and End are global rune
// offsets into the document's text with its pages joined by form feeds
// (the text `sotayctl show --text` prints); Quote and the context around
// it find the place again when the text changed.
type Note struct {
	ID         int64
	DocumentID int64
	Kind       string // NoteHighlight, NoteText, NoteBookmark
	Start, End int
	Quote      string
	Before     string // up to contextRunes runes before the quote
	After      string // and after it
	Color      string // one of NoteColors; "" for a bookmark
	Body       string // the note's words
	Tags       []string
	Lost       bool // the text changed and the place was not found again
	Created    time.Time
	Updated    time.Time

	DocTitle string // filled in by Notes, for a list across the library
}

// Kinds of notes.
const (
	NoteHighlight = "highlight"
	NoteText      = "note"
	NoteBookmark  = "bookmark"
)

// NoteColors are the highlight colours, by name.
var NoteColors = []string{"yellow", "green", "blue", "pink"}

const contextRunes = 32

// ErrBadRange means a note's offsets do not fall inside the document's text.
var ErrBadRange = errors.New("offsets outside the document's text")

// ErrBadValue means a value is not one of those allowed (a validity, a
// relation kind, an empty tag); the error says which are.
var ErrBadValue = errors.New("value not allowed")

// AddNote marks [n.Start, n.End) of document n.DocumentID: the quote and
// its context are taken from the text. A bookmark may have Start == End
// (it keeps the words that follow as its quote).
func (l *Library) AddNote(ctx context.Context, n Note) (Note, error) {
	text, err := l.Text(ctx, n.DocumentID)
	if err != nil {
		return n, err
	}
	rs := []rune(text)
	if n.Kind == "" {
		n.Kind = NoteHighlight
		if n.Body != "" {
			n.Kind = NoteText
		}
	}
	if n.Kind != NoteHighlight && n.Kind != NoteText && n.Kind != NoteBookmark {
		return n, fmt.Errorf("loại %q (highlight, note, bookmark): %w", n.Kind, ErrBadValue)
	}
	if n.Start < 0 || n.End > len(rs) || n.Start > n.End || n.Start == n.End && n.Kind != NoteBookmark {
		return n, fmt.Errorf("%d–%d, văn bản có %d ký tự: %w", n.Start, n.End, len(rs), ErrBadRange)
	}
	if n.Kind == NoteBookmark && n.End == n.Start {
		n.End = min(len(rs), n.Start+40)
		for n.End > n.Start && (rs[n.End-1] == '\n' || rs[n.End-1] == '\f') {
			n.End--
		}
	}
	if n.Kind != NoteBookmark && n.Color == "" {
		n.Color = NoteColors[0]
	}
	n.Quote = string(rs[n.Start:n.End])
	n.Before = string(rs[max(0, n.Start-contextRunes):n.Start])
	n.After = string(rs[n.End:min(len(rs), n.End+contextRunes)])
	n.Body = strings.TrimSpace(viet.NFC(n.Body))
	n.Created = time.Now().UTC().Truncate(time.Second)
	n.Updated = n.Created
	err = l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO notes (document_id, kind, start_offset, end_offset, quote, before, after,
			color, body, tags, folded, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			n.DocumentID, n.Kind, n.Start, n.End, n.Quote, n.Before, n.After, n.Color, n.Body,
			strings.Join(n.Tags, " "), foldNote(n), n.Created.Format(time.RFC3339), n.Updated.Format(time.RFC3339))
		if err != nil {
			return err
		}
		n.ID, err = res.LastInsertId()
		return err
	})
	return n, sqlite.Classify(err)
}

func foldNote(n Note) string {
	return viet.Fold(n.Quote + " " + n.Body + " " + strings.Join(n.Tags, " "))
}

// UpdateNote changes a note's words, colour, kind and tags.
func (l *Library) UpdateNote(ctx context.Context, n Note) error {
	n.Body = strings.TrimSpace(viet.NFC(n.Body))
	n.Updated = time.Now().UTC().Truncate(time.Second)
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE notes SET kind = ?, color = ?, body = ?, tags = ?, folded = ?, updated_at = ? WHERE id = ?`,
			n.Kind, n.Color, n.Body, strings.Join(n.Tags, " "), foldNote(n), n.Updated.Format(time.RFC3339), n.ID)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return fmt.Errorf("ghi chú %d: %w", n.ID, ErrNotFound)
		}
		return nil
	})
	return sqlite.Classify(err)
}

// DeleteNote removes a note.
func (l *Library) DeleteNote(ctx context.Context, id int64) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM notes WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return fmt.Errorf("ghi chú %d: %w", id, ErrNotFound)
		}
		return nil
	})
	return sqlite.Classify(err)
}

// NoteFilter narrows a list of notes; zero values do not filter.
type NoteFilter struct {
	DocumentID int64
	Kind       string
	Color      string
	Tag        string
	Query      string // folded words that the quote, note or tags hold
}

// noteColumns are what a list shows; the context around the quote is read
// only to re-anchor (withContext).
const noteColumns = `n.id, n.document_id, n.kind, n.start_offset, n.end_offset, n.quote,
	n.color, n.body, n.tags, n.lost, n.created_at, d.title`

func scanNote(s scanner, withContext bool) (Note, error) {
	var n Note
	var tags, created string
	dest := []any{&n.ID, &n.DocumentID, &n.Kind, &n.Start, &n.End, &n.Quote,
		&n.Color, &n.Body, &tags, &n.Lost, &created, &n.DocTitle}
	if withContext {
		dest = append(dest, &n.Before, &n.After)
	}
	err := s.Scan(dest...)
	if tags != "" {
		n.Tags = strings.Fields(tags)
	}
	n.Created, _ = time.Parse(time.RFC3339, created)
	return n, err
}

// Notes lists notes across the library (or one document), in document
// and reading order.
func (l *Library) Notes(ctx context.Context, f NoteFilter) ([]Note, error) {
	return l.notes(ctx, f, false)
}

// NoteDocuments lists the documents that have notes, by title.
func (l *Library) NoteDocuments(ctx context.Context) ([]Summary, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT d.id, d.title FROM documents d
		WHERE d.trashed_at = '' AND d.id IN (SELECT document_id FROM notes) ORDER BY d.title, d.id`)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var s Summary
		if err := rows.Scan(&s.ID, &s.Title); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, s)
	}
	return out, sqlite.Classify(rows.Err())
}

func (l *Library) notes(ctx context.Context, f NoteFilter, withContext bool) ([]Note, error) {
	where, args := []string{"d.trashed_at = ''"}, []any{}
	if f.DocumentID != 0 {
		where, args = append(where, "n.document_id = ?"), append(args, f.DocumentID)
	}
	if f.Kind != "" {
		where, args = append(where, "n.kind = ?"), append(args, f.Kind)
	}
	if f.Color != "" {
		where, args = append(where, "n.color = ?"), append(args, f.Color)
	}
	if t := viet.Fold(strings.TrimSpace(f.Tag)); t != "" {
		// folded, as the words: "viec-can-lam" finds "việc-cần-làm"
		where, args = append(where, "(' ' || n.folded || ' ') LIKE ?"), append(args, "% "+t+" %")
	}
	for _, w := range strings.Fields(viet.Fold(f.Query)) {
		where, args = append(where, "instr(n.folded, ?) > 0"), append(args, w)
	}
	cols := noteColumns
	if withContext {
		cols += ", n.before, n.after"
	}
	rows, err := l.db.Read.QueryContext(ctx, `SELECT `+cols+` FROM notes n JOIN documents d ON d.id = n.document_id
		WHERE `+strings.Join(where, " AND ")+` ORDER BY d.title, n.document_id, n.start_offset, n.id`, args...)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []Note
	for rows.Next() {
		n, err := scanNote(rows, withContext)
		if err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, n)
	}
	return out, sqlite.Classify(rows.Err())
}

// DocumentNotes lists one document's notes, each checked against the
// document's text as it is now: a note whose quote moved is re-anchored by
// its quote and context (and the new place kept); one whose quote is gone
// is marked Lost — never silently left on other words.
func (l *Library) DocumentNotes(ctx context.Context, id int64) ([]Note, error) {
	notes, err := l.notes(ctx, NoteFilter{DocumentID: id}, true)
	if err != nil || len(notes) == 0 {
		return notes, err
	}
	text, err := l.Text(ctx, id)
	if err != nil {
		return nil, err
	}
	rs := []rune(text)
	var moved []Note
	for i, n := range notes {
		a, ok := Reanchor(rs, n)
		if a.Start != n.Start || a.End != n.End || a.Lost != n.Lost {
			moved = append(moved, a)
		}
		_ = ok
		notes[i] = a
	}
	if len(moved) > 0 {
		// Kept for this session only on a read-only library.
		l.db.LocalTx(ctx, func(tx *sql.Tx) error {
			for _, n := range moved {
				if _, err := tx.ExecContext(ctx, `UPDATE notes SET start_offset = ?, end_offset = ?, lost = ? WHERE id = ?`,
					n.Start, n.End, n.Lost, n.ID); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return notes, nil
}

// Reanchor finds note n in text: where it was if the quote is still
// there; else the occurrence of the quote whose context matches best
// (nearest the old place on a tie); else n is Lost. It reports whether
// the note has a place.
func Reanchor(text []rune, n Note) (Note, bool) {
	q := []rune(n.Quote)
	if len(q) == 0 {
		n.Lost = n.Start > len(text)
		return n, !n.Lost
	}
	if n.Start >= 0 && n.End <= len(text) && n.End-n.Start == len(q) && string(text[n.Start:n.End]) == n.Quote {
		n.Lost = false
		return n, true
	}
	before, after := []rune(n.Before), []rune(n.After)
	best, bestScore, bestDist := -1, -1, 0
	for i := 0; i+len(q) <= len(text); i++ {
		if text[i] != q[0] || string(text[i:i+len(q)]) != n.Quote {
			continue
		}
		score := 0
		for k := 1; k <= len(before) && i-k >= 0 && text[i-k] == before[len(before)-k]; k++ {
			score++
		}
		for k := 0; k < len(after) && i+len(q)+k < len(text) && text[i+len(q)+k] == after[k]; k++ {
			score++
		}
		dist := i - n.Start
		if dist < 0 {
			dist = -dist
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = i, score, dist
		}
	}
	if best < 0 {
		n.Lost = true
		return n, false
	}
	n.Start, n.End, n.Lost = best, best+len(q), false
	return n, true
}

// SetReadingPosition keeps where the reader is in a document (the global
// offset at the top of the view) and how far it has been read (the
// furthest percentage stays). It is kept for the session only on a
// read-only library.
func (l *Library) SetReadingPosition(ctx context.Context, id int64, offset, percent int) error {
	percent = max(0, min(100, percent))
	return l.db.LocalTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE documents SET read_offset = ?, read_percent = max(read_percent, ?) WHERE id = ?`, offset, percent, id)
		return err
	})
}

// ReadingPosition is where the reader was in a document and how far it
// has been read (0..100).
func (l *Library) ReadingPosition(ctx context.Context, id int64) (offset, percent int, err error) {
	err = l.db.Read.QueryRowContext(ctx, `SELECT read_offset, read_percent FROM documents WHERE id = ?`, id).Scan(&offset, &percent)
	if errors.Is(err, sql.ErrNoRows) {
		err = fmt.Errorf("văn bản %d: %w", id, ErrNotFound)
	}
	return offset, percent, sqlite.Classify(err)
}
