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
	drafts, _, err := l.ProposeQuestions(ctx, id)
	return drafts, err
}

// ProposeQuestions is DraftQuestions that also says, when there are no
// drafts because the document's time is over today, why (draft.Spent:
// draft.SpentTelegram, draft.SpentPeriod, draft.SpentEvent, draft.SpentCase;
// "" otherwise).
func (l *Library) ProposeQuestions(ctx context.Context, id int64) ([]draft.Draft, string, error) {
	d, err := l.Document(ctx, id)
	if err != nil {
		return nil, "", err
	}
	pages, err := l.Pages(ctx, id)
	if err != nil {
		return nil, "", err
	}
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	src := draft.Source{DocumentID: d.ID, Title: d.Title, Kind: d.Kind, Number: d.Number,
		Issuer: d.Issuer, IssuedOn: d.IssuedOn, Pages: pages, Today: time.Now()}
	return draft.Drafts(src), draft.Spent(src), nil
}
