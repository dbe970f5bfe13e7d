package formats

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

var (
	// Moodle takes a line starting "A)" or "A." as an option, with or
	// without the space after it ("A)Đúng").
	aikenOptionRE = regexp.MustCompile(`^([A-Z])[.)][ \t]?(.*)$`)
	// Only "ANSWER:" in capitals ends a question, as in Moodle: a stem may
	// begin "Answer the following…".
	aikenAnswerRE = regexp.MustCompile(`^ANSWER\s*:\s*(.*)$`)
	aikenNumberRE = regexp.MustCompile(`(?i)^(?:\[\d{1,4}\]|câu\s*\d{1,4}\s*[:.]|\d{1,4}[.)])\s*`)
)

// ParseAiken reads Moodle's Aiken format as Moodle's parser does
// (question/format/aiken/format.php): the question, options "A." or "A)"
// (a space after the letter optional), then "ANSWER: B". It reports the
// errors Moodle reports, at the lines Moodle names: an ANSWER line after
// fewer than two options, an option or an ANSWER line with no question
// begun, and a new question while the previous one has no ANSWER line.
// Beyond Moodle, a stem may run over several lines (Word wraps them), a
// "1." or "Câu 1:" before it is a number, and a title line (text followed
// by a blank line or a heading in capitals, with no options) is reported
// instead of being glued to the next question. Aiken only knows single
// choice.
func ParseAiken(text string) []quiz.Item {
	var items []quiz.Item
	var stem []string
	var opts []quiz.Option
	start := 0     // line where the question begun starts; 0: none
	blank := false // a blank line came since the question's last line
	reset := func() { stem, opts, start = nil, nil, 0 }
	notQuestion := func() {
		items = append(items, quiz.FaultAt(start, "aiken_title", "Text", shortText(strings.Join(stem, " "), 60)))
		reset()
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, raw := range lines {
		line := strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))
		n := i + 1
		if utf8.RuneCountInString(line) < 2 {
			blank = blank || line == ""
			continue // Word puts blank lines everywhere; Moodle skips short lines too
		}
		if m := aikenAnswerRE.FindStringSubmatch(line); m != nil {
			switch {
			case start == 0:
				items = append(items, quiz.FaultAt(n, "aiken_answer_alone"))
			case len(opts) < 2:
				items = append(items, quiz.FaultAt(n, "aiken_few_options", "Start", start))
			case m[1] == "" || m[1][0] < 'A' || m[1][0] > 'Z':
				items = append(items, quiz.FaultAt(n, "aiken_answer_form"))
			case int(m[1][0]-'A') >= len(opts):
				items = append(items, quiz.FaultAt(start, "aiken_answer_missing", "Letter", string(m[1][0])))
			default:
				opts[m[1][0]-'A'].Correct = true
				items = append(items, finishItem(start, &quiz.Question{Type: quiz.Single, Stem: strings.Join(stem, " "), Options: opts}))
			}
			reset()
			blank = false
			continue
		}
		if m := aikenOptionRE.FindStringSubmatch(line); m != nil {
			if start == 0 {
				items = append(items, quiz.FaultAt(n, "aiken_option_alone", "Text", shortText(line, 40)))
				continue
			}
			if int(m[1][0]-'A') != len(opts) {
				items = append(items, quiz.FaultAt(n, "aiken_option_order", "Letter", m[1], "Want", string(rune('A'+len(opts)))))
				reset()
				continue
			}
			opts = append(opts, quiz.Option{Text: strings.TrimSpace(m[2])})
			blank = false
			continue
		}
		// A line of text: the question's stem, or a new question's.
		switch {
		case start != 0 && len(opts) > 0:
			items = append(items, quiz.FaultAt(n, "aiken_no_answer_at", "Start", start))
			reset()
		case start != 0 && (blank || len(stem) == 1 && viet.Capitals(stem[0]) >= 3):
			notQuestion() // a title or a note before the question
		}
		if start == 0 {
			start = n
			// "[1] …", "1. …" or "Câu 1: …" before a question in Word: a
			// number, not part of the question.
			line = aikenNumberRE.ReplaceAllString(line, "")
		}
		stem = append(stem, line)
		blank = false
	}
	switch {
	case start != 0 && len(opts) > 0:
		items = append(items, quiz.FaultAt(start, "aiken_no_answer"))
	case start != 0:
		notQuestion()
	}
	return items
}

func shortText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// WriteAiken writes single-choice and true/false questions as Aiken (Export
// keeps out the others, see Holds).
func WriteAiken(w io.Writer, qs []*quiz.Question) error {
	bw := &errWriter{w: w}
	for _, q := range qs {
		bw.printf("%s\n", oneLine(q.Stem))
		answer := 0
		for i, o := range q.Options {
			bw.printf("%c. %s\n", 'A'+i, oneLine(o.Text))
			if o.Correct {
				answer = i
			}
		}
		bw.printf("ANSWER: %c\n\n", 'A'+answer)
	}
	if bw.err != nil {
		return fmt.Errorf("aiken: %w", bw.err)
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
