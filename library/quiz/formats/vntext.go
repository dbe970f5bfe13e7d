package formats

import (
	"regexp"
	"strings"

	"sotay/internal/docx"
	"sotay/internal/viet"
	"sotay/library/quiz"
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
	vnOptionRE   = regexp.MustCompile(`^(\*?)\s*([A-Fa-f]|[G-Z])\s*[.)/]\s*(.*)$`)
	vnInlineRE   = regexp.MustCompile(`[\s;,]\s*[\x{E000}\x{E001}]*\*?[B-Fb-f][.)][\x{E000}\x{E001}]*\s+`)
	// vnListRE is an option written as a list item: a bullet, or "1." in
	// a question labelled "Câu …" (Word numbers options 1., 2., 3. too).
	vnListRE    = regexp.MustCompile(`^(\*?)\s*(?:([•●○◦▪■–+\-])|(\d{1,2})[.)])\s+(.*)$`)
	vnKeyRE     = regexp.MustCompile(`(?i)^(đáp án đúng|đáp án|đáp số|đa|trả lời|giải thích|hướng dẫn giải|lời giải|chủ đề|thẻ|mức độ|độ khó|trích dẫn|nguồn|chấp nhận không dấu|ghép thêm|ghép|loại câu hỏi|loại)\s*[:.]\s*(.*)$`)
	vnBareKeyRE = regexp.MustCompile(`(?i)^đáp án\s+([A-Z](?:\s*(?:,|;|và)\s*[A-Z])*|đúng|sai)\.?$`)
	vnTableRE   = regexp.MustCompile(`(?i)^(?:bảng\s+)?đáp án(?:\s+[^:]*)?$`)
	vnPairRE    = regexp.MustCompile(`(?i)(?:câu\s*)?(\d{1,5})\s*[-.:)–]?\s*([A-Z](?:\s*,\s*[A-Z])*|đúng|sai)\b`)
	vnBlankRE   = regexp.MustCompile(`(?:…|\.){3,}(?:\s*\(\d+\)\s*(?:…|\.){2,})?|_{3,}|…+`)
	vnLettersRE = regexp.MustCompile(`(?i)^[A-Z](?:\s*(?:,|;|và|\s)\s*[A-Z])*$`)
	// A passage shared by a group of questions: "Đọc đoạn văn sau và trả
	// lời các câu 3–5", "Dựa vào … từ câu 3 đến câu 5".
	vnArrowRE = regexp.MustCompile(`(?i)^(\d{1,4})[.)]\s*(?:đúng\s*/\s*sai\s*[:.]\s*)?(.+?)\s*(?:→|=>|->)\s*(đúng|sai)\b\.?\s*(?:\((.*)\))?$`)
	// vnTableHeadRE is the header row of a key laid out as a table, one
	// question per row: "STT | Đáp án", "Câu | Đáp án".
	vnTableHeadRE = regexp.MustCompile(`(?i)^(?:stt|tt|câu|câu hỏi|số câu)\s+đáp án(?:\s+đúng)?$`)
	vnGroupRE     = regexp.MustCompile(`(?i)^(?:đọc|dựa vào|cho|sử dụng)\b.*?câu\s*(\d{1,4})\s*(?:[-–]|đến|tới)\s*(?:câu\s*)?(\d{1,4})`)
)

type vnQuestion struct {
	line     int
	number   int
	stem     []string
	options  []quiz.Option
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
	numeric  []string // "Đáp số: 3 ± 2"
	pairs    []string // "Ghép: trái -> phải"; "->phải" for "Ghép thêm:"
	kind     string   // "Loại: tự luận"
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
	bad *quiz.Fault
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
func ParseVNText(text string) []quiz.Item {
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
			case "đáp số":
				cur.numeric = append(cur.numeric, val)
			case "ghép":
				cur.pairs = append(cur.pairs, val)
			case "ghép thêm":
				cur.pairs = append(cur.pairs, "->"+val)
			case "loại", "loại câu hỏi":
				cur.kind = val
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
			strings.ToUpper(m[2])[0] != 'A' && cur.bad == nil {
			// "a. … b. …" then "b. … d. …": a letter typed twice. The
			// question is reported, not read with the wrong options.
			cur.bad = quiz.NewFault("vn_option_order", "At", n, "Letter", m[2], "After", string(rune('A'+len(cur.options)-1)), "Want", string(rune('A'+len(cur.options))))
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
	var items []quiz.Item
	for k, q := range qs {
		key := table[q.number]
		if !numbered && key == "" {
			key = table[k+1]
		}
		items = append(items, q.build(key, tableAt))
	}
	if len(qs) == 0 {
		items = append(items, quiz.FaultAt(1, "vn_no_questions"))
	}
	return items
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
