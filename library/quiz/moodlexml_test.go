package quiz_test

import (
	"bytes"
	"errors"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// Moodle XML and what an export and an import keep: our own Moodle-structured fixture, sub-banks, duplicates.

// Moodle XML: every type we hold, categories, tags, id numbers, feedback,
// weights and an embedded picture; a type we lack is a problem with its
// line; our export reads back the same.
func TestMoodleXMLBothWays(t *testing.T) {
	data, err := os.ReadFile("testdata/moodle-all-types.xml")
	if err != nil {
		t.Fatal(err)
	}
	f, items, err := formats.Parse("ngan-hang.xml", data)
	if err != nil || f != formats.MoodleXML {
		t.Fatalf("parse: %s %v", f, err)
	}
	var qs []*quiz.Question
	var cats [][]string
	var problems []string
	for _, it := range items {
		switch {
		case it.Category != nil:
			cats = append(cats, it.Category)
		case it.Err != nil:
			problems = append(problems, it.Err.Error())
		default:
			qs = append(qs, it.Q)
		}
	}
	if !reflect.DeepEqual(cats, [][]string{{"Nghị quyết 15", "Chỉ tiêu"}, {"Nghị quyết 15", "Chỉ tiêu", "Số liệu"}}) {
		t.Errorf("categories %q", cats)
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "calculated") || !strings.HasPrefix(problems[0], "dòng ") {
		t.Errorf("problems %q", problems)
	}
	var types []quiz.Type
	for _, q := range qs {
		types = append(types, q.Type)
	}
	want := []quiz.Type{quiz.Single, quiz.Multi, quiz.TrueFalse, quiz.Short, quiz.Numerical, quiz.Matching, quiz.Essay, quiz.Description, quiz.Cloze}
	if !reflect.DeepEqual(types, want) {
		t.Fatalf("types %v, want %v", types, want)
	}
	k := qs[0]
	if k.Stem != "Đến năm 2030, tỷ lệ văn bản đi được ký số là bao nhiêu?" || len(k.ImagesOf(0)) != 1 || k.IDNumber != "NQ15-01" ||
		!reflect.DeepEqual(credits(k), []float64{1, 0.5, 0}) || k.Options[1].Feedback != "Đó là chỉ tiêu thủ tục hành chính." ||
		k.Explanation != "Điểm a khoản 2 Điều 3." || len(k.Tags) != 2 {
		t.Errorf("multichoice: %+v", k)
	}
	// 33.33333 % is a third as Moodle writes it: kept as a third.
	if m := qs[1]; m.Type != quiz.Multi || math.Abs(credits(m)[2]-1.0/3) > 1e-6 || credits(m)[3] != -1 {
		t.Errorf("thirds: %v", credits(m))
	}
	if r := quiz.Grade(qs[1], quiz.Response{Choices: []int{0, 1, 2}}); !r.Correct {
		t.Errorf("three thirds: %+v", r)
	}
	if tf := qs[2]; !tf.Options[0].Correct || tf.Options[0].Feedback != "Chính xác." || tf.Options[1].Feedback != "Sai rồi." {
		t.Errorf("truefalse: %+v", tf.Options)
	}
	if c := qs[8]; c.Stem != "Sơ kết vào năm {1}, tổng kết vào năm {2}." || !reflect.DeepEqual(c.Blanks, [][]string{{"2027"}, {"2030"}}) {
		t.Errorf("cloze: %q %q", c.Stem, c.Blanks)
	}
	if e := qs[6]; e.Explanation != "Nêu được thước đo là sự hài lòng." {
		t.Errorf("grader info: %q", e.Explanation)
	}
	var buf bytes.Buffer
	rep, err := formats.Export(&buf, formats.MoodleXML, "Nghị quyết 15", qs)
	if err != nil || len(rep.Skipped) > 0 || len(rep.Lost) > 0 {
		t.Fatalf("export: %v %+v", err, rep)
	}
	_, back, err := formats.Parse("x.xml", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var again []*quiz.Question
	for _, it := range back {
		if it.Err != nil {
			t.Fatalf("our XML reads back with %v", it.Err)
		}
		if it.Q != nil {
			again = append(again, it.Q)
		}
	}
	for i := range qs {
		if i >= len(again) || !reflect.DeepEqual(again[i], qs[i]) {
			t.Errorf("question %d changed:\n got %+v\nwant %+v", i, again[min(i, len(again)-1)], qs[i])
		}
	}
}

// Drawing from a bank takes its sub-banks' questions too; a description
// comes with the question it stands before.
func TestDrawTakesSubBanks(t *testing.T) {
	_, s := openLibrary(t)
	ctx := t.Context()
	bank := newBank(t, s, "Nghị quyết 15")
	data, _ := os.ReadFile("testdata/gift-moodle-rules.gift")
	if _, err := s.Import(ctx, bank, formats.ParseGIFT(string(data))); err != nil {
		t.Fatal(err)
	}
	banks, _ := s.Banks(ctx)
	for _, b := range banks {
		if b.ID == bank.ID && (b.Questions != 0 || b.Total != 9) {
			t.Errorf("the bank counts %d of its own, %d with its sub-banks; want 0 and 9", b.Questions, b.Total)
		}
	}
	ids, err := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank.ID}}, nil)
	if err != nil || len(ids) != 9 {
		t.Fatalf("drew %d of the 9 questions under the bank: %v", len(ids), err)
	}
	qs, _ := s.QuestionsByID(ctx, ids)
	for i, q := range qs {
		if q.Type == quiz.Description && (i+1 >= len(qs) || qs[i+1].Type != quiz.Essay) {
			t.Errorf("the description is not right before its essay: %v", ids)
		}
	}
	one, err := s.Draw(ctx, quiz.Selection{BankIDs: []int64{bank.ID}, Count: 3}, nil)
	if err != nil || len(one) < 3 || len(one) > 4 {
		t.Errorf("three drawn (with perhaps a description): %d %v", len(one), err)
	}
}

// Moodle's example file holds the same question twice, the second time
// with a name and feedback: kept once, with the name and the feedback.
func TestNamesSurviveDedupe(t *testing.T) {
	_, s := openLibrary(t)
	ctx := t.Context()
	bank := newBank(t, s, "Trùng")
	file := "Ai được chôn ở lăng Grant? {~Grant =không ai ~Jefferson}\n\n" +
		"// [tag:lịch sử]\n::Lăng Grant::Ai được chôn ở lăng Grant? {~Grant#Không phải ông. =không ai#Đúng! ~Jefferson}\n"
	rep, err := s.Import(ctx, bank, formats.ParseGIFT(file))
	if err != nil || rep.Count(quiz.Imported) != 1 || rep.Count(quiz.Duplicate) != 1 {
		t.Fatalf("%v %+v", err, rep.Rows)
	}
	if n := rep.Rows[1].Notes; len(n) != 1 || n[0].Code != "n_dup_filled" ||
		!slices.Equal(n[0].Args["Parts"].(quiz.Parts), quiz.Parts{quiz.LostName, quiz.LostFeedback, quiz.LostTags}) {
		t.Errorf("notes %+v", n)
	}
	q, _ := s.Question(ctx, rep.Rows[0].ID)
	if q.Name != "Lăng Grant" || q.Options[0].Feedback != "Không phải ông." || len(q.Tags) != 1 {
		t.Errorf("kept %+v", q)
	}
}

// An XML question naming a picture its file does not hold comes in, and
// says so; a file cut short says so in Vietnamese.
func TestMoodleXMLMissingPictureAndCut(t *testing.T) {
	xmlText := `<?xml version="1.0"?><quiz><question type="essay"><name><text>Ảnh</text></name>
<questiontext format="html"><text><![CDATA[<p>Tả bức ảnh <img src="@@PLUGINFILE@@/khong.png"></p>]]></text></questiontext></question>
<question type="essay"><name><text>Hai</text></name><questiontext format="html"><text>Câu hai`
	_, items, err := formats.Parse("x.xml", []byte(xmlText))
	if err != nil || len(items) != 2 {
		t.Fatalf("%v %+v", err, items)
	}
	if n := items[0].Notes; items[0].Q == nil || len(n) != 1 || n[0].Code != "xml_picture_missing" || n[0].Args["Name"] != "khong.png" {
		t.Errorf("missing picture: %+v", items[0])
	}
	var f *quiz.Fault
	if !errors.As(items[1].Err, &f) || f.Code != "xml_truncated" || strings.Contains(items[1].Err.Error(), "EOF") {
		t.Errorf("cut file: %v", items[1].Err)
	}
}

// A bank none of whose questions a format can hold writes no file.
func TestNothingToExport(t *testing.T) {
	q := &quiz.Question{ID: 1, Type: quiz.Essay, Stem: "Viết?"}
	var buf bytes.Buffer
	rep, err := formats.Export(&buf, formats.Aiken, "B", []*quiz.Question{q})
	if !errors.Is(err, formats.ErrNothingToExport) || !strings.Contains(err.Error(), "Aiken") || len(rep.Skipped) != 1 {
		t.Errorf("%v %+v", err, rep)
	}
}
