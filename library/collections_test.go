package library

import (
	"context"
	"errors"
	"testing"

	"sotay/assets"
	"sotay/library/quiz"
)

// A trainer gathers the two documents of the digital-transformation
// course into a collection, ties a bank to it, and a cadre's self-check
// on the collection draws only questions about those documents or from
// that bank.
func TestCollectionsGroupDocumentsAndQuestions(t *testing.T) {
	lib := openTemp(t)
	ctx := context.Background()
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	docs, _ := lib.Documents(ctx)
	byNumber := map[string]int64{}
	for _, d := range docs {
		byNumber[d.Number] = d.ID
	}
	nq, tb, hd := byNumber["15-NQ/QU"], byNumber["27-TB/QU"], byNumber["08-HD/BTCQU"]
	c, err := lib.CollectionNamed(ctx, "Chuyển đổi số 2025")
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := lib.CollectionNamed(ctx, "chuyen doi so 2025"); again.ID != c.ID {
		t.Error("the same name without diacritics made a second collection")
	}
	if err := lib.AddToCollection(ctx, c.ID, nq, tb, nq); err != nil {
		t.Fatal(err)
	}
	if err := lib.AddToCollection(ctx, c.ID, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("adding a missing document: %v", err)
	}
	all, _ := lib.Collections(ctx)
	if len(all) != 1 || all[0].Documents != 2 {
		t.Fatalf("collections %+v", all)
	}
	if got, _ := lib.FindCollection(ctx, "CHUYỂN ĐỔI SỐ 2025"); got.ID != c.ID {
		t.Error("FindCollection by name in capitals")
	}
	// A bank of its own, tied to the collection, with one question not
	// linked to any document.
	store := lib.Quiz()
	bank, _ := store.CreateBank(ctx, "Ôn tập khóa học", "", 0)
	if err := store.SetBankCollection(ctx, bank.ID, c.ID); err != nil {
		t.Fatal(err)
	}
	loose := &quiz.Question{BankID: bank.ID, Type: quiz.TrueFalse, Stem: "Chuyển đổi số là nhiệm vụ của riêng bộ phận công nghệ thông tin.", Options: quiz.TrueFalseOptions(false)}
	if err := store.SaveQuestion(ctx, loose); err != nil {
		t.Fatal(err)
	}
	ids, err := store.Draw(ctx, quiz.Selection{CollectionIDs: []int64{c.ID}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sawLoose, sawDoc := false, false
	for _, id := range ids {
		q, _ := store.Question(ctx, id)
		switch {
		case q.ID == loose.ID:
			sawLoose = true
		case q.Passage != nil && (q.Passage.DocumentID == nq || q.Passage.DocumentID == tb):
			sawDoc = true
		default:
			t.Errorf("question %q is neither about the collection's documents nor in its bank", q.Stem)
		}
	}
	if !sawLoose || !sawDoc {
		t.Errorf("draw from the collection: bank question %v, document questions %v", sawLoose, sawDoc)
	}
	// The reader's form sets a document's collections by name.
	if err := lib.SetDocumentCollections(ctx, hd, []string{"Chuyển đổi số 2025", "Sinh hoạt chi bộ"}); err != nil {
		t.Fatal(err)
	}
	if err := lib.SetDocumentCollections(ctx, nq, nil); err != nil {
		t.Fatal(err)
	}
	in, _ := lib.DocumentCollections(ctx, hd)
	if len(in) != 2 {
		t.Errorf("the Hướng dẫn is in %+v", in)
	}
	if in, _ := lib.DocumentCollections(ctx, nq); len(in) != 0 {
		t.Errorf("the resolution is still in %+v", in)
	}
	if err := lib.DeleteCollection(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	banks, _ := store.Banks(ctx)
	for _, b := range banks {
		if b.ID == bank.ID && b.CollectionID != 0 {
			t.Error("a deleted collection still owns its bank")
		}
	}
	if _, err := lib.CollectionNamed(ctx, "  "); !errors.Is(err, ErrNoCollectionName) || Code(err) != "empty_collection_name" {
		t.Errorf("empty name: %v", err)
	}
}
