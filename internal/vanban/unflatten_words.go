package vanban

// The words around an inline marker: what Unflatten reads before and
// after a space to tell a point from a number in a sentence.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// counted reports whether the number after the space at i belongs to the
// word before it (Điều 1, khoản 2, thứ 3, số 4).
func counted(line string, i int) bool {
	j := strings.LastIndexByte(line[:i], ' ')
	switch strings.ToLower(line[j+1 : i]) {
	case "điều", "khoản", "mục", "chương", "phần", "thứ", "số", "lần", "bước", "giai đoạn", "điểm":
		return true
	}
	return false
}

// smallWordBefore reports whether the word before the space at i is in
// small letters or digits: the end of a heading's words, not of a name.
func smallWordBefore(line string, i int) bool {
	j := strings.LastIndexByte(line[:i], ' ')
	w := line[j+1 : i]
	r, _ := utf8.DecodeRuneInString(w)
	if w == "Đảng" {
		return true // the one name a heading ends on with a capital
	}
	if !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return false
	}
	// and the word before it: "Phát thanh - Truyền hình" is a name, "của
	// Nhà nước - Nhà nước tập trung …" is not
	k := strings.LastIndexByte(line[:max(j, 0)], ' ')
	if j <= 0 || k < 0 {
		return true
	}
	switch line[k+1 : i] {
	case "Nhà nước", "Chính phủ", "Quốc hội", "Trung ương", "Nhân dân", "Tổ quốc":
		return true
	}
	r, _ = utf8.DecodeRuneInString(line[k+1 : j])
	return unicode.IsLower(r) || unicode.IsDigit(r) || !unicode.IsLetter(r)
}

// lastWord is the last word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// dashItemWithin reports whether a dash item after a sentence's end
// starts within n bytes of the start of s.
func dashItemWithin(s string, n int) bool {
	if len(s) > n {
		s = s[:n]
	}
	return flatDash.MatchString(s)
}

// sentenceEnds reports whether the text before the space at i ends a
// sentence or a clause that opens a list.
func sentenceEnds(line string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line[:i], " "))
	return strings.ContainsRune(`.;:!?”"`, r)
}

// capsBefore reports whether the word before the space at i is in
// capitals (the end of a heading: "NGUYÊN NHÂN 1 - Qua …").
func capsBefore(line string, i int) bool {
	i = len(strings.TrimRight(line[:i], " "))
	j := strings.LastIndexByte(line[:i], ' ')
	w := line[j+1 : i]
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// RomanValue is the value of a Roman numeral in capitals ("XII" → 12).
func RomanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	n := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// letterValue is a list letter's place: a 1, b 2 … đ after d.
func letterValue(r rune) int {
	order := "abcdđeghiklmnopqrstuvxy"
	if i := strings.IndexRune(order, r); i >= 0 {
		return utf8.RuneCountInString(order[:i]) + 1
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// countWord is the value of a count in words ("Một", "Hai", … of "Một
// là"; "nhất", "hai", … of "Thứ nhất"), 0 if none.
func countWord(w string) int {
	switch strings.ToLower(w) {
	case "một", "nhất":
		return 1
	case "hai":
		return 2
	case "ba":
		return 3
	case "bốn", "tư":
		return 4
	case "năm":
		return 5
	case "sáu":
		return 6
	case "bảy":
		return 7
	case "tám":
		return 8
	case "chín":
		return 9
	case "mười":
		return 10
	}
	return 0
}
