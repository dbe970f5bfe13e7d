package formats_test

import (
	"fmt"
	"sotay/library/quiz/formats"
	"strings"
	"testing"
)

// Limits with line-numbered messages: more than 26 options, a stem or an
// option run together from a whole file.
func TestQuestionLimits(t *testing.T) {
	var many strings.Builder
	many.WriteString("Câu hỏi nhiều phương án {\n=Một\n")
	for i := range 30 {
		fmt.Fprintf(&many, "~Sai %d\n", i)
	}
	many.WriteString("}\n\n")
	long := "::Dài:: " + strings.Repeat("Nghị quyết ", 2500) + "{=Đúng ~Sai}\n\n"
	items := formats.ParseGIFT("\n" + many.String() + long)
	var problems []string
	for _, it := range items {
		if it.Err != nil {
			problems = append(problems, it.Err.Error())
		}
	}
	if len(problems) != 2 || !strings.HasPrefix(problems[0], "dòng 2: câu hỏi có 31 phương án, nhiều nhất là 26") ||
		!strings.Contains(problems[1], "đề bài dài 27499 ký tự, quá giới hạn 20000") || !strings.HasPrefix(problems[1], "dòng ") {
		t.Errorf("%q", problems)
	}
}
