package formats

// Reading a question's options: lettered (one or several to a line, in
// two columns), as a bulleted or numbered list, or at the end of the stem.
import (
	"slices"
	"strings"
	"unicode/utf8"

	"sotay/internal/docx"
	"sotay/library/quiz"
)

// addOptions reads one option line, or a line holding several options
// ("A. … B. … C. …"); it reports false for a line that is no option.
func addOptions(q *vnQuestion, raw string) bool {
	plain := strings.TrimSpace(stripMarks(raw))
	m := vnOptionRE.FindStringSubmatch(plain)
	if m == nil {
		return addListOption(q, raw, plain)
	}
	letter := strings.ToUpper(m[2])[0]
	if letter == 'A' && q.list != "" {
		// "1. … 2. …" were lines of the stem, and the options start here.
		for _, o := range q.options {
			q.stem = append(q.stem, o.Text)
		}
		q.options, q.starred, q.emph, q.emphKey, q.letters, q.list = nil, nil, nil, nil, nil, ""
	}
	if q.list != "" {
		return false
	}
	if int(letter-'A') != len(q.options) {
		// Options laid out in two columns come row by row: A, C, B, D.
		// A letter not seen yet, after an A, is taken; any other is "a)"
		// in the middle of a stem, or a letter typed twice.
		if len(q.options) == 0 || letter > 'F' || slices.Contains(q.letters, letter) {
			return false
		}
	}
	for _, p := range splitInline(raw, letter+1, m[2][0] >= 'a') {
		pp := strings.TrimLeft(strings.TrimSpace(stripMarks(p)), ";, ")
		m := vnOptionRE.FindStringSubmatch(pp)
		if m == nil {
			return len(q.options) > 0
		}
		q.letters = append(q.letters, strings.ToUpper(m[2])[0])
		q.add(p, m[1] == "*", m[3])
	}
	return true
}

// add appends an option: its text, starred or emphasised as the right one.
func (q *vnQuestion) add(raw string, star bool, text string) {
	text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), ";"))
	if strings.HasSuffix(text, "*") {
		star = true
		text = strings.TrimSpace(strings.TrimSuffix(text, "*"))
	}
	for _, tick := range []string{"✅", "✔", "✓"} {
		if strings.HasSuffix(text, tick) {
			star = true
			text = strings.TrimSpace(strings.TrimSuffix(text, tick))
		}
	}
	q.options = append(q.options, quiz.Option{Text: text})
	q.starred = append(q.starred, star)
	q.emph = append(q.emph, strings.ContainsRune(raw, docx.MarkStart))
	q.emphKey = append(q.emphKey, strings.HasPrefix(strings.TrimLeft(raw, " *;,"), string(docx.MarkStart)))
}

// addListOption reads an option written as a bulleted or numbered list
// item, in a question labelled "Câu …" whose options are not lettered.
func addListOption(q *vnQuestion, raw, plain string) bool {
	m := vnListRE.FindStringSubmatch(plain)
	if m == nil || q.unlabelled || len(q.stem) == 0 {
		return false
	}
	kind := m[2]
	if m[3] != "" {
		if atoi(m[3]) != len(q.options)+1 {
			return false
		}
		kind = "1"
	}
	if len(q.options) > 0 && q.list != kind {
		return false
	}
	q.list = kind
	q.add(raw, m[1] == "*", m[4])
	return true
}

// splitInline cuts "A. x  B. y  C. z" (or "a. x; b. y") into its
// options (raw, marks kept); next is the letter the second would have.
func splitInline(raw string, next byte, lower bool) []string {
	locs := vnInlineRE.FindAllStringIndex(raw, -1)
	if len(locs) == 0 {
		return []string{raw}
	}
	if lower {
		next += 'a' - 'A'
	}
	var out []string
	start := 0
	for _, l := range locs {
		seg := strings.TrimLeft(strings.TrimSpace(stripMarks(raw[l[0]:l[1]])), ";,")
		seg = strings.TrimPrefix(strings.TrimSpace(seg), "*")
		if len(seg) == 0 || seg[0] != next {
			continue
		}
		out = append(out, raw[start:l[0]])
		start = l[0]
		next++
	}
	return append(out, raw[start:])
}

// cutInlineOptions splits "Câu hỏi?   A. x   B. y" written on one line
// into the stem and the options: when an A. is followed by a B. on the
// line, or, with bOnNextLine, anywhere (the caller saw a B. line next).
// Marks are kept: an emphasised "A." keeps its MarkStart.
func cutInlineOptions(line string, bOnNextLine bool) (stem, opts string) {
	ms := string(docx.MarkStart)
	for i := 1; i+3 < len(line); i++ {
		if line[i] != 'A' || (line[i+1] != '.' && line[i+1] != ')') || line[i+2] != ' ' {
			continue
		}
		start := i
		switch {
		case line[i-1] == '*':
			start--
		case strings.HasSuffix(line[:i], ms):
			start -= len(ms)
		}
		if start > 0 && line[start-1] != ' ' && !strings.HasSuffix(line[:start], string(docx.MarkEnd)) {
			continue
		}
		rest := line[i:]
		if bOnNextLine || strings.Contains(rest, " B. ") || strings.Contains(rest, " B) ") {
			return strings.TrimSpace(line[:start]), line[start:]
		}
	}
	return line, ""
}

// labelRest is a "Câu …" line without its label, emphasis marks kept.
func labelRest(raw string) string {
	plain := strings.TrimSpace(stripMarks(raw))
	m := vnQuestionRE.FindStringSubmatchIndex(plain)
	if m == nil {
		return raw
	}
	// Walk raw until as many unmarked bytes as the label took are passed.
	skip, i := m[4], 0
	for i < len(raw) && skip > 0 {
		r, n := utf8.DecodeRuneInString(raw[i:])
		if r != docx.MarkStart && r != docx.MarkEnd {
			skip -= n
		}
		i += n
	}
	for i < len(raw) {
		r, n := utf8.DecodeRuneInString(raw[i:])
		if r != docx.MarkStart && r != docx.MarkEnd && r != ' ' {
			break
		}
		i += n
	}
	return raw[i:]
}

// nextIsOption reports whether the first non-empty line from lines[i]
// is option letter.
func nextIsOption(lines []string, i int, letter byte) bool {
	for ; i < len(lines); i++ {
		if l := strings.TrimSpace(stripMarks(lines[i])); l != "" {
			m := vnOptionRE.FindStringSubmatch(l)
			return m != nil && strings.ToUpper(m[2])[0] == letter
		}
	}
	return false
}
