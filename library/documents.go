package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"sotay/internal/sqlite"
	"sotay/internal/viet"
)

// Document is a document's metadata, without its text.
type Document struct {
	ID         int64
	Title      string
	Kind       string // loại văn bản: Nghị quyết, Hướng dẫn, …; "" if unknown
	Number     string // số hiệu, e.g. "15-NQ/QU"
	Issuer     string // cơ quan ban hành
	IssuedOn   string // ngày ban hành, YYYY-MM-DD or ""
	SourcePath string // the file it was imported from
	Format     string // txt, md, pdf, docx, html, sample
	Place      string // địa danh
	Signer     string // người ký
	SignerRole string // "T/M Quận ủy, Bí thư"
	Subject    string // trích yếu
	Method     string // how the text was read: pdf, pdf-repaired, pdftotext, ocr, docx, html, text
	Warnings   []string
	Original   string // the kept copy of the file, relative to the library's folder
	Validity   string // ValidityInForce, ValidityExpired, ValidityReplaced or "" (not known)
	ImportedAt time.Time
	PageCount  int
	CharCount  int
}

// Summary is what a list of documents shows: less to read and keep than a
// Document when the library holds tens of thousands.
type Summary struct {
	ID       int64
	Title    string
	Kind     string
	Number   string
	IssuedOn string
	File     string // the imported file's name (no folder), to tell look-alikes apart
	Read     int    // how far it has been read, 0..100
	Issuer   string
	Tags     []string // filled by Labels
	Colls    []int64  // the collections it is in, filled by Labels
}

// Summaries lists every document's summary, in no particular order.
func (l *Library) Summaries(ctx context.Context) ([]Summary, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT id, title, kind, number, issued_on, source_path, read_percent, issuer FROM documents WHERE trashed_at = ''`)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
	}
	defer rows.Close()
	var out []Summary
	if n, err := l.Count(ctx); err == nil {
		out = make([]Summary, 0, n)
	}
	for rows.Next() {
		var d Summary
		var path string
		if err := rows.Scan(&d.ID, &d.Title, &d.Kind, &d.Number, &d.IssuedOn, &path, &d.Read, &d.Issuer); err != nil {
			return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
		}
		if i := strings.LastIndexAny(path, `/\`); i >= 0 { // a Windows path on Linux too
			path = path[i+1:]
		}
		d.File = path
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
	}
	return out, nil
}

// documentColumns are the columns scanDocument reads, in its order.
const documentColumns = `id, title, kind, number, issuer, issued_on, source_path, format,
	imported_at, page_count, char_count, place, signer, signer_role, subject, method, warnings, original, validity`

// Documents lists every document, in no particular order (callers sort).
func (l *Library) Documents(ctx context.Context) ([]Document, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE trashed_at = ''`)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
	}
	defer rows.Close()
	var docs []Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
	}
	return docs, nil
}

// Count returns the number of documents.
func (l *Library) Count(ctx context.Context) (int, error) {
	var n int
	err := l.db.Read.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE trashed_at = ''`).Scan(&n)
	return n, sqlite.Classify(err)
}

// Document returns one document's metadata, or ErrNotFound.
func (l *Library) Document(ctx context.Context, id int64) (Document, error) {
	d, err := scanDocument(l.db.Read.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Document{}, fmt.Errorf("document %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Document{}, fmt.Errorf("document %d: %w", id, sqlite.Classify(err))
	}
	return d, nil
}

// Pages returns a document's text, one string per page, in page order.
func (l *Library) Pages(ctx context.Context, id int64) ([]string, error) {
	rows, err := l.db.Read.QueryContext(ctx,
		`SELECT text FROM pages WHERE document_id = ? ORDER BY page_no`, id)
	if err != nil {
		return nil, fmt.Errorf("pages of %d: %w", id, sqlite.Classify(err))
	}
	defer rows.Close()
	var pages []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("pages of %d: %w", id, sqlite.Classify(err))
		}
		pages = append(pages, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pages of %d: %w", id, sqlite.Classify(err))
	}
	if pages == nil {
		if _, err := l.Document(ctx, id); err != nil {
			return nil, err
		}
	}
	return pages, nil
}

// Text returns a document's whole text with pages separated by form feeds.
func (l *Library) Text(ctx context.Context, id int64) (string, error) {
	pages, err := l.Pages(ctx, id)
	return strings.Join(pages, "\f"), err
}

type scanner interface{ Scan(dest ...any) error }

// scanDocument reads one row of documentColumns.
func scanDocument(s scanner) (Document, error) {
	var d Document
	var imported, warnings string
	err := s.Scan(&d.ID, &d.Title, &d.Kind, &d.Number, &d.Issuer, &d.IssuedOn, &d.SourcePath,
		&d.Format, &imported, &d.PageCount, &d.CharCount, &d.Place, &d.Signer, &d.SignerRole,
		&d.Subject, &d.Method, &warnings, &d.Original, &d.Validity)
	if err != nil {
		return d, err
	}
	d.Warnings = strings.Fields(warnings)
	d.ImportedAt, _ = time.Parse(time.RFC3339, imported)
	return d, nil
}

// NewDocument is a document about to be added: metadata and its pages of
// text. Add normalises the text to NFC.
type NewDocument struct {
	Title, Kind, Number, Issuer, IssuedOn string
	Place, Signer, SignerRole, Subject    string
	SourcePath, Format, Method, Original  string
	Warnings                              []string
	Pages                                 []string
	Tags                                  []string
	Sections                              []Section
	// FileHash, if set, identifies a document without text (a scan not
	// read by OCR) instead of its empty text.
	FileHash string

	index *indexText // made by the import workers, or by add
}

// prepared holds the statements one write transaction uses to add documents.
type inserter struct {
	doc, existing, page, tag, section *sql.Stmt
	index                             *indexWriter
	now                               string
	tx                                *sql.Tx
	restored                          bool // the last add brought a document back from the trash
}

func newInserter(ctx context.Context, tx *sql.Tx) (*inserter, error) {
	ins := &inserter{now: time.Now().UTC().Format(time.RFC3339), tx: tx}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var s *sql.Stmt
		s, err = tx.PrepareContext(ctx, q)
		return s
	}
	ins.doc = prep(`INSERT INTO documents (title, kind, number, issuer, issued_on, source_path,
	                    format, content_hash, imported_at, page_count, char_count,
	                    place, signer, signer_role, subject, method, warnings, original)
	                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	                ON CONFLICT (content_hash) DO NOTHING RETURNING id`)
	ins.section = prep(`INSERT INTO sections (document_id, parent_id, ordinal, level, label, heading, page_no, start_offset)
	                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
	ins.existing = prep(`SELECT id, title, trashed_at FROM documents WHERE content_hash = ?`)
	ins.page = prep(`INSERT INTO pages (document_id, page_no, text) VALUES (?, ?, ?)`)
	ins.tag = prep(`INSERT OR IGNORE INTO tags (document_id, tag) VALUES (?, ?)`)
	if err == nil {
		ins.index, err = newIndexWriter(ctx, tx)
	}
	if err != nil {
		ins.close()
		return nil, err
	}
	return ins, nil
}

func (ins *inserter) close() {
	for _, s := range []*sql.Stmt{ins.doc, ins.existing, ins.page, ins.tag, ins.section} {
		if s != nil {
			s.Close()
		}
	}
	if ins.index != nil {
		ins.index.Close()
	}
}

// add inserts d unless a document with the same text exists; it returns the
// id of the new or existing document and whether it was a duplicate (then
// title is the existing document's title).
func (ins *inserter) add(ctx context.Context, d *NewDocument) (id int64, title string, dup bool, err error) {
	hash, chars := contentHash(d.Pages)
	if chars == 0 && d.FileHash != "" {
		hash = "file:" + d.FileHash
	}
	err = ins.doc.QueryRowContext(ctx, d.Title, d.Kind, d.Number, d.Issuer, d.IssuedOn, d.SourcePath,
		d.Format, hash, ins.now, len(d.Pages), chars, d.Place, d.Signer, d.SignerRole, d.Subject,
		d.Method, strings.Join(d.Warnings, " "), d.Original).Scan(&id)
	ins.restored = false
	if errors.Is(err, sql.ErrNoRows) {
		var trashed string
		err = ins.existing.QueryRowContext(ctx, hash).Scan(&id, &title, &trashed)
		if err == nil && trashed != "" {
			// The same text again, its document in the trash: it comes
			// back, with its notes, instead of being "already there"
			// where the user cannot see it.
			if _, err := ins.tx.ExecContext(ctx, `UPDATE documents SET trashed_at = '' WHERE id = ?`, id); err != nil {
				return 0, "", false, err
			}
			ins.restored = true
			return id, title, false, indexOne(ctx, ins.tx, id)
		}
		return id, title, true, err
	}
	if err != nil {
		return 0, "", false, err
	}
	for i, p := range d.Pages {
		if _, err := ins.page.ExecContext(ctx, id, i+1, p); err != nil {
			return 0, "", false, err
		}
	}
	for _, t := range d.Tags {
		if _, err := ins.tag.ExecContext(ctx, id, t); err != nil {
			return 0, "", false, err
		}
	}
	if err := ins.addSections(ctx, id, d.Sections); err != nil {
		return 0, "", false, err
	}
	if d.index == nil {
		d.index = makeIndexText(d.Title, d.Number, d.Pages)
	}
	ins.index.add(id, d.index)
	return id, d.Title, false, nil
}

// contentHash identifies a document by its text: the SHA-256 of its pages
// joined by form feeds. It also returns the text's length in runes.
func contentHash(pages []string) (string, int) {
	h := sha256.New()
	chars := 0
	for i, p := range pages {
		if i > 0 {
			h.Write([]byte{'\f'})
		}
		h.Write([]byte(p))
		chars += utf8.RuneCountInString(p)
	}
	return hex.EncodeToString(h.Sum(nil)), chars
}

// Add adds documents in one transaction. A document whose text is already in
// the library is not added again: its result has Status StatusDuplicate and
// the existing id.
func (l *Library) Add(ctx context.Context, docs []NewDocument) ([]ImportResult, error) {
	var results []ImportResult
	defer l.changed()
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		var err error
		results, err = addTx(ctx, tx, docs)
		return err
	})
	if err != nil {
		return nil, err
	}
	return results, nil
}

// addTx is Add within a transaction of the caller's (a pack's import).
func addTx(ctx context.Context, tx *sql.Tx, docs []NewDocument) ([]ImportResult, error) {
	results := make([]ImportResult, len(docs))
	sctx := context.WithoutCancel(ctx) // see writeBatch
	ins, err := newInserter(sctx, tx)
	if err != nil {
		return nil, err
	}
	defer ins.close()
	numbers, texts := map[int64]string{}, map[int64]string{}
	var added []int64
	for i := range docs {
		d := &docs[i]
		for j, p := range d.Pages {
			d.Pages[j] = viet.NFC(p)
		}
		d.Title = viet.NFC(d.Title)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		id, title, dup, err := ins.add(sctx, d)
		if err != nil {
			return nil, fmt.Errorf("add %q: %w", d.Title, err)
		}
		results[i] = ImportResult{Path: d.SourcePath, ID: id, Title: title, Status: StatusImported}
		if dup {
			results[i].Status = StatusDuplicate
		} else if !ins.restored {
			added = append(added, id)
			numbers[id], texts[id] = d.Number, strings.Join(d.Pages, "\f")
		}
	}
	if err := setNumberKeys(sctx, tx, numbers); err != nil {
		return nil, err
	}
	if err := linkCitations(sctx, tx, added, texts); err != nil {
		return nil, err
	}
	return results, ins.index.flush(sctx)
}

// Fingerprint is a short summary of the document list that changes when
// another program (sotayctl) adds, removes or retitles documents, so a
// window can tell its list is out of date without reloading it.
func (l *Library) Fingerprint(ctx context.Context) (string, error) {
	var n, maxID, titles, trashed int64
	err := l.db.Read.QueryRowContext(ctx, `SELECT count(*), coalesce(max(id), 0), coalesce(sum(length(title)), 0), count(nullif(trashed_at, '')) FROM documents`).
		Scan(&n, &maxID, &titles, &trashed)
	return fmt.Sprintf("%d/%d/%d/%d", n, maxID, titles, trashed), sqlite.Classify(err)
}
