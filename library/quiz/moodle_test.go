package quiz_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// moodleDir holds Moodle's own GIFT and Aiken fixtures, example file and
// PHPUnit test strings (../shared/moodle, see its SOURCE.md and INDEX.tsv).
// They are read at test time only, never copied into the repository.
const moodleDir = "../../../shared/moodle"

func moodleGIFT(t *testing.T, name string) []*quiz.Question {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moodleDir, name))
	if err != nil {
		t.Skipf("Moodle's fixtures are not here (%v): they live in ../shared/moodle beside the repository", err)
	}
	var qs []*quiz.Question
	for _, it := range formats.ParseGIFT(string(data)) {
		if it.Category != nil {
			continue
		}
		if it.Err != nil {
			t.Fatalf("%s: Moodle imports this file, we report %v", name, it.Err)
		}
		qs = append(qs, it.Q)
	}
	return qs
}

func credits(q *quiz.Question) []float64 {
	cs := q.Credits()
	for i := range cs {
		cs[i] = math.Round(cs[i]*1e7) / 1e7
	}
	return cs
}

// What Moodle's PHPUnit tests assert of each import (giftformat_test.php).
func TestGIFTAsMoodleImportsIt(t *testing.T) {
	one := func(name string) *quiz.Question {
		qs := moodleGIFT(t, name)
		if len(qs) != 1 {
			t.Fatalf("%s: %d questions, want 1", name, len(qs))
		}
		return qs[0]
	}
	if q := one("T01_import_essay.gift"); q.Type != quiz.Essay || q.Name != "Q8" || q.Stem != "How are you?" {
		t.Errorf("essay: %+v", q)
	}
	m := one("T02_import_match.gift")
	var subs, answers []string
	for _, o := range m.Options {
		subs = append(subs, o.Text)
		answers = append(answers, o.Match)
	}
	if m.Type != quiz.Matching || !reflect.DeepEqual(answers, []string{"Forum", "Choice", "Database", "Wiki", "Chat"}) || subs[4] != "" ||
		subs[0] != "An activity supporting asynchronous discussions." || strings.Contains(strings.Join(subs, " "), "[") {
		t.Errorf("match: %q -> %q", subs, answers)
	}
	mc := one("T03_import_multichoice.gift")
	if mc.Type != quiz.Single || !reflect.DeepEqual(credits(mc), []float64{1, 0, 0}) || mc.Options[0].Feedback != "right; good!" ||
		mc.Options[1].Feedback != "wrong, it's yellow" || mc.Options[2].Text != "blue" {
		t.Errorf("multichoice: %+v", mc.Options)
	}
	mm := one("T04_import_multichoice_multi.gift")
	if mm.Type != quiz.Multi || !reflect.DeepEqual(credits(mm), []float64{0.5, -1, 0.5, -1}) || mm.Options[1].Feedback != "wrong" {
		t.Errorf("multi: %v %+v", credits(mm), mm.Options)
	}
	if tr := one("T05_import_multichoice_multi_tricky.gift"); tr.Type != quiz.Multi || !reflect.DeepEqual(credits(tr), []float64{1, -0.5, -0.5}) {
		t.Errorf("multi tricky: %v", credits(tr))
	}
	n := one("T06_import_numerical.gift")
	if n.Type != quiz.Numerical || len(n.Options) != 2 || n.Options[0].Text != "3" || n.Options[0].Tolerance != 2 ||
		n.Options[1].Text != "*" || n.Options[1].Feedback != "Completely wrong" || !reflect.DeepEqual(credits(n), []float64{1, 0}) {
		t.Errorf("numerical: %+v", n.Options)
	}
	for _, f := range []string{"T07_import_shortanswer.gift", "T08_import_shortanswer_general_feedback.gift"} {
		s := one(f)
		var texts []string
		for _, o := range s.Options {
			texts = append(texts, o.Text+"#"+o.Feedback)
		}
		if s.Type != quiz.Short || !reflect.DeepEqual(credits(s), []float64{1, 0.5, 0}) ||
			!reflect.DeepEqual(texts, []string{"Frog#Good!", "Cat#What is it with Moodlers and cats?", "*#Completely wrong"}) {
			t.Errorf("%s: %v %q", f, credits(s), texts)
		}
		if want := map[bool]string{true: "Here is some general feedback!"}[strings.HasPrefix(f, "T08")]; s.Explanation != want {
			t.Errorf("%s: general feedback %q", f, s.Explanation)
		}
	}
	tf := one("T09_import_truefalse.gift")
	// correctanswer=0; feedbacktrue is the wrong answer's, feedbackfalse the right one's.
	if tf.Type != quiz.TrueFalse || tf.Options[0].Correct || tf.Options[0].Feedback != "42 is the Ultimate Answer." || tf.Options[1].Feedback != "You gave the right answer." {
		t.Errorf("truefalse: %+v", tf.Options)
	}
	for _, f := range []string{"T10_import_truefalse_T.gift", "T11_import_truefalse_TRUE.gift"} {
		if q := one(f); q.Type != quiz.TrueFalse || !q.Options[0].Correct || q.Name != "2-08 TSL" {
			t.Errorf("%s: %+v", f, q)
		}
	}
	if q := one("T12_import_backslash.gift"); q.Stem != `A \ B \\ C` {
		t.Errorf("backslash: %q", q.Stem)
	}
	if q := one("T13_import_pre_content.gift"); q.Type != quiz.Essay || !strings.Contains(q.Stem, "public void test() {\nmethod1();") || strings.Contains(q.Stem, "<") {
		t.Errorf("pre: %q", q.Stem)
	}
	if q := one("T14_import_tags.gift"); q.Type != quiz.Essay || !reflect.DeepEqual(q.Tags, []string{"other-tag", "tag"}) || q.IDNumber != "myid" {
		t.Errorf("tags: %q %q", q.Tags, q.IDNumber)
	}
}

// The behat test imports 9 questions of the fixture file; the example file
// imports whole; the category file switches to a sub-bank.
func TestGIFTMoodleFixturesWhole(t *testing.T) {
	qs := moodleGIFT(t, "G01_fixture_questions.gift.txt")
	var types []quiz.Type
	for _, q := range qs {
		types = append(types, q.Type)
	}
	want := []quiz.Type{quiz.Essay, quiz.Matching, quiz.Single, quiz.Multi, quiz.Numerical, quiz.Short, quiz.TrueFalse, quiz.TrueFalse, quiz.TrueFalse}
	if !reflect.DeepEqual(types, want) {
		t.Errorf("G01 types %v, want %v", types, want)
	}
	if tf := qs[6]; tf.Explanation != "This is, of course, a Hitchiker's Guide to the Galaxy reference." {
		t.Errorf("general feedback %q", tf.Explanation)
	}
	ex := moodleGIFT(t, "G03_examples.txt")
	if len(ex) < 40 {
		t.Errorf("examples: %d questions", len(ex))
	}
	data, _ := os.ReadFile(filepath.Join(moodleDir, "G02_fixture_questions_in_category.gift.txt"))
	items := formats.ParseGIFT(string(data))
	if len(items) != 5 || !reflect.DeepEqual(items[0].Category, []string{"Default for New Features"}) {
		t.Fatalf("G02: %+v", items)
	}
	if g := items[2].Q; g == nil || g.Stem != "Listen to this greeting: (http://demo.moodle.net/file.php/5/media/bonjour.mp3)\nWhat language is being spoken?" || !g.Options[1].Correct {
		t.Errorf("escaped html: %+v", items[2])
	}
}

// Grading reproduces Moodle's fractions.
func TestGradesAsMoodle(t *testing.T) {
	qs := moodleGIFT(t, "G01_fixture_questions.gift.txt")
	colours := qs[3] // yellow 50, red -100, off-beige 50, blue -100
	for _, c := range []struct {
		choices []int
		want    float64
	}{{[]int{0, 2}, 1}, {[]int{0}, 0.5}, {[]int{0, 1}, 0}, {[]int{0, 2, 3}, 0}, {nil, 0}} {
		if got := quiz.Grade(colours, quiz.Response{Choices: c.choices}).Score; math.Abs(got-c.want) > 1e-9 {
			t.Errorf("colours %v: %v, want %v", c.choices, got, c.want)
		}
	}
	ex := moodleGIFT(t, "G03_examples.txt")
	var half, short, num *quiz.Question
	for _, q := range ex {
		switch {
		case q.Stem == "Difficult question.":
			half = q
		case q.Name == "Jesus' hometown (Short answer ex.)":
			short = q
		case q.Name == "Numerical example":
			num = q
		}
	}
	if r := quiz.Grade(half, quiz.Response{Choices: []int{1}}); r.Score != 0.5 || r.Correct {
		t.Errorf("half credit option: %+v", r)
	}
	for typed, want := range map[string]float64{"Nazareth": 1, "nazereth": 0.75, "Bethlehem": 0.25, "Rome": 0} {
		if r := quiz.Grade(short, quiz.Response{Texts: []string{typed}}); r.Score != want {
			t.Errorf("short %q: %v, want %v", typed, r.Score, want)
		}
	}
	for typed, want := range map[string]float64{"1822": 1, "1823": 0.5, "1820": 0.5, "1819": 0, "1822,0": 1, "abc": 0} {
		if r := quiz.Grade(num, quiz.Response{Texts: []string{typed}}); r.Score != want {
			t.Errorf("numerical %q: %v, want %v", typed, r.Score, want)
		}
	}
	wild := moodleGIFT(t, "T07_import_shortanswer.gift")[0]
	if r := quiz.Grade(wild, quiz.Response{Texts: []string{"dog"}}); r.Score != 0 || r.Feedback != "Completely wrong" {
		t.Errorf("short '*': %+v", r)
	}
	if r := quiz.Grade(wild, quiz.Response{Texts: []string{"cat"}}); r.Score != 0.5 || r.Feedback != "What is it with Moodlers and cats?" {
		t.Errorf("short Cat: %+v", r)
	}
	m := moodleGIFT(t, "T02_import_match.gift")[0]
	if r := quiz.Grade(m, quiz.Response{Texts: []string{"Forum", "Choice", "Wiki", "Database"}}); r.Score != 0.5 {
		t.Errorf("matching two of four: %+v", r)
	}
}

// GIFT → Sổ tay → GIFT keeps what Moodle keeps: our export of each Moodle
// fixture reads back as the same questions, and our export of Moodle's
// expected export files reads back as those files do.
func TestGIFTRoundTripMoodle(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(moodleDir, "[GT]*"))
	if len(files) == 0 {
		t.Skip("Moodle's fixtures are not here: they live in ../shared/moodle beside the repository")
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".tsv") {
			continue
		}
		qs := moodleGIFT(t, filepath.Base(f))
		var buf bytes.Buffer
		skipped, err := formats.WriteGIFT(&buf, "", qs)
		if err != nil || len(skipped) > 0 {
			t.Fatalf("%s: %v %v", f, err, skipped)
		}
		var again []*quiz.Question
		for _, it := range formats.ParseGIFT(buf.String()) {
			if it.Err != nil {
				t.Fatalf("%s: our export reads back with %v\n%s", f, it.Err, buf.String())
			}
			again = append(again, it.Q)
		}
		if !reflect.DeepEqual(again, qs) {
			for i := range qs {
				if i < len(again) && !reflect.DeepEqual(again[i], qs[i]) {
					t.Errorf("%s question %d:\n got %+v\nwant %+v", filepath.Base(f), i, again[i], qs[i])
				}
			}
			if len(again) != len(qs) {
				t.Errorf("%s: %d questions back, want %d", f, len(again), len(qs))
			}
		}
	}
}

// Our own fixture for each GIFT rule Moodle applies.
func TestGIFTRulesOwnFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/gift-moodle-rules.gift")
	if err != nil {
		t.Fatal(err)
	}
	var cats [][]string
	var qs []*quiz.Question
	for _, it := range formats.ParseGIFT(string(data)) {
		switch {
		case it.Category != nil:
			cats = append(cats, it.Category)
		case it.Err != nil:
			t.Errorf("line %d: %v", it.Line, it.Err)
		default:
			qs = append(qs, it.Q)
		}
	}
	if !reflect.DeepEqual(cats, [][]string{{"Ôn tập", "Chương 1"}, {"Ôn tập", "Chương 2"}}) {
		t.Errorf("categories %q", cats)
	}
	if len(qs) != 9 {
		t.Fatalf("%d questions, want 9", len(qs))
	}
	if q := qs[0]; q.Type != quiz.Single || len(q.Options) != 3 || q.Options[0].Text != "Quận ủy Tây Giang" {
		t.Errorf("comments inside the answers: %+v", q)
	}
	if q := qs[1]; q.Type != quiz.Multi || q.Stem != "Câu hỏi không tên viết trên nhiều dòng\nvề chỉ tiêu ký số văn bản đi" {
		t.Errorf("unnamed multi-line: %+v", q)
	}
	if q := qs[2]; q.Type != quiz.Single || q.Options[0].Text != "Quận -> phường" {
		t.Errorf("-> with ~: %+v", q)
	}
	if q := qs[3]; q.Stem != "Đường dẫn C:\\Windows và mẫu \\d+ giữ nguyên dấu \\; \nlà xuống dòng." && q.Stem != "Đường dẫn C:\\Windows và mẫu \\d+ giữ nguyên dấu \\;\nlà xuống dòng." {
		t.Errorf("backslashes: %q", q.Stem)
	}
	if q := qs[4]; q.Type != quiz.Numerical || q.Stem != "Chỉ tiêu ký số là bao nhiêu?" {
		t.Errorf("[html]: %q", q.Stem)
	}
	if q := qs[5]; q.Stem != "Chỉ tiêu hài lòng đạt trên bao nhiêu phần trăm?" || len(q.Options) != 2 || q.Options[1].Text != "92" || q.Options[1].Tolerance != 2 {
		t.Errorf("[markdown], range: %q %+v", q.Stem, q.Options)
	}
	if q := qs[6]; q.Type != quiz.Short || q.IDNumber != "NQ15-07" || len(q.Tags) != 2 || q.Name != "Thời hạn" ||
		!strings.Contains(q.Stem, "_____") || q.Options[1].Feedback != "Cần nói rõ ngày." {
		t.Errorf("tags, id, missing word: %+v", q)
	}
	if qs[7].Type != quiz.Description || qs[8].Type != quiz.Essay || qs[8].Explanation != "Hướng dẫn chấm: nêu đủ ba nhiệm vụ." {
		t.Errorf("description, essay: %+v %+v", qs[7], qs[8])
	}
}

// Moodle's category path: our sub-banks, written back with $CATEGORY.
func TestGIFTCategoriesMakeSubBanks(t *testing.T) {
	_, s := openLibrary(t)
	ctx := t.Context()
	bank := newBank(t, s, "Nghị quyết 15")
	data, _ := os.ReadFile("testdata/gift-moodle-rules.gift")
	rep, err := s.Import(ctx, bank, formats.ParseGIFT(string(data)))
	if err != nil || rep.Count(quiz.Imported) != 9 || len(rep.SubBanks) != 2 {
		t.Fatalf("import: %v, %d imported, sub-banks %+v", err, rep.Count(quiz.Imported), rep.SubBanks)
	}
	// Every category of the file sits under "Ôn tập": that is the bank
	// imported into.
	if rep.SubBanks[0].Name != "Nghị quyết 15 / Chương 1" {
		t.Errorf("sub-bank %q", rep.SubBanks[0].Name)
	}
	sections, err := s.Sections(ctx, bank.ID)
	if err != nil || len(sections) != 3 {
		t.Fatalf("sections %v %+v", err, sections)
	}
	var buf bytes.Buffer
	if _, err := formats.ExportSections(&buf, formats.GIFT, sections); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "$CATEGORY: $course$/top/Nghị quyết 15/Chương 2\n") {
		t.Errorf("export lacks the sub-bank's category:\n%s", buf.String())
	}
	// Importing our export into the same bank finds every question again.
	rep, err = s.Import(ctx, bank, formats.ParseGIFT(buf.String()))
	if err != nil || rep.Count(quiz.Duplicate) != 9 || rep.Count(quiz.Imported) != 0 {
		t.Errorf("re-import: %v, %d duplicates, %d imported: %+v", err, rep.Count(quiz.Duplicate), rep.Count(quiz.Imported), rep.Rows)
	}
	// Into a bank of another name: its sub-banks, not one level deeper.
	other := newBank(t, s, "RT")
	rep, err = s.Import(ctx, other, formats.ParseGIFT(buf.String()))
	if err != nil || rep.Count(quiz.Imported) != 9 || len(rep.SubBanks) != 2 || rep.SubBanks[0].Name != "RT / Chương 1" {
		t.Errorf("into RT: %v %+v", err, rep.SubBanks)
	}
	// A sub-bank exported alone keeps its path (not "A // B", one name).
	sub := rep.SubBanks[1]
	alone, err := s.Sections(ctx, sub.ID)
	if err != nil || len(alone) != 1 || !reflect.DeepEqual(alone[0].Path, []string{"RT", "Chương 2"}) {
		t.Errorf("sub-bank alone: %v %+v", err, alone)
	}
}

// The format guess finds GIFT in a file of multi-line unnamed questions
// only, and after 200,000 comment lines.
func TestSniffGIFT(t *testing.T) {
	multi := "Câu hỏi một {\n~sai\n=đúng\n}\n\nCâu hỏi hai {\n=đúng\n~sai\n}\n"
	if f := formats.SniffText(multi); f != formats.GIFT {
		t.Errorf("multi-line questions sniffed as %s", f)
	}
	long := strings.Repeat("// chú thích\n", 200000) + multi
	if f := formats.SniffText(long); f != formats.GIFT {
		t.Errorf("after 200,000 comments: %s", f)
	}
	if f, items, err := formats.Parse("ngan-hang.txt", []byte(long)); err != nil || f != formats.GIFT || len(items) != 2 || items[1].Err != nil {
		t.Errorf("parse: %s %v %+v", f, err, items)
	}
}

// {=Một =Hai ~Ba}: Moodle imports a single choice with both right; so do we,
// and either earns the mark.
func TestGIFTTwoRightAnswers(t *testing.T) {
	items := formats.ParseGIFT("Chọn một? {=Một =Hai ~Ba}\n")
	if len(items) != 1 || items[0].Err != nil || items[0].Q.Type != quiz.Single {
		t.Fatalf("%+v", items)
	}
	q := items[0].Q
	for _, c := range []int{0, 1} {
		if r := quiz.Grade(q, quiz.Response{Choices: []int{c}}); !r.Correct {
			t.Errorf("option %d: %+v", c, r)
		}
	}
}
