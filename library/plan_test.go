package library

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sotay/library/quiz"
)

// trainerLibrary is a trainer's library: a resolution imported from an
// HTML file (so its original is kept), its guide, a bank on the
// resolution with a question quoting it, and a plan over both.
func trainerLibrary(t *testing.T) (*Library, StudyPlan) {
	t.Helper()
	ctx := context.Background()
	lib := openTemp(t)
	html := filepath.Join(t.TempDir(), "nq15.html")
	body := `<html><head><meta charset="utf-8"><title>Nghị quyết số 15-NQ/QU</title></head><body>
<h1>NGHỊ QUYẾT số 15-NQ/QU về chuyển đổi số trong sinh hoạt chi bộ</h1>
<p>Đến năm 2030, 100% chi bộ sinh hoạt trên nền tảng số và lưu biên bản điện tử.</p></body></html>`
	if err := os.WriteFile(html, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := lib.Import(ctx, []string{html}, ImportOptions{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("%v %+v", err, sum)
	}
	docs, _ := lib.Documents(ctx)
	nq := docs[0].ID
	if d, _ := lib.Document(ctx, nq); lib.OriginalPath(d) == "" {
		t.Fatal("the HTML original was not kept")
	}
	hd := addDoc(t, lib, "Hướng dẫn thực hiện Nghị quyết 15", "Các chi bộ báo cáo kết quả hằng quý về Ban Tuyên giáo.")
	bank, err := lib.Quiz().BankFor(ctx, "Câu hỏi Nghị quyết 15", nq)
	if err != nil {
		t.Fatal(err)
	}
	q := &quiz.Question{BankID: bank.ID, Type: quiz.TrueFalse, Stem: "Đến năm 2030, mọi chi bộ sinh hoạt trên nền tảng số.",
		Options: quiz.TrueFalseOptions(true), Passage: &quiz.Passage{Quote: "100% chi bộ sinh hoạt trên nền tảng số"}}
	if err := lib.Quiz().SaveQuestion(ctx, q); err != nil {
		t.Fatal(err)
	}
	if q.Passage == nil || q.Passage.DocumentID != nq {
		t.Fatalf("the trainer's question is not tied to the resolution: %+v", q.Passage)
	}
	start := time.Date(2026, 12, 7, 0, 0, 0, 0, time.Local)
	plan, err := lib.MakePlan(ctx, PlanSpec{Title: "Học tập Nghị quyết 15, quý I", Documents: []int64{nq, hd}, Start: start,
		DaysEach: 7, BankID: bank.ID, QuizDays: 7, Questions: 10, PassPercent: 50})
	if err != nil {
		t.Fatal(err)
	}
	return lib, plan
}

// A plan made by hand schedules the documents one after another, then the
// closing quiz; the learner's standing follows reading and the quiz.
func TestPlanByHandAndProgress(t *testing.T) {
	ctx := context.Background()
	lib, plan := trainerLibrary(t)
	if len(plan.Steps) != 2 || plan.Steps[0].Starts != "2026-12-07" || plan.Steps[0].Due != "2026-12-13" ||
		plan.Steps[1].Starts != "2026-12-14" || plan.Quiz.Opens != "2026-12-21" || plan.Quiz.Due != "2026-12-27" ||
		plan.Quiz.Bank != "Câu hỏi Nghị quyết 15" || plan.Quiz.PassPercent != 50 {
		t.Fatalf("%+v", plan)
	}
	prof, _ := lib.Quiz().Profiles(ctx)
	day := func(s string) time.Time { d, _ := parseDay(s); return d.Add(10 * time.Hour) }
	st, err := lib.PlanProgress(ctx, plan, prof[0].ID, day("2026-12-09"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Steps[0].State != PlanNow || !st.Steps[0].ThisWeek || st.Steps[1].State != PlanLater || st.Steps[1].ThisWeek ||
		st.Quiz.State != PlanLater || st.Steps[0].Questions != 1 {
		t.Errorf("in the first week: %+v", st)
	}
	if err := lib.SetReadingPosition(ctx, plan.Steps[0].DocumentID, 100, 100); err != nil {
		t.Fatal(err)
	}
	st, _ = lib.PlanProgress(ctx, plan, prof[0].ID, day("2026-12-22"))
	if st.Steps[0].State != PlanDone || st.Steps[1].State != PlanLate || st.Quiz.State != PlanNow || st.Done != 0.5 {
		t.Errorf("in the quiz week: %+v", st)
	}
	if _, err := lib.MakePlan(ctx, PlanSpec{Title: "Trống", Start: time.Now()}); !errors.Is(err, ErrBadPlan) {
		t.Errorf("a plan of no documents: %v", err)
	}
	if err := lib.DeletePlan(ctx, plan.ID); err != nil {
		t.Fatal(err)
	}
	if plans, _ := lib.Plans(ctx); len(plans) != 0 {
		t.Errorf("%d plans after delete", len(plans))
	}
}

// A pack sent with its plan and originals brings them over: the plan in
// the learner's library names the learner's documents and bank, the
// original is the same file, the bank is about its document and its
// question still points at the quote.
func TestPackBringsPlanAndOriginals(t *testing.T) {
	ctx := context.Background()
	trainer, plan := trainerLibrary(t)
	var buf bytes.Buffer
	m, err := trainer.ExportPack(ctx, &buf, PackOptions{Unit: "Ban Tuyên giáo Quận ủy", Plan: plan.ID, Originals: true, Key: "k"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Title != plan.Title || len(m.Documents) != 2 || len(m.Banks) != 1 || m.Plan == nil || m.Plan.Quiz == nil ||
		m.Documents[0].Original == "" || m.Banks[0].Document != m.Documents[0].File {
		t.Fatalf("manifest: %+v", m)
	}
	p, err := ReadPack(buf.Bytes(), "k")
	if err != nil || !p.Verified {
		t.Fatal(err)
	}
	learner := openTemp(t)
	rep, err := learner.ImportPack(ctx, p)
	if err != nil || rep.Added != 2 || rep.Originals != 1 || rep.Plan != plan.Title || rep.Questions != 1 {
		t.Fatalf("%v %+v", err, rep)
	}
	plans, _ := learner.Plans(ctx)
	if len(plans) != 1 || plans[0].ID != m.ID || len(plans[0].Steps) != 2 || plans[0].Steps[1].Title != "Hướng dẫn thực hiện Nghị quyết 15" ||
		plans[0].Quiz.Bank != "Câu hỏi Nghị quyết 15" || plans[0].Quiz.Opens != "2026-12-21" || plans[0].Unit != "Ban Tuyên giáo Quận ủy" {
		t.Fatalf("the learner's plan: %+v", plans)
	}
	d, _ := learner.Document(ctx, plans[0].Steps[0].DocumentID)
	got, err := os.ReadFile(learner.OriginalPath(d))
	td, _ := trainer.Document(ctx, plan.Steps[0].DocumentID)
	want, _ := os.ReadFile(trainer.OriginalPath(td))
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("the original: %v (%d bytes, want %d)", err, len(got), len(want))
	}
	banks, _ := learner.Quiz().Banks(ctx)
	if len(banks) != 1 || banks[0].DocumentID != d.ID {
		t.Errorf("the bank is not about its document: %+v", banks)
	}
	qs, _ := learner.Quiz().Questions(ctx, banks[0].ID)
	if len(qs) != 1 || qs[0].Passage == nil || qs[0].Passage.DocumentID != d.ID {
		t.Errorf("the question lost its passage: %+v", qs[0].Passage)
	}
	// The plan of a newer version replaces the first, under the same id.
	var buf2 bytes.Buffer
	if _, err := trainer.ExportPack(ctx, &buf2, PackOptions{ID: m.ID, Version: 2, Title: "Quý I (sửa)", Plan: plan.ID}); err != nil {
		t.Fatal(err)
	}
	p2, _ := ReadPack(buf2.Bytes(), "")
	if _, err := learner.ImportPack(ctx, p2); err != nil {
		t.Fatal(err)
	}
	if plans, _ := learner.Plans(ctx); len(plans) != 1 || plans[0].Version != 2 {
		t.Errorf("after version 2: %+v", plans)
	}
}

// countdown is a context that is cancelled after n looks at it: an import
// stopped part-way.
type countdown struct {
	context.Context
	n atomic.Int64
}

func (c *countdown) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// A pack import stopped part-way — after some documents went in — leaves
// nothing of the pack: no document, no bank, no plan, no original file.
func TestPackImportIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	trainer, plan := trainerLibrary(t)
	for i := range 30 {
		addDoc(t, trainer, "Văn bản thêm "+string(rune('A'+i)), "Nội dung riêng số "+string(rune('A'+i))+" của văn bản thêm.")
	}
	docs, _ := trainer.Documents(ctx)
	var ids []int64
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	var buf bytes.Buffer
	if _, err := trainer.ExportPack(ctx, &buf, PackOptions{Documents: ids, Banks: true, Originals: true, Plan: plan.ID}); err != nil {
		t.Fatal(err)
	}
	p, err := ReadPack(buf.Bytes(), "")
	if err != nil {
		t.Fatal(err)
	}
	stopped := 0
	for _, n := range []int64{5, 20, 31} {
		learner := openTemp(t)
		c := &countdown{Context: ctx}
		c.n.Store(n)
		if _, err := learner.ImportPack(c, p); err == nil {
			continue
		}
		stopped++
		got, _ := learner.Documents(ctx)
		banks, _ := learner.Quiz().Banks(ctx)
		plans, _ := learner.Plans(ctx)
		left, _ := os.ReadDir(learner.originalsDir())
		if len(got) != 0 || len(banks) != 0 || len(plans) != 0 || len(left) != 0 {
			t.Errorf("stopped after %d looks: %d documents, %d banks, %d plans, %d originals left", n, len(got), len(banks), len(plans), len(left))
		}
	}
	if stopped == 0 {
		t.Fatal("no import was stopped part-way")
	}
}

// A newer version of a pack whose document changed updates it in place:
// one document still, the new text, its outline, the learner's note
// re-anchored where its words now are, the review history kept.
func TestNewerPackUpdatesInPlace(t *testing.T) {
	ctx := context.Background()
	trainer := openTemp(t)
	v1 := "NGHỊ QUYẾT\nĐiều 1. Phạm vi\nCác chi bộ sinh hoạt chuyên đề mỗi quý một lần.\nĐiều 2. Trách nhiệm\nBí thư chi bộ chủ trì."
	id := addDoc(t, trainer, "Nghị quyết số 3-NQ/ĐU", v1)
	bank, _ := trainer.Quiz().BankFor(ctx, "Câu hỏi NQ 3", id)
	q := &quiz.Question{BankID: bank.ID, Type: quiz.TrueFalse, Stem: "Bí thư chi bộ chủ trì.", Options: quiz.TrueFalseOptions(true)}
	if err := trainer.Quiz().SaveQuestion(ctx, q); err != nil {
		t.Fatal(err)
	}
	pack := func(version int) *Pack {
		var buf bytes.Buffer
		if _, err := trainer.ExportPack(ctx, &buf, PackOptions{ID: "nq3", Version: version, Title: "NQ 3", Documents: []int64{id}, Banks: true}); err != nil {
			t.Fatal(err)
		}
		p, err := ReadPack(buf.Bytes(), "")
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	learner := openTemp(t)
	if _, err := learner.ImportPack(ctx, pack(1)); err != nil {
		t.Fatal(err)
	}
	docs, _ := learner.Documents(ctx)
	mine := docs[0].ID
	if out, _ := learner.Outline(ctx, mine); len(out) < 2 {
		t.Errorf("the outline did not come with the pack: %+v", out)
	}
	at := strings.Index(v1, "Bí thư chi bộ chủ trì")
	s := len([]rune(v1[:at]))
	if _, err := learner.AddNote(ctx, Note{DocumentID: mine, Kind: NoteHighlight, Start: s, End: s + len([]rune("Bí thư chi bộ chủ trì")), Color: "yellow",
		Quote: "Bí thư chi bộ chủ trì", Body: "ghi nhớ"}); err != nil {
		t.Fatal(err)
	}
	prof, _ := learner.Quiz().Profiles(ctx)
	qs, _ := learner.Quiz().Questions(ctx, bank.ID)
	if len(qs) == 1 {
		learner.Quiz().Review(ctx, prof[0].ID, qs[0].ID, quiz.Good)
	}

	v2 := "NGHỊ QUYẾT\nĐiều 1. Phạm vi áp dụng\nCác chi bộ sinh hoạt chuyên đề mỗi tháng một lần.\nĐiều 2. Trách nhiệm\nBí thư chi bộ chủ trì, cấp ủy viên phối hợp."
	if _, err := trainer.db.Write.ExecContext(ctx, `UPDATE pages SET text = ? WHERE document_id = ?`, v2, id); err != nil {
		t.Fatal(err)
	}
	p2 := pack(2)
	if pv, err := learner.PreviewPack(ctx, p2); err != nil || pv.Updated != 1 || pv.New != 0 || pv.Installed != 1 {
		t.Errorf("preview of version 2: %v %+v", err, pv)
	}
	rep, err := learner.ImportPack(ctx, p2)
	if err != nil || rep.Updated != 1 || rep.Added != 0 {
		t.Fatalf("%v %+v", err, rep)
	}
	docs, _ = learner.Documents(ctx)
	got, _ := learner.Text(ctx, mine)
	if len(docs) != 1 || !strings.Contains(got, "mỗi tháng một lần") {
		t.Fatalf("%d documents; text %q", len(docs), got)
	}
	notes, _ := learner.Notes(ctx, NoteFilter{DocumentID: mine})
	if len(notes) != 1 || notes[0].Lost || notes[0].Body != "ghi nhớ" {
		t.Fatalf("the note after the update: %+v", notes)
	}
	if r := []rune(got); string(r[notes[0].Start:notes[0].End]) != "Bí thư chi bộ chủ trì" {
		t.Errorf("the note is not where its words are: %q", string(r[notes[0].Start:notes[0].End]))
	}
	if hits, err := learner.Search(ctx, "mỗi tháng", SearchOptions{}); err != nil || len(hits.Hits) != 1 {
		t.Errorf("the new text is not searchable: %v %+v", err, hits)
	}
	if sum, _ := learner.Quiz().Summary(ctx, prof[0].ID); sum.Learned != 1 {
		t.Errorf("the review history: %+v", sum)
	}
	// Version 1 again, after 2: refused, the document left as version 2
	// has it.
	if _, err := learner.ImportPack(ctx, pack(1)); !errors.Is(err, ErrOlderPack) || Code(err) != "pack_older" {
		t.Errorf("an older version: %v", err)
	}
	if got, _ := learner.Text(ctx, mine); !strings.Contains(got, "mỗi tháng") {
		t.Error("an older version changed the document")
	}
	// A title changed by the trainer, the text not: version 3 brings it.
	if err := trainer.UpdateMetadata(ctx, id, Metadata{Title: "Nghị quyết số 3-NQ/ĐU (sửa đổi)"}); err != nil {
		t.Fatal(err)
	}
	if rep, err := learner.ImportPack(ctx, pack(3)); err != nil || rep.Linked != 1 {
		t.Fatalf("version 3: %v %+v", err, rep)
	}
	if d, _ := learner.Document(ctx, mine); d.Title != "Nghị quyết số 3-NQ/ĐU (sửa đổi)" {
		t.Errorf("the title did not come: %q", d.Title)
	}
}

// A plan sent again is the next version of the same pack, without the
// trainer counting versions.
func TestPlanSentAgainIsTheNextVersion(t *testing.T) {
	ctx := context.Background()
	trainer, plan := trainerLibrary(t)
	for want := 1; want <= 2; want++ {
		var buf bytes.Buffer
		m, err := trainer.ExportPack(ctx, &buf, PackOptions{Plan: plan.ID})
		if err != nil || m.ID != plan.ID || m.Version != want {
			t.Fatalf("export %d: %v id %q version %d", want, err, m.ID, m.Version)
		}
	}
}

// The closing quiz is done once passed: a score under the pass mark is
// shown and the quiz stays to take again.
func TestPlanQuizDoneWhenPassed(t *testing.T) {
	ctx := context.Background()
	lib, plan := trainerLibrary(t)
	plan, err := lib.MakePlan(ctx, PlanSpec{Title: "Đợt 2", Documents: []int64{plan.Steps[0].DocumentID}, Start: time.Now().AddDate(0, 0, -7),
		DaysEach: 7, BankID: plan.Quiz.BankID, QuizDays: 7, PassPercent: 50})
	if err != nil {
		t.Fatal(err)
	}
	prof, _ := lib.Quiz().Profiles(ctx)
	takeQuiz(t, lib, prof[0].ID, plan.Quiz.BankID, func(int) bool { return false })
	st, _ := lib.PlanProgress(ctx, plan, prof[0].ID, time.Now())
	if st.Quiz.State != PlanNow || st.Quiz.Best != 0 {
		t.Errorf("after a failed attempt: %+v", st.Quiz)
	}
	takeQuiz(t, lib, prof[0].ID, plan.Quiz.BankID, func(int) bool { return true })
	st, _ = lib.PlanProgress(ctx, plan, prof[0].ID, time.Now())
	if st.Quiz.State != PlanDone || st.Quiz.Best != 100 {
		t.Errorf("after a pass: %+v", st.Quiz)
	}
	if _, err := lib.MakePlan(ctx, PlanSpec{Title: "X", Documents: []int64{99999}, Start: time.Now()}); !errors.Is(err, ErrBadPlan) {
		t.Errorf("a plan of a document not in the library: %v", err)
	}
	if _, err := lib.MakePlan(ctx, PlanSpec{Title: "X", Documents: []int64{plan.Steps[0].DocumentID}, Start: time.Now(), BankID: plan.Quiz.BankID, PassPercent: 150}); !errors.Is(err, ErrBadPlan) {
		t.Errorf("a pass mark of 150%%: %v", err)
	}
}
