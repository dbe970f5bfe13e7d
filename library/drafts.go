package library

import (
	"context"
	"time"

	"sotay/library/quiz/draft"
)

// DraftQuestions proposes questions from a document for a trainer to
// review (see draft.Drafts); nothing is saved. A deadline gone by today
// is not asked.
func (l *Library) DraftQuestions(ctx context.Context, id int64) ([]draft.Draft, error) {
	d, err := l.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	pages, err := l.Pages(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return draft.Drafts(draft.Source{DocumentID: d.ID, Title: d.Title, Kind: d.Kind, Number: d.Number,
		Issuer: d.Issuer, IssuedOn: d.IssuedOn, Pages: pages, Today: time.Now()}), nil
}
