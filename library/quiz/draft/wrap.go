package draft

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinWrapped joins the lines of a hard-wrapped text (a PDF's page saved
// as Markdown): a line that ends inside a sentence, with no stop, and a
// next line that goes on with a small letter ("… Ủy ban nhân dân cấp xã
// trong thời hạn không quá" / "05 ngày làm việc", "Quyết" / "định này có
// hiệu lực …") are one line. The break becomes a space, one rune for one,
// so offsets do not move. A point ("a) …", "- …") or a blank line between
// is no continuation.
func joinWrapped(page string) string {
	if !strings.Contains(page, "\n") {
		return page
	}
	lines := strings.Split(page, "\n")
	width := wrapWidth(lines)
	var b strings.Builder
	b.Grow(len(page))
	for i, l := range lines {
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		if continues(l, lines[i+1]) || fullLine(l, lines[i+1], width) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// continues says whether line next goes on with line l's sentence.
func continues(l, next string) bool {
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	next = strings.TrimLeftFunc(next, unicode.IsSpace)
	if l == "" || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	first, _ := utf8.DecodeRuneInString(next)
	if first == '(' {
		// "… các hệ thống thông tin của bộ, ngành, địa phương" / "(có nhu
		// cầu) được quản lý …": a bracket the PDF's layout would not join
		// (round 130's key stopped before it); its first letter decides
		first, _ = utf8.DecodeRuneInString(next[1:])
	}
	// (a range or a name broken at its dash, "Hệ số quy hoạch từ 1,0 -" /
	// "1,5 lần …", "cao tốc … Hồ Chí Minh -" / "Trung Lương …"; a list of
	// terms at its comma, "nhiệm kỳ 2025-2030," / "2026-2031 đã được …":
	// round 110's blanks opened such broken pieces)
	if consolidatedNoteLine(next) {
		return false // a consolidated text's note under the line its mark ends (round 134)
	}
	if bareMarkRE.MatchString(strings.TrimSpace(l)) && itemClass(next) == "" && !isHeading(next) {
		return true // a point's mark alone on its line, its words on the next: "1." / "Khi dự báo ở Cấp I: …" (round 114)
	}
	if refEndRE.MatchString(l) && (strings.HasPrefix(next, "Khoản này") || strings.HasPrefix(next, "Điều này")) {
		return true // a reference broken at its clause: "… quy định tại điểm a" / "Khoản này có quy mô …" (round 119)
	}
	if yearEndRE.MatchString(l) && yearRangeNextRE.MatchString(next) {
		return true // a period broken at its dash: "… của giai đoạn 2021" / "- 2025 sang thực hiện …"
	}
	dash := strings.HasSuffix(l, " -") || strings.HasSuffix(l, " –")
	if last == ';' && unicode.IsLower(first) && itemClass(next) == "" && itemClass(strings.TrimSpace(l)) != "" {
		// a point's clauses wrapped at a semicolon: "d) Tổ chức các hoạt động
		// đào tạo; kiểm tra, thi, xét công nhận tốt nghiệp;" / "in phôi,
		// quản lý, cấp phát bằng …" (round 134 counted four tasks of
		// sixteen, the run of points cut there)
		return true
	}
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' && last != '%' && !dash { // ("… nắm giữ 100%" / "vốn điều lệ.")
		return false
	}
	if !unicode.IsLower(first) && !(unicode.IsUpper(first) && (midWord(l) || dash || last == ',')) && !(unicode.IsDigit(first) && (last == ',' || dash || midWord(l) || numberWord(l)) && len(strings.Fields(next)) >= 2) {
		return false
	}
	if itemClass(next) != "" || strings.HasPrefix(next, "|") || strings.HasPrefix(strings.TrimLeftFunc(l, unicode.IsSpace), "|") {
		return false // a point of its own, a table's row
	}
	// (an article's title broken on its line, "Điều 2. Hiệu lực thi" /
	// "hành", goes on: round 114 named a clause by "Hiệu lực thi")
	return !isHeading(strings.TrimSpace(l)) || articleRE.MatchString(strings.TrimSpace(l)) && unicode.IsLower(first)
}

// refEndRE ends a line on a point's or a clause's letter or number.
var refEndRE = regexp.MustCompile(`(?:điểm|khoản) [a-zđ\d]{1,2}$`)

// midWords end no sentence and no title: a line that stops on one goes on
// in the next, even when that opens with a capital ("… thay vì" /
// "Chương trình phát triển …", "… tích hợp thành một" / "Chương trình
// …": Thông báo 631/TB-VPCP, whose fourth point was lost so).
var midWords = map[string]bool{"và": true, "của": true, "các": true, "những": true, "một": true, "cho": true, "với": true,
	"vì": true, "thay vì": true, "là": true, "tại": true, "để": true, "từ": true, "nhằm": true, "về": true, "đến": true,
	"như": true, "hoặc": true, "thì": true, "mà": true, "do": true, "bởi": true, "giữa": true, "thành": true, "theo": true,
	"thứ": true} // ("Đại hội Đảng toàn quốc lần thứ" / "XIII và …", round 110)

// midWord says whether line l stops on one of the midWords.
func midWord(l string) bool {
	k := strings.LastIndexByte(l, ' ')
	return midWords[l[k+1:]]
}

// numberLeads are words a number follows in a sentence: "nhiệm kỳ" /
// "2025-2030 theo đề án …", "02 trong" / "03 chức danh …" (round 110).
var numberLeads = map[string]bool{"kỳ": true, "đoạn": true, "trong": true, "năm": true, "khóa": true, "khoá": true, "số": true,
	"ngày": true, "tháng": true, "quá": true, "đạt": true, "hơn": true, "dưới": true, "trên": true, "tối": true,
	// a reference's number: "quy định tại khoản 3 Điều" / "55 Luật Di sản
	// văn hóa, …" (a blank opened on the article's number)
	"Điều": true, "khoản": true, "điểm": true, "Chương": true, "Mục": true, "mục": true, "lục": true}

// numberWord says whether line l stops on one of the numberLeads.
func numberWord(l string) bool {
	k := strings.LastIndexByte(l, ' ')
	return numberLeads[l[k+1:]]
}

// bareMarkRE is a point's mark alone: "1.", "a)", "2.1.".
var bareMarkRE = regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\))$`)

// yearEndRE ends a line on a year, yearRangeNextRE opens one with the
// rest of a period: "giai đoạn 2021" / "- 2025 sang …".
var (
	yearEndRE       = regexp.MustCompile(`(?:giai đoạn|thời kỳ|nhiệm kỳ|năm|từ)\s+(?:19|20)\d\d$`)
	yearRangeNextRE = regexp.MustCompile(`^[-–]\s?(?:19|20)\d\d\b`)
)

// wrapWidth is the width a hard-wrapped page was cut at, in runes, or 0
// when its lines do not read so: a page whose long lines mostly end within
// a few runes of one width (a PDF saved as Markdown) was wrapped there; a
// web page's paragraphs are of every length. The width is the one the
// most long lines end within 15 runes of, so a table's longer rows do
// not move it.
func wrapWidth(lines []string) int {
	var count [202]int
	long := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n >= 40 {
			long++
			count[min(n, 201)]++
		}
	}
	if long < 10 {
		return 0
	}
	best, most := 0, 0
	for w := 50; w <= 200; w++ {
		near := 0
		for n := w - 15; n <= w; n++ {
			near += count[n]
		}
		if near > most {
			best, most = w, near
		}
	}
	over := 0
	for n := best + 4; n <= 201; n++ {
		over += count[n]
	}
	if most*10 < long*5 || over*5 > long {
		// (a wrapped page has few lines past its width, its preamble's
		// "Căn cứ …" maybe: a web page's paragraphs run on)
		return 0
	}
	return best
}

// fullLine says whether line l of a page wrapped at width runs to the
// width and next goes on with its sentence though it opens with a capital
// or a figure: "… hộ cận nghèo hằng năm của Chủ tịch" / "Ủy ban nhân dân
// xã/phường) …", "… ngân sách thành phố hỗ trợ" / "80%, ngân sách xã …"
// (round 111 asked such cut sentences). A line that ends a sentence, a
// heading and a point of its own are no such line.
func fullLine(l, next string, width int) bool {
	l, next = strings.TrimSpace(l), strings.TrimSpace(next)
	if width == 0 || l == "" || next == "" || isHeading(l) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	first, _ := utf8.DecodeRuneInString(next)
	if first == '(' {
		// "… các hệ thống thông tin của bộ, ngành, địa phương" / "(có nhu
		// cầu) được quản lý …": a bracket the PDF's layout would not join
		// (round 130's key stopped before it); its first letter decides
		first, _ = utf8.DecodeRuneInString(next[1:])
	}
	if last == ';' && unicode.IsLower(first) && itemClass(next) == "" && !strings.HasPrefix(l, "|") {
		return true // a clause's parts: "Ngân sách thành phố hỗ trợ 50%;" / "ngân sách xã/phường hỗ trợ 40% …"
	}
	if utf8.RuneCountInString(l) < width-15 {
		return false
	}
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' && last != ')' {
		return false
	}
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) && first != '(' {
		return false
	}
	if itemClass(next) != "" || articleRE.MatchString(next) || isHeading(next) || strings.HasPrefix(l, "|") || bareFigureRE.MatchString(next) {
		return false // (a figure alone on its line is a table's cell: "… Hoành Bồ" / "3.000.000 đ", round 116)
	}
	return true
}

// bareFigureRE is a line that is a figure alone: "3.000.000 đ", "25%".
var bareFigureRE = regexp.MustCompile(`^[\d.,]+\s*(?:đ|đồng|triệu đồng|tỷ đồng|%|m|km|ha|tấn|người|hộ)?$`)

// cellRuns marks the lines of a table a page lost its rules from: a run
// of four lines or more, each six words at most and no sentence, no
// point's mark ("Khu vực hành chính" / "Hộ độc thân" / "(01 người)" /
// "Hộ từ 02 đến 04 người" / …). A blank in one is a cell out of its
// row and column (round 116 dropped five).
func cellRuns(lines []dline) []bool {
	out := make([]bool, len(lines))
	short := func(l dline) bool {
		t := strings.TrimSpace(l.text)
		return l.body && !l.heading && l.item == "" && words(t) <= 6 && !strings.ContainsAny(t, ".;:?!") || bareFigureRE.MatchString(t)
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && short(lines[j]) {
			j++
		}
		if j-i >= 4 {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = max(j, i+1)
	}
	// and a longer cell among them: a line of no sentence with four short
	// lines within three either side ("2.6" / "Trục ĐD 500 kV Sơn La 1 -
	// Sơn Tây - Đan Phượng và các công trình …" / "-" / "TBA 500kV …")
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if out[i] || !l.body || l.heading || l.item != "" || strings.ContainsAny(t, ".;:?!") && !bareFigureRE.MatchString(t) || words(t) > 24 {
			continue
		}
		n := 0
		for k := max(i-3, 0); k <= min(i+3, len(lines)-1); k++ {
			if k != i && short(lines[k]) {
				n++
			}
		}
		out[i] = n >= 4
	}
	return out
}

// joinPages joins a sentence a page break cut: the last line of a page
// that goes on in the first line of the next ("… phản bác các quan điểm
// sai" / "trái, thù địch trong tình hình mới; …", a Công báo PDF's task)
// is one line. It keeps the first part's page and offsets: a passage
// that takes in the rest falls back to the whole line's text.
func joinPages(lines []dline) []dline {
	out := lines[:0]
	for i, l := range lines {
		if i > 0 && len(out) > 0 {
			prev := &out[len(out)-1]
			if l.page == prev.page+1 && prev.body && l.body && !prev.heading && !l.heading && l.item == "" &&
				continues(prev.text, l.text) {
				prev.text += " " + l.text
				prev.closes = l.closes
				continue
			}
		}
		out = append(out, l)
	}
	return out
}
