package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"sotay/internal/sqlite"
	"sotay/library/report"
)

// GenerateReport is a first draft of the bản thu hoạch on document id:
// the skeleton with its highlights and notes under its headings.
func (l *Library) GenerateReport(ctx context.Context, id int64) (string, error) {
	doc, err := l.Document(ctx, id)
	if err != nil {
		return "", err
	}
	pages, err := l.Pages(ctx, id)
	if err != nil {
		return "", err
	}
	outline, err := l.Outline(ctx, id)
	if err != nil {
		return "", err
	}
	notes, err := l.DocumentNotes(ctx, id)
	if err != nil {
		return "", err
	}
	pageAt := PageStarts(pages)
	var marks []report.Mark
	for _, n := range notes {
		if n.Kind == NoteBookmark || n.Lost {
			continue
		}
		marks = append(marks, report.Mark{Section: sectionAt(outline, pageAt, n.Start), Quote: n.Quote, Note: n.Body})
	}
	src := report.Source{Title: doc.Title, Citation: Citation(doc, nil, nil, 0), Place: doc.Place}
	return report.Generate(src, marks, time.Now()), nil
}

// PageStarts is where each page starts in the document's text (its pages
// joined by form feeds): the global offsets of notes and citations.
func PageStarts(pages []string) []int {
	at := make([]int, len(pages))
	n := 0
	for i, p := range pages {
		at[i] = n
		n += len([]rune(p)) + 1
	}
	return at
}

// sectionAt is the heading (label and words) at or before global offset
// off, "" before the first.
func sectionAt(outline []Section, pageAt []int, off int) string {
	best := -1
	for i, s := range outline {
		if s.Page >= 1 && s.Page <= len(pageAt) && pageAt[s.Page-1]+s.Offset <= off {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	// with the headings above it: "Điều 2. Nhiệm vụ — 1. Chuyển đổi số"
	// (a clause alone once followed the previous article)
	parts := []string{strings.TrimSpace(outline[best].Label + " " + outline[best].Heading)}
	level := outline[best].Level
	for i := best - 1; i >= 0 && level > 1; i-- {
		if outline[i].Level < level {
			level = outline[i].Level
			parts = append([]string{strings.TrimSpace(outline[i].Label + " " + outline[i].Heading)}, parts...)
		}
	}
	return strings.Join(parts, " — ")
}

// ReportDraft is the saved draft of document id's report, or a generated
// one (saved false) when there is none.
func (l *Library) ReportDraft(ctx context.Context, id int64) (body string, saved bool, err error) {
	return l.draft(ctx, docReports, id, func() (string, error) { return l.GenerateReport(ctx, id) })
}

// SaveReport keeps body as document id's report draft; an empty body
// drops the draft (the next one is generated again).
func (l *Library) SaveReport(ctx context.Context, id int64, body string) error {
	return l.saveDraft(ctx, docReports, id, body)
}

// draftTable is where the drafts of one kind of report are kept.
type draftTable struct{ table, key, what string }

var (
	docReports        = draftTable{"reports", "document_id", "văn bản"}
	collectionReports = draftTable{"collection_reports", "collection_id", "bộ sưu tập"}
)

func (l *Library) draft(ctx context.Context, t draftTable, id int64, generate func() (string, error)) (string, bool, error) {
	var body string
	err := l.db.Read.QueryRowContext(ctx, `SELECT body FROM `+t.table+` WHERE `+t.key+` = ?`, id).Scan(&body)
	if err == nil {
		return body, true, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return "", false, sqlite.Classify(err)
	}
	body, err = generate()
	return body, false, err
}

func (l *Library) saveDraft(ctx context.Context, t draftTable, id int64, body string) error {
	err := l.db.Tx(ctx, func(tx *sql.Tx) error {
		if strings.TrimSpace(body) == "" {
			_, err := tx.ExecContext(ctx, `DELETE FROM `+t.table+` WHERE `+t.key+` = ?`, id)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO `+t.table+` (`+t.key+`, body, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (`+t.key+`) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
			id, body, time.Now().UTC().Format(time.RFC3339))
		if err != nil && strings.Contains(err.Error(), "FOREIGN KEY") {
			return fmt.Errorf("%s %d: %w", t.what, id, ErrNotFound)
		}
		return err
	})
	return sqlite.Classify(err)
}

// GenerateCollectionReport is a first draft of the bản thu hoạch on the
// documents of collection id: their highlights and notes under each
// document and heading.
func (l *Library) GenerateCollectionReport(ctx context.Context, id int64) (string, error) {
	var name string
	if err := l.db.Read.QueryRowContext(ctx, `SELECT name FROM collections WHERE id = ?`, id).Scan(&name); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("bộ sưu tập %d: %w", id, ErrNotFound)
		}
		return "", sqlite.Classify(err)
	}
	rows, err := l.db.Read.QueryContext(ctx, `SELECT d.id FROM collection_documents c JOIN documents d ON d.id = c.document_id
		WHERE c.collection_id = ? AND d.trashed_at = '' ORDER BY d.issued_on, d.title`, id)
	if err != nil {
		return "", sqlite.Classify(err)
	}
	var ids []int64
	for rows.Next() {
		var d int64
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return "", sqlite.Classify(err)
		}
		ids = append(ids, d)
	}
	rows.Close()
	var marks []report.Mark
	var titles []string
	for _, d := range ids {
		doc, err := l.Document(ctx, d)
		if err != nil {
			return "", err
		}
		titles = append(titles, Citation(doc, nil, nil, 0))
		pages, err := l.Pages(ctx, d)
		if err != nil {
			return "", err
		}
		outline, err := l.Outline(ctx, d)
		if err != nil {
			return "", err
		}
		notes, err := l.DocumentNotes(ctx, d)
		if err != nil {
			return "", err
		}
		pageAt := PageStarts(pages)
		short := doc.Title
		if doc.Kind != "" && doc.Number != "" {
			short = doc.Kind + " số " + doc.Number
		}
		for _, n := range notes {
			if n.Kind == NoteBookmark || n.Lost {
				continue
			}
			sec := short
			if h := sectionAt(outline, pageAt, n.Start); h != "" {
				sec += " — " + h
			}
			marks = append(marks, report.Mark{Section: sec, Quote: n.Quote, Note: n.Body})
		}
	}
	src := report.Source{Citation: "các văn bản của bộ sưu tập “" + name + "”", Title: strings.Join(titles, "; ")}
	return report.Generate(src, marks, time.Now()), nil
}

// CollectionReportDraft is the saved draft of collection id's report, or
// a generated one (saved false).
func (l *Library) CollectionReportDraft(ctx context.Context, id int64) (body string, saved bool, err error) {
	return l.draft(ctx, collectionReports, id, func() (string, error) { return l.GenerateCollectionReport(ctx, id) })
}

// SaveCollectionReport keeps body as collection id's draft ("" drops it).
func (l *Library) SaveCollectionReport(ctx context.Context, id int64, body string) error {
	return l.saveDraft(ctx, collectionReports, id, body)
}
