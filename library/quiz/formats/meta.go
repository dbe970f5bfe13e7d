package formats

import (
	"fmt"
	"sotay/library/quiz"
	"strconv"
	"strings"
)

// sotayMeta is what the exchange formats cannot say themselves, as
// " difficulty=2 fold doc=3 page=1 start=10 end=52 quote=\"…\"": written in
// a comment (GIFT) or a column (CSV, XLSX) so a bank exported and imported
// back keeps its links to passages.
func sotayMeta(q *quiz.Question) string {
	var b strings.Builder
	if q.Difficulty > 0 {
		fmt.Fprintf(&b, " difficulty=%d", q.Difficulty)
	}
	if q.Fold {
		b.WriteString(" fold")
	}
	if p := q.Passage; p != nil && p.DocumentID != 0 {
		fmt.Fprintf(&b, " doc=%d", p.DocumentID)
		if p.End > p.Start {
			fmt.Fprintf(&b, " page=%d start=%d end=%d", p.Page, p.Start, p.End)
		}
		if p.Quote != "" {
			fmt.Fprintf(&b, " quote=%s", strconv.Quote(p.Quote))
		}
	}
	return b.String()
}

// readSotayMeta reads what sotayMeta wrote; unknown words are ignored.
func readSotayMeta(q *quiz.Question, s string) {
	if i := strings.Index(s, "quote="); i >= 0 {
		if quote, err := strconv.Unquote(strings.TrimSpace(s[i+6:])); err == nil {
			passage(q).Quote = quote
		}
		s = s[:i]
	}
	for _, f := range strings.Fields(s) {
		k, v, _ := strings.Cut(f, "=")
		n, _ := strconv.Atoi(v)
		switch k {
		case "difficulty":
			q.Difficulty = n
		case "fold":
			q.Fold = true
		case "doc":
			passage(q).DocumentID = int64(n)
		case "page":
			passage(q).Page = n
		case "start":
			passage(q).Start = n
		case "end":
			passage(q).End = n
		}
	}
	if q.Passage != nil && q.Passage.DocumentID == 0 && q.Passage.Quote == "" {
		q.Passage = nil
	}
}

// passage is q's passage, made when it has none.
func passage(q *quiz.Question) *quiz.Passage {
	if q.Passage == nil {
		q.Passage = &quiz.Passage{}
	}
	return q.Passage
}
