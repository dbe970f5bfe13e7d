package library

import (
	"context"
	"errors"
	"strings"
	"testing"

	"sotay/assets"
)

// TestDraftQuestionsSaveWithTheirPassages proposes questions from every
// sample document (the resolution has two pages) and keeps them all, as a
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
		drafts, err := lib.DraftQuestions(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(drafts) == 0 {
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

// A body's tasks alone on their page are asked "which is NOT its task"
// with another document's body of its rank (draft.BodyTasks): only while
// that document is in the library, and not from the trash. (Texts written
// for this test.)
func TestDraftQuestionsBorrowFromOtherDocuments(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"dan-van.md": "# Ban Dân vận Trung ương Đảng Cộng sản Việt Nam\n\n" +
			"Ban Dân vận Trung ương là cơ quan tham mưu của Ban Chấp hành Trung ương về công tác dân vận.\n\n" +
			"## Nhiệm vụ\n\n" +
			"- Nghiên cứu, đề xuất chủ trương của Đảng về công tác dân vận trong tình hình mới\n" +
			"- Hướng dẫn, kiểm tra các cấp ủy thực hiện nghị quyết của Đảng về công tác dân vận\n" +
			"- Theo dõi, tổng hợp tình hình tư tưởng của các tầng lớp nhân dân và kiến nghị giải pháp\n" +
			"- Phối hợp bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận ở các cấp\n",
		"to-chuc.md": "# Ban Tổ chức Trung ương Đảng Cộng sản Việt Nam\n\n" +
			"Ban Tổ chức Trung ương là cơ quan tham mưu của Ban Chấp hành Trung ương về công tác tổ chức, cán bộ.\n\n" +
			"## Nhiệm vụ\n\n" +
			"- Nghiên cứu, tham mưu về công tác tổ chức xây dựng Đảng và hệ thống chính trị\n" +
			"- Thẩm định các đề án về sắp xếp bộ máy của các cơ quan ở Trung ương\n" +
			"- Hướng dẫn thực hiện công tác tổ chức, cán bộ và đảng viên ở các cấp\n" +
			"- Quản lý hồ sơ cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý\n",
	})
	lib := openTemp(t)
	ctx := context.Background()
	got, _ := importAll(t, lib, dir)
	danVan, toChuc := got["dan-van.md"].ID, got["to-chuc.md"].ID
	if danVan == 0 || toChuc == 0 {
		t.Fatalf("imported %+v", got)
	}
	borrowed := func() []string {
		ds, err := lib.DraftQuestions(ctx, danVan)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range ds {
			if strings.Contains(d.Question.Stem, "KHÔNG thuộc nhiệm vụ của Ban Dân vận") {
				for _, o := range d.Question.Options {
					if o.Correct {
						out = append(out, o.Text)
					}
				}
			}
		}
		return out
	}
	if b := borrowed(); len(b) != 1 || !strings.Contains(b[0], "công tác tổ chức") {
		t.Fatalf("with the Ban Tổ chức's page: got %q, want one of its tasks as the odd one out", b)
	}
	if err := lib.Trash(ctx, toChuc); err != nil {
		t.Fatal(err)
	}
	if b := borrowed(); len(b) != 0 {
		t.Errorf("the other page in the trash: got %q", b)
	}
}
