package quiz_test

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

func readGIFT(t *testing.T) []quiz.Item {
	t.Helper()
	data, err := os.ReadFile("testdata/nghiquyet15.gift")
	if err != nil {
		t.Fatal(err)
	}
	return formats.ParseGIFT(string(data))
}

func TestParseGIFT(t *testing.T) {
	items := readGIFT(t)
	var good []*quiz.Question
	var problems []string
	for _, it := range items {
		switch {
		case it.Category != nil:
			if !reflect.DeepEqual(it.Category, []string{"Nghị quyết 15"}) {
				t.Errorf("category %q", it.Category)
			}
		case it.Err != nil:
			problems = append(problems, it.Err.Error())
		default:
			good = append(good, it.Q)
		}
	}
	wantTypes := []quiz.Type{quiz.Single, quiz.TrueFalse, quiz.TrueFalse, quiz.Multi, quiz.Short, quiz.Short, quiz.Single, quiz.TrueFalse, quiz.Numerical, quiz.Matching, quiz.Single}
	var gotTypes []quiz.Type
	for _, q := range good {
		gotTypes = append(gotTypes, q.Type)
	}
	if !reflect.DeepEqual(gotTypes, wantTypes) {
		t.Fatalf("types %v, want %v", gotTypes, wantTypes)
	}
	first := good[0]
	if first.Name != "Ký số" || first.Options[0].Text != "100%" || !first.Options[0].Correct ||
		first.Options[1].Feedback != "Đó là chỉ tiêu về thủ tục hành chính." ||
		first.Explanation != "Điều 3, khoản 2, điểm a của Nghị quyết." ||
		!reflect.DeepEqual(first.Tags, []string{"chỉ tiêu", "chuyển đổi số"}) {
		t.Errorf("first question read as %+v", first)
	}
	tf := good[1]
	if !tf.Options[0].Correct || tf.Options[1].Feedback != "Sai rồi: Điều 5 giao cho Bí thư Quận ủy." || tf.Options[0].Feedback != "Chính xác." {
		t.Errorf("true/false feedback: %+v", tf.Options)
	}
	if good[2].Options[0].Correct || !good[2].Options[1].Correct {
		t.Errorf("{F} should make Sai correct: %+v", good[2].Options)
	}
	if c := good[3].Correct(); !reflect.DeepEqual(c, []int{0, 1}) {
		t.Errorf("multi correct = %v", c)
	}
	cloze := good[5]
	// Moodle reads a missing word with only "=" answers as a short answer
	// with "_____" where the braces were.
	if cloze.Stem != "Các chi bộ phải hoàn thành chương trình hành động trước ngày _____ theo Điều 5." ||
		!reflect.DeepEqual(cloze.Blanks, [][]string{{"30 tháng 5 năm 2025", "30/5/2025"}}) {
		t.Errorf("missing word read as %q %v", cloze.Stem, cloze.Blanks)
	}
	if mw := good[6]; mw.Stem != "Việc sơ kết Nghị quyết được tiến hành vào năm _____, tổng kết vào năm 2030." {
		t.Errorf("missing-word choice stem %q", mw.Stem)
	}
	if esc := good[7]; esc.Stem != "Ký hiệu đặc biệt: dấu = và ~ và # và {ngoặc} đều giữ nguyên: đúng không?" || esc.Explanation != "Các ký tự thoát của GIFT." {
		t.Errorf("escapes: %q / %q", esc.Stem, esc.Explanation)
	}
	// {=một =hai ~ba} is single choice with two right answers, as Moodle reads it.
	wantProblems := []string{"thiếu dấu “}”", "không phương án nào đúng"}
	if len(problems) != len(wantProblems) {
		t.Fatalf("problems %q", problems)
	}
	for i, p := range problems {
		if !strings.Contains(p, wantProblems[i]) || !strings.HasPrefix(p, "dòng ") {
			t.Errorf("problem %d = %q, want it to mention %q with its line", i, p, wantProblems[i])
		}
	}
}

// comparable is what Moodle keeps of a question, to compare round trips.
type comparable struct {
	Name, Stem, Explanation string
	Type                    quiz.Type
	Options                 []quiz.Option
	Blanks                  [][]string
	Tags                    []string
}

func keep(qs []*quiz.Question) []comparable {
	var out []comparable
	for _, q := range qs {
		out = append(out, comparable{q.Name, q.Stem, q.Explanation, q.Type, q.Options, q.Blanks, q.Tags})
	}
	return out
}

func TestGIFTRoundTripThroughABank(t *testing.T) {
	_, s := openLibrary(t)
	ctx := context.Background()
	bank := newBank(t, s, "Nghị quyết 15")
	items := readGIFT(t)
	rep, err := s.Import(ctx, bank, items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(quiz.Imported) != 11 || rep.Count(quiz.Problemed) != 2 || len(rep.SubBanks) != 0 {
		t.Fatalf("imported %d, problems %d", rep.Count(quiz.Imported), rep.Count(quiz.Problemed))
	}
	stored, err := s.Questions(ctx, bank.ID)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if skipped, err := formats.WriteGIFT(&buf, bank.Name, stored); err != nil || len(skipped) > 0 {
		// (every type this file holds has a GIFT form)
		t.Fatalf("WriteGIFT: %v, skipped %v", err, skipped)
	}
	var again []*quiz.Question
	for _, it := range formats.ParseGIFT(buf.String()) {
		if it.Category != nil {
			continue
		}
		if it.Err != nil {
			t.Fatalf("re-reading our own GIFT: %v\n%s", it.Err, buf.String())
		}
		again = append(again, it.Q)
	}
	var orig []*quiz.Question
	for _, it := range items {
		if it.Err == nil && it.Q != nil {
			orig = append(orig, it.Q)
		}
	}
	if got, want := keep(again), keep(orig); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed questions:\n got %+v\nwant %+v\n%s", got, want, buf.String())
	}

	// Re-importing the same file adds nothing.
	rep, err = s.Import(ctx, bank, readGIFT(t))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Count(quiz.Duplicate) != 11 || rep.Count(quiz.Imported) != 0 {
		t.Errorf("re-import: %d duplicates, %d imported", rep.Count(quiz.Duplicate), rep.Count(quiz.Imported))
	}
	if qs, _ := s.Questions(ctx, bank.ID); len(qs) != 11 {
		t.Errorf("bank holds %d questions after re-import, want 11", len(qs))
	}
}
