package formats_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

// Banks as teachers write them in Word: Aiken with blank lines everywhere
// (../testdata/aiken-trong-word.docx, made by LibreOffice 7.4 from the .fodt
// beside it) goes to the Aiken reader, and question labels with a course
// outcome before them or "Câu hỏi" are questions.
func TestBanksAsWordHasThem(t *testing.T) {
	f, items, err := quiztest.ParseFixture(t, "aiken-trong-word.docx")
	if err != nil || f != formats.DOCX {
		t.Fatalf("format %s, %v", f, err)
	}
	var right []string
	for _, it := range items {
		if it.Q == nil || it.Err != nil {
			t.Errorf("problem: %v", it.Err)
			continue
		}
		right = append(right, it.Q.Options[it.Q.Correct()[0]].Text)
	}
	if strings.Join(right, "|") != "Một lần|Không|Hai năm rưỡi" {
		t.Errorf("answers %q", right)
	}

	text := "(CLO4) Câu 1: Chi bộ họp mấy lần một tháng?\nA. Một lần\nB. Hai lần\nĐáp án: A\n\nCâu hỏi 2. Đảng viên dự bị có quyền biểu quyết không?\nA. Có\nB. Không\nĐáp án: B\n"
	items = formats.ParseVNText(text)
	if len(items) != 2 || items[0].Q == nil || items[1].Q == nil {
		t.Fatalf("items %+v", items)
	}
	if items[0].Q.Stem != "Chi bộ họp mấy lần một tháng?" || items[1].Q.Stem != "Đảng viên dự bị có quyền biểu quyết không?" {
		t.Errorf("stems %q / %q", items[0].Q.Stem, items[1].Q.Stem)
	}
}

// A question whose "Câu …" label is missing (Word numbered it, or a group
// passage stands before it) is never glued onto the previous question's
// last option: a second "A." starts a question, with the lines before it
// as its stem, or raises a line-numbered problem.
func TestOptionsNeverSwallowTheNextQuestion(t *testing.T) {
	text := `Câu 1: Chi bộ họp mấy lần một tháng?
A. Một lần
B. Hai lần
C. Ba lần
D. Bốn lần
Đáp án: A
Đảng viên dự bị có quyền biểu quyết không?
A. Có
B. Không
Đáp án: B
Câu 3: Nhiệm kỳ đại hội chi bộ là bao lâu?
A. Hai năm
B. Năm năm
C. Hai năm rưỡi
D. Ba năm
Nhiệm kỳ của Ban Chấp hành Trung ương là bao lâu?
A. Năm năm
B. Bốn năm
Đáp án: A
A. Không có câu hỏi
B. Chỉ có phương án
`
	items := formats.ParseVNText(text)
	var stems []string
	var problems []string
	for _, it := range items {
		if it.Err != nil {
			problems = append(problems, it.Err.Error())
			continue
		}
		stems = append(stems, it.Q.Stem)
		for _, o := range it.Q.Options {
			if strings.Contains(o.Text, "bao lâu") || strings.Contains(o.Text, "biểu quyết") {
				t.Errorf("option %q swallowed a question", o.Text)
			}
		}
	}
	want := []string{"Chi bộ họp mấy lần một tháng?", "Đảng viên dự bị có quyền biểu quyết không?", "Nhiệm kỳ của Ban Chấp hành Trung ương là bao lâu?"}
	for _, w := range want {
		if !slices.Contains(stems, w) {
			t.Errorf("no question %q among %q", w, stems)
		}
	}
	// Câu 3 has no answer (a problem), the last "A." block has no stem (a problem).
	if len(problems) != 2 || !strings.Contains(problems[1], "dòng 20") {
		t.Errorf("problems %q", problems)
	}
}

// A bank whose "Câu 1:" and "A." labels are Word's automatic numbering
// (../testdata/cau-hoi-danh-so-word.docx, made by LibreOffice 7.4 from the
// .fodt beside it): the labels are not in the text, yet every question
// comes in with its key.
func TestWordNumberedBank(t *testing.T) {
	_, items, err := quiztest.ParseFixture(t, "cau-hoi-danh-so-word.docx")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("problem: %v", it.Err)
			continue
		}
		got = append(got, it.Q.Stem+" → "+it.Q.Options[it.Q.Correct()[0]].Text)
	}
	want := "Chi bộ sinh hoạt định kỳ mấy lần mỗi tháng? → Một lần|Đảng viên dự bị có quyền biểu quyết không? → Không"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q", got)
	}
}

// A passage shared by a group of questions ("Đọc đoạn văn sau và trả lời
// các câu 2–3", or McMix's [<sg>] … [</sg>]) is shown with each of its
// questions and never glued onto an option.
func TestGroupPassages(t *testing.T) {
	text := `Câu 1: Chi bộ họp mấy lần một tháng?
A. Một lần
B. Hai lần
Đáp án: A
Đọc đoạn văn sau và trả lời các câu 2–3:
“Chi bộ là hạt nhân chính trị ở cơ sở.”
Câu 2: Chi bộ là gì?
A. Hạt nhân chính trị
B. Đơn vị hành chính
Đáp án: A
Câu 3: Chi bộ ở đâu?
A. Cơ sở
B. Trung ương
Đáp án: A
[<sg>]Đoạn trích Điều lệ: đảng viên sinh hoạt tại chi bộ.[</sg>]
Câu 4: Đảng viên sinh hoạt ở đâu?
A. Chi bộ
B. Nhà văn hoá
Đáp án: A
[<egc>]
Câu 5: Câu không thuộc nhóm nào?
A. Đúng
B. Sai
Đáp án: A
`
	items := formats.ParseVNText(text)
	if len(items) != 5 {
		t.Fatalf("%d items", len(items))
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("question %d: %v", i+1, it.Err)
		}
		hasPassage := strings.Contains(it.Q.Stem, "hạt nhân chính trị ở cơ sở.”\n")
		if (i == 1 || i == 2) != hasPassage {
			t.Errorf("question %d stem %q", i+1, it.Q.Stem)
		}
		if (i == 3) != strings.Contains(it.Q.Stem, "Đoạn trích Điều lệ") {
			t.Errorf("question %d stem %q", i+1, it.Q.Stem)
		}
		for _, o := range it.Q.Options {
			if strings.Contains(o.Text, "Đọc đoạn") || strings.Contains(o.Text, "hạt nhân chính trị ở cơ sở") {
				t.Errorf("question %d: the passage glued onto option %q", i+1, o.Text)
			}
		}
	}
}

// A bank laid out as a Word table — STT | Nội dung | Phương án trả lời |
// Đáp án, a question broken over two rows — comes in question by question
// (../testdata/cau-hoi-dang-bang.docx, made by LibreOffice 7.4 from the .fodt
// beside it; the layout of a 390-question bank found in a public repository).
func TestTableBank(t *testing.T) {
	_, items, err := quiztest.ParseFixture(t, "cau-hoi-dang-bang.docx")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		if it.Err != nil {
			t.Errorf("problem: %v", it.Err)
			continue
		}
		got = append(got, fmt.Sprintf("%s → %s (%d)", it.Q.Stem, it.Q.Options[it.Q.Correct()[0]].Text, len(it.Q.Options)))
	}
	want := []string{"Chi bộ sinh hoạt định kỳ mấy lần mỗi tháng? → Một lần (3)",
		"Đảng viên dự bị có quyền biểu quyết khi chi bộ họp không? → Không (2)",
		"Nhiệm kỳ đại hội chi bộ là bao lâu? → Hai năm rưỡi (3)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

// Aiken as teachers number it in Word: "[1] …" before the stem is the
// question's number, not its text.
func TestAikenNumberedStems(t *testing.T) {
	items := formats.ParseAiken("[1] Chi bộ họp mấy lần một tháng?\nA. Một lần\nB. Hai lần\nANSWER: A\n\n[2] Đảng viên dự bị có quyền biểu quyết không?\nA. Có\nB. Không\nANSWER: B\n")
	if len(items) != 2 || items[0].Err != nil || items[0].Q.Stem != "Chi bộ họp mấy lần một tháng?" || items[1].Q.Stem != "Đảng viên dự bị có quyền biểu quyết không?" {
		t.Fatalf("items %+v", items)
	}
}

// Banks as found in public repositories, each question in another layout
// (../testdata/ngan-hang-nhieu-kieu.docx, made by LibreOffice 7.4 from the
// .fodt beside it): options as a numbered or bulleted Word list with the
// right one bold or ticked, a question in one paragraph with line breaks,
// lower-case options two to a line, option A at the end of the stem,
// options in two columns read row by row (A, C, B, D), "Lời giải:" with
// the option's number or one digit per statement, an answer naming its
// option, a label run into the line before it, "12. Đúng / Sai: … → Sai",
// a letter typed twice (reported), and statements keyed "a-Đ, b-S".
func TestBankLayoutsFromTheWild(t *testing.T) {
	_, items, err := quiztest.ParseFixture(t, "ngan-hang-nhieu-kieu.docx")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"single 3 B",
		"single 3 C",
		"single 2 A",
		"single 4 C",
		"single 3 B",
		"single 4 C",
		"single 2 A",
		"multi 3 AC",
		"single 2 B",
		"single 2 A",
		"single 2 A",
		"truefalse 2 B",
		"problem không đúng thứ tự",
		"single 2 A",
	}
	var got []string
	for _, it := range items {
		if it.Err != nil {
			msg := it.Err.Error()
			if strings.Contains(msg, "không đúng thứ tự") {
				msg = "không đúng thứ tự"
			}
			got = append(got, "problem "+msg)
			continue
		}
		var right string
		for _, k := range it.Q.Correct() {
			right += string(rune('A' + k))
		}
		got = append(got, fmt.Sprintf("%s %d %s", it.Q.Type, len(it.Q.Options), right))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(items) == len(want) {
		if q := items[5].Q; q != nil && q.Options[2].Text != "Quá một nửa số đảng viên chính thức đồng ý" {
			t.Errorf("two-column options not put in order: %+v", q.Options)
		}
		if q := items[6].Q; q != nil && q.Explanation != "Sinh hoạt chi bộ phải có nội dung thiết thực." {
			t.Errorf("explanation after Lời giải: %q", q.Explanation)
		}
		if q := items[10].Q; q != nil && q.Stem != "Ai chủ trì Hội nghị thành lập Đảng?" {
			t.Errorf("glued label: %q", q.Stem)
		}
		if q := items[9].Q; q != nil && q.Options[1].Text != "Quảng Châu" {
			t.Errorf("glued label left in the option: %q", q.Options[1].Text)
		}
	}
}

// What a trainer found in real banks (reported by a reviewer): an essay
// question before the key table, a key laid out one question per row,
// questions numbered "31." after labelled ones, "→ Đáp án:" lines, a label
// without its space ("Câuhỏi 3:"), a note under bulleted options, more
// than six options. Each question comes in with its key or is reported.
func TestBanksAsReviewersFoundThem(t *testing.T) {
	text := "Câu 1: Chi bộ họp mấy lần một tháng?\nA. Một\nB. Hai\n" +
		"Câu 2 (2 điểm): Em hãy nêu vai trò của chi bộ.\n" +
		"ĐÁP ÁN\n1-A\n"
	items := formats.ParseVNText(text)
	if len(items) != 2 || items[0].Err != nil || items[0].Q.Correct()[0] != 0 || items[1].Err == nil {
		t.Fatalf("essay before the key: %v / %v", items[0].Err, items[len(items)-1].Err)
	}
	text = "Câu 1: Chi bộ họp mấy lần một tháng?\nA. Một\nB. Hai\nCâu 2: Đảng viên dự bị được biểu quyết không?\nA. Có\nB. Không\n" +
		"STT\tĐáp án\n1\tA\n2\tB\n"
	items = formats.ParseVNText(text)
	if len(items) != 2 || items[0].Err != nil || items[1].Err != nil || items[1].Q.Correct()[0] != 1 {
		t.Fatalf("key one question per row: %+v", items)
	}
	text = "Câu 1: Chi bộ họp mấy lần một tháng?\nA. Một\nB. Hai\nĐáp án: A\n" +
		"2. Điền vào chỗ trống: Chi bộ họp thường kỳ … lần mỗi tháng.\n→ Đáp án: một\n" +
		"3. Sắp xếp: N / Ộ / M\n→ MỘN\n" +
		"Câuhỏi 4: Nhiệm kỳ chi bộ?\n• Hai năm\n• ⟦Năm năm⟧\n👉 Theo Điều lệ Đảng.\n"
	text = strings.NewReplacer("⟦", "\uE000", "⟧", "\uE001").Replace(text)
	items = formats.ParseVNText(text)
	var got []string
	for _, it := range items {
		if it.Err != nil {
			got = append(got, "problem")
			continue
		}
		got = append(got, fmt.Sprintf("%s:%s", it.Q.Type, it.Q.Explanation))
	}
	if want := "single:|cloze:|short:|single:Theo Điều lệ Đảng."; strings.Join(got, "|") != strings.Replace(want, "Theo", "👉 Theo", 1) {
		t.Errorf("got %q", got)
	}
	var many strings.Builder
	many.WriteString("Câu 1: Chọn một?\n")
	for c := 'A'; c <= 'H'; c++ {
		fmt.Fprintf(&many, "%c. Phương án %c\n", c, c)
	}
	many.WriteString("Đáp án: A\n")
	// Up to 26 options (A–Z) are read, as written by our own export.
	if items := formats.ParseVNText(many.String()); len(items) != 1 || items[0].Err != nil || len(items[0].Q.Options) != 8 {
		t.Errorf("eight options: %+v", items)
	}
}
