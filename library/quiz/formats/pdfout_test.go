package formats_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"sotay/assets"
	"sotay/internal/pdftext"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
	"sotay/library/quiz/quiztest"
)

func sampleQuestions(t *testing.T) []*quiz.Question {
	t.Helper()
	data, err := os.ReadFile("../../../assets/samples/cau-hoi-mau.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, items, err := formats.Parse("cau-hoi-mau.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	var qs []*quiz.Question
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("sample line %d: %v", it.Line, it.Err)
		}
		qs = append(qs, it.Q)
	}
	return qs
}

// A trainer prints the sample bank as two variants: each variant holds
// every question once, in another order, and reading the PDF back (with
// Sổ tay's own PDF reader) gives the Vietnamese text as written and an
// answer key whose letters point at the right options.
func TestWritePDFVariantsAndKey(t *testing.T) {
	qs := sampleQuestions(t)
	var buf bytes.Buffer
	p, err := formats.WritePDF(&buf, qs, formats.PrintOptions{Unit: "Ban Tuyên giáo Quận ủy", Title: "Đề kiểm tra tìm hiểu nghị quyết",
		Subtitle: "Câu hỏi mẫu", Minutes: 30, Variants: 2, Seed: 7, Regular: assets.SerifRegular, Bold: assets.SerifBold})
	if err != nil {
		t.Fatal(err)
	}
	asked := 0 // a description is printed above its question, not numbered
	for _, q := range qs {
		if q.Type != quiz.Description {
			asked++
		}
	}
	if len(p.Codes) != 2 || p.Codes[0] != 101 || p.Codes[1] != 102 || p.Questions != asked || p.Pages < 5 {
		t.Fatalf("printed %+v", p)
	}
	res, err := pdftext.Extract(context.Background(), buf.Bytes(), pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(res.Pages, "\n")
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"ĐỀ KIỂM TRA TÌM HIỂU NGHỊ QUYẾT", "BAN TUYÊN GIÁO QUẬN ỦY", "Thời gian làm bài: 30 phút",
		"Mã đề 101", "Mã đề 102", "Họ và tên:", "ĐÁP ÁN", "Câu 41.", "— HẾT —"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	// Each variant's pages hold every question's stem once.
	split := strings.Index(flat, "Mã đề 102")
	keyAt := strings.Index(flat, "ĐÁP ÁN")
	if split < 0 || keyAt < split {
		t.Fatalf("variants or key missing")
	}
	v1, v2 := flat[:split], flat[split:keyAt]
	for _, q := range qs[:10] {
		words := strings.Fields(q.Stem)
		probe := strings.Join(words[:min(5, len(words))], " ")
		if strings.Count(v1, probe) != 1 || strings.Count(v2, probe) != 1 {
			t.Errorf("stem %q: %d times in 101, %d in 102", probe, strings.Count(v1, probe), strings.Count(v2, probe))
		}
	}
	// The key: for a single-choice question find its position and the
	// letter printed before its right option in variant 101.
	key := flat[keyAt:]
	rowRE := regexp.MustCompile(`(?:^| )(\d{1,2}) ([A-F*](?:,[A-F])*) ([A-F*](?:,[A-F])*)`)
	rows := map[string][2]string{}
	for _, m := range rowRE.FindAllStringSubmatch(key, -1) {
		rows[m[1]] = [2]string{m[2], m[3]}
	}
	if len(rows) != asked {
		t.Fatalf("key has %d rows, want %d:\n%s", len(rows), asked, key)
	}
	checked := 0
	for _, q := range qs {
		if q.Type != quiz.Single || !q.Shufflable() {
			continue
		}
		stem := strings.Join(strings.Fields(q.Stem), " ")
		at := strings.Index(v1, stem)
		if at < 0 {
			continue // a stem wrapped around a page break
		}
		num := regexp.MustCompile(`Câu (\d+)\. $`).FindStringSubmatch(v1[max(0, at-9):at])
		right := strings.Join(strings.Fields(q.Options[q.Correct()[0]].Text), " ")
		letter := rows[num[1]][0]
		if !strings.Contains(v1[at:], letter+". "+right) {
			t.Errorf("câu %s (%q): key says %s, which is not %q", num[1], stem, letter, right)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d key entries checked", checked)
	}
}

func TestWritePDFRefusesNothingToPrint(t *testing.T) {
	var buf bytes.Buffer
	if _, err := formats.WritePDF(&buf, nil, formats.PrintOptions{Regular: assets.SerifRegular, Bold: assets.SerifBold}); err == nil || !strings.Contains(err.Error(), "không có câu hỏi") {
		t.Errorf("empty bank: %v", err)
	}
	if _, err := formats.WritePDF(&buf, sampleQuestions(t), formats.PrintOptions{}); err == nil {
		t.Error("no font: no error")
	}
	// Text the font cannot show (emoji, control characters) still prints.
	q := &quiz.Question{Type: quiz.Single, Stem: "Biểu tượng 🎉 và \x07 chuông?", Options: []quiz.Option{{Text: "Có 👍", Correct: true}, {Text: "Không"}}}
	if _, err := formats.WritePDF(&buf, []*quiz.Question{q}, formats.PrintOptions{Regular: assets.SerifRegular, Bold: assets.SerifBold}); err != nil {
		t.Errorf("emoji: %v", err)
	}
}

// BenchmarkWritePDF prints 100 questions as four variants with the key.
func BenchmarkWritePDF(b *testing.B) {
	qs := quiztest.SyntheticBank(100)
	pages := 0
	for b.Loop() {
		var buf bytes.Buffer
		p, err := formats.WritePDF(&buf, qs, formats.PrintOptions{Title: "Đề kiểm tra", Variants: 4, Seed: 1,
			Regular: assets.SerifRegular, Bold: assets.SerifBold})
		if err != nil {
			b.Fatal(err)
		}
		pages = p.Pages
	}
	b.ReportMetric(float64(pages), "pages")
}

// 50,000 questions × 20 variants took 2.85 GB; such a print is refused
// before anything is built; a large ordinary one still prints.
func TestWritePDFRefusesHugePrints(t *testing.T) {
	qs := quiztest.SyntheticBank(2000)
	opt := formats.PrintOptions{Variants: 20, Regular: assets.SerifRegular, Bold: assets.SerifBold}
	var buf bytes.Buffer
	if _, err := formats.WritePDF(&buf, qs, opt); !errors.Is(err, formats.ErrPrintTooLarge) || buf.Len() > 0 {
		t.Fatalf("2,000 × 20: %v, %d bytes written", err, buf.Len())
	}
	opt.Count = 100
	if _, err := formats.WritePDF(&buf, qs, opt); err != nil {
		t.Fatalf("100 of them × 20: %v", err)
	}
}

// A printed test never shows a short answer's or a numerical question's
// answers as options, nor a matching question's pairs twice.
func TestPrintedNewTypesGiveNothingAway(t *testing.T) {
	data, err := os.ReadFile("../testdata/moodle-all-types.xml")
	if err != nil {
		t.Fatal(err)
	}
	_, items, _ := formats.Parse("x.xml", data)
	var qs []*quiz.Question
	for _, it := range items {
		if it.Q != nil && it.Q.Type != quiz.Cloze {
			qs = append(qs, it.Q)
		}
	}
	var buf bytes.Buffer
	if _, err := formats.WritePDF(&buf, qs, formats.PrintOptions{Title: "Thử", Variants: 1, Seed: 3, Regular: assets.SerifRegular, Bold: assets.SerifBold}); err != nil {
		t.Fatal(err)
	}
	res, err := pdftext.Extract(context.Background(), buf.Bytes(), pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(strings.Join(res.Pages, " ")), " ")
	test, _, _ := strings.Cut(flat, "ĐÁP ÁN")
	for _, leak := range []string{"A. 80", "A. Quận ủy Tây Giang", "A. Văn bản đi", "B. Thủ tục hành chính"} {
		if strings.Contains(test, leak) {
			t.Errorf("the test shows %q", leak)
		}
	}
	for _, want := range []string{"Đáp số:", "1. Văn bản đi", "Trả lời:"} {
		if !strings.Contains(test, want) {
			t.Errorf("the test lacks %q", want)
		}
	}
}
