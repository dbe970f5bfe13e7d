package vanban

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Heading is one entry of a document's outline.
type Heading struct {
	Level  int    // 1 for the top of the tree
	Label  string // "Chương II", "Điều 5.", "II.", "1.", "a)"
	Title  string // the heading's words after the label
	Page   int    // from 1
	Offset int    // in runes into the page's text
}

// Heading kinds from the outermost in: a heading nests under the nearest
// preceding heading of an outer kind.
const (
	rankPart = iota
	rankChapter
	rankSection
	rankArticle
	rankRoman
	rankUnmarked // a heading without a mark over numbered points
	rankArabic
	rankLetter
)

var headingRes = []struct {
	rank int
	re   *regexp.Regexp
}{
	{rankPart, regexp.MustCompile(`^((?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+\p{L}+|(?:Phần|PHẦN)\s+[IVXLC]+\b)[.:]?\s*(.*)$`)},
	{rankChapter, regexp.MustCompile(`^((?:Chương|CHƯƠNG)\s+[IVXLC0-9]+)[.:]?\s*(.*)$`)},
	{rankSection, regexp.MustCompile(`^((?:Mục|MỤC)\s+[0-9IVXLC]+)[.:]?\s*(.*)$`)},
	{rankArticle, regexp.MustCompile(`^((?:Điều|ĐIỀU)\s+\d+[a-z]?\.?)\s*(.*)$`)},
	{rankRoman, regexp.MustCompile(`^([IVXLC]{1,6}\.)\s+(\p{Lu}.*)$`)},
	{rankArabic, regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2})*\.)\s*(\p{Lu}.*)$`)}, // "41.Trong" too
	// "1. 100% đội ngũ cán bộ …": a target opening with its figure
	{rankArabic, regexp.MustCompile(`^(\d{1,2}\.)\s+(\d{1,3}(?:,\d+)?%\s.*)$`)},
	// "I - TÌNH HÌNH", "1 - Qua hơn 30 năm": the dash of texts from the
	// web (labelled "I.", "1." in the outline).
	{rankRoman, regexp.MustCompile(`^([IVXLC]{1,6})\s?[-–]\s+(\p{Lu}.*)$`)},
	{rankArabic, regexp.MustCompile(`^(\d{1,2})\s?[-–]\s+(\p{Lu}.*)$`)},
	{rankLetter, regexp.MustCompile(`^([a-zđ]\))\s+(.+)$`)},
}

// maxHeadingLine bounds the line a numbered heading may start: a
// numbered point of a resolution is often a whole paragraph; longer lines
// are text.
const maxHeadingLine = 4000

// Styled is a heading a file format marks itself (a DOCX heading style, a
// Markdown "#"): the line's page and rune offset, and its level (1–9).
type Styled struct {
	Page, Offset, Level int
}

// Outline finds the headings of a document given by pages. styled, if not
// empty, are headings the file marks; they come in at their level,
// above every numbered heading.
func Outline(pages []string, styled []Styled) []Heading {
	marked := map[[2]int]int{}
	for _, s := range styled {
		marked[[2]int{s.Page, s.Offset}] = s.Level
	}
	// Headings without a mark over runs of numbered points ("Về quan hệ
	// chính trị, quốc phòng và an ninh" then "6. Hai nhà lãnh đạo …", as
	// Unflatten leaves a joint statement): in the outline when a text has
	// two or more.
	unmarked := map[[2]int]bool{}
	for p, text := range pages {
		lines := strings.Split(text, "\n")
		offset := 0
		for i, line := range lines {
			t := strings.TrimSpace(line)
			// (four words at least, not a photo's caption or credit:
			// "Will Ho", "Ảnh minh họa")
			if i+1 < len(lines) && unmarkedHeading(t) && len(strings.Fields(t)) >= 4 && !strings.HasPrefix(t, "Ảnh") && !strings.ContainsAny(t[len(t)-1:], ".;:!?,") && !strings.Contains(t, ". ") &&
				!labelled(t) && pointLine.MatchString(strings.TrimSpace(lines[i+1])) {
				lead := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(line, " \t"))
				unmarked[[2]int{p, offset + lead}] = true
			}
			offset += utf8.RuneCountInString(line) + 1
		}
	}
	if len(unmarked) < 2 {
		unmarked = nil
	}
	var out []Heading
	type open struct{ rank, level int }
	var stack []open
	for p, text := range pages {
		offset := 0
		for line := range strings.Lines(text) {
			start := offset
			offset += utf8.RuneCountInString(line)
			trimmed := strings.TrimSpace(line)
			if trimmed == "" || utf8.RuneCountInString(trimmed) > maxHeadingLine {
				continue
			}
			lead := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(line, " \t"))
			if unmarked[[2]int{p, start + lead}] {
				for len(stack) > 0 && stack[len(stack)-1].rank >= rankUnmarked {
					stack = stack[:len(stack)-1]
				}
				stack = append(stack, open{rankUnmarked, len(stack) + 1})
				out = append(out, Heading{Level: len(stack), Title: shortTitle(trimmed), Page: p + 1, Offset: start + lead})
				continue
			}
			rank, label, title := -1, "", ""
			lv, styledHere := marked[[2]int{p + 1, start}]
			if !styledHere && attachedRE.MatchString(trimmed) && len(out) > 0 {
				// "KẾ HOẠCH" after a decision's articles: the plan it
				// issues is a document of its own, its parts not under
				// "Điều 3" (round 17, Quyết định 2623/QĐ-TTg)
				stack = append(stack[:0], open{rankPart, 1})
				out = append(out, Heading{Level: 1, Title: trimmed, Page: p + 1, Offset: start + lead})
				continue
			}
			if !styledHere && !mayBeHeading(trimmed) {
				continue
			}
			if styledHere {
				title = trimmed
				for _, h := range headingRes {
					if g := h.re.FindStringSubmatch(trimmed); g != nil {
						label, title = strings.TrimSpace(g[1]), strings.TrimSpace(g[2])
						break
					}
				}
				rank = lv - 10 // styled headings sit above numbered ones
			} else {
				for _, h := range headingRes {
					// (a long paragraph may be a numbered or a lettered
					// point, its first sentence naming it: a directive's
					// "b) Tiếp tục rà soát …" of six lines is one of its
					// tasks, round 17)
					if g := h.re.FindStringSubmatch(trimmed); g != nil {
						rank, label, title = h.rank, strings.TrimSpace(g[1]), strings.TrimSpace(g[2])
						if !strings.HasSuffix(label, ".") && (h.rank == rankRoman || h.rank == rankArabic) {
							label += "."
						}
						break
					}
				}
			}
			if rank == -1 {
				continue
			}
			for len(stack) > 0 && stack[len(stack)-1].rank >= rank {
				stack = stack[:len(stack)-1]
			}
			level := len(stack) + 1
			stack = append(stack, open{rank, level})
			out = append(out, Heading{Level: level, Label: label, Title: shortTitle(title), Page: p + 1, Offset: start + lead})
		}
	}
	return out
}

// attachedRE is the title line of a document a decision or a resolution
// issues with it.
var attachedRE = regexp.MustCompile(`^(KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN)$`)

// labelled reports whether s opens with a heading's label.
func labelled(s string) bool {
	for _, h := range headingRes {
		if h.re.MatchString(s) {
			return true
		}
	}
	return false
}

// pointLine is a numbered point of text from the web: "6. Hai nhà lãnh
// đạo …", "41.Trong …".
var pointLine = regexp.MustCompile(`^\d{1,2}\.\s*\p{Lu}`)

// shortTitle keeps a heading's first sentence, at most 120 characters.
func shortTitle(s string) string {
	if i := strings.Index(s, ". "); i > 0 && i < 120 {
		s = s[:i+1]
	}
	if utf8.RuneCountInString(s) > 120 {
		s = string([]rune(s)[:119]) + "…"
	}
	return s
}

// mayBeHeading is a cheap test before the patterns: a heading starts with
// a digit, a Roman numeral letter, "Phần", "Chương", "Mục", "Điều" (any
// case) or a small letter and ")".
func mayBeHeading(s string) bool {
	c := s[0]
	switch {
	case c >= '0' && c <= '9', c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C':
		return true
	case c >= 'a' && c <= 'z':
		return len(s) > 1 && s[1] == ')'
	}
	for _, p := range []string{"Phần", "PHẦN", "Mục", "MỤC", "Điều", "ĐIỀU", "đ)"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
