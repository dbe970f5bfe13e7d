package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// indexVersion names the rules (viet.Fold, viet.ToneKey) the search index
// was built with. Change it when they change: Open then rebuilds the index.
const indexVersion = "1"

// indexText is what the search index holds for one document: folded title,
// number and body for matching, and the marked title and body (tones as
// digits) for ranking exact forms first. See migrations/002_search.sql.
type indexText struct {
	title, mtitle, body, mbody string
}

func makeIndexText(title, number string, pages []string) *indexText {
	head := title + "\n" + number
	body := head + "\n" + strings.Join(pages, "\n")
	return &indexText{
		title:  viet.Fold(head),
		mtitle: viet.ToneKey(head),
		body:   viet.Fold(body),
		mbody:  viet.ToneKey(body),
	}
}

// indexTables are the search index's tables and the columns each takes
// from an indexText.
var indexTables = []struct {
	name, cols string
	vals       func(*indexText) []any
}{
	{"search", "body", func(t *indexText) []any { return []any{t.body} }},
	{"search_marked", "mbody", func(t *indexText) []any { return []any{t.mbody} }},
	{"search_title", "title, mtitle", func(t *indexText) []any { return []any{t.title, t.mtitle} }},
}

// indexWriter adds documents to the index inside a transaction. Rows are
// queued and written table by table: a statement on one FTS5 table makes
// the others flush their in-memory segment, so interleaving the tables (or
// the index with other tables) builds the index from tiny segments and
// makes an import several times slower.
type indexWriter struct {
	stmts   []*sql.Stmt
	pending []pendingIndex
}

// pendingIndex is a document waiting for its index rows.
type pendingIndex struct {
	id   int64
	text *indexText
}

func newIndexWriter(ctx context.Context, tx *sql.Tx) (*indexWriter, error) {
	w := &indexWriter{}
	for _, t := range indexTables {
		ph := strings.Repeat(", ?", strings.Count(t.cols, ",")+1)
		s, err := tx.PrepareContext(ctx, "INSERT INTO "+t.name+" (rowid, "+t.cols+") VALUES (?"+ph+")")
		if err != nil {
			w.Close()
			return nil, err
		}
		w.stmts = append(w.stmts, s)
	}
	return w, nil
}

func (w *indexWriter) Close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// add queues a document; flush writes the queue.
func (w *indexWriter) add(id int64, t *indexText) {
	w.pending = append(w.pending, pendingIndex{id, t})
}

func (w *indexWriter) flush(ctx context.Context) error {
	for i, t := range indexTables {
		for _, p := range w.pending {
			if _, err := w.stmts[i].ExecContext(ctx, append([]any{p.id}, t.vals(p.text)...)...); err != nil {
				return err
			}
		}
	}
	w.pending = w.pending[:0]
	return nil
}

// deleteIndex removes a document's rows from the index.
func deleteIndex(ctx context.Context, tx *sql.Tx, id int64) error {
	for _, t := range indexTables {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t.name+" WHERE rowid = ?", id); err != nil {
			return err
		}
	}
	return nil
}

// IndexProgress is passed to Reindex's callback.
type IndexProgress struct{ Done, Total int }

// Reindex rebuilds the search index from the stored text in one
// transaction: if it fails or is cancelled, the old index stays.
func (l *Library) Reindex(ctx context.Context, progress func(IndexProgress)) error {
	err := l.db.LocalTx(ctx, func(tx *sql.Tx) error { return reindex(ctx, tx, progress) })
	if err == nil {
		l.changed()
	}
	return sqlite.Classify(err)
}

// reindex fills the index inside tx: documents are read in id order and
// their index text is made on every CPU, then inserted in order.
func reindex(ctx context.Context, tx *sql.Tx, progress func(IndexProgress)) error {
	for _, t := range indexTables {
		if _, err := tx.ExecContext(ctx, "INSERT INTO "+t.name+" ("+t.name+") VALUES ('delete-all')"); err != nil {
			return err
		}
	}
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE trashed_at = ''`).Scan(&total); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.title, d.number, p.text FROM documents d
	    JOIN pages p ON p.document_id = d.id WHERE d.trashed_at = '' ORDER BY d.id, p.page_no`)
	if err != nil {
		return err
	}
	type job struct {
		id            int64
		title, number string
		pages         []string
		out           chan *indexText
	}
	jobs := make(chan *job, 64)
	queue := make(chan *job, 256)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- makeIndexText(j.title, j.number, j.pages)
			}
		}()
	}
	// Reader: group pages into documents and hand them out in order.
	readErr := make(chan error, 1)
	go func() {
		defer close(queue)
		defer close(jobs)
		defer rows.Close()
		var cur *job
		send := func() bool {
			if cur == nil {
				return true
			}
			select {
			case queue <- cur:
			case <-ctx.Done():
				return false
			}
			jobs <- cur
			return true
		}
		for rows.Next() {
			var id int64
			var title, number, text string
			if err := rows.Scan(&id, &title, &number, &text); err != nil {
				readErr <- err
				return
			}
			if cur == nil || cur.id != id {
				if !send() {
					readErr <- ctx.Err()
					return
				}
				cur = &job{id: id, title: title, number: number, out: make(chan *indexText, 1)}
			}
			cur.pages = append(cur.pages, text)
		}
		if err := rows.Err(); err != nil {
			readErr <- err
			return
		}
		send()
		readErr <- nil
	}()
	sctx := context.WithoutCancel(ctx) // see writeBatch
	iw, err := newIndexWriter(sctx, tx)
	if err != nil {
		return err
	}
	defer iw.Close()
	done := 0
	var insErr error
	for j := range queue {
		it := <-j.out
		if insErr != nil {
			continue // drain
		}
		iw.add(j.id, it)
		if len(iw.pending) == 500 || len(iw.pending) == total-done {
			done += len(iw.pending)
			if insErr = ctx.Err(); insErr == nil {
				insErr = iw.flush(sctx)
			}
			if insErr == nil && progress != nil {
				progress(IndexProgress{Done: done, Total: total})
			}
		}
	}
	if insErr == nil && len(iw.pending) > 0 {
		insErr = iw.flush(sctx)
	}
	wg.Wait()
	if err := <-readErr; err != nil {
		return err
	}
	if insErr != nil {
		return insErr
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('index_version', ?)
	    ON CONFLICT (key) DO UPDATE SET value = excluded.value`, indexVersion)
	return err
}

// ensureIndex rebuilds the index when it was built by other rules than
// this build's (or never).
func (l *Library) ensureIndex(ctx context.Context) error {
	var v string
	err := l.db.Read.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'index_version'`).Scan(&v)
	if err == nil && v == indexVersion {
		return nil
	}
	if err != nil && err != sql.ErrNoRows {
		return sqlite.Classify(err)
	}
	// Rebuilding writes the whole index: never into a damaged file.
	if problems, err := l.db.QuickCheck(ctx, 1); err != nil || len(problems) > 0 {
		return fmt.Errorf("%s: %w %v", l.Path(), ErrCorrupt, append(problems, fmt.Sprint(err)))
	}
	if err := l.Reindex(ctx, nil); err != nil {
		return fmt.Errorf("%s: rebuilding the search index: %w", l.Path(), err)
	}
	return nil
}

// Delete removes a document, its text and its index entry, and the kept
// copy of its file unless another document shares it.
func (l *Library) Delete(ctx context.Context, id int64) error {
	var original string
	var shared int
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT original FROM documents WHERE id = ?`, id).Scan(&original)
		if err == sql.ErrNoRows {
			return fmt.Errorf("document %d: %w", id, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id); err != nil {
			return err
		}
		if original != "" {
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE original = ?`, original).Scan(&shared); err != nil {
				return err
			}
		}
		return deleteIndex(ctx, tx, id)
	})
	if err != nil {
		return sqlite.Classify(err)
	}
	l.changed()
	if original != "" && shared == 0 {
		// After the commit: a failed delete keeps the file its row names.
		if p := l.OriginalPath(Document{Original: original}); p != "" {
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
	}
	return nil
}

// Metadata is what a user may correct about a document.
type Metadata struct {
	Title, Kind, Number, Issuer, IssuedOn string
	Place, Signer, SignerRole, Subject    string
	Validity                              string // one of the Validity constants, or ""
}

// Validity of a document.
const (
	ValidityInForce  = "con-hieu-luc"
	ValidityExpired  = "het-hieu-luc"
	ValidityReplaced = "bi-thay-the"
)

// UpdateMetadata replaces a document's metadata and re-indexes it, in one
// transaction.
func (l *Library) UpdateMetadata(ctx context.Context, id int64, m Metadata) error {
	m.Title = strings.TrimSpace(viet.NFC(m.Title))
	if m.Title == "" {
		return fmt.Errorf("document %d: %w", id, ErrEmptyTitle)
	}
	switch m.Validity {
	case "", ValidityInForce, ValidityExpired, ValidityReplaced:
	default:
		return fmt.Errorf("hiệu lực %q (%s, %s, %s): %w", m.Validity, ValidityInForce, ValidityExpired, ValidityReplaced, ErrBadValue)
	}
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE documents SET title = ?, kind = ?, number = ?, issuer = ?, issued_on = ?,
		    place = ?, signer = ?, signer_role = ?, subject = ?, validity = ?
		    WHERE id = ?`, m.Title, viet.NFC(m.Kind), viet.NFC(m.Number), viet.NFC(m.Issuer), m.IssuedOn,
			viet.NFC(m.Place), viet.NFC(m.Signer), viet.NFC(m.SignerRole), viet.NFC(m.Subject), m.Validity, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("document %d: %w", id, ErrNotFound)
		}
		if err := setNumberKeys(ctx, tx, map[int64]string{id: m.Number}); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE to_id = ? AND detected = 1`, id); err != nil {
			return err
		}
		if err := linkCitations(ctx, tx, []int64{id}, nil); err != nil { // cited by its new number
			return err
		}
		return indexOne(ctx, tx, id)
	})
	if err == nil {
		l.changed()
	}
	return sqlite.Classify(err)
}
