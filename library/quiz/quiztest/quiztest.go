// Package quiztest makes question banks for the tests and benchmarks of
// the quiz packages (the store and the file formats).
package quiztest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// SyntheticBank makes n distinct single-choice questions.
func SyntheticBank(n int) []*quiz.Question {
	qs := make([]*quiz.Question, n)
	for i := range qs {
		qs[i] = &quiz.Question{ID: int64(i + 1), Type: quiz.Single, Difficulty: 1 + i%3, Tags: []string{fmt.Sprintf("chủ đề %d", i%20)},
			Stem:        fmt.Sprintf("Câu hỏi số %d về chỉ tiêu chuyển đổi số của quận đến năm 2030 là gì?", i+1),
			Options:     []quiz.Option{{Text: fmt.Sprintf("%d%%", i%100), Correct: true}, {Text: "Phương án sai một"}, {Text: "Phương án sai hai"}, {Text: "Phương án sai ba"}},
			Explanation: "Điểm a khoản 2 Điều 3 của Nghị quyết."}
	}
	return qs
}

// ParseFile reads the question file at path.
func ParseFile(t testing.TB, path string) (formats.Format, []quiz.Item) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, items, err := formats.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return f, items
}

// ParseFixture reads library/quiz/testdata/name, from any package's tests.
func ParseFixture(t testing.TB, name string) (formats.Format, []quiz.Item, error) {
	t.Helper()
	data, err := os.ReadFile(Fixture(name))
	if err != nil {
		t.Fatal(err)
	}
	return formats.Parse(name, data)
}

// Fixture is the path of library/quiz/testdata/name.
func Fixture(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", name)
}

// Split parts items into the questions read and the problems' texts.
func Split(items []quiz.Item) (good []*quiz.Question, problems []string) {
	for _, it := range items {
		if it.Err != nil {
			problems = append(problems, it.Err.Error())
		} else {
			good = append(good, it.Q)
		}
	}
	return good, problems
}
