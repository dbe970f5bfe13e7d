// Package report writes a bản thu hoạch (a cadre's learning report on a
// resolution): a standard skeleton around the reader's highlights and
// notes, grouped under the document's headings, edited as plain text and
// exported to Word and PDF with Vietnamese typography.
//
// The text is plain lines with a little markup, so that an office worker
// edits it in a box: "# " a centred bold heading, "## " a bold section
// heading, "> " a quotation (italic), "-> " a line to the right (place and
// date, signature); anything else a paragraph.
package report

import (
	"fmt"
	"strings"
	"time"
)

// Mark is a highlight or note to gather.
type Mark struct {
	Section string // the heading it falls under ("Điều 2. Nhiệm vụ"), "" before the first
	Quote   string
	Note    string
}

// Source is the document the report is about.
type Source struct {
	Title    string // "Nghị quyết số 15-NQ/QU … về …"
	Citation string // "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Tây Giang"
	Place    string // the place to date the report from, if known
}

// Generate is a report's first draft: the skeleton with the marks under
// their headings, in reading order.
func Generate(src Source, marks []Mark, today time.Time) string {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line("# BẢN THU HOẠCH")
	line("# Học tập, quán triệt " + src.Citation)
	if src.Title != "" && !strings.Contains(src.Citation, src.Title) {
		line("(" + src.Title + ")")
	}
	line("")
	line("## I. THÔNG TIN CÁ NHÂN")
	line("Họ và tên: ……………………………………")
	line("Chức vụ: ……………………………………")
	line("Đơn vị (chi bộ): ……………………………………")
	line("")
	line("## II. NHỮNG NỘI DUNG CƠ BẢN ĐÃ TIẾP THU")
	if len(marks) == 0 {
		line("(Chưa có đoạn nào được tô sáng: hãy tô sáng và ghi chú trong trình đọc, rồi tạo lại bản thu hoạch, hoặc viết ở đây.)")
	}
	section := "\x00"
	for _, m := range marks {
		if m.Section != section {
			section = m.Section
			if section != "" {
				line(section) // with its own label: "Điều 2. Nhiệm vụ", "3. Thành phần"
			}
		}
		line("> “" + strings.Join(strings.Fields(m.Quote), " ") + "”")
		if strings.TrimSpace(m.Note) != "" {
			line(strings.TrimSpace(m.Note))
		}
	}
	line("")
	line("## III. LIÊN HỆ, VẬN DỤNG VÀO THỰC TIỄN ĐƠN VỊ")
	line("……………………………………")
	line("")
	line("## IV. CAM KẾT CỦA BẢN THÂN")
	line("……………………………………")
	line("")
	place := src.Place
	if place == "" {
		place = "……"
	}
	line(fmt.Sprintf("-> %s, ngày %d tháng %d năm %d", place, today.Day(), int(today.Month()), today.Year()))
	line("-> NGƯỜI VIẾT THU HOẠCH")
	line("-> (Ký và ghi rõ họ tên)")
	return b.String()
}

// Kind of a line of the report's text.
type Kind int

const (
	Para Kind = iota
	Title
	Heading
	Quote
	Right
)

// Line is one parsed line.
type Line struct {
	Kind Kind
	Text string
}

// Parse reads the report's text into lines.
func Parse(text string) []Line {
	var out []Line
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		t := strings.TrimRight(l, " \t")
		switch {
		case strings.HasPrefix(t, "# "):
			out = append(out, Line{Title, strings.TrimSpace(t[2:])})
		case strings.HasPrefix(t, "## "):
			out = append(out, Line{Heading, strings.TrimSpace(t[3:])})
		case strings.HasPrefix(t, "> "):
			out = append(out, Line{Quote, strings.TrimSpace(t[2:])})
		case strings.HasPrefix(t, "-> "):
			out = append(out, Line{Right, strings.TrimSpace(t[3:])})
		default:
			out = append(out, Line{Para, strings.TrimSpace(t)})
		}
	}
	for len(out) > 0 && out[len(out)-1].Text == "" {
		out = out[:len(out)-1]
	}
	return out
}
