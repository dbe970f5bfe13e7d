package formats

// Preparing a bank's lines before they are read: labels run into the line
// before, pictures before a label, running heads, [<br>] separators, and
// the small readers of keys and answers the line reader asks.
import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"sotay/internal/docx"
)

// splitGluedLabels puts a question label run into the line before it on a
// line of its own: the question would be lost in the option before.
func splitGluedLabels(lines []string) []string {
	var out []string
	for _, l := range lines {
		l = picturesLast(l)
		for {
			loc := gluedLabelRE.FindStringSubmatchIndex(l)
			if loc == nil || loc[4] == 0 {
				break
			}
			out = append(out, l[:loc[3]])
			l = l[loc[4]:]
		}
		out = append(out, l)
	}
	return out
}

// picturesLast moves the pictures a line starts with to its end: Word
// anchors a question's picture in its first paragraph, before the label
// that must start the line.
func picturesLast(l string) string {
	var pics strings.Builder
	i := 0
	for i < len(l) {
		if k, n, ok := docx.PictureAt(l, i); ok && k >= 0 {
			pics.WriteString(l[i : i+n])
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(l[i:])
		if r != docx.MarkStart && r != docx.MarkEnd && r != ' ' {
			break
		}
		i += n
	}
	if pics.Len() == 0 {
		return l
	}
	return l[i:] + " " + pics.String()
}

// withoutRunningHeads blanks the lines a Word file repeats on page after
// page with the page's number — a running head or foot ("TRƯỜNG … 2",
// "TRƯỜNG … 3") that text boxes
// or a PDF conversion put in the body — so they are not read into the
// option before them. A label, an option or an answer line never is one.
func withoutRunningHeads(lines []string) []string {
	key := func(l string) string {
		k := strings.TrimSpace(stripMarks(l))
		k = strings.TrimRight(k, "0123456789 ")
		if utf8.RuneCountInString(k) < 12 || vnQuestionRE.MatchString(k) || vnOptionRE.MatchString(k) || vnKeyRE.MatchString(k) {
			return ""
		}
		return k
	}
	// Only lines that differ by a trailing page number: a stem such as
	// "Biển báo dưới đây có ý nghĩa gì?" may well repeat word for word.
	pages := map[string]map[string]bool{}
	for _, l := range lines {
		if k := key(l); k != "" {
			if pages[k] == nil {
				pages[k] = map[string]bool{}
			}
			pages[k][strings.TrimSpace(stripMarks(l))] = true
		}
	}
	for i, l := range lines {
		if k := key(l); k != "" && len(pages[k]) >= 3 {
			lines[i] = ""
		}
	}
	return lines
}

// separatedQuestions reads banks whose questions have no "Câu …" label
// (or only some of them) but a "[<br>]" line between them (McMix and the test makers that copy
// it), with "[<df>] 0.5 [</df>]"-style tag lines of marks and levels: the
// tag lines go, and the first line of each question gets its label.
func separatedQuestions(lines []string) []string {
	seps := 0
	for _, l := range lines {
		p := strings.ToLower(strings.TrimSpace(stripMarks(l)))
		if p == "[<br>]" {
			seps++
		}
	}
	if seps < 2 {
		return lines
	}
	number, start := 1, true
	for i, l := range lines {
		p := strings.ToLower(strings.TrimSpace(stripMarks(l)))
		switch {
		case p == "[<br>]":
			lines[i], start = "", true
		case strings.HasPrefix(p, "[<sg>]") || strings.HasPrefix(p, "[</sg>]") || strings.HasPrefix(p, "[<egc>]"):
			// a group's passage: kept for the reader of groups
		case strings.HasPrefix(p, "[<") && strings.HasSuffix(p, ">]"):
			lines[i] = "" // [<df>] 0.5 [</df>]: a mark or level, not text
		case p != "" && start:
			if m := vnQuestionRE.FindStringSubmatch(strings.TrimSpace(stripMarks(l))); m != nil {
				number = atoi(m[1]) + 1 // labelled already
			} else {
				lines[i] = fmt.Sprintf("Câu %d: %s", number, l)
				number++
			}
			start = false
		}
	}
	return lines
}

// cutArrow takes the arrow off a line that starts with one ("→ Đáp án:
// B", "=> Sai").
func cutArrow(line string) (string, bool) {
	for _, a := range []string{"→", "=>", "->", "⇒"} {
		if rest, ok := strings.CutPrefix(line, a); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return line, false
}

// keyFollows reports whether the lines from lines[i] are an answer key:
// "1-B, 2-C", "1 B", or a row of numbers over a row of letters.
func keyFollows(lines []string, i int) bool {
	for seen := 0; i < len(lines) && seen < 3; i++ {
		l := strings.TrimSpace(stripMarks(lines[i]))
		if l == "" {
			continue
		}
		seen++
		if vnQuestionRE.MatchString(l) {
			return false
		}
		if len(vnPairRE.FindAllString(l, -1)) > 0 {
			return true
		}
	}
	return false
}

// optionsFollow reports an option "A." within the next few lines: a
// numbered line before it is a question, not an instruction.
func optionsFollow(lines []string, i int) bool {
	for seen := 0; i < len(lines) && seen < 4; i++ {
		l := strings.TrimSpace(stripMarks(lines[i]))
		if l == "" {
			continue
		}
		seen++
		if m := vnOptionRE.FindStringSubmatch(l); m != nil && strings.ToUpper(m[2]) == "A" {
			return true
		}
		if vnQuestionRE.MatchString(l) {
			return false
		}
	}
	return false
}

// nextIsListItem reports whether the next non-empty line is an item of
// the list kind (a bullet character).
func nextIsListItem(lines []string, i int, kind string) bool {
	for ; i < len(lines); i++ {
		if l := strings.TrimSpace(stripMarks(lines[i])); l != "" {
			m := vnListRE.FindStringSubmatch(l)
			return m != nil && m[2] == kind
		}
	}
	return false
}

// answerLine reads the line under "Lời giải:" as an answer: an option's
// number ("2" for B) or, for statements, one digit each ("0110": B and C
// are right).
func answerLine(line string, options int) (string, bool) {
	switch {
	case len(line) == 1 && line[0] >= '1' && int(line[0]-'0') <= options:
		return string(rune('A' + line[0] - '1')), true
	case len(line) == options && options >= 2 && strings.Trim(line, "01") == "" && strings.Contains(line, "1"):
		var ks []int
		for i := range line {
			if line[i] == '1' {
				ks = append(ks, i)
			}
		}
		return lettersOf(ks), true
	}
	return "", false
}

// gluedLabelRE finds a question label run into the end of the line before
// it ("C. Cả hai ý trên. Câu hỏi 12:"), emphasis marks and all.
var gluedLabelRE = regexp.MustCompile(`([.?!;…]\x{E001}?|[^\s\x{E000}\x{E001}]\x{E001}?\s+\x{E000})[\s\x{E000}\x{E001}]*((?:\x{E000})?(?:Câu|CÂU)(?:[\s\x{E000}\x{E001}]+(?:hỏi|HỎI))?[\s\x{E000}\x{E001}]+\d{1,4}[\x{E000}\x{E001}]?\s*[:.])`)
