package draft

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sotay/internal/viet"
)

// Quoted words a text sets apart: the goal every resolution repeats
// ("dân giàu, nước mạnh, dân chủ, công bằng, văn minh"), whose order is
// what a cadre learns, and terms it names in quotes ("tự diễn biến",
// "nhóm lợi ích") — the kernel of a passage, which a definition or a
// warning turns on.

var quoteRE = regexp.MustCompile(`["“]([^"“”]{3,90})["”]`)

// quotation is one quoted span of a line: its text, where it stands and
// the sentence around it.
type quotation struct {
	text     string
	sentence string // the excerpt, the quote in it with its marks
	at       int    // byte offset of the quote's text in sentence
	line     dline
}

// quotations finds the quoted spans of the body, each with its sentence.
func (g *drafter) quotations() []quotation {
	var out []quotation
	for _, l := range g.lines {
		if !l.body || l.heading {
			continue
		}
		text := stripItem(l.text)
		for _, sp := range sentences(text) {
			s := strings.TrimSpace(text[sp[0]:sp[1]])
			s = strings.TrimRight(s, ".;: ")
			for _, m := range quoteRE.FindAllStringSubmatchIndex(s, -1) {
				ex, at := s, m[2]
				if words(ex) > 45 {
					// a long sentence: from the clause the quote ends
					i := strings.LastIndex(s[:m[0]], "; ")
					if i < 0 {
						continue
					}
					ex, at = s[i+2:], m[2]-(i+2)
					if words(ex) > 45 || words(ex) < 6 {
						continue
					}
				}
				out = append(out, quotation{text: s[m[2]:m[3]], sentence: ex, at: at, line: l})
			}
		}
	}
	return out
}

// amendedWordsRE ends the words before an amendment's quoted words.
var amendedWordsRE = regexp.MustCompile(`(?:cụm từ|từ ngữ|các từ|từ) ["“]$`)

// slogans proposes, for a quoted enumeration of short items, its words
// in the order the text gives them among the same words reordered; and for
// a quoted term, the term among the text's other quoted terms.
func (g *drafter) slogans() {
	qs := g.quotations()
	seen := map[string]bool{}
	terms := 0
	for _, q := range qs {
		if seen[q.text] || seen["\x00"+q.sentence] {
			continue // (one blank a sentence: "“vùng cấm”, “……”" shows the other's answer)
		}
		seen[q.text], seen["\x00"+q.sentence] = true, true
		if amendedWordsRE.MatchString(q.sentence[:q.at]) {
			// "Thay thế cụm từ “các huyện, thị xã, thành phố Huế” bằng cụm
			// từ “các xã, phường”": the words an amendment replaces, no
			// slogan; reordered, they are garbled (round 42)
			continue
		}
		blanked := gluedNoteRE.ReplaceAllString(q.sentence[:q.at]+"……"+q.sentence[q.at+len(q.text):], "$1$2")
		stem := fmt.Sprintf("Theo %s, điền vào chỗ trống: %s", g.refOf(q.line), quoted(blanked, false))
		if items := sloganItems(q.text); items != nil {
			// a motto written with its first word in capitals ("Đổi mới,
			// dân chủ, đoàn kết, trách nhiệm"): each order capitalised so,
			// not "dân chủ, Đổi mới, …", which points at the answer (round
			// 52)
			var orders []string
			if first, _ := utf8.DecodeRuneInString(q.text); unicode.IsUpper(first) && !unicode.IsUpper([]rune(items[0])[min(1, len([]rune(items[0]))-1)]) {
				low := append([]string{lowerFirst(items[0])}, items[1:]...)
				for _, o := range reorderings(low) {
					orders = append(orders, viet.UpperFirst(o))
				}
			} else {
				orders = reorderings(items)
			}
			wrong := distinctFrom(q.text, orders, 3)
			if len(wrong) < 3 {
				continue
			}
			d := choice(stem, q.text, wrong)
			d.Explanation, d.Passage, d.Difficulty = explainQuote(g.refOf(q.line), q.sentence), g.passage(q.line, q.text), 2
			g.add(DraftList, d)
			continue
		}
		if terms >= 3 || !isTerm(q.text) || !named(q) {
			continue
		}
		var others, loose []string
		for _, o := range qs {
			if isTerm(o.text) && o.text != q.text && !strings.Contains(q.sentence, o.text) && !strings.Contains(o.text, q.text) && !strings.Contains(q.text, o.text) {
				if named(o) {
					others = append(others, o.text)
				} else {
					loose = append(loose, o.text)
				}
			}
		}
		// (two of the three wrong options such terms at least)
		wrong := distinctFrom(q.text, append(others, loose...), 3)
		if len(wrong) < 3 || len(distinctFrom(q.text, others, 2)) < 2 {
			continue
		}
		d := choice(stem, q.text, wrong)
		d.Explanation, d.Passage, d.Difficulty = explainQuote(g.refOf(q.line), q.sentence), g.passage(q.line, q.text), 2
		g.add(DraftList, d)
		terms++
	}
}

// sloganItems are a quote's items when it is an enumeration of three to
// six short ones ("dân giàu, nước mạnh, …"), else nil.
func sloganItems(s string) []string {
	parts := strings.Split(s, ", ")
	if len(parts) < 3 || len(parts) > 6 {
		return nil
	}
	for _, p := range parts {
		if n := words(p); n < 1 || n > 3 || strings.ContainsAny(p, ";:.") {
			return nil
		}
	}
	return parts
}

// named says whether a quoted term stands after the kind of thing it
// names — "cơ chế “xin - cho”", "phương pháp “quản lý theo kết quả”" —
// so that the other such terms fit its blank too, and are its wrong
// options. "tháo gỡ những “điểm
// nghẽn”", "Không “hình sự hóa”" and "tiêu cực, “lợi ích nhóm”" fit only
// their own words: round 30's judge dropped all three.
func named(q quotation) bool {
	before := viet.Fold(strings.TrimRight(q.sentence[:q.at], " “\""))
	for _, k := range termKinds {
		if strings.HasSuffix(before, " "+k) || before == k {
			return true
		}
	}
	return false
}

// termKinds are the kinds of thing a quoted term names, folded.
var termKinds = []string{"co che", "phuong phap", "phuong cham", "tinh than", "nguyen tac", "tinh trang", "mo hinh", "phong trao",
	"chu truong", "khau hieu", "cuoc van dong", "hien tuong", "can benh", "benh", "phuong thuc", "tu duy", "cach lam", "kieu", "bieu hien"}

// isTerm says whether a quote is a term: two to five words in small
// letters ("tự diễn biến", "xin - cho"), not a title nor a sentence.
func isTerm(s string) bool {
	n := words(s)
	return n >= 2 && n <= 5 && strings.ToLower(s) == s && !strings.ContainsAny(s, ",;:.0123456789")
}

// reorderings are the items in other orders: two neighbours swapped at
// the start, at the end, the last brought first, the first sent last.
func reorderings(items []string) []string {
	n := len(items)
	re := func(f func([]string) []string) string {
		c := append([]string{}, items...)
		return strings.Join(f(c), ", ")
	}
	return []string{
		re(func(c []string) []string { c[0], c[1] = c[1], c[0]; return c }),
		re(func(c []string) []string { c[n-2], c[n-1] = c[n-1], c[n-2]; return c }),
		re(func(c []string) []string { return append([]string{c[n-1]}, c[:n-1]...) }),
		re(func(c []string) []string { return append(c[1:], c[0]) }),
		re(func(c []string) []string { c[1], c[2] = c[2], c[1]; return c }),
	}
}
