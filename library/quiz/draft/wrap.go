package draft

import (
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
	var b strings.Builder
	b.Grow(len(page))
	for i, l := range lines {
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		if continues(l, lines[i+1]) {
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
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' || !unicode.IsLower(first) && !(unicode.IsUpper(first) && midWord(l)) {
		return false
	}
	if itemClass(next) != "" || strings.HasPrefix(next, "|") || strings.HasPrefix(strings.TrimLeftFunc(l, unicode.IsSpace), "|") {
		return false // a point of its own, a table's row
	}
	return !isHeading(strings.TrimSpace(l))
}

// midWords end no sentence and no title: a line that stops on one goes on
// in the next, even when that opens with a capital ("… thay vì" /
// "Chương trình phát triển …", "… tích hợp thành một" / "Chương trình
// …": Thông báo 631/TB-VPCP, whose fourth point was lost so).
var midWords = map[string]bool{"và": true, "của": true, "các": true, "những": true, "một": true, "cho": true, "với": true,
	"vì": true, "thay vì": true, "là": true, "tại": true, "để": true, "từ": true, "nhằm": true, "về": true, "đến": true,
	"như": true, "hoặc": true, "thì": true, "mà": true, "do": true, "bởi": true, "giữa": true, "thành": true, "theo": true}

// midWord says whether line l stops on one of the midWords.
func midWord(l string) bool {
	k := strings.LastIndexByte(l, ' ')
	return midWords[l[k+1:]]
}
