package quiz_test

import (
	"context"
	"testing"

	"sotay/library"
	"sotay/library/quiz"
)

// The sample bank shipped in assets: over 40 questions of every type, each
// linked to the passage it comes from; adding samples twice adds nothing.
func TestSampleBank(t *testing.T) {
	lib, s := openLibrary(t)
	ctx := context.Background()
	bank, err := s.FindBank(ctx, library.SampleBank)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := s.Questions(ctx, bank.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 40 {
		t.Fatalf("%d sample questions, want at least 40", len(qs))
	}
	types := map[quiz.Type]int{}
	for _, q := range qs {
		types[q.Type]++
		if q.Passage == nil || q.Passage.DocumentID == 0 || q.Passage.End <= q.Passage.Start {
			t.Errorf("question %d %q has no passage", q.ID, q.Stem)
			continue
		}
		pages, err := lib.Pages(ctx, q.Passage.DocumentID)
		if err != nil {
			t.Fatal(err)
		}
		text := []rune(pages[q.Passage.Page-1])
		if got := string(text[q.Passage.Start:q.Passage.End]); got != q.Passage.Quote {
			t.Errorf("question %d passage reads %q, quote %q", q.ID, got, q.Passage.Quote)
		}
	}
	for _, ty := range quiz.Types {
		if types[ty] == 0 {
			t.Errorf("no sample question of type %s", ty)
		}
	}
	if _, err := lib.AddSamples(ctx, assetsSamples()); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Questions(ctx, bank.ID); len(again) != len(qs) {
		t.Errorf("adding samples again: %d questions, was %d", len(again), len(qs))
	}
}
