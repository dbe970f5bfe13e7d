package quiz

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseGIFT reads Moodle's GIFT format: single and multiple choice (with
// %weights%), true/false, short answer, missing word (a blank in the middle
// of the text, read as cloze), ::names::, #feedback, ####general feedback
// (our explanation), `// [tag:…]` comments and our own `// sotay:` lines.
// Numerical, matching and essay questions are reported as problems; so is
// every malformed question, with its line.
func ParseGIFT(text string) []Item {
	var items []Item
	var block []string
	var comments []string
	start := 0
	flush := func() {
		if len(block) > 0 {
			items = append(items, parseGIFTQuestion(start, strings.Join(block, "\n"), comments))
		}
		block, comments = nil, nil
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, line := range lines {
		t := strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		switch {
		case t == "": // as in Moodle, a blank line always ends a question
			flush()
			continue
		case strings.HasPrefix(t, "//"):
			if len(block) > 0 { // a comment after the question text ends it
				flush()
			}
			comments = append(comments, strings.TrimSpace(t[2:]))
			continue
		case len(block) == 0 && strings.HasPrefix(t, "$CATEGORY:"):
			comments = nil
			continue
		}
		if len(block) == 0 {
			start = i + 1
		}
		block = append(block, line)
	}
	flush()
	return items
}

var giftMetaRE = regexp.MustCompile(`\[tag:([^\]]+)\]`)

func parseGIFTQuestion(line int, src string, comments []string) Item {
	q := &Question{}
	for _, c := range comments {
		for _, m := range giftMetaRE.FindAllStringSubmatch(c, -1) {
			q.Tags = append(q.Tags, giftUnescape(m[1]))
		}
		if rest, ok := strings.CutPrefix(c, "sotay:"); ok {
			readSotayMeta(q, rest)
		}
	}
	s := strings.TrimSpace(src)
	if strings.HasPrefix(s, "::") {
		end := indexUnescaped(s[2:], "::")
		if end < 0 {
			return Problem(line, "dòng %d: tên câu hỏi mở bằng “::” nhưng không đóng", line)
		}
		q.Name = giftUnescape(s[2 : 2+end])
		s = strings.TrimSpace(s[2+end+2:])
	}
	if strings.HasPrefix(s, "[") {
		if end := strings.Index(s, "]"); end > 0 && end < 12 {
			switch s[1:end] {
			case "html", "moodle", "plain", "markdown":
				s = strings.TrimSpace(s[end+1:])
			}
		}
	}
	open := indexUnescaped(s, "{")
	if open < 0 {
		return Problem(line, "dòng %d: không có phần đáp án {…}", line)
	}
	closeAt := indexUnescaped(s[open:], "}")
	if closeAt < 0 {
		return Problem(line, "dòng %d: thiếu dấu “}” đóng phần đáp án", line)
	}
	before := giftText(s[:open])
	answer := s[open+1 : open+closeAt]
	after := giftText(s[open+closeAt+1:])
	if indexUnescaped(s[open+closeAt+1:], "{") >= 0 {
		return Problem(line, "dòng %d: câu hỏi có nhiều phần đáp án {…} (dạng Cloze của Moodle) chưa được hỗ trợ", line)
	}
	if g := indexUnescaped(answer, "####"); g >= 0 {
		q.Explanation = giftText(answer[g+4:])
		answer = answer[:g]
	}
	a := strings.TrimSpace(answer)
	switch {
	case a == "":
		return Problem(line, "dòng %d: câu tự luận (không có đáp án) không dùng được để tự kiểm tra", line)
	case strings.HasPrefix(a, "#"):
		return Problem(line, "dòng %d: câu hỏi dạng số (#) chưa được hỗ trợ", line)
	case indexUnescaped(a, "->") >= 0:
		return Problem(line, "dòng %d: câu hỏi ghép đôi (->) chưa được hỗ trợ", line)
	}
	missing := after != ""
	if tf, fbs, ok := giftTrueFalse(a); ok {
		q.Type = TrueFalse
		q.Options = TrueFalseOptions(tf)
		// GIFT gives the feedback for a wrong answer first, then for a right one.
		wrong, right := 1, 0
		if !tf {
			wrong, right = 0, 1
		}
		if len(fbs) > 0 {
			q.Options[wrong].Feedback = fbs[0]
		}
		if len(fbs) > 1 {
			q.Options[right].Feedback = fbs[1]
		}
		q.Stem = joinMissing(before, "_____", after, missing)
		return finishItem(line, q)
	}
	answers, err := giftAnswers(a)
	if err != nil {
		return Problem(line, "dòng %d: %v", line, err)
	}
	allRight := true
	weighted := false
	positives := 0
	for _, ans := range answers {
		if !ans.right {
			allRight = false
		}
		if ans.weighted {
			weighted = true
		}
		if ans.weight > 0 {
			positives++
		}
	}
	if allRight {
		accepted := make([]string, len(answers))
		for i, ans := range answers {
			accepted[i] = ans.text
		}
		q.Blanks = [][]string{accepted}
		if missing {
			q.Type = Cloze
			q.Stem = joinMissing(before, "{1}", after, true)
		} else {
			q.Type = Short
			q.Stem = before
		}
		return finishItem(line, q)
	}
	q.Type = Single
	correct := func(a giftAnswer) bool { return a.right || positives == 1 && a.weight > 0 }
	if weighted && positives > 1 && countRight(answers) == 0 {
		q.Type = Multi
		correct = func(a giftAnswer) bool { return a.weight > 0 }
	}
	for _, ans := range answers {
		q.Options = append(q.Options, Option{Text: ans.text, Correct: correct(ans), Feedback: ans.feedback})
	}
	q.Stem = joinMissing(before, "_____", after, missing)
	return finishItem(line, q)
}

func countRight(as []giftAnswer) int {
	n := 0
	for _, a := range as {
		if a.right {
			n++
		}
	}
	return n
}

func joinMissing(before, blank, after string, missing bool) string {
	if !missing {
		return before
	}
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsPunct(r) {
		return before + " " + blank + after
	}
	return before + " " + blank + " " + after
}

// finishItem validates a parsed question and makes its Item.
func finishItem(line int, q *Question) Item {
	q.Normalize()
	if err := q.Validate(); err != nil {
		return Problem(line, "dòng %d: %v", line, err)
	}
	return Item{Line: line, Q: q}
}

type giftAnswer struct {
	right    bool
	weighted bool
	weight   float64
	text     string
	feedback string
}

var giftWeightRE = regexp.MustCompile(`^%(-?[0-9]+(?:\.[0-9]+)?)%`)

// giftAnswers splits "=a#fb ~b ~%50%c" into answers.
func giftAnswers(a string) ([]giftAnswer, error) {
	var out []giftAnswer
	i := 0
	for i < len(a) && a[i] != '=' && a[i] != '~' {
		if a[i] != ' ' && a[i] != '\n' && a[i] != '\t' {
			return nil, fmt.Errorf("phần đáp án phải bắt đầu bằng “=” hoặc “~”")
		}
		i++
	}
	for i < len(a) {
		marker := a[i]
		j := i + 1
		for j < len(a) && a[j] != '=' && a[j] != '~' {
			if a[j] == '\\' {
				j++
			}
			j++
		}
		j = min(j, len(a))
		body := strings.TrimSpace(a[i+1 : j])
		ans := giftAnswer{right: marker == '='}
		if marker == '=' {
			ans.weight = 100
		}
		if m := giftWeightRE.FindStringSubmatch(body); m != nil {
			w, _ := strconv.ParseFloat(m[1], 64)
			ans.weight, ans.weighted = w, true
			ans.right = w >= 100
			body = strings.TrimSpace(body[len(m[0]):])
		}
		if f := indexUnescaped(body, "#"); f >= 0 {
			ans.feedback = giftText(body[f+1:])
			body = body[:f]
		}
		ans.text = giftText(body)
		if ans.text == "" {
			return nil, fmt.Errorf("có phương án để trống")
		}
		out = append(out, ans)
		i = j
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("không có phương án nào")
	}
	return out, nil
}

// giftTrueFalse reads {T}, {TRUE#fb#fb}, {F}, {FALSE}.
func giftTrueFalse(a string) (answer bool, feedback []string, ok bool) {
	head := a
	var fbs []string
	if f := indexUnescaped(a, "#"); f >= 0 {
		head = a[:f]
		for _, part := range splitUnescaped(a[f+1:], '#') {
			fbs = append(fbs, giftText(part))
		}
	}
	switch strings.ToUpper(strings.TrimSpace(head)) {
	case "T", "TRUE":
		return true, fbs, true
	case "F", "FALSE":
		return false, fbs, true
	}
	return false, nil, false
}

// indexUnescaped finds sub in s where it is not preceded by a backslash.
func indexUnescaped(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func splitUnescaped(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// giftText unescapes GIFT text and joins its lines.
func giftText(s string) string {
	return tidy(giftUnescape(s))
}

func giftUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func giftEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`, "\n", `\n`)
	return r.Replace(s)
}

// WriteGIFT writes questions as GIFT under a $CATEGORY of the bank's name.
// Tags go in `// [tag:…]` comments (Moodle reads them), difficulty, the
// fold flag and the passage in a `// sotay:` comment Moodle ignores. A
// cloze with more than one blank has no GIFT form: it is skipped and its
// id returned.
func WriteGIFT(w io.Writer, bank string, qs []*Question) (skipped []int64, err error) {
	bw := &errWriter{w: w}
	if bank != "" {
		bw.printf("$CATEGORY: %s\n\n", strings.ReplaceAll(bank, "\n", " "))
	}
	for _, q := range qs {
		if q.Type == Cloze && len(q.Blanks) != 1 {
			skipped = append(skipped, q.ID)
			continue
		}
		for _, t := range q.Tags {
			bw.printf("// [tag:%s]\n", strings.NewReplacer("]", "", "\n", " ").Replace(t))
		}
		if meta := sotayMeta(q); meta != "" {
			bw.printf("// sotay:%s\n", meta)
		}
		if q.Name != "" {
			bw.printf("::%s::", giftEscape(q.Name))
		}
		expl := ""
		if q.Explanation != "" {
			expl = "\n\t####" + giftEscape(q.Explanation)
		}
		switch q.Type {
		case TrueFalse:
			answer := len(q.Options) > 0 && q.Options[0].Correct
			wrong, right := 1, 0
			if !answer {
				wrong, right = 0, 1
			}
			tf := "FALSE"
			if answer {
				tf = "TRUE"
			}
			fb := ""
			if q.Options[wrong].Feedback != "" || q.Options[right].Feedback != "" {
				fb = "#" + giftEscape(q.Options[wrong].Feedback)
				if q.Options[right].Feedback != "" {
					fb += "#" + giftEscape(q.Options[right].Feedback)
				}
			}
			bw.printf("%s {%s%s%s}\n\n", giftEscape(q.Stem), tf, fb, strings.ReplaceAll(expl, "\n\t", ""))
		case Single, Multi:
			bw.printf("%s {\n", giftEscape(q.Stem))
			nRight := len(q.Correct())
			for _, o := range q.Options {
				mark := "~"
				switch {
				case q.Type == Single && o.Correct:
					mark = "="
				case q.Type == Multi && o.Correct:
					mark = "~%" + giftWeight(100/float64(nRight)) + "%"
				case q.Type == Multi:
					mark = "~%-100%"
				}
				fb := ""
				if o.Feedback != "" {
					fb = "#" + giftEscape(o.Feedback)
				}
				bw.printf("\t%s%s%s\n", mark, giftEscape(o.Text), fb)
			}
			if expl != "" {
				bw.printf("%s\n", strings.TrimPrefix(expl, "\n"))
			}
			bw.printf("}\n\n")
		case Short, Cloze:
			var acc []string
			for _, a := range q.Blanks[0] {
				acc = append(acc, "="+giftEscape(a))
			}
			ans := "{" + strings.Join(acc, " ") + strings.ReplaceAll(expl, "\n\t", " ") + "}"
			if q.Type == Short {
				bw.printf("%s %s\n\n", giftEscape(q.Stem), ans)
			} else {
				parts := SplitCloze(q.Stem)
				bw.printf("%s %s %s\n\n", giftEscape(strings.TrimSpace(parts[0])), ans, giftEscape(strings.TrimSpace(parts[1])))
			}
		}
	}
	return skipped, bw.err
}

func giftWeight(w float64) string {
	s := strconv.FormatFloat(w, 'f', 5, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
