package library

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// TrashedDocument is a document in Thùng rác.
type TrashedDocument struct {
	Summary
	TrashedAt time.Time
	Notes     int // its highlights, notes and bookmarks, kept with it
}

// Trash moves a document to Thùng rác: it leaves the list, the search
// index and the notes view, keeping its text, file, notes and relations
// until it is restored or the trash is emptied.
func (l *Library) Trash(ctx context.Context, id int64) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE documents SET trashed_at = ? WHERE id = ? AND trashed_at = ''`,
			time.Now().UTC().Format(time.RFC3339), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("văn bản %d: %w", id, ErrNotFound)
		}
		return deleteIndex(ctx, tx, id)
	})
	if err == nil {
		l.changed()
	}
	return sqlite.Classify(err)
}

// Restore brings a document back from Thùng rác, with its notes, into the
// list and the search index.
func (l *Library) Restore(ctx context.Context, id int64) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE documents SET trashed_at = '' WHERE id = ? AND trashed_at <> ''`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("văn bản %d (trong thùng rác): %w", id, ErrNotFound)
		}
		return indexOne(ctx, tx, id)
	})
	if err == nil {
		l.changed()
	}
	return sqlite.Classify(err)
}

// indexOne writes document id's index rows from its stored title, number
// and pages.
func indexOne(ctx context.Context, tx *sql.Tx, id int64) error {
	var title, number string
	if err := tx.QueryRowContext(ctx, `SELECT title, number FROM documents WHERE id = ?`, id).Scan(&title, &number); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT text FROM pages WHERE document_id = ? ORDER BY page_no`, id)
	if err != nil {
		return err
	}
	var pages []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			rows.Close()
			return err
		}
		pages = append(pages, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if err := deleteIndex(ctx, tx, id); err != nil {
		return err
	}
	iw, err := newIndexWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer iw.Close()
	iw.add(id, makeIndexText(title, number, pages))
	return iw.flush(ctx)
}

// Trashed lists Thùng rác, most recently trashed first.
func (l *Library) Trashed(ctx context.Context) ([]TrashedDocument, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT d.id, d.title, d.kind, d.number, d.issued_on, d.trashed_at,
		(SELECT count(*) FROM notes n WHERE n.document_id = d.id)
		FROM documents d WHERE d.trashed_at <> '' ORDER BY d.trashed_at DESC, d.id DESC`)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []TrashedDocument
	for rows.Next() {
		var t TrashedDocument
		var at string
		if err := rows.Scan(&t.ID, &t.Title, &t.Kind, &t.Number, &t.IssuedOn, &at, &t.Notes); err != nil {
			return nil, sqlite.Classify(err)
		}
		t.TrashedAt, _ = time.Parse(time.RFC3339, at)
		out = append(out, t)
	}
	return out, sqlite.Classify(rows.Err())
}

// EmptyTrash deletes every document in Thùng rác for good, with its notes
// and kept file; it returns how many.
func (l *Library) EmptyTrash(ctx context.Context) (int, error) {
	docs, err := l.Trashed(ctx)
	if err != nil {
		return 0, err
	}
	for i, d := range docs {
		if err := l.Delete(ctx, d.ID); err != nil {
			return i, err
		}
	}
	return len(docs), nil
}

// AddTag puts tag on document id (once); RemoveTag takes it off. Tags
// filter search (`--tag`, "tag:") and the library list.
func (l *Library) AddTag(ctx context.Context, id int64, tag string) error {
	tag = normTag(tag)
	if tag == "" {
		return fmt.Errorf("thẻ trống: %w", ErrBadValue)
	}
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO tags (document_id, tag) VALUES (?, ?)`, id, tag); err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return fmt.Errorf("văn bản %d: %w", id, ErrNotFound)
			}
			return err
		}
		return nil
	})
	return sqlite.Classify(err)
}

func (l *Library) RemoveTag(ctx context.Context, id int64, tag string) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE document_id = ? AND tag = ?`, id, normTag(tag))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("văn bản %d không có thẻ %q: %w", id, tag, ErrNotFound)
		}
		return nil
	})
	return sqlite.Classify(err)
}

// Tags lists document id's tags.
func (l *Library) Tags(ctx context.Context, id int64) ([]string, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT tag FROM tags WHERE document_id = ? ORDER BY tag`, id)
	if err != nil {
		return nil, sqlite.Classify(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, sqlite.Classify(err)
		}
		out = append(out, t)
	}
	return out, sqlite.Classify(rows.Err())
}

// normTag is a tag as kept: NFC, lower case, single spaces ("Chuyển-Đổi-Số"
// and "chuyển-đổi-số" are one tag).
func normTag(t string) string { return strings.ToLower(strings.Join(strings.Fields(viet.NFC(t)), " ")) }

// SetTags makes document id's tags exactly tags.
func (l *Library) SetTags(ctx context.Context, id int64, tags []string) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE document_id = ?`, id); err != nil {
			return err
		}
		for _, t := range tags {
			if t = normTag(t); t != "" {
				if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO tags (document_id, tag) VALUES (?, ?)`, id, t); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return sqlite.Classify(err)
}

// Labels fills the tags and collections of docs (the library list
// filters by them).
func (l *Library) Labels(ctx context.Context, docs []Summary) error {
	at := make(map[int64]int, len(docs))
	for i, d := range docs {
		at[d.ID] = i
	}
	rows, err := l.db.Read.QueryContext(ctx, `SELECT document_id, tag FROM tags ORDER BY tag`)
	if err != nil {
		return sqlite.Classify(err)
	}
	for rows.Next() {
		var id int64
		var t string
		if err := rows.Scan(&id, &t); err != nil {
			rows.Close()
			return sqlite.Classify(err)
		}
		if i, ok := at[id]; ok {
			docs[i].Tags = append(docs[i].Tags, t)
		}
	}
	rows.Close()
	rows, err = l.db.Read.QueryContext(ctx, `SELECT document_id, collection_id FROM collection_documents`)
	if err != nil {
		return sqlite.Classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, c int64
		if err := rows.Scan(&id, &c); err != nil {
			return sqlite.Classify(err)
		}
		if i, ok := at[id]; ok {
			docs[i].Colls = append(docs[i].Colls, c)
		}
	}
	return sqlite.Classify(rows.Err())
}
