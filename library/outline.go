package library

import (
	"context"
	"database/sql"
	"fmt"

	"sotay/internal/sqlite"
	"sotay/internal/vanban"
)

// Section is one heading of a document's outline.
type Section struct {
	Level   int    `json:"level"`   // 1 for the top of the tree
	Label   string `json:"label"`   // "Chương II", "Điều 5.", "II.", "1.", "a)"
	Heading string `json:"heading"` // the words after the label
	Page    int    `json:"page"`    // from 1
	Offset  int    `json:"offset"`  // in runes into that page's text
}

// sectionsOf turns the headings vanban found into sections.
func sectionsOf(hs []vanban.Heading) []Section {
	out := make([]Section, len(hs))
	for i, h := range hs {
		out[i] = Section{Level: h.Level, Label: h.Label, Heading: h.Title, Page: h.Page, Offset: h.Offset}
	}
	return out
}

// addSections stores a document's outline, each section under the
// nearest preceding section of a lower level.
func (ins *inserter) addSections(ctx context.Context, doc int64, secs []Section) error {
	var parents []int64 // parents[level-1] = id of the open section at that level
	for i, s := range secs {
		var parent sql.NullInt64
		if s.Level >= 2 && s.Level-2 < len(parents) {
			parent = sql.NullInt64{Int64: parents[s.Level-2], Valid: true}
		}
		var id int64
		if err := ins.section.QueryRowContext(ctx, doc, parent, i, s.Level, s.Label, s.Heading, s.Page, s.Offset).Scan(&id); err != nil {
			return err
		}
		if s.Level-1 < len(parents) {
			parents = parents[:s.Level-1]
		}
		for len(parents) < s.Level-1 {
			parents = append(parents, id) // a skipped level: hang under this one
		}
		parents = append(parents, id)
	}
	return nil
}

// Outline returns a document's headings in order.
func (l *Library) Outline(ctx context.Context, id int64) ([]Section, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT level, label, heading, page_no, start_offset
	    FROM sections WHERE document_id = ? ORDER BY ordinal`, id)
	if err != nil {
		return nil, fmt.Errorf("outline of %d: %w", id, sqlite.Classify(err))
	}
	defer rows.Close()
	var out []Section
	for rows.Next() {
		var s Section
		if err := rows.Scan(&s.Level, &s.Label, &s.Heading, &s.Page, &s.Offset); err != nil {
			return nil, fmt.Errorf("outline of %d: %w", id, sqlite.Classify(err))
		}
		out = append(out, s)
	}
	return out, sqlite.Classify(rows.Err())
}
