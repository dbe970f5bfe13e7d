package vanban

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A letterhead copied from a web page's table comes as one line: "ỦY BAN
// NHÂN DÂN TỈNH ĐỒNG NAI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc
// lập - Tự do - Hạnh phúc --------------- Số: 182/KH-UBND Đồng Nai, ngày
// 20 tháng 11 năm 2025". Its parts are put back on lines of their own:
// the issuer, the motto, the number, the place and date (round 21: five
// documents lost their number, and a draft named the document by one its
// preamble cites).

var (
	headRule   = regexp.MustCompile(`\s[-_=*–]{3,}(\s)`)
	headNumber = regexp.MustCompile(`\s(?:Số|SỐ)\s*[:.]?\s*\d{1,5}[\p{L}\d./-]*[/-]\p{Lu}`)
	// (a place's words are no capitals: "… VIỆT NAM Hà Nội, ngày …" is
	// the Party's name, then the place, round 25)
	headDate = regexp.MustCompile(`\s(?:\p{Lu}\p{Ll}[\p{Ll}.]*|TP\.|Tp\.|TX\.)(?: (?:\p{Lu}\p{Ll}[\p{Ll}.]*|\p{Lu}\.)){0,3}, ngày \d{1,2} tháng \d{1,2} năm \d{4}`)
	// the body above the issuer, on the line above it in the original:
	// "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TUYÊN GIÁO VÀ DÂN VẬN"
	headParent = regexp.MustCompile(`^(?:BAN CHẤP HÀNH TRUNG ƯƠNG|CHÍNH PHỦ|QUỐC HỘI)( )(?:BAN|VĂN PHÒNG|ỦY BAN|UỶ BAN|ĐẢNG ỦY|ĐẢNG UỶ|BỘ|HỘI ĐỒNG)\s`)
)

// letterheadBreaks are the byte offsets of the spaces in line where its
// parts begin, none when the line is no letterhead: it holds the motto or
// the Party's name and a number or a date, and is no longer than a
// letterhead.
func letterheadBreaks(line string) []int {
	if utf8.RuneCountInString(line) > 400 {
		return nil
	}
	motto := mottoRe.FindAllStringIndex(line, -1)
	num := headNumber.FindStringIndex(line)
	date := headDate.FindStringIndex(line)
	if motto == nil || num == nil && date == nil {
		return nil
	}
	var at []int
	space := func(i int) {
		if i > 0 && i < len(line) && line[i] == ' ' && !slices.Contains(at, i) {
			at = append(at, i)
		}
	}
	end := len(line) // the letterhead ends with its number and date
	if num != nil && date != nil {
		end = max(num[1], date[1])
	} else if date != nil {
		end = date[1]
	} else if num != nil {
		end = num[1]
	}
	for _, m := range motto {
		if m[0] > end {
			break // "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM" under it is a title
		}
		space(m[0] - 1)
		space(m[1])
	}
	if k := kindHeadRe.FindStringIndex(line[min(end+1, len(line)):]); k != nil && k[0] == 0 {
		space(end) // the kind's heading after the date: "… năm 2011 ĐIỀU LỆ …"
	}
	for _, m := range headRule.FindAllStringSubmatchIndex(line, -1) {
		space(m[0])
		space(m[2])
	}
	if num != nil {
		space(num[0])
	}
	if date != nil {
		space(date[0])
	}
	if m := headParent.FindStringSubmatchIndex(line); m != nil {
		space(m[2])
	}
	slices.Sort(at)
	// (no break at the line's own ends, and none that leaves nothing)
	at = slices.DeleteFunc(at, func(i int) bool { return strings.TrimSpace(line[:i]) == "" || strings.TrimSpace(line[i:]) == "" })
	return at
}

// kindWords are the headings that open a document under its letterhead.
var kindHeadRe = regexp.MustCompile(`^(?:ĐIỀU LỆ|NGHỊ QUYẾT|QUYẾT ĐỊNH|KẾT LUẬN|THÔNG BÁO|CHỈ THỊ|KẾ HOẠCH|HƯỚNG DẪN|QUY ĐỊNH|QUY CHẾ|BÁO CÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|THÔNG TƯ|NGHỊ ĐỊNH|CÔNG VĂN|CÔNG ĐIỆN|TỜ TRÌNH) `)

// inlineLetterheadBreaks are the breaks of a letterhead a whole document
// pasted as one line holds after a web page's header ("… Tình trạng: Đã
// biết BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG ĐẢNG CỘNG SẢN VIỆT NAM -----
// Số 432-TB/VPTW Hà Nội, ngày 26 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN …
// ----- Ngày 24/11/2025, …", round 22): before the issuer, the letterhead's
// parts, the kind's heading, its subject in capitals and the text under it.
func inlineLetterheadBreaks(line string) []int {
	head := line[:min(len(line), 5000)]
	m := mottoRe.FindStringIndex(head)
	if m == nil {
		return nil
	}
	d := headDate.FindStringIndex(head[m[1]:min(len(head), m[1]+400)])
	if d == nil {
		return nil
	}
	end := m[1] + d[1]
	// the issuer: the words in capitals (and rules) just before the motto
	from := m[0]
	for from > 0 {
		i := strings.LastIndexByte(strings.TrimRight(line[:from], " "), ' ')
		w := strings.TrimSpace(line[i+1 : from])
		if w == "" || strings.ContainsFunc(w, unicode.IsLower) || strings.ContainsAny(w, ":.,;") {
			break
		}
		from = i + 1
	}
	if from == m[0] && !strings.HasPrefix(line[m[0]:], "ĐẢNG") {
		return nil // no issuer before the motto
	}
	at := []int{}
	if from > 0 {
		at = append(at, from-1)
	}
	for _, b := range letterheadBreaks(line[from:end]) {
		at = append(at, from+b)
	}
	// the heading in capitals after the date, to the first word that is
	// not: the kind on its line, a closing rule or the issuer repeated
	// ("… NĂNG LƯỢNG THỦ TƯỚNG CHÍNH PHỦ Căn cứ …") on theirs
	if end < len(line) && line[end] == ' ' {
		at = append(at, end)
		rest := line[end+1:]
		if k := kindHeadRe.FindStringIndex(rest); k != nil {
			at = append(at, end+k[1])
			// "KẾT LUẬN / CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ / VỀ …"
			if strings.HasPrefix(rest[k[1]:], "CỦA ") {
				if v := strings.Index(rest[k[1]:], " VỀ "); v > 0 && v < 60 {
					at = append(at, end+1+k[1]+v)
				}
			}
		}
		stop := 0
		for _, w := range strings.SplitAfter(rest, " ") {
			if strings.ContainsFunc(w, unicode.IsLower) {
				break
			}
			stop += len(w)
		}
		if stop > 0 && stop < len(rest) {
			caps := rest[:stop]
			at = append(at, end+stop)
			if r := headRule.FindStringSubmatchIndex(" " + caps); r != nil {
				// "… ĐẶC BIỆT ----- Ngày 24/11/2025": the rule on its line
				at = append(at, end+r[0], end+r[2])
			}
			issuer := strings.TrimSpace(strings.Trim(strings.TrimSpace(line[from:m[0]]), "-_=*– "))
			if issuer != "" && strings.HasSuffix(strings.TrimSpace(caps), " "+issuer) {
				at = append(at, end+1+strings.LastIndex(caps, " "+issuer))
			}
		}
	}
	slices.Sort(at)
	return slices.Compact(at)
}

// closingRe finds the close of a document on one line: "Nơi nhận:", and
// a signature's mark before its title in capitals ("… Lưu: VT, NC. KT.
// CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Sơn …").
var (
	closingRe   = regexp.MustCompile(`\s(Nơi nhận:)`)
	signatureRe = regexp.MustCompile(`\s((?:KT\.|TM\.|T/M|K/T|TL\.|TUQ\.)\s\p{Lu}[\p{Lu}\p{M} ]+?)\s(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,4})(\s|$)`)
)

// closingBreaks are the breaks of a long line's close: before "Nơi
// nhận:", before the signature's mark and after the signer's name.
func closingBreaks(line string) []int {
	var at []int
	for _, m := range closingRe.FindAllStringSubmatchIndex(line, -1) {
		at = append(at, m[0])
	}
	for _, m := range signatureRe.FindAllStringSubmatchIndex(line, -1) {
		at = append(at, m[0])
		name, after := m[4], m[5] // the space after the name
		if w := strings.Fields(line[name:after]); len(w) >= 3 && after+1 < len(line) {
			if r, _ := utf8.DecodeRuneInString(line[after+1:]); unicode.IsLower(r) {
				after = name + strings.LastIndex(line[name:after], " ") // "Trần Cẩm Tú Kết luận …": its last word opens a sentence
			}
		}
		if after < len(line) && line[after] == ' ' {
			at = append(at, after)
		}
	}
	return at
}

// SplitLetterhead returns a letterhead line's parts, or the line alone.
func SplitLetterhead(line string) []string {
	at := letterheadBreaks(line)
	if at == nil {
		return []string{line}
	}
	var out []string
	from := 0
	for _, i := range append(at, len(line)) {
		if p := strings.TrimSpace(line[from:i]); p != "" && strings.Trim(p, "-_=*– ") != "" {
			out = append(out, p)
		}
		from = i
	}
	return out
}

// issuer reads the letterhead's left block: capital lines before the
// number, without the national or Party motto, the date and "*". Under a
// parent body ("ĐẢNG BỘ THÀNH PHỐ …") the issuer is the line below it.
func issuer(head []string, numLine int) (string, []string) {
	end := numLine
	if end < 0 {
		end = min(len(head), 8)
	}
	var block []string
	for _, l := range head[:end] {
		l = strings.TrimSpace(ruleRe.ReplaceAllString(mottoRe.ReplaceAllString(l, ""), " "))
		l = strings.TrimRight(l, "_-–— ") // "CHÍNH PHỦ_": a rule's end left on the line (round 29)
		if i := dateRe.FindStringIndex(l); i != nil {
			l = strings.TrimSpace(l[:i[0]])
			l = strings.TrimSpace(strings.TrimSuffix(l, placeBefore(l)))
		}
		if l == "" || strings.Trim(l, "*-–_ ") == "" {
			if len(block) > 0 && strings.Contains(l, "*") {
				break
			}
			continue
		}
		if !allCaps(l) || kindOf(l) != "" {
			if len(block) > 0 {
				break
			}
			continue
		}
		// The left column names bodies ("BỘ …", "TRƯỜNG …", "KHOA …"); a
		// caps line that names none (a report's title, a student's name)
		// is past it.
		if !namesBody(l) && (len(block) == 0 || !continues(block[len(block)-1]) && len(strings.Fields(l)) > 2) {
			if len(block) > 0 {
				break
			}
			continue
		}
		block = append(block, l)
	}
	if len(block) == 0 {
		return "", nil
	}
	whole := append([]string(nil), block...)
	// a parent body first (possibly wrapped over two lines), then the issuer
	for j := 1; j < len(block); j++ {
		if unitPrefix(block[j]) != "" && complete(strings.Join(block[:j], " ")) {
			if central := strings.Join(block[:j], " ") == "BAN CHẤP HÀNH TRUNG ƯƠNG"; central && len(block) == j+1 {
				// "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC": the Central
				// Committee's board, "Ban Tổ chức Trung ương" (round 17)
				if name := properCase(block[j]); centralBoardRe.MatchString(name) {
					if name == "Văn phòng" {
						return "Văn phòng Trung ương Đảng", whole
					}
					return name + " Trung ương", whole
				}
			}
			block = block[j:]
			break
		}
	}
	return properCase(strings.Join(block, " ")), whole
}
