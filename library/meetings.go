package library

import (
	"context"

	"sotay/library/meeting"
	"sotay/library/quiz"
)

// Meetings is the library's branch-meeting sessions (Sinh hoạt chi bộ).
func (l *Library) Meetings() *meeting.Store { return l.meetings }

// MeetingQuestions picks the questions of a meeting session: the chosen
// ids in that order, else one bank's questions in the bank's order, else
// those sel matches. Only choice questions run live; left counts the
// others by type, so the trainer hears what was left out and why.
func (l *Library) MeetingQuestions(ctx context.Context, sel quiz.Selection, ids []int64) (live []*quiz.Question, left map[quiz.Type]int, err error) {
	var qs []*quiz.Question
	switch {
	case len(ids) > 0:
		qs, err = l.quiz.QuestionsByID(ctx, ids)
	case len(sel.BankIDs) == 1 && len(sel.DocumentIDs) == 0 && len(sel.CollectionIDs) == 0 && len(sel.Tags) == 0 && sel.Difficulty == 0 && sel.Count == 0:
		qs, err = l.quiz.Questions(ctx, sel.BankIDs[0])
	default:
		if ids, err = l.quiz.Draw(ctx, sel, nil); err == nil {
			qs, err = l.quiz.QuestionsByID(ctx, ids)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	left = map[quiz.Type]int{}
	for _, q := range qs {
		if meeting.Live(q) {
			live = append(live, q)
		} else {
			left[q.Type]++
		}
	}
	return live, left, nil
}
