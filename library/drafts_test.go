package library

import (
	"context"
	"errors"
	"testing"

	"sotay/assets"
)

// TestDraftQuestionsSaveWithTheirPassages proposes questions from every
// sample document whose time is not over (the resolution has two pages)
// and keeps them all, as a
// trainer who ticks every draft would: each saves into a bank and reads
// back linked to its passage.
func TestDraftQuestionsSaveWithTheirPassages(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	docs, err := lib.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bank, err := lib.Quiz().CreateBank(ctx, "Câu hỏi soạn từ văn bản", "", 0)
	if err != nil {
		t.Fatal(err)
	}
	saved := 0
	secondPage := false
	for _, d := range docs {
		drafts, spent, err := lib.ProposeQuestions(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(drafts) == 0 && spent == "" {
			// (the dispatch of 2003 on that year's review is spent: none,
			// and the reason said)
			t.Errorf("%s: no drafts", d.Title)
		}
		for _, dr := range drafts {
			q := dr.Question
			q.BankID = bank.ID
			if err := lib.Quiz().SaveQuestion(ctx, &q); err != nil {
				t.Errorf("%s: save %q: %v", d.Title, q.Stem, err)
				continue
			}
			saved++
			back, err := lib.Quiz().Question(ctx, q.ID)
			if err != nil {
				t.Fatal(err)
			}
			if dr.Question.Passage == nil {
				continue
			}
			if back.Passage == nil || back.Passage.DocumentID != d.ID || back.Passage.Quote != dr.Question.Passage.Quote {
				t.Errorf("%q: passage %+v, want %+v", q.Stem, back.Passage, dr.Question.Passage)
			}
			secondPage = secondPage || back.Passage != nil && back.Passage.Page == 2
		}
	}
	// (fewer than once: a district's number and date, answers alone by
	// their form are no longer proposed — rounds 16 to 18)
	if saved < 50 || !secondPage {
		t.Errorf("saved %d drafts (second page linked: %v)", saved, secondPage)
	}
	if _, err := lib.DraftQuestions(ctx, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: err = %v", err)
	}
}
