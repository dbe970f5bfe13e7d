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
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' || !unicode.IsLower(first) {
		return false
	}
	if itemClass(next) != "" || strings.HasPrefix(next, "|") || strings.HasPrefix(strings.TrimLeftFunc(l, unicode.IsSpace), "|") {
		return false // a point of its own, a table's row
	}
	return !isHeading(strings.TrimSpace(l))
}
