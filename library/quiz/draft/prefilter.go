package draft

// Cheap checks of the words a pattern needs, so that the pattern runs only
// on excerpts that can match it. Each check is a necessary condition of its
// pattern: where it fails the pattern finds nothing, so what is found is
// the same with or without it.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// allWhere is re.FindAllStringSubmatchIndex(s, -1) where may, else none.
func allWhere(may bool, re *regexp.Regexp, s string) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// containsAny tells whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// digitAfter tells whether lead stands in s with an ASCII digit after it.
func digitAfter(s, lead string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], lead)
		if j < 0 {
			return false
		}
		i += j + len(lead)
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
}

// ruleUnits are the units of ruleWordRE, and numberEnds the last words of
// its numbers ("mười lăm", "hai mươi").
var (
	ruleUnits  = []string{" tuổi", " tháng", " năm", " ngày"}
	numberEnds = []string{"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "lăm", "mươi"}
)

// numberWordBefore tells whether one of units stands in low (a text in
// small letters) right after a number in words: "hai mươi năm".
func numberWordBefore(low string, units []string) bool {
	for _, u := range units {
		for i := 0; ; {
			j := strings.Index(low[i:], u)
			if j < 0 {
				break
			}
			for _, w := range numberEnds {
				if strings.HasSuffix(low[:i+j], w) {
					return true
				}
			}
			i += j + len(u)
		}
	}
	return false
}

var dutyVerbList = strings.Split(dutyVerbs, "|")

// mayDuty tells whether dutyRE can match text: it opens with a capital,
// and one of its verbs stands after a space before the first character a
// subject cannot hold (a comma, a digit, a full stop …).
func mayDuty(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return false
	}
	k := len(text)
	for i, r := range text[n:] {
		if !unicode.IsLetter(r) && r != '&' && r != ' ' && r != '\u00a0' && r != '-' {
			k = n + i
			break
		}
	}
	for _, v := range dutyVerbList {
		if i := strings.Index(text, " "+v); i >= 0 && i < k {
			return true
		}
	}
	return false
}

// mayDutyAsk tells whether dutyAskRE can match text: it holds one of the
// words that ask.
func mayDutyAsk(text string) bool {
	return strings.Contains(text, "êu cầu ") || strings.Contains(text, "iao ") || strings.Contains(text, "ề nghị ")
}

// mayPlaceholder tells whether placeholderRE can match t: a capital letter
// stands alone after a space.
func mayPlaceholder(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == ' ' && t[i+1] >= 'A' && t[i+1] <= 'Z' && (i+2 == len(t) || strings.IndexByte(" \t\n\f\r,.;:)", t[i+2]) >= 0) {
			return true
		}
	}
	return false
}

// mayGluedNote tells whether gluedNoteRE can match s: a digit right after
// a small letter (its last byte: a-z, or a byte within a character) or a
// quotation mark.
func mayGluedNote(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if b := s[i-1]; b >= 'a' && b <= 'z' || b&0xC0 == 0x80 || b == '"' {
				return true
			}
		}
	}
	return false
}
