package quiz

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

var (
	aikenOptionRE = regexp.MustCompile(`^([A-Z])[.)]\s+(.*)$`)
	aikenAnswerRE = regexp.MustCompile(`^ANSWER\s*:\s*([A-Z])\s*$`)
	aikenNumberRE = regexp.MustCompile(`(?i)^(?:\[\d{1,4}\]|câu\s*\d{1,4}\s*[:.]|\d{1,4}[.)])\s*`)
)

// ParseAiken reads Moodle's Aiken format: the question on one line (we also
// join a stem written over several lines), options "A." or "A)", then
// "ANSWER: B". Aiken only knows single choice.
func ParseAiken(text string) []Item {
	var items []Item
	var stem []string
	var opts []Option
	start := 0
	reset := func() { stem, opts = nil, nil }
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, raw := range lines {
		line := strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))
		n := i + 1
		switch {
		case line == "":
			continue // Word puts blank lines everywhere; Moodle skips them too
		case aikenAnswerRE.MatchString(line):
			letter := aikenAnswerRE.FindStringSubmatch(line)[1]
			if len(stem) == 0 {
				items = append(items, Problem(n, "dòng %d: “ANSWER” không thuộc câu hỏi nào", n))
				reset()
				continue
			}
			k := int(letter[0] - 'A')
			if k >= len(opts) {
				items = append(items, Problem(start, "dòng %d: đáp án %s không có trong các phương án", start, letter))
				reset()
				continue
			}
			opts[k].Correct = true
			items = append(items, finishItem(start, &Question{Type: Single, Stem: strings.Join(stem, " "), Options: opts}))
			reset()
			continue
		case strings.HasPrefix(strings.ToUpper(line), "ANSWER"):
			items = append(items, Problem(n, "dòng %d: dòng đáp án phải có dạng “ANSWER: B”", n))
			reset()
			continue
		}
		if m := aikenOptionRE.FindStringSubmatch(line); m != nil && len(stem) > 0 {
			if int(m[1][0]-'A') != len(opts) {
				items = append(items, Problem(n, "dòng %d: phương án %s không đúng thứ tự (cần %c)", n, m[1], 'A'+len(opts)))
				reset()
				continue
			}
			opts = append(opts, Option{Text: m[2]})
			continue
		}
		if len(opts) > 0 {
			items = append(items, Problem(start, "dòng %d: câu hỏi thiếu dòng “ANSWER: …”", start))
			reset()
		}
		if len(stem) == 0 {
			start = n
			// "[1] …", "1. …" or "Câu 1: …" before a question in Word: a
			// number, not part of the question.
			line = aikenNumberRE.ReplaceAllString(line, "")
		}
		stem = append(stem, line)
	}
	if len(stem) > 0 {
		items = append(items, Problem(start, "dòng %d: câu hỏi thiếu dòng “ANSWER: …”", start))
	}
	return items
}

// WriteAiken writes the single-choice and true/false questions as Aiken;
// the others have no Aiken form and their ids are returned.
func WriteAiken(w io.Writer, qs []*Question) (skipped []int64, err error) {
	bw := &errWriter{w: w}
	for _, q := range qs {
		if q.Type != Single && q.Type != TrueFalse || len(q.Options) > 26 {
			skipped = append(skipped, q.ID)
			continue
		}
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
		return skipped, fmt.Errorf("aiken: %w", bw.err)
	}
	return skipped, nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
