package formats

import (
	"fmt"
	"strings"

	"sotay/internal/viet"
)

// questionTables rewrites the rows of a question table in a Word bank —
// columns such as STT | Nội dung (Câu hỏi) | Phương án trả lời (or A | B |
// C | D) | Đáp án, cells separated by tabs (docx.ExtractMarked) — as the
// Vietnamese text the reader knows ("Câu 1: …", "A. …", "Đáp án: B").
// Lines outside such a table pass unchanged.
func questionTables(lines []string) []string {
	out := make([]string, 0, len(lines))
	cols := tableCols{stem: -1}
	var rows [][]string // the table's question rows, continuations merged
	flush := func() {
		for _, cells := range rows {
			out = append(out, cols.question(cells, len(out)+1)...)
		}
		rows = nil
	}
	for _, l := range lines {
		if !strings.Contains(l, "\t") {
			flush()
			cols = tableCols{stem: -1}
			out = append(out, l)
			continue
		}
		cells := strings.Split(l, "\t")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if c, ok := readHeader(cells); ok {
			flush()
			cols = c
			continue
		}
		if cols.stem < 0 {
			out = append(out, strings.Join(cells, " "))
			continue
		}
		// A row with one empty cell too many in front (a merged margin
		// column) is shifted back.
		if len(cells) == cols.width+1 && cells[0] == "" {
			cells = cells[1:]
		}
		// A row without its number continues the row above (a row broken
		// across pages, or cells merged down): its cells join the cells
		// above, column by column.
		if cols.number >= 0 && len(rows) > 0 && (cols.number >= len(cells) || cells[cols.number] == "") {
			prev := rows[len(rows)-1]
			for i, c := range cells {
				if c == "" {
					continue
				}
				for len(prev) <= i {
					prev = append(prev, "")
				}
				prev[i] = strings.TrimSpace(prev[i] + " " + c)
			}
			rows[len(rows)-1] = prev
			continue
		}
		rows = append(rows, cells)
	}
	flush()
	return out
}

// question writes one table row as "Câu n: …", its options and its key.
func (cols tableCols) question(cells []string, fallback int) []string {
	cell := func(i int) string {
		if i >= 0 && i < len(cells) {
			return cells[i]
		}
		return ""
	}
	num := fmt.Sprint(fallback)
	if n := strings.TrimRight(cell(cols.number), "."); n != "" {
		num = n
	}
	out := []string{"Câu " + num + ": " + stripMarks(cell(cols.stem))}
	if len(cols.letters) > 0 {
		for k, c := range cols.letters {
			if t := cell(c); t != "" {
				out = append(out, fmt.Sprintf("%c. %s", 'A'+k, t))
			}
		}
	} else if t := cell(cols.options); t != "" {
		out = append(out, t)
	}
	if a := stripMarks(cell(cols.answer)); a != "" {
		out = append(out, "Đáp án: "+a)
	}
	return out
}

// tableCols are the columns of a question table (-1: none).
type tableCols struct {
	number, stem, options, answer int
	letters                       []int // columns headed A, B, C, D …
	width                         int   // cells in the header row
}

// readHeader recognises a question table's header row.
func readHeader(cells []string) (tableCols, bool) {
	c := tableCols{number: -1, stem: -1, options: -1, answer: -1, width: len(cells)}
	for i, cell := range cells {
		f := viet.Fold(strings.TrimSpace(stripMarks(cell)))
		switch {
		case f == "stt" || f == "tt" || f == "so tt" || f == "cau":
			c.number = i
		case strings.HasPrefix(f, "noi dung") || strings.HasPrefix(f, "cau hoi") || f == "de bai":
			c.stem = i
		case strings.HasPrefix(f, "phuong an") || strings.HasPrefix(f, "lua chon"):
			c.options = i
		case strings.HasPrefix(f, "dap an"):
			c.answer = i
		case len(f) == 1 && f[0] >= 'a' && f[0] <= 'f' && int(f[0]-'a') == len(c.letters):
			c.letters = append(c.letters, i)
		}
	}
	return c, c.stem >= 0 && c.answer >= 0 && (c.options >= 0 || len(c.letters) >= 2)
}
