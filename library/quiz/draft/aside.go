package draft

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/library/quiz"
)

// asideRE is a parenthesis after a blank, past its unit: "trên …… (quá
// nửa) so với …", "kiểm điểm ở …… nơi (ở chi bộ … và tập thể …)".
var asideRE = regexp.MustCompile(`…… ((?:\p{L}+ ){0,2})\(([^()]{1,160})\)`)

// fractionRE is a share in words.
var fractionRE = regexp.MustCompile(`(?i)(?:quá |một )?nửa|phần (?:hai|ba|tư|bốn|năm|mười|trăm)`)

// dropAside cuts from a blank's stem the parenthesis that tells its answer
// again: a share in words after a percentage ("trên …… (quá nửa)", round
// 91: only 50% could be "quá nửa"; "…… (hai phần trăm)", round 92), the answer itself, or the places a
// count names, as many as the count ("ở …… nơi (ở chi bộ nơi sinh hoạt và
// tập thể lãnh đạo …)"). The explanation keeps it.
func dropAside(stem, answer string) string {
	m := asideRE.FindStringSubmatchIndex(stem)
	if m == nil || answer == "" {
		return stem
	}
	aside := stem[m[4]:m[5]]
	restates := strings.Contains(aside, answer) || strings.HasSuffix(answer, "%") && fractionRE.MatchString(aside)
	if n, err := strconv.Atoi(answer); err == nil && n >= 2 && !restates {
		restates = strings.Count(aside, " và ")+1 == n || strings.Count(aside, ", ")+1 == n || strings.Count(aside, "; ")+1 == n
	}
	if !restates {
		return stem
	}
	// (the parenthesis and the space before it)
	cut := m[4] - len("(")
	end := m[5] + len(")")
	before := strings.TrimRight(stem[:cut], " ")
	return before + stem[end:]
}

// blankStem readies a blank's stem: the aside that tells its answer cut;
// false when it is no sentence to ask: a reckoning's line ("= …… người
// (làm tròn 1.122)"), a line that starts inside a sentence.
func blankStem(q *quiz.Question, kind DraftKind) bool {
	q.Stem = markdownStars(q.Stem)
	q.Explanation = markdownStars(q.Explanation)
	_, quote, blank := strings.Cut(q.Stem, "chỗ trống: “")
	if blank && strings.HasPrefix(quote, "=") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(quote); blank && unicode.IsLower(r) && kind != DraftList {
		// a figure's line that goes on from the one before it ("định này
		// có hiệu lực …", "tộc thiểu số và …" of a text with hard line
		// breaks): a piece of a sentence, or of a word (a slogan's clause,
		// "có sự quản lý của Nhà nước …, nhằm mục tiêu “……”", is whole)
		return false
	}
	for _, o := range q.Options {
		if !o.Correct || !strings.Contains(q.Stem, "……") {
			continue
		}
		q.Stem = dropAside(q.Stem, o.Text)
		if m := spanRE.FindStringSubmatch(o.Text); blank && m != nil && (strings.Contains(quote, m[1]) || strings.Contains(quote, m[2])) {
			// "trong năm 2025 và nhiệm kỳ ……": a term that holds a year
			// the sentence says is the only one that can (round 92)
			return false
		}
	}
	return true
}

// spanRE is a term or span of years: "2025-2030", "2025 – 2030".
var spanRE = regexp.MustCompile(`^((?:19|20)\d\d) ?[-–] ?((?:19|20)\d\d)$`)

// starsRE is a Markdown emphasis mark left in a text: "*(bao gồm …)",
// "**Mức đóng**" — not a footnote's "(*)".
var starsRE = regexp.MustCompile(`\*+([^\s*)])|([^\s*(])\*+`)

// markdownStars takes Markdown's emphasis marks out of a stem.
func markdownStars(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	return starsRE.ReplaceAllString(s, "$1$2")
}

// dayMonthRE is a date's day and month before its year: "15/7" of
// "15/7/2025" or "ngày 15/7/2025".
var dayMonthRE = regexp.MustCompile(`^(?:ngày )?(\d{1,2}/\d{1,2})/\d{4}$`)

// dayMonthIn says whether a title gives a date's day and month: a
// headline's "… cấp xã trước 15/7, cấp tỉnh trước 15/8" gives "15/7/2025"
// away (round 93), where the stem names the page by it.
func dayMonthIn(f, title string) bool {
	m := dayMonthRE.FindStringSubmatch(f)
	return m != nil && figureIn(m[1], title)
}
