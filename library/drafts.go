package library

import (
	"context"
	"fmt"

	"sotay/internal/sqlite"
	"sotay/library/quiz/draft"
)

// DraftQuestions proposes questions from a document for a trainer to
// review (see draft.Drafts); nothing is saved. A body's tasks its own
// document gives no second list for are asked with an odd one out from
// another document of the library (the newest othersCap are read once
// and remembered).
func (l *Library) DraftQuestions(ctx context.Context, id int64) ([]draft.Draft, error) {
	d, err := l.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	pages, err := l.Pages(ctx, id)
	if err != nil {
		return nil, err
	}
	others, err := l.otherTasks(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return draft.Drafts(draft.Source{DocumentID: d.ID, Title: d.Title, Kind: d.Kind, Number: d.Number,
		Issuer: d.Issuer, IssuedOn: d.IssuedOn, Pages: pages, Others: others}), nil
}

// othersCap and othersChars bound the documents a draft borrows odd ones
// out from: the newest ones, a trainer's latest imports being on the
// subject at hand, up to about a second's reading when none was read
// before (0.7 s for 200 web pages on the 2-core test machine).
const (
	othersCap   = 200
	othersChars = 3_000_000
)

// tasksEntry is one document's bodies' tasks, for the size of text they
// were read from.
type tasksEntry struct {
	chars int
	lists []draft.OtherList
}

// otherTasks is the bodies' tasks the newest documents other than id
// give (draft.BodyTasks), each document read once.
func (l *Library) otherTasks(ctx context.Context, id int64) ([]draft.OtherList, error) {
	rows, err := l.db.Read.QueryContext(ctx, `SELECT id, title, char_count FROM documents WHERE trashed_at = '' AND id != ? ORDER BY id DESC LIMIT ?`, id, othersCap)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
	}
	type doc struct {
		id    int64
		title string
		chars int
	}
	var docs []doc
	for rows.Next() {
		var d doc
		if err := rows.Scan(&d.id, &d.title, &d.chars); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
		}
		docs = append(docs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", sqlite.Classify(err))
	}
	var out []draft.OtherList
	chars := 0
	for _, d := range docs {
		if chars += d.chars; chars > othersChars {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		l.tasksMu.Lock()
		e, ok := l.tasks[d.id]
		l.tasksMu.Unlock()
		if !ok || e.chars != d.chars {
			pages, err := l.Pages(ctx, d.id)
			if err != nil {
				return nil, err
			}
			e = tasksEntry{chars: d.chars, lists: draft.BodyTasks(draft.Source{DocumentID: d.id, Title: d.title, Pages: pages})}
			l.tasksMu.Lock()
			if l.tasks == nil {
				l.tasks = map[int64]tasksEntry{}
			}
			l.tasks[d.id] = e
			l.tasksMu.Unlock()
		}
		out = append(out, e.lists...)
	}
	return out, nil
}
