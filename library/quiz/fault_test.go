package quiz_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"sotay/assets"
	"sotay/internal/i18n"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// A question's problems are codes with arguments: tests assert the code,
// the sentence comes from the translation files in either language.
func TestFaultCodes(t *testing.T) {
	cases := []struct {
		q    quiz.Question
		code string
	}{
		{quiz.Question{Type: quiz.Single, Stem: "?", Options: []quiz.Option{{Text: "a"}, {Text: "b"}}}, "no_right_answer"},
		{quiz.Question{Type: quiz.Single, Stem: "?", Options: []quiz.Option{{Text: "a", Correct: true}}}, "too_few_options"},
		{quiz.Question{Type: quiz.Multi, Stem: "?", Options: []quiz.Option{{Text: "a", Fraction: 0.5}, {Text: "b", Fraction: 0.3}, {Text: "c"}}}, "weights_not_100"},
		{quiz.Question{Type: quiz.Numerical, Stem: "?", Options: []quiz.Option{{Text: "tám", Correct: true}}}, "not_a_number"},
		{quiz.Question{Type: quiz.Matching, Stem: "?", Options: []quiz.Option{{Text: "a", Match: "b"}}}, "matching_too_few"},
		{quiz.Question{Type: quiz.Essay, Stem: "?", Options: []quiz.Option{{Text: "a"}}}, "no_answers_allowed"},
		{quiz.Question{Type: "poll", Stem: "?"}, "unknown_type"},
		{quiz.Question{Type: quiz.Short, Stem: " "}, "no_stem"},
	}
	for _, c := range cases {
		c.q.Normalize()
		err := c.q.Validate()
		var f *quiz.Fault
		if !errors.As(err, &f) || f.Code != c.code || !errors.Is(err, quiz.ErrInvalid) {
			t.Errorf("%+v: %v, want code %s", c.q, err, c.code)
		}
	}
	// On import the line comes with it.
	items := formats.ParseGIFT("\n\nCâu này thiếu ngoặc { =một ~ba\n")
	var f *quiz.Fault
	if len(items) != 1 || !errors.As(items[0].Err, &f) || f.Code != "gift_no_close_brace" || f.Line != 3 ||
		items[0].Err.Error() != "dòng 3: thiếu dấu “}” đóng phần đáp án" {
		t.Errorf("GIFT fault: %+v", items)
	}
}

// Every fault code the library uses has its sentence in vi.json and en.json,
// and both render with the code's arguments.
func TestFaultsTranslated(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	more, _ := filepath.Glob("formats/*.go")
	files = append(files, more...)
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })
	src, err := readAll(files...)
	if err != nil {
		t.Fatal(err)
	}
	codes := regexp.MustCompile(`(?:NewFault|FaultAt|failF|Failure)\((?:[a-zA-Z.]+, )?"([a-z0-9_]+)"[,)]`).FindAllStringSubmatch(string(src), -1)
	for _, m := range regexp.MustCompile(`\bmissing\("([a-z]+)"`).FindAllStringSubmatch(string(src), -1) {
		codes = append(codes, []string{"", "missing_" + m[1]})
	}
	for _, m := range regexp.MustCompile(`\bcode :?= "([a-z0-9_]+)"`).FindAllStringSubmatch(string(src), -1) {
		codes = append(codes, []string{"", m[1]})
	}
	if len(codes) < 150 {
		t.Fatalf("found %d fault codes", len(codes))
	}
	for _, lang := range []string{"vi", "en"} {
		data, _ := assets.Translations.ReadFile("translations/" + lang + ".json")
		cat, err := i18n.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range codes {
			key := "quiz.fault." + c[1]
			if !cat.Has(key) {
				t.Errorf("%s.json lacks %s", lang, key)
				continue
			}
			out := cat.T(key, map[string]any{"N": 3, "Max": 26, "Letter": "B", "Text": "x", "Type": "essay", "Sum": "80", "W": "120", "Answers": 2, "Line": 4, "Unit": "m", "Kind": "NUMERICAL", "Name": "a.png", "At": 7, "Start": 2, "Want": "C", "Q": 3, "Key": "B", "Star": "A", "Last": "D", "Parts": 2, "Letters": "A, B", "Answer": "C", "Cols": "“A”", "Cell": "F7", "Actual": "multi",
				"Why": "x", "Err": "x", "Doc": 4, "Page": 2, "Quote": "x", "ID": 9, "MB": 30, "Sheet": "S", "Ext": ".xls", "Format": "gift",
				"Charset": "latin1", "Path": "A / B", "Bank": "A", "Into": "A", "From": "A2", "To": "A4", "First": 3, "Variants": 2, "After": "A",
				"TypeName": "tự luận", "Kinds": "MULTICHOICE", "Weights": "33%"})
			if strings.Contains(out, "<no value>") || strings.Contains(out, "{{") {
				t.Errorf("%s %s renders %q", lang, key, out)
			}
		}
	}
}

func readAll(names ...string) ([]byte, error) {
	var out []byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, b...)
	}
	return out, nil
}

// Problems of a whole file, of the store and of an export are faults too:
// a code the interface translates, and still the sentinel callers test.
func TestFileStoreAndExportFaults(t *testing.T) {
	code := func(err error) string {
		var f *quiz.Fault
		if !errors.As(err, &f) {
			return "not a fault: " + fmt.Sprint(err)
		}
		return f.Code
	}
	_, _, err := formats.Parse("a.docx", []byte("không phải Word"))
	if code(err) != "f_not_docx" || !errors.Is(err, formats.ErrFormat) {
		t.Errorf("renamed docx: %v", err)
	}
	_, _, err = formats.Parse("a.xlsx", []byte("PK\x03\x04 hỏng"))
	if code(err) != "f_xlsx_unopened" || !errors.Is(err, formats.ErrFormat) {
		t.Errorf("damaged xlsx: %v (%s)", err, code(err))
	}
	_, _, err = formats.Parse("a.txt", make([]byte, formats.MaxFileSize+1))
	if code(err) != "f_too_large" || !errors.Is(err, formats.ErrTooLarge) || !strings.Contains(err.Error(), "MB") {
		t.Errorf("too large: %v", err)
	}
	_, _, err = formats.Parse("a.xml", []byte(`<?xml version="1.0"?><khong/>`))
	if code(err) != "f_xml_no_quiz" {
		t.Errorf("xml without quiz: %v", err)
	}
	_, items, _ := formats.Parse("a.txt", []byte("Câu 1: Thủ đô?\nA. Huế\nB. Vinh\nB. Hà Nội\nĐáp án: C\n"))
	if len(items) != 1 || code(items[0].Err) != "vn_option_order" {
		t.Errorf("letters out of order: %+v", items)
	}

	_, s := openLibrary(t)
	ctx := context.Background()
	if _, err := s.FindBank(ctx, "không có"); code(err) != "missing_bank" || !errors.Is(err, quiz.ErrNotFound) {
		t.Errorf("missing bank: %v", err)
	}
	newBank(t, s, "Một")
	if _, err := s.CreateBank(ctx, "Một", "", 0); code(err) != "bank_exists" || !errors.Is(err, quiz.ErrBankExists) {
		t.Errorf("bank twice: %v", err)
	}

	essay := &quiz.Question{ID: 1, Type: quiz.Essay, Stem: "Nêu cảm nghĩ."}
	rep, err := formats.Export(io.Discard, formats.Aiken, "B", []*quiz.Question{essay})
	if code(err) != "x_nothing" || !errors.Is(err, formats.ErrNothingToExport) || len(rep.Skipped) != 1 || rep.Skipped[0].Why.Code != "x_aiken_type" {
		t.Fatalf("nothing to export: %v %+v", err, rep)
	}
	if got := err.Error(); !strings.Contains(got, "câu tự luận") {
		t.Errorf("the reason names the type: %q", got)
	}
	rep, _ = formats.Export(io.Discard, formats.Aiken, "B", []*quiz.Question{{ID: 2, Type: quiz.Single, Stem: "?", Explanation: "vì",
		Options: []quiz.Option{{Text: "a", Correct: true}, {Text: "b"}}}})
	if rep.Lost[quiz.LostExplanation] != 1 || rep.LostSummary() != "Định dạng này không có chỗ cho: giải thích (1 câu)." {
		t.Errorf("lost: %+v %q", rep.Lost, rep.LostSummary())
	}
}
