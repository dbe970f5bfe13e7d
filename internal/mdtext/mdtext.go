// Package mdtext reads a Markdown file as the plain text a reader shows:
// emphasis marks, heading marks, link syntax and table rules dropped, line
// by line, the headings kept apart with their level. Web pages saved as
// Markdown (a legal portal's page, a party site's article) come this way:
// "**Điều 1.** …", "| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA …** |", "[Tải về](…)".
package mdtext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Heading is a "# …" line of the text Plain gives: its start, in runes,
// and its level (1–6).
type Heading struct {
	Offset int
	Level  int
}

var (
	imageRE  = regexp.MustCompile(`!\[([^\]\n]*)\]\([^)\n]*\)`)
	linkRE   = regexp.MustCompile(`\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"\n]*")?\)`)
	strongRE = regexp.MustCompile(`\*\*|__`)
	// emRE is a pair of single stars around words: "*(Hình từ Internet)*".
	// A lone star ("(*)", "5 * 3") is the text's own.
	emRE      = regexp.MustCompile(`(^|[\s(“"'])\*([^\s*](?:[^*\n]*[^\s*])?)\*($|[\s.,;:!?)”"'])`)
	escapeRE  = regexp.MustCompile(`\\([\\*_#\-.!\[\]()>|+` + "`" + `])`)
	codeRE    = regexp.MustCompile("`([^`\n]+)`")
	ruleRE    = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	breakRE   = regexp.MustCompile(`(?i)\s*<br\s*/?>\s*`)
	emptyEmRE = regexp.MustCompile(` *\*+ +\*+ *`)
	// stopEmRE is a stop set in italics, glued to the word before it: "…
	// Chủ tịch UBND các xã, phường*.*" (a portal's page: the list item
	// read "phường*", round 115).
	stopEmRE = regexp.MustCompile(`\*([.,;:!?]{1,3})\*`)
	// bulletPointRE is a Markdown bullet before a point's mark: "- a) ",
	// "* 2. ".
	// gluedStarsRE is a point's mark with stars glued to it: "8.* **".
	gluedStarsRE  = regexp.MustCompile(`^(\d{1,3}[.)]|[a-zđ]\))\*+(?:[ \t]*\*+)?[ \t]*`)
	bulletPointRE = regexp.MustCompile(`^[-*+][ \t]+((?:[a-zđ]|\d{1,2})[).][ \t])`)
	// gluedTitleRE is a bold title after a sentence's end, at a line's
	// end: "… thẩm quyền.**Thời gian tiến hành …**".
	gluedTitleRE = regexp.MustCompile(`\p{L}[)”"]?([.;!?])\*\*(\p{Lu}[^*.;!?\n]{2,200}:?)\*\*\s*$`)
	headRE       = regexp.MustCompile(`^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
)

// EditLinkRE is an encyclopedia's edit link at a line's start: "[sửa |
// sửa mã nguồn]", "[sửa]", "[edit]".
var EditLinkRE = regexp.MustCompile(`^\s*\[(?:sửa(?: \| sửa mã nguồn)?|sửa mã nguồn|edit(?: \| edit source)?)\]\s*`)

// Plain is md as plain text, with its headings. Every line of md gives one
// line, but a bold title or an italic caption a hard wrap broke gives one
// for all its lines (wrappedSpan), a table's rule rows and lines of bare
// pipes give none, and a "<br>" inside a cell breaks it, as the page shows
// it (so a letterhead's
// "ĐẢNG BỘ HUYỆN …<br>ĐẢNG ỦY XÃ …" reads as its two lines): the text
// keeps the file's layout; nothing in it is ever dropped but marks.
func Plain(md string) (string, []Heading) {
	var b strings.Builder
	var heads []Heading
	at := 0 // runes written
	fenced := false
	if md == "" {
		return "", nil
	}
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	if strings.HasSuffix(md, "\n") {
		lines = lines[:len(lines)-1]
	}
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], "\r")
		if n := wrappedSpan(lines[i:]); n > 0 && !fenced {
			// a bold title or an italic caption a PDF's hard wrap broke:
			// "**II. MỤC" / "TIÊU**" is one line, as Markdown reads a break
			// inside a paragraph
			line = strings.Join(trimAll(lines[i:i+n+1]), " ")
			i += n
		}
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if !fenced {
			// an encyclopedia's edit link glued to the line it heads:
			// "[sửa | sửa mã nguồn]### Tổ chức" (round 74: in 5,142 of the
			// dataset's pages, it hid the headings and led the stems)
			line = EditLinkRE.ReplaceAllString(line, "")
			if ruleRE.MatchString(line) && strings.Contains(line, "|") || strings.Trim(line, "| \t") == "" && strings.Contains(line, "|") {
				continue // a table's rule row, an empty cell's line
			}
			level := 0
			if m := headRE.FindStringSubmatch(line); m != nil {
				level, line = len(m[1]), m[2]
			}
			line = inline(line)
			if level > 0 && strings.TrimSpace(line) != "" {
				heads = append(heads, Heading{Offset: at, Level: level})
			}
		}
		b.WriteString(line)
		b.WriteByte('\n')
		at += utf8.RuneCountInString(line) + 1
	}
	return b.String(), heads
}

// inline drops one line's inline marks: a quote's ">", table pipes,
// images, links (their text kept), code marks, emphasis, escapes.
func inline(s string) string {
	t := strings.TrimLeft(s, " \t")
	for strings.HasPrefix(t, "> ") || t == ">" {
		t = strings.TrimLeft(strings.TrimPrefix(t, ">"), " \t")
		s = t
	}
	if m := bulletPointRE.FindStringSubmatchIndex(t); m != nil {
		// a list's bullet before the point's own mark, "- a) Đăng ký …"
		// (a Word file saved as Markdown: round 104's decree read its
		// lettered points as dashes, "a) …" their text)
		s = t[m[2]:]
		t = s
	}
	if m := gluedStarsRE.FindStringSubmatchIndex(t); m != nil {
		// a point's mark with a converter's stars glued on: "8.* **Xử lý
		// dữ liệu* là …", "18.* Điều phối dữ liệu *là …" (the Law on Data's
		// terms 8 and 18 read as no points, their numbers asked as figures)
		s = t[m[2]:m[3]] + " " + t[m[1]:]
		if i := strings.IndexByte(s, '*'); i > 0 && i+1 < len(s) && strings.Count(s, "*") == 1 {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+1:])
			if unicode.IsLetter(before) && unicode.IsSpace(after) || unicode.IsSpace(before) && unicode.IsLetter(after) {
				s = s[:i] + s[i+1:] // its other star, left alone
			}
		}
		t = s
	}
	if strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") && strings.Count(t, "|") > 1 {
		// a table row: its cells, apart (a letterhead's two columns)
		var cells []string
		for c := range strings.SplitSeq(strings.Trim(strings.TrimSpace(t), "|"), "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		s = strings.Join(cells, "\t") // (as a Word table's row reads)
	}
	// a bold title glued to the paragraph before it, a page's sub-heading
	// lost its line: "… trên cơ sở quy định của cấp có thẩm quyền.**Thời
	// gian tiến hành đại hội đảng bộ các cấp**" (round 87: its deadlines
	// were named by the part before)
	if m := gluedTitleRE.FindStringSubmatchIndex(s); m != nil && len(strings.Fields(s[m[4]:m[5]])) <= 20 {
		s = s[:m[3]] + "\n" + s[m[4]:m[5]]
	}
	s = breakRE.ReplaceAllString(s, "\n") // a cell's lines: "ĐẢNG BỘ HUYỆN …<br>ĐẢNG ỦY XÃ …"
	s = imageRE.ReplaceAllString(s, "")
	s = linkRE.ReplaceAllString(s, "$1")
	s = codeRE.ReplaceAllString(s, "$1")
	// an empty pair of marks a converter left in a word's gap: "8.* *Bỏ
	// phiếu …", "quyết định* * cử" (round 105: the point "8." read as no
	// point, the Constitution's fifteen powers of the National Assembly
	// counted as seven)
	s = emptyEmRE.ReplaceAllStringFunc(s, func(m string) string {
		if t := strings.Trim(m, " "); len(t)-len(strings.TrimLeft(t, "*")) == len(t)-len(strings.TrimRight(t, "*")) {
			return " " // ("**bold** *italic*" keeps its marks: "** *" is no pair)
		}
		return m
	})
	s = strongRE.ReplaceAllString(s, "")
	s = stopEmRE.ReplaceAllString(s, "$1")
	for range 3 { // "*a* *b*": a pair's end is the next one's start
		n := emRE.ReplaceAllString(s, "$1$2$3")
		if n == s {
			break
		}
		s = n
	}
	s = escapeRE.ReplaceAllString(s, "$1")
	// a mark left unpaired at a line's end: "**Câu 6: … nhân tố nào?*" (a
	// page's bold question closed with one star) would hide its "?"
	s = strings.TrimRight(s, " \t")
	if t := strings.TrimRight(s, "*_"); t != s && strings.TrimSpace(t) != "" && !strings.HasSuffix(t, " ") {
		s = t
	}
	return s
}

// wrappedSpan is how many lines after lines[0] a bold title opened there
// runs on: "**II. MỤC" / "TIÊU**", "**Điều 1. Phạm vi điều" / "chỉnh và đối
// tượng áp dụng**", "**ỦY" / "BAN NHÂN DÂN**" — the way a PDF saved as
// Markdown (a legal portal's page) breaks its headings and letterheads —,
// or an italic caption, "*(Ban hành kèm theo Quyết định số 138/2025/QĐ-UBND
// …" / "của Ủy ban nhân dân tỉnh Đồng Tháp)*". The span opens the line with
// words after its mark, closes at a line's end within four lines, holds no
// other mark and no blank line, and is a title's length (60 words at
// most); else 0.
func wrappedSpan(lines []string) int {
	first := strings.TrimSpace(lines[0])
	mark := "**"
	switch {
	case strings.HasPrefix(first, "***"):
		return 0
	case strings.HasPrefix(first, "**"):
	case strings.HasPrefix(first, "*") && len(first) > 1 && first[1] != ' ' && first[1] != '\t':
		mark = "*" // (not a bullet: "* item")
	default:
		return 0
	}
	if strings.Count(first, mark)%2 == 0 || strings.Trim(first, "* ") == "" || mark == "*" && strings.Contains(first, "**") {
		return 0
	}
	words := len(strings.Fields(first))
	for k := 1; k <= 4 && k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		words += len(strings.Fields(t))
		if t == "" || words > 60 || strings.HasPrefix(t, "|") || strings.HasPrefix(t, "#") {
			return 0
		}
		if mark == "*" && strings.Contains(t, "**") {
			return 0
		}
		switch strings.Count(t, mark) {
		case 0:
			continue
		case 1:
			if strings.HasSuffix(t, mark) && !strings.HasSuffix(t, mark+"*") {
				return k
			}
		}
		return 0
	}
	return 0
}

func trimAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}
