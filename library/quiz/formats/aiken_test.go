package formats_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// aikenResult returns the lines of items' problems, and the questions.
func aikenResult(items []quiz.Item) (lines []int, qs []*quiz.Question) {
	for _, it := range items {
		if it.Err != nil {
			lines = append(lines, it.Line)
		} else {
			qs = append(qs, it.Q)
		}
	}
	return lines, qs
}

// Moodle's own aiken_errors fixture (../shared/moodle, test-time only):
// Moodle imports "A good question" and "A second good question" (whose
// options have no space after the letter) and reports four errors: too
// few answers (line 3), not started (lines 5 and 7), not completed (18).
func TestAikenAsMoodleParsesIt(t *testing.T) {
	data, err := os.ReadFile("../../../../shared/moodle/A02_fixture_aiken_errors.txt")
	if err != nil {
		t.Skip("../shared/moodle is not beside the repository (a plain clone); testdata/aiken-moodle-rules.txt covers the same rules")
	}
	lines, qs := aikenResult(formats.ParseAiken(string(data)))
	if fmt.Sprint(lines) != "[3 5 7 18]" {
		t.Errorf("problems at lines %v, want Moodle's 3, 5, 7, 18", lines)
	}
	if len(qs) != 2 || qs[0].Stem != "A good question" || !qs[0].Options[0].Correct ||
		qs[1].Stem != "A second good question" || qs[1].Options[0].Text != "Incorrect (No space)" || !qs[1].Options[1].Correct {
		t.Errorf("questions %+v", qs)
	}
	// The fixture Moodle imports two questions from, one with HTML in it.
	data, err = os.ReadFile("../../../../shared/moodle/A01_fixture_questions.aiken.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines, qs = aikenResult(formats.ParseAiken(string(data)))
	if len(lines) != 0 || len(qs) != 2 || !qs[0].Options[1].Correct || !strings.Contains(qs[1].Stem, `<html class="cool"> & images`) {
		t.Errorf("problems %v, questions %+v", lines, qs)
	}
}

// Our own file for the same rules: a title line is reported, not glued to
// the question; a stem may begin "Answer…"; options without a space.
func TestAikenRules(t *testing.T) {
	data, err := os.ReadFile("../testdata/aiken-moodle-rules.txt")
	if err != nil {
		t.Fatal(err)
	}
	items := formats.ParseAiken(string(data))
	lines, qs := aikenResult(items)
	if fmt.Sprint(lines) != "[1 8 9 13]" {
		t.Errorf("problems at %v, want the title (1), a stray option (8) and ANSWER (9), one option (13)", lines)
	}
	if len(qs) != 2 || !strings.HasPrefix(qs[0].Stem, "Answer the question: chi bộ") || qs[0].Options[0].Text != "Một lần" || !qs[0].Options[0].Correct {
		t.Errorf("questions %+v", qs)
	}
	for _, it := range items {
		if it.Err != nil && it.Line == 1 && !strings.Contains(it.Err.Error(), "ĐỀ ÔN TẬP CHƯƠNG I") {
			t.Errorf("the title's problem does not name it: %v", it.Err)
		}
	}
}
