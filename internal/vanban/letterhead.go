package vanban

import (
	"regexp"
	"slices"
	"strings"
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
	headDate   = regexp.MustCompile(`\s\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}, ngày \d{1,2} tháng \d{1,2} năm \d{4}`)
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
	for _, m := range motto {
		space(m[0] - 1)
		space(m[1])
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
