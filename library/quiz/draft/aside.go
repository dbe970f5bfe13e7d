package draft

import (
	"regexp"
	"strconv"
	"strings"

	"sotay/library/quiz"
)

// asideRE is a parenthesis after a blank, past its unit: "trên …… (quá
// nửa) so với …", "kiểm điểm ở …… nơi (ở chi bộ … và tập thể …)".
var asideRE = regexp.MustCompile(`…… ((?:\p{L}+ ){0,2})\(([^()]{1,160})\)`)

// fractionRE is a share in words.
var fractionRE = regexp.MustCompile(`(?i)\b(?:quá |một )?nửa\b|phần (?:hai|ba|tư|bốn|năm|mười)\b`)

// dropAside cuts from a blank's stem the parenthesis that tells its answer
// again: a share in words after a percentage ("trên …… (quá nửa)", round
// 91: only 50% could be "quá nửa"), the answer itself, or the places a
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
// false when it is no sentence to ask, a reckoning's line ("= …… người
// (làm tròn 1.122)").
func blankStem(q *quiz.Question) bool {
	if _, quote, ok := strings.Cut(q.Stem, "chỗ trống: “"); ok && strings.HasPrefix(quote, "=") {
		return false
	}
	for _, o := range q.Options {
		if o.Correct && strings.Contains(q.Stem, "……") {
			q.Stem = dropAside(q.Stem, o.Text)
		}
	}
	return true
}
