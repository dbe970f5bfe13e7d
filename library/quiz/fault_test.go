package quiz_test

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"sotay/assets"
	"sotay/internal/i18n"
	"sotay/library/quiz"
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
	items := quiz.ParseGIFT("\n\nCâu này thiếu ngoặc { =một ~ba\n")
	var f *quiz.Fault
	if len(items) != 1 || !errors.As(items[0].Err, &f) || f.Code != "gift_no_close_brace" || f.Line != 3 ||
		items[0].Err.Error() != "dòng 3: thiếu dấu “}” đóng phần đáp án" {
		t.Errorf("GIFT fault: %+v", items)
	}
}

// Every fault code the library uses has its sentence in vi.json and en.json,
// and both render with the code's arguments.
func TestFaultsTranslated(t *testing.T) {
	src, err := readAll("question.go", "gift.go", "moodlexml.go", "aiken.go", "answerlines.go", "vnbuild.go", "sheet.go")
	if err != nil {
		t.Fatal(err)
	}
	codes := regexp.MustCompile(`(?:fault(?:At)?|failF)\((?:[a-z]+, )?"([a-z_]+)"`).FindAllStringSubmatch(string(src), -1)
	if len(codes) < 20 {
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
			out := cat.T(key, map[string]any{"N": 3, "Max": 26, "Letter": "B", "Text": "x", "Type": "essay", "Sum": "80", "W": "120", "Answers": 2, "Line": 4, "Unit": "m", "Kind": "NUMERICAL", "Name": "a.png", "At": 7, "Start": 2, "Want": "C", "Q": 3, "Key": "B", "Star": "A", "Last": "D", "Parts": 2, "Letters": "A, B", "Answer": "C", "Cols": "“A”", "Cell": "F7", "Actual": "multi"})
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
