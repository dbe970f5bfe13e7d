package vanban

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text pasted from the web, or read from a PDF that lost its line breaks,
// holds a resolution's structure inline: "… Ảnh: TTXVN I - TÌNH HÌNH VÀ
// NGUYÊN NHÂN 1 - Qua hơn 30 năm … . - Nhận thức …". Unflatten puts the
// breaks back before such markers, conservatively: a number in a sentence
// is not a heading. Each break replaces the one space before a marker, so
// the text keeps its length in bytes and runes (offsets into it stay
// valid) and a text already broken into lines is left as it is.

// flatLine is how long a line must be before its markers are looked for:
// a paragraph of a well-formed document rarely holds a list.
const flatLine = 300

var (
	// I - TÌNH HÌNH VÀ NGUYÊN NHÂN, II. QUAN ĐIỂM: a Roman numeral and
	// two or more words in capitals.
	flatRoman = regexp.MustCompile(`\s([IVX]{1,5})\s?[-–.]\s+\p{Lu}[\p{Lu}\p{M}]*,?\s+\p{Lu}[\p{Lu}\p{M}]*`)
	// I. Quan hệ Việt Nam-Nga. (a joint statement's parts, in sentence
	// case): only in sequence after a sentence's end.
	flatRomanTitle = regexp.MustCompile(`\s([IVX]{1,5})\.\s+\p{Lu}\p{Ll}`)
	// 1 - Qua hơn 30 năm, 2. Tiếp tục, 3) Đẩy mạnh.
	// ("41.Trong bối cảnh": the space after may be lost).
	flatNumber = regexp.MustCompile(`\s(\d{1,2})\s?([-–.)])\s*\p{Lu}`)
	// a point's number alone, before the words of its heading
	markerOnly = regexp.MustCompile(`^\s*(?:(?:Điều|ĐIỀU)\s+\d{1,3}|\d{1,2}|[IVXLC]{1,6})[.)]\s*$`)
	// an article's or a point's label just before: "Điều 6. Kế hoạch tổ
	// chức đoàn giám sát 1. …" is the article's title
	labelEnds = regexp.MustCompile(`(?:(?:Điều|ĐIỀU)\s+\d{1,3}|(?:^|\s)\d{1,2})\.\s*$`)
	// a line that starts with a point: the next one is in the line
	lineNumber = regexp.MustCompile(`^(\d{1,2})\s?[.)]\s*\p{Lu}`)
	// a) …, b) …
	flatLetter = regexp.MustCompile(`\s([a-zđ])\)\s+\S`)
	// 4.1. Giao …, 4.2. …: points numbered within a point; (i) …, (ii) …
	flatSubNumber = regexp.MustCompile(`\s(\d{1,2})\.(\d{1,2})\.?\s+\p{Lu}`)
	flatParen     = regexp.MustCompile(`\s\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s+\p{Lu}`)
	// ". - Nhận thức …": a dash item after a sentence's end.
	flatDash = regexp.MustCompile(`[.;:!?]\s([-–•+])\s+\p{Lu}`)
	// Điều 3. …, Chương II …
	// an article's label at a heading's start: "Điều 3."
	articleLabel = regexp.MustCompile(`^(?:Điều|ĐIỀU)\s+\d{1,3}`)
	flatArticle  = regexp.MustCompile(`\s((?:Điều|ĐIỀU)\s+(\d{1,3})\.|(?:Chương|CHƯƠNG)\s+([IVXLC]{1,6})\b)`)

	// A numbered heading has no full stop, so what comes under it may be
	// glued to its words: its first dash item ("1- Quan điểm chỉ đạo -
	// Xây dựng …"), or a sub-heading without a mark, which opens with a
	// word such a heading opens with, in capitals after a small letter
	// ("… các loại hình doanh nghiệp Hoàn thiện thể chế về sở hữu - …").
	flatSubDash  = regexp.MustCompile(`\p{Ll}(\s)[-–]\s+\p{Lu}`)
	flatSubTitle = regexp.MustCompile(`\p{Ll}(\s)(` + openers + `)(?:\s\p{Ll}|,)`)
	// The labels resolutions put on their parts, standing alone before a
	// sentence: ". Mục tiêu cụ thể đến năm 2020 Phấn đấu …", "1- Quan
	// điểm Chuyển đổi số …".
	// A sub-heading after a sentence's end, its first item glued to it:
	// "… nhất là bất động sản. Hoàn thiện thể chế phát triển các thành
	// phần kinh tế - Thực hiện nhất quán …".
	flatSubAfter = regexp.MustCompile(`[.;:](\s)(?:` + openers + `)[^.;:!?]{0,160}?[\p{Ll}\d](\s)[-–]\s+\p{Lu}`)
	// "Một là, …. Hai là, …", "Thứ nhất, …. Thứ hai, …": the points of
	// an article or a speech, counted in words.
	flatOrdinal = regexp.MustCompile(`\s(?:(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|Thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)),\s`)
	flatLabel   = regexp.MustCompile(`(?:[.;:]|\d\s?[-–.)])(\s)(` + labels + `)(\s)\p{Lu}`)
)

const (
	openers = `Mục tiêu|Quan điểm|Nhiệm vụ|Giải pháp|Tầm nhìn|Hoàn thiện|Đổi mới|Nâng cao|Tiếp tục|Phấn đấu|Xây dựng|Phát triển|Phát huy|Tăng cường|Đẩy mạnh|Bảo đảm|Củng cố|Giai đoạn|Cơ cấu lại|Sắp xếp|Kiện toàn|Tập trung`
	labels  = `Mục tiêu(?: tổng quát| cụ thể| chung)?(?: đến năm \d{4})?|Tầm nhìn(?: đến năm \d{4})?|Quan điểm(?: chỉ đạo)?|Nhiệm vụ và giải pháp|Nhiệm vụ|Giải pháp|Định hướng`
)

// Unflatten returns text with line breaks put back before the structure
// markers of its long lines.
func Unflatten(text string) string {
	if !strings.Contains(text, " ") {
		return text
	}
	b := []byte(text)
	start := 0
	changed := false
	for n := 0; start < len(b); n++ {
		end := start
		for end < len(b) && b[end] != '\n' && b[end] != '\f' {
			end++
		}
		if n < 3 {
			// a letterhead on one line (a web page's table), or inside a
			// whole document on one line (round 22)
			breaks := letterheadBreaks(string(b[start:end]))
			if breaks == nil {
				breaks = inlineLetterheadBreaks(string(b[start:end]))
			}
			for _, at := range breaks {
				if b[start+at] == ' ' {
					b[start+at] = '\n'
					changed = true
				}
			}
		}
		long := utf8.RuneCount(b[start:end]) > flatLine
		if long {
			for _, at := range closingBreaks(string(b[start:end])) {
				if b[start+at] == ' ' {
					b[start+at] = '\n'
					changed = true
				}
			}
			for _, at := range flatBreaks(string(b[start:end])) {
				b[start+at] = '\n'
				changed = true
			}
			// "… thể hiện ở các mặt sau: Thứ nhất, …" at a paragraph's end,
			// its second point the next paragraph's start
			if at := firstOrdinalBreak(string(b[start:end]), string(b[min(end+1, len(b)):])); at >= 0 {
				b[start+at] = '\n'
				changed = true
			}
		}
		if n > 0 || long { // (not in a short first line: a title)
			changed = gluedLines(b[start:end]) || changed
		}
		start = end + 1
	}
	if !changed {
		return text
	}
	return string(b)
}

// flatBreaks are the byte offsets, in line, of the spaces to become line
// breaks.
func flatBreaks(line string) []int {
	type mark struct {
		at   int    // the space before the marker
		kind string // roman, number, letter, dash, article
		n    int    // its value, for sequences
		sep  byte   // a number's separator: '-', '.', ')'
	}
	var marks []mark
	for _, m := range findRoman.all(line) {
		marks = append(marks, mark{at: m[0], kind: "roman", n: RomanValue(line[m[2]:m[3]])})
	}
	for _, m := range findRomanTitle.all(line) {
		marks = append(marks, mark{at: m[0], kind: "romantitle", n: RomanValue(line[m[2]:m[3]])})
	}
	for _, m := range findNumber.all(line) {
		marks = append(marks, mark{m[0], "number", atoi(line[m[2]:m[3]]), line[m[4]]})
	}
	for _, m := range findLetter.all(line) {
		r, _ := utf8.DecodeRuneInString(line[m[2]:m[3]])
		marks = append(marks, mark{at: m[0], kind: "letter", n: letterValue(r)})
	}
	for _, m := range findSubNumber.all(line) {
		marks = append(marks, mark{at: m[0], kind: "subnumber", n: atoi(line[m[2]:m[3]])*100 + atoi(line[m[4]:m[5]])})
	}
	for _, m := range findParen.all(line) {
		marks = append(marks, mark{at: m[0], kind: "paren", n: RomanValue(strings.ToUpper(line[m[2]:m[3]]))})
	}
	for _, m := range findDash.all(line) {
		marks = append(marks, mark{at: m[0] + 1, kind: "dash"})
	}
	for _, m := range findArticle.all(line) {
		if m[4] >= 0 {
			marks = append(marks, mark{at: m[0], kind: "article", n: atoi(line[m[4]:m[5]])})
		} else {
			marks = append(marks, mark{at: m[0], kind: "chapter", n: RomanValue(line[m[6]:m[7]])})
		}
	}
	for _, m := range findSubDash.all(line) {
		// "nhà nước - Doanh nghiệp …", not "Kim Mã - Yên Nghĩa"; and a
		// list follows: another dash item after a sentence's end
		if !smallWordBefore(line, m[2]) || !dashItemWithin(line[m[2]:], 1500) {
			continue
		}
		marks = append(marks, mark{at: m[2], kind: "subdash"})
	}
	for _, m := range findSubTitle.all(line) {
		// not within a name: "Vụ Bảo tồn và Phát triển nguồn lợi …"
		switch prev := lastWord(line[:m[2]]); prev {
		case "và", "hoặc", "với", "của", "về", "cho":
			continue
		case "Bộ", "Sở", "Cục", "Vụ", "Viện", "Ban", "Phòng", "Quỹ", "Tổng":
			continue // a body's name: "cùng Bộ Xây dựng", "Sở Xây dựng" (round 48)
		case "sách", "cuộc", "kỳ", "nghiệp", "năm":
			if line[m[4]:m[5]] == "Đổi mới" {
				continue // the policy's name: "chính sách Đổi mới, …"
			}
		}
		marks = append(marks, mark{at: m[2], kind: "subtitle"})
	}
	for _, m := range findSubAfter.all(line) {
		if words := strings.Fields(line[m[2]:m[4]]); len(words)-strings.Count(line[m[2]:m[4]], " - ") <= 32 && smallWordBefore(line, m[4]) && dashItemWithin(line[m[4]:], 1500) {
			marks = append(marks, mark{at: m[2], kind: "label"}, mark{at: m[4], kind: "subend"})
		}
	}
	for _, m := range findLabel.all(line) {
		if strings.ContainsRune(".;:", rune(line[m[0]])) {
			// after a sentence, only a label that cannot be a sentence's
			// subject: "Mục tiêu cụ thể đến năm 2020", "Quan điểm chỉ
			// đạo", not "Mục tiêu" nor "Tầm nhìn" ("Mục tiêu Hb ở bệnh
			// nhân này là bao nhiêu?")
			if strings.Count(line[m[4]:m[5]], " ") < 2 {
				continue
			}
			marks = append(marks, mark{at: m[2], kind: "label"})
		}
		marks = append(marks, mark{at: m[6], kind: "labelend"})
	}
	for _, m := range findOrdinal.all(line) {
		if m[2] >= 0 {
			marks = append(marks, mark{at: m[0], kind: "ordla", n: countWord(line[m[2]:m[3]])})
		} else {
			marks = append(marks, mark{at: m[0], kind: "ordthu", n: countWord(line[m[4]:m[5]])})
		}
	}
	if len(marks) == 0 {
		return nil
	}
	// In text order; at one place the first kind found wins.
	for i := 1; i < len(marks); i++ {
		for j := i; j > 0 && marks[j].at < marks[j-1].at; j-- {
			marks[j], marks[j-1] = marks[j-1], marks[j]
		}
	}
	var out []int
	last := map[string]int{}
	if m := lineNumber.FindStringSubmatch(line); m != nil {
		last["number"] = atoi(m[1])
	}
	taken, lastKind := -1, ""
	// A heading has no full stop: the first item of the level below may
	// follow its words directly ("Điều 1. Điều chỉnh … năm 2017 1. Bổ
	// sung …").
	afterHeading := func(at int, kinds ...string) bool {
		if taken < 0 || at-taken > 250 {
			return false
		}
		for _, k := range kinds {
			if k == lastKind {
				return true
			}
		}
		return false
	}
	// inHeading reports whether the space at i is within the words of the
	// heading last broken, of one of kinds: no full stop since (nor a
	// semicolon, unless semicolons), 60 words at most.
	inHeading := func(i int, semicolons bool, kinds ...string) bool {
		if taken < 0 || i-taken > 600 || !slices.Contains(kinds, lastKind) {
			return false
		}
		words := strings.TrimLeft(articleLabel.ReplaceAllString(line[taken+1:i], ""), "0123456789")
		words = strings.TrimLeft(words, " -–.)")
		stops := ".;:!?"
		if semicolons {
			stops = ".:!?" // a numbered heading may hold a semicolon
		}
		limit := 60
		if lastKind == "article" {
			limit = 80 // an article's title may list what it rules: "Quy định mức phụ cấp …; trợ cấp …; giao ngân sách …"
		}
		return !strings.ContainsAny(words, stops) && strings.Count(words, " ") <= limit
	}
	// later reports whether a marker of kind with value n follows the
	// i-th after a sentence's end, within limit bytes.
	later := func(i int, kind string, n, limit int) bool {
		for _, m := range marks[i+1:] {
			if m.at-marks[i].at > limit {
				break
			}
			if m.kind == kind && m.n == n && sentenceEnds(line, m.at) {
				return true
			}
		}
		return false
	}
	for i, m := range marks {
		if m.at == taken || line[m.at] != ' ' {
			continue
		}
		ok := false
		switch m.kind {
		case "romantitle":
			// "I. Quan hệ Việt Nam-Nga.": after a sentence's end, in
			// sequence; I only when II follows.
			ok = sentenceEnds(line, m.at) && (last["roman"] > 0 && m.n == last["roman"]+1 || m.n == 1 && later(i, m.kind, 2, len(line)))
			if ok {
				last["roman"] = m.n
				last["number"], last["letter"] = 0, 0
			}
		case "roman", "chapter":
			// I, then II, III …: a Roman numeral out of sequence is a
			// word ("VI" in a name).
			ok = m.n == last[m.kind]+1 || m.n == 1
			if ok {
				last[m.kind] = m.n
				last["number"], last["letter"] = 0, 0
			}
		case "article":
			// Articles go up; one not found (glued to a heading) does not
			// stop the next: up to three may be skipped.
			ok = (last["article"] == 0 || m.n > last["article"] && m.n <= last["article"]+3) && (sentenceEnds(line, m.at) || capsBefore(line, m.at))
			if ok {
				last["article"] = m.n
				last["number"], last["letter"] = 0, 0
			}
		case "number":
			if counted(line, m.at) {
				// "Điều 1. …", "khoản 2. …": a number of a name (and so
				// "… Về chuyển đổi số 4. Hai bên …" is missed: "vị trí
				// số 3. Họ …" in sentences is commoner)
				break
			}
			// 1 after a sentence or a heading in capitals, then 2, 3 …:
			// "đạt 2 - 3%" and "năm 2017" are not items.
			ok = (m.n == 1 || m.n == last["number"]+1) && (sentenceEnds(line, m.at) || capsBefore(line, m.at)) ||
				m.n == 1 && afterHeading(m.at, "roman", "romantitle", "chapter", "article") ||
				// (an article's long title, its clauses after it: "Điều 3.
				// Quy định mức phụ cấp …; trợ cấp …; giao ngân sách … 1.
				// Mức phụ cấp …", a legal site's page on one line)
				m.n == 1 && inHeading(m.at, true, "article") && later(i, m.kind, 2, 8000)
			if m.sep != '-' && !sentenceEnds(line, m.at) && !capsBefore(line, m.at) {
				// A point glued to what comes before it, in sequence: a
				// heading without a mark, a few words after a sentence's
				// end ("… hai nước. Về quan hệ chính trị, quốc phòng và an
				// ninh 6. Hai nhà lãnh đạo …"), or a paragraph that lost
				// its full stop ("… khu công nghệ cao Hòa Lạc 14. Hai …").
				s := clauseStart(line, m.at, taken)
				head := headingBefore(line, m.at, taken)
				// (or the first point after an article's title: "Điều
				// 143. Tội hủy hoại … 1. Người nào …")
				title := s >= 0 && labelEnds.MatchString(line[max(s-12, 0):s]) && unmarkedHeading(line[s+1:m.at])
				ok = ok || last["number"] > 0 && m.n == last["number"]+1 || m.n == 1 && (head || title) && later(i, m.kind, 2, 8000)
				if ok && head {
					out = append(out, s)
				}
			}
			if ok {
				last["number"] = m.n
				last["letter"] = 0
			}
		case "letter":
			ok = (m.n == 1 || m.n == last["letter"]+1) && sentenceEnds(line, m.at) ||
				m.n == 1 && afterHeading(m.at, "number", "article")
			if ok {
				last["letter"] = m.n
			}
		case "subnumber":
			// "… liên quan: 4.1. Giao …. 4.2. Giao …": after a sentence's
			// end, the first of its point or the next (round 22)
			ok = sentenceEnds(line, m.at) && (m.n%100 == 1 || m.n == last["subnumber"]+1)
			if ok {
				last["subnumber"], last["paren"] = m.n, 0
			}
		case "paren":
			// "…: (i) Chỉ đạo …. (ii) Chỉ đạo …"
			ok = sentenceEnds(line, m.at) && (m.n == 1 || m.n == last["paren"]+1)
			if ok {
				last["paren"] = m.n
			}
		case "ordla", "ordthu":
			// the first only when the second follows, each after a
			// sentence's end — or the first after a heading without a
			// mark: "… Tổ quốc XHCN. Một số giải pháp phòng, chống … Một
			// là, …"
			hs := -1
			if m.n == 1 && !sentenceEnds(line, m.at) {
				hs = quotedHeadingStart(line, m.at, taken)
			}
			head := hs >= 0
			ok = (sentenceEnds(line, m.at) || head) && (m.n == 1 && later(i, m.kind, 2, 8000) || last[m.kind] > 0 && m.n == last[m.kind]+1)
			if ok {
				last[m.kind] = m.n
				if head {
					out = append(out, hs)
				}
			}
		case "dash":
			ok = true
		case "subdash", "subtitle":
			// Only in a numbered heading's words (or a sub-heading's),
			// before any full stop.
			// A numbered point that opens like a sentence ("2. Thủ tướng
			// Abe đánh giá cao … chính sách Đổi mới, …") is no heading.
			ok = inHeading(m.at, false, "subtitle", "labelend") || inHeading(m.at, true, "number")
		case "label":
			ok = true
		case "labelend":
			// after the label's own break, or right after its number
			ok = (lastKind == "label" || lastKind == "subtitle") && m.at-taken < 60 || inHeading(m.at, false, "number")
		case "subend":
			ok = lastKind == "label"
		}
		if ok {
			out = append(out, m.at)
			taken, lastKind = m.at, m.kind
		}
	}
	return out
}

// clauseStart is the space after the last sentence's end before the
// space at i (and after the break at taken), -1 if there is none within
// 400 bytes.
func clauseStart(line string, i, taken int) int {
	for j := i - 1; j > max(taken, 0) && j > i-400; j-- {
		if line[j] == ' ' && line[j-1] != ' ' && sentenceEnds(line, j) {
			return j
		}
	}
	return -1
}

// headingBefore reports whether the words between the last sentence's
// end and the space at i make a heading without a mark; not the words of
// the point before ("1. Đại học Quốc gia Hà Nội (vị trí 1580) 2. …").
func headingBefore(line string, i, taken int) bool {
	s := clauseStart(line, i, taken)
	return s >= 0 && !markerOnly.MatchString(line[taken+1:s]) && !labelEnds.MatchString(line[max(s-12, 0):s]) && unmarkedHeading(line[s+1:i])
}

// unmarkedHeading reports whether s, the words between a sentence's end
// and a numbered point, is a heading: 2 to 40 words from a capital ("Về
// hợp tác nông nghiệp, môi trường-ứng phó với biến đổi khí hậu, …").
func unmarkedHeading(s string) bool {
	s = strings.TrimSpace(s)
	if strings.Count(s, "(") != strings.Count(s, ")") {
		return false // "(Ảnh: Minh Sơn) 2. …"
	}
	n := len(strings.Fields(s))
	r, _ := utf8.DecodeRuneInString(s)
	return n >= 2 && n <= 40 && unicode.IsUpper(r)
}

// quotedHeadingStart is the space after the last full stop before the
// space at i when the words between make a heading without a mark, which
// may quote ("Một số giải pháp phòng, chống "tự diễn biến", "tự chuyển
// hóa" trong cán bộ, đảng viên"); -1 if they do not.
func quotedHeadingStart(line string, i, taken int) int {
	for j := i - 1; j > max(taken, 0) && j > i-400; j-- {
		if line[j] != ' ' || line[j-1] == ' ' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(line[:j]); strings.ContainsRune(".;:!?", r) {
			if unmarkedHeading(line[j+1 : i]) {
				return j
			}
			return -1
		}
	}
	return -1
}

// nextOrdinalRE is a paragraph opening with the second of points counted
// in words.
var nextOrdinalRE = regexp.MustCompile(`^(?:Hai là|Thứ hai),\s`)

// firstOrdinalBreak is the space before the first of points counted in
// words that a paragraph ends with, after a sentence's end, when the
// next paragraph opens with the second ("… các mặt sau: Thứ nhất, …" /
// "Thứ hai, …"); -1 if there is none.
func firstOrdinalBreak(line, rest string) int {
	m := nextOrdinalRE.FindString(rest)
	if m == "" {
		return -1
	}
	first := " Một là, "
	if strings.HasPrefix(m, "Thứ") {
		first = " Thứ nhất, "
	}
	i := strings.LastIndex(line, first)
	if i < 0 || !sentenceEnds(line, i) || strings.Contains(line[i+1:], strings.TrimSpace(m)) {
		return -1
	}
	return i
}
