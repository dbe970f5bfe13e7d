package quiz

import (
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"sotay/internal/docx"
	"sotay/internal/viet"
)

// The Vietnamese question-bank text that trainers pass around in Word and
// text files:
//
//	Câu 1: Nội dung câu hỏi?
//	A. …   B. …   C. …   D. …
//	Đáp án: B
//
// also "Câu 1." or "Câu 1 (0,5 điểm):", options "a)", the right option
// marked with "*" (or, in DOCX, bold, underlined or red), several answers
// "Đáp án: A, C", Đúng/Sai, fill-in-the-blank ("……" in the stem, answers
// after "Đáp án:" separated by ";", alternatives by "|"), explanation
// ("Giải thích:"), tags ("Chủ đề:"), difficulty ("Mức độ:"), a quote of the
// source passage ("Trích dẫn:") and an answer table at the end ("ĐÁP ÁN"
// then "1-B, 2-C …", or a row of question numbers over a row of letters).

var (
	// "Câu 1:", "Câu hỏi 1.", "(CLO4) Câu 1:", "Câu 1 (0,5 điểm):".
	vnQuestionRE = regexp.MustCompile(`(?i)^(?:\([^)]{1,24}\)\s*)?câu(?:\s*hỏi)?\s*(\d{1,5})\s*(?:\([^)]*\))?\s*[:.)\-–]?\s*(.*)$`)
	vnOptionRE   = regexp.MustCompile(`^(\*?)\s*([A-Fa-f])\s*[.)/]\s*(.*)$`)
	vnInlineRE   = regexp.MustCompile(`[\s;,]\s*[\x{E000}\x{E001}]*\*?[B-Fb-f][.)][\x{E000}\x{E001}]*\s+`)
	// vnListRE is an option written as a list item: a bullet, or "1." in
	// a question labelled "Câu …" (Word numbers options 1., 2., 3. too).
	vnListRE    = regexp.MustCompile(`^(\*?)\s*(?:([•●○◦▪■–+\-])|(\d{1,2})[.)])\s+(.*)$`)
	vnKeyRE     = regexp.MustCompile(`(?i)^(đáp án đúng|đáp án|đa|trả lời|giải thích|hướng dẫn giải|lời giải|chủ đề|thẻ|mức độ|độ khó|trích dẫn|nguồn|chấp nhận không dấu)\s*[:.]\s*(.*)$`)
	vnBareKeyRE = regexp.MustCompile(`(?i)^đáp án\s+([A-F](?:\s*(?:,|;|và)\s*[A-F])*|đúng|sai)\.?$`)
	vnTableRE   = regexp.MustCompile(`(?i)^(?:bảng\s+)?đáp án(?:\s+[^:]*)?$`)
	vnPairRE    = regexp.MustCompile(`(?i)(?:câu\s*)?(\d{1,5})\s*[-.:)–]?\s*([A-F](?:\s*,\s*[A-F])*|đúng|sai)\b`)
	vnBlankRE   = regexp.MustCompile(`(?:…|\.){3,}(?:\s*\(\d+\)\s*(?:…|\.){2,})?|_{3,}|…+`)
	vnLettersRE = regexp.MustCompile(`(?i)^[A-F](?:\s*(?:,|;|và|\s)\s*[A-F])*$`)
	// A passage shared by a group of questions: "Đọc đoạn văn sau và trả
	// lời các câu 3–5", "Dựa vào … từ câu 3 đến câu 5".
	vnArrowRE = regexp.MustCompile(`(?i)^(\d{1,4})[.)]\s*(?:đúng\s*/\s*sai\s*[:.]\s*)?(.+?)\s*(?:→|=>|->)\s*(đúng|sai)\b\.?\s*(?:\((.*)\))?$`)
	// vnTableHeadRE is the header row of a key laid out as a table, one
	// question per row: "STT | Đáp án", "Câu | Đáp án".
	vnTableHeadRE   = regexp.MustCompile(`(?i)^(?:stt|tt|câu|câu hỏi|số câu)\s+đáp án(?:\s+đúng)?$`)
	vnExtraOptionRE = regexp.MustCompile(`^\*?\s*[G-Lg-l][.)]\s`)
	vnGroupRE       = regexp.MustCompile(`(?i)^(?:đọc|dựa vào|cho|sử dụng)\b.*?câu\s*(\d{1,4})\s*(?:[-–]|đến|tới)\s*(?:câu\s*)?(\d{1,4})`)
)

type vnQuestion struct {
	line     int
	number   int
	stem     []string
	options  []Option
	starred  []bool // option marked with *
	emph     []bool // option emphasised in the DOCX
	emphKey  []bool // … on its letter: "⟦B.⟧ …", where the words of every option have some
	answer   string // after "Đáp án:"
	answerAt int
	expl     []string
	tags     string
	level    string
	quote    string
	fold     bool
	lastKey  string
	// Lines glued onto the last option as its continuation, and that
	// option's text before them: if another "A." follows, they were the
	// stem of a question whose label was missing, not the option.
	tail     []string
	tailAt   int
	tailBase string
	// unlabelled: found by its options, with no "Câu …" line.
	unlabelled bool
	// group is the passage the question shares with others of its group.
	group string
	// list is how its options are written when not lettered: a bullet
	// character, or "1" for numbers.
	list string
	// bad says what is wrong with it that no other check sees.
	bad string
	// letters are the options' letters as written (A, C, B, D when two
	// columns were read row by row).
	letters []byte
}

// vnGroup is a passage and the questions it belongs to: numbers from–to,
// or (McMix's [<sg>] … [</sg>]) every question until [<egc>].
type vnGroup struct {
	text     []string
	from, to int
	open     bool // [<sg>] groups: takes questions until closed
}

// ParseVNText reads the Vietnamese question text. Text from a DOCX read
// with docx.ExtractMarked carries its emphasis marks.
func ParseVNText(text string) []Item {
	lines := separatedQuestions(withoutRunningHeads(splitGluedLabels(questionTables(strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")))))
	var qs []*vnQuestion
	var cur *vnQuestion
	table := map[int]string{}
	tableAt := 0
	numbered := false
	for _, l := range lines {
		if vnQuestionRE.MatchString(strings.TrimSpace(stripMarks(l))) {
			numbered = true
			break
		}
	}
	plainNumRE := regexp.MustCompile(`^(\d{1,4})[.):]\s+(.*)$`)
	var groups []*vnGroup
	var inGroup *vnGroup // collecting a passage's lines
	var openGroup *vnGroup
	for i := 0; i < len(lines); i++ {
		raw := strings.TrimSpace(strings.TrimPrefix(lines[i], "\ufeff"))
		line := strings.TrimSpace(stripMarks(raw))
		n := i + 1
		if line == "" {
			continue
		}
		// Group passages: kept apart and shown with each of their questions.
		lower := strings.ToLower(line)
		switch {
		case strings.HasPrefix(lower, "[<sg>]"):
			inGroup = &vnGroup{open: true}
			groups = append(groups, inGroup)
			if rest := strings.TrimSpace(line[len("[<sg>]"):]); rest != "" {
				inGroup.text = append(inGroup.text, strings.TrimSpace(strings.Replace(rest, "[</sg>]", "", 1)))
			}
			if strings.Contains(lower, "[</sg>]") {
				openGroup, inGroup = inGroup, nil
			}
			continue
		case strings.HasPrefix(lower, "[</sg>]"):
			if inGroup != nil {
				openGroup, inGroup = inGroup, nil
			}
			continue
		case strings.HasPrefix(lower, "[<egc>]"):
			openGroup = nil
			continue
		case inGroup != nil && !inGroup.open && vnQuestionRE.MatchString(line):
			inGroup = nil // the passage ends where its first question starts
		case inGroup != nil:
			if strings.HasSuffix(lower, "[</sg>]") {
				inGroup.text = append(inGroup.text, strings.TrimSpace(line[:len(line)-len("[</sg>]")]))
				openGroup, inGroup = inGroup, nil
			} else {
				inGroup.text = append(inGroup.text, line)
			}
			continue
		}
		if m := vnGroupRE.FindStringSubmatch(line); m != nil && !vnQuestionRE.MatchString(line) {
			inGroup = &vnGroup{from: atoi(m[1]), to: atoi(m[2]), text: []string{line}}
			groups = append(groups, inGroup)
			continue
		}
		if tableAt > 0 {
			readAnswerTable(lines, i, table)
			break
		}
		if (vnTableRE.MatchString(line) || vnTableHeadRE.MatchString(line)) && !vnBareKeyRE.MatchString(line) &&
			(cur == nil || len(cur.options) > 0 || cur.answer != "" || keyFollows(lines, i+1)) {
			// (An essay question before the key has neither options nor
			// answer: the key's lines themselves tell it is the key.)
			tableAt = n
			continue
		}
		if m := vnArrowRE.FindStringSubmatch(line); m != nil {
			// "16. Đúng / Sai: … → Sai (Đáp án đúng: …)": a statement
			// with its verdict on one line.
			cur = &vnQuestion{line: n, number: atoi(m[1]), stem: []string{m[2]}, answer: m[3], answerAt: n, lastKey: "đáp án"}
			if m[4] != "" {
				cur.expl = []string{m[4]}
			}
			qs = append(qs, cur)
			continue
		}
		if m := vnQuestionRE.FindStringSubmatch(line); m != nil {
			cur = &vnQuestion{line: n, number: atoi(m[1])}
			if openGroup != nil {
				cur.group = strings.Join(openGroup.text, "\n")
			}
			qs = append(qs, cur)
			stem, opts := cutInlineOptions(labelRest(raw), nextIsOption(lines, i+1, 'B'))
			if stem = strings.TrimSpace(stripMarks(stem)); stem != "" {
				cur.stem = append(cur.stem, stem)
			}
			if opts != "" {
				addOptions(cur, opts)
			}
			continue
		}
		if m := plainNumRE.FindStringSubmatch(line); m != nil && (cur == nil || len(cur.options) > 0 || cur.answer != "") &&
			(!numbered || cur != nil && atoi(m[1]) == cur.number+1 && cur.list != "1" && (len(cur.options) >= 2 || cur.answer != "") ||
				cur == nil && atoi(m[1]) == 1 && optionsFollow(lines, i+1)) {
			// Unlabelled questions are numbered "1." (or "17:"); in a bank
			// labelled "Câu …", a number that goes on from the question
			// before starts one too (a label forgotten, or a second part
			// numbered on).
			cur = &vnQuestion{line: n, number: atoi(m[1])}
			qs = append(qs, cur)
			cur.stem = append(cur.stem, m[2])
			continue
		}
		if cur == nil {
			continue // a title or instructions before the first question
		}
		if rest, ok := cutArrow(line); ok {
			// "→ Đáp án: Pháp", or "→ Đồng Khởi" under a question with
			// neither options nor answer: its answer.
			if vnKeyRE.MatchString(rest) || vnBareKeyRE.MatchString(rest) {
				line, raw = rest, rest
			} else if len(cur.options) == 0 && cur.answer == "" && rest != "" {
				cur.answer, cur.answerAt, cur.lastKey = rest, n, "đáp án"
				continue
			}
		}
		if m := vnBareKeyRE.FindStringSubmatch(line); m != nil {
			cur.answer, cur.answerAt, cur.lastKey = m[1], n, "đáp án"
			continue
		}
		if m := vnKeyRE.FindStringSubmatch(line); m != nil {
			key := strings.ToLower(m[1])
			val := strings.TrimSpace(m[2])
			switch key {
			case "đáp án", "đáp án đúng", "đa", "trả lời":
				cur.answer, cur.answerAt = val, n
				key = "đáp án"
			case "giải thích", "hướng dẫn giải", "lời giải":
				cur.expl = append(cur.expl, val)
				key = "giải thích"
			case "chủ đề", "thẻ":
				cur.tags = val
			case "mức độ", "độ khó":
				cur.level = val
			case "trích dẫn", "nguồn":
				cur.quote = strings.Trim(val, `"“”«»`)
			case "chấp nhận không dấu":
				f := viet.Fold(val)
				cur.fold = f == "co" || f == "x" || f == "yes"
			}
			cur.lastKey = key
			continue
		}
		if cur.lastKey == "giải thích" {
			if cur.answer == "" && len(cur.expl) == 1 && cur.expl[0] == "" {
				// "Lời giải:" then "2" (the second option) or "0110" (for
				// statements a–d: which are right): the answer itself.
				if a, ok := answerLine(line, len(cur.options)); ok {
					cur.answer, cur.answerAt, cur.expl = a, n, nil
					continue
				}
			}
			if strings.Trim(line, "#") != "" {
				cur.expl = append(cur.expl, line)
			}
			continue
		}
		if cur.lastKey == "" && addOptions(cur, raw) {
			cur.tail = nil
			continue
		}
		if m := vnOptionRE.FindStringSubmatch(line); m != nil && len(cur.options) > 0 && cur.list == "" && cur.lastKey == "" &&
			strings.ToUpper(m[2])[0] != 'A' && cur.bad == "" {
			// "a. … b. …" then "b. … d. …": a letter typed twice. The
			// question is reported, not read with the wrong options.
			cur.bad = fmt.Sprintf("dòng %d: phương án “%s.” không đúng thứ tự (sau %c. cần %c.); hãy sửa chữ cái của phương án", n, m[2], 'A'+len(cur.options)-1, 'A'+len(cur.options))
		}
		if m := vnOptionRE.FindStringSubmatch(line); m != nil && strings.ToUpper(m[2]) == "A" && len(cur.options) >= 2 {
			// A second "A." after the options: a new question whose
			// "Câu …" label is missing (or Word-numbered and lost). The
			// lines glued onto the last option were its stem; it never
			// swallows the next question.
			next := &vnQuestion{line: n, number: cur.number + 1, unlabelled: true}
			if len(cur.tail) > 0 {
				if cur.lastKey == "" {
					cur.options[len(cur.options)-1].Text = cur.tailBase
				}
				next.stem, next.line = cur.tail, cur.tailAt
			}
			cur.tail = nil
			cur = next
			qs = append(qs, cur)
			addOptions(cur, raw)
			continue
		}
		if len(cur.options) >= 6 && cur.lastKey == "" && cur.bad == "" && vnExtraOptionRE.MatchString(line) {
			// "G." after "F.": more options than a question may have.
			cur.bad = fmt.Sprintf("dòng %d: câu có hơn 6 phương án (Sổ tay nhận tối đa A–F); hãy tách câu hoặc bớt phương án", n)
		}
		if len(cur.options) > 0 && cur.lastKey == "" && cur.list != "" && cur.list != "1" && !nextIsListItem(lines, i+1, cur.list) {
			// Under options written as a bulleted list, a line that is no
			// item, after the last item, is a note on the answer ("👉 Theo
			// mục 1.2 …"), not more of the last option: it would give the
			// answer away.
			cur.expl = append(cur.expl, line)
			cur.lastKey = "giải thích"
			continue
		}
		if len(cur.options) > 0 && cur.lastKey == "" {
			// a line under an option continues it
			last := &cur.options[len(cur.options)-1]
			if len(cur.tail) == 0 {
				cur.tailBase, cur.tailAt = last.Text, n
			}
			cur.tail = append(cur.tail, line)
			last.Text += " " + line
			continue
		}
		if cur.lastKey == "" {
			// "… hình thức xử lý tiếp theo là: A. Giữ nguyên." with B. on
			// the next line: the stem's last line holds option A.
			if len(cur.options) == 0 && cur.list == "" {
				if stem, opts := cutInlineOptions(raw, true); opts != "" && nextIsOption(lines, i+1, 'B') {
					if stem != "" {
						cur.stem = append(cur.stem, strings.TrimSpace(stripMarks(stem)))
					}
					addOptions(cur, opts)
					continue
				}
			}
			cur.stem = append(cur.stem, line)
			continue
		}
		if cur.lastKey == "đáp án" && len(cur.options) > 0 {
			// Text after a question's answer that no "Câu …" line
			// claims: kept, in case options follow and it is the stem of
			// a question whose label is missing.
			if len(cur.tail) == 0 {
				cur.tailAt = n
			}
			cur.tail = append(cur.tail, line)
		}
	}
	for _, g := range groups {
		if g.open {
			continue
		}
		for _, q := range qs {
			if q.number >= g.from && q.number <= g.to && q.group == "" {
				q.group = strings.Join(g.text, "\n")
			}
		}
	}
	var items []Item
	for k, q := range qs {
		key := table[q.number]
		if !numbered && key == "" {
			key = table[k+1]
		}
		items = append(items, q.build(key, tableAt))
	}
	if len(qs) == 0 {
		items = append(items, Problem(1, "dòng 1: không tìm thấy câu hỏi nào (cần dạng “Câu 1: …” với các phương án “A. …” và dòng “Đáp án: …”)"))
	}
	return items
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
	q.options = append(q.options, Option{Text: text})
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

func stripMarks(s string) string {
	if !strings.ContainsAny(s, string([]rune{docx.MarkStart, docx.MarkEnd})) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == docx.MarkStart || r == docx.MarkEnd {
			return -1
		}
		return r
	}, s)
}

// readAnswerTable reads "1-B, 2-C" pairs and number-row/letter-row tables
// from lines[from:] into table.
func readAnswerTable(lines []string, from int, table map[int]string) {
	var prevNums []int
	for _, raw := range lines[from:] {
		line := strings.TrimSpace(stripMarks(raw))
		fields := strings.Fields(line)
		var nums []int
		var letters []string
		for _, f := range fields {
			switch {
			case atoi(f) > 0:
				nums = append(nums, atoi(f))
			case len(f) == 1 && strings.ToUpper(f)[0] >= 'A' && strings.ToUpper(f)[0] <= 'F':
				letters = append(letters, strings.ToUpper(f))
			}
		}
		if len(prevNums) > 0 && len(letters) == len(prevNums) && len(nums) == 0 {
			for i, n := range prevNums {
				table[n] = letters[i]
			}
			prevNums = nil
			continue
		}
		if len(nums) > 1 && len(letters) == 0 {
			prevNums = nums
			continue
		}
		for _, m := range vnPairRE.FindAllStringSubmatch(line, -1) {
			table[atoi(m[1])] = m[2]
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e6 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// WriteVNText writes questions in the Vietnamese text format, numbered from
// 1, each followed by its answer line and the lines ParseVNText reads back
// (explanation, tags, difficulty, quote, fold).
func WriteVNText(w io.Writer, qs []*Question) error {
	bw := &errWriter{w: w}
	for i, q := range qs {
		stem := q.Stem
		if q.Type == Cloze {
			stem = blankRE.ReplaceAllString(stem, "……")
		}
		bw.printf("Câu %d: %s\n", i+1, stem)
		switch q.Type {
		case Single, Multi, TrueFalse:
			for k, o := range q.Options {
				bw.printf("%c. %s\n", 'A'+k, o.Text)
			}
			bw.printf("Đáp án: %s\n", lettersOf(q.Correct()))
		case Cloze, Short:
			var parts []string
			for _, b := range q.Blanks {
				parts = append(parts, strings.Join(b, " | "))
			}
			bw.printf("Đáp án: %s\n", strings.Join(parts, "; "))
		}
		writeVNExtras(bw, q)
		bw.printf("\n")
	}
	return bw.err
}

func writeVNExtras(bw *errWriter, q *Question) {
	if q.Explanation != "" {
		bw.printf("Giải thích: %s\n", q.Explanation)
	}
	if len(q.Tags) > 0 {
		bw.printf("Chủ đề: %s\n", strings.Join(q.Tags, "; "))
	}
	if d := DifficultyName(q.Difficulty); d != "" {
		bw.printf("Mức độ: %s\n", d)
	}
	if q.Fold {
		bw.printf("Chấp nhận không dấu: có\n")
	}
	if q.Passage != nil && q.Passage.Quote != "" {
		bw.printf("Trích dẫn: “%s”\n", q.Passage.Quote)
	}
}
