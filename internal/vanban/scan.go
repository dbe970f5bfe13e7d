package vanban

// Finding the markers of a long line quickly. A pattern that does not open
// with a fixed word makes Go's regexp try every position of the line, and a
// resolution pasted from the web is one line of 50,000 bytes. Each finder
// below lists the few positions where its pattern can start (a space before
// a digit, a full stop before a space, …) and tries the pattern, anchored,
// at those only. The positions are a superset of where the pattern can
// match, so what is found is what FindAllStringSubmatchIndex finds
// (TestFindersAgree checks it on real texts).

import (
	"regexp"
	"slices"
	"strings"
)

// finder is a pattern and the positions it may start at.
type finder struct {
	re     *regexp.Regexp // the pattern
	at     *regexp.Regexp // the same, anchored at its start
	starts func(s string) []int
}

func newFinder(re *regexp.Regexp, starts func(s string) []int) finder {
	return finder{re: re, at: regexp.MustCompile(`^(?:` + re.String() + `)`), starts: starts}
}

// all is f.re.FindAllStringSubmatchIndex(s, -1).
func (f finder) all(s string) [][]int {
	var out [][]int
	end := 0
	for _, i := range f.starts(s) {
		if i < end {
			continue
		}
		m := f.at.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		end = m[1]
	}
	return out
}

// isSpace is Go's \s.
func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// afterSpace lists the spaces of s whose following text passes ok.
func afterSpace(ok func(rest string) bool) func(s string) []int {
	return func(s string) []int {
		var out []int
		for i := 0; i+1 < len(s); i++ {
			if isSpace(s[i]) && ok(s[i+1:]) {
				out = append(out, i)
			}
		}
		return out
	}
}

// afterMark lists the marks of s (bytes of marks) followed by a space
// whose following text passes ok.
func afterMark(marks string, ok func(rest string) bool) func(s string) []int {
	return func(s string) []int {
		var out []int
		for i := 0; i+1 < len(s); i++ {
			if strings.IndexByte(marks, s[i]) >= 0 && isSpace(s[i+1]) && ok(s[i+2:]) {
				out = append(out, i)
			}
		}
		return out
	}
}

// letterBeforeSpace lists the starts of the characters just before the
// spaces of s whose following text passes ok (for `\p{Ll}(\s)…`).
func letterBeforeSpace(ok func(rest string) bool) func(s string) []int {
	return func(s string) []int {
		var out []int
		for j := 1; j+1 < len(s); j++ {
			if isSpace(s[j]) && ok(s[j+1:]) {
				k := j - 1
				for k > 0 && s[k]&0xC0 == 0x80 {
					k--
				}
				out = append(out, k)
			}
		}
		return out
	}
}

func firstIn(set string) func(rest string) bool {
	return func(rest string) bool { return rest != "" && strings.IndexByte(set, rest[0]) >= 0 }
}

func opensWith(words []string) func(rest string) bool {
	return func(rest string) bool {
		for _, w := range words {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		return false
	}
}

func anyRest(string) bool { return true }

var (
	openerWords  = strings.Split(openers, "|")
	labelOpeners = []string{"Mục tiêu", "Tầm nhìn", "Quan điểm", "Nhiệm vụ", "Giải pháp", "Định hướng"}
	digits       = "0123456789"

	findRoman      = newFinder(flatRoman, afterSpace(firstIn("IVX")))
	findRomanTitle = newFinder(flatRomanTitle, afterSpace(firstIn("IVX")))
	findNumber     = newFinder(flatNumber, afterSpace(firstIn(digits)))
	findSubNumber  = newFinder(flatSubNumber, afterSpace(firstIn(digits)))
	findLetter     = newFinder(flatLetter, afterSpace(func(r string) bool {
		return len(r) > 1 && r[0] >= 'a' && r[0] <= 'z' && r[1] == ')' || strings.HasPrefix(r, "đ)")
	}))
	findParen   = newFinder(flatParen, afterSpace(firstIn("(")))
	findDash    = newFinder(flatDash, afterMark(".;:!?", anyRest))
	findArticle = newFinder(flatArticle, afterSpace(opensWith([]string{"Điều", "ĐIỀU", "Chương", "CHƯƠNG"})))
	findSubDash = newFinder(flatSubDash, letterBeforeSpace(func(r string) bool {
		return strings.HasPrefix(r, "-") || strings.HasPrefix(r, "–")
	}))
	findSubTitle = newFinder(flatSubTitle, letterBeforeSpace(opensWith(openerWords)))
	findSubAfter = newFinder(flatSubAfter, afterMark(".;:", opensWith(openerWords)))
	findOrdinal  = newFinder(flatOrdinal, afterSpace(opensWith([]string{"Một ", "Hai ", "Ba ", "Bốn ", "Năm ", "Sáu ", "Bảy ", "Tám ", "Chín ", "Mười ", "Thứ "})))
	findLabel    = newFinder(flatLabel, labelStarts)
)

// labelStarts lists where flatLabel may start: the mark or the number
// before the space before a label, `(?:[.;:]|\d\s?[-–.)])(\s)`.
func labelStarts(s string) []int {
	var out []int
	for j := 1; j+1 < len(s); j++ {
		if !isSpace(s[j]) || !opensWith(labelOpeners)(s[j+1:]) {
			continue
		}
		if strings.IndexByte(".;:", s[j-1]) >= 0 {
			out = append(out, j-1)
		}
		var seps []int
		if strings.IndexByte("-.)", s[j-1]) >= 0 {
			seps = append(seps, j-1)
		}
		if j >= 3 && s[j-3:j] == "–" {
			seps = append(seps, j-3)
		}
		for _, k := range seps {
			if k >= 1 && isDigit(s[k-1]) {
				out = append(out, k-1)
			}
			if k >= 2 && isSpace(s[k-1]) && isDigit(s[k-2]) {
				out = append(out, k-2)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
