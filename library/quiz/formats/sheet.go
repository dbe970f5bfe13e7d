package formats

import (
	"errors"
	"fmt"
	"strings"

	"sotay/internal/viet"
	"sotay/library/quiz"
)

// A spreadsheet bank (CSV or XLSX) has a header row naming its columns; a
// title above it is skipped. Columns are found by name, folded, so
// "Câu hỏi", "CAU HOI" and "Nội dung câu hỏi" are the same column.
const (
	colType     = "type"
	colStem     = "stem"
	colAnswer   = "answer"
	colExpl     = "explanation"
	colTags     = "tags"
	colLevel    = "level"
	colQuote    = "quote"
	colName     = "name"
	colMeta     = "meta"
	colOptionA  = "A" // options are "A" … "F"
	maxOptions  = quiz.MaxOptions
	headerProbe = 10 // rows searched for the header
)

// columnNames are the folded header names each column is known by.
var columnNames = map[string][]string{
	colType:   {"loai", "loai cau hoi", "dang", "type", "question type"},
	colStem:   {"cau hoi", "noi dung", "noi dung cau hoi", "de bai", "question", "stem"},
	colAnswer: {"dap an", "dap an dung", "answer", "answers", "correct"},
	colExpl:   {"giai thich", "huong dan", "loi giai", "explanation", "feedback"},
	colTags:   {"chu de", "the", "tags", "tag"},
	colLevel:  {"muc do", "do kho", "difficulty", "level"},
	colQuote:  {"trich dan", "nguon", "quote", "passage"},
	colName:   {"ten", "ten cau hoi", "name", "title"},
	colMeta:   {"so tay", "sotay"},
}

// headerColumns maps column indexes of a header row to column keys; ok is
// false unless the row names the stem.
func headerColumns(row []string) (map[int]string, bool) {
	cols := map[int]string{}
	stem := false
	for i, cell := range row {
		f := strings.Join(strings.Fields(strings.Trim(viet.Fold(viet.NFC(cell)), " :*")), " ")
		if f == "" {
			continue
		}
		if k := optionColumn(f); k != "" {
			cols[i] = k
			continue
		}
		for key, names := range columnNames {
			for _, n := range names {
				if f == n {
					cols[i] = key
					if key == colStem {
						stem = true
					}
				}
			}
		}
	}
	return cols, stem
}

// optionColumn reads "A", "Phương án A", "Lựa chọn B", "Option C".
func optionColumn(f string) string {
	for _, prefix := range []string{"", "phuong an ", "lua chon ", "dap an ", "option ", "choice "} {
		rest, ok := strings.CutPrefix(f, prefix)
		if ok && len(rest) == 1 && rest[0] >= 'a' && rest[0] < 'a'+maxOptions {
			return strings.ToUpper(rest)
		}
	}
	return ""
}

// missingColumns names, in Vietnamese, the required columns a header lacks.
func missingColumns(cols map[int]string) []string {
	has := map[string]bool{}
	for _, k := range cols {
		has[k] = true
	}
	var out []string
	if !has[colStem] {
		out = append(out, "“Câu hỏi”")
	}
	if !has[colAnswer] {
		out = append(out, "“Đáp án”")
	}
	return out
}

// sheetItems turns spreadsheet rows into items. rows[i] is line first+i.
// formula, when not nil, says whether a cell holds a formula (for a better
// message when a required cell is empty).
func sheetItems(rows [][]string, formula func(row, col int) bool) []quiz.Item {
	headerAt := -1
	var cols map[int]string
	for i := 0; i < len(rows) && i < headerProbe; i++ {
		if c, ok := headerColumns(rows[i]); ok {
			headerAt, cols = i, c
			break
		}
	}
	if headerAt < 0 {
		var seen []string
		if len(rows) > 0 {
			for _, c := range rows[0] {
				if strings.TrimSpace(c) != "" {
					seen = append(seen, "“"+strings.TrimSpace(c)+"”")
				}
			}
		}
		return []quiz.Item{quiz.FaultAt(1, "sheet_no_header", "Cols", strings.Join(seen, ", "))}
	}
	if miss := missingColumns(cols); len(miss) > 0 {
		return []quiz.Item{quiz.FaultAt(headerAt+1, "sheet_missing_cols", "Cols", strings.Join(miss, ", "))}
	}
	var items []quiz.Item
	for i := headerAt + 1; i < len(rows); i++ {
		line := i + 1
		cell := map[string]string{}
		empty := true
		for c, v := range rows[i] {
			if k, ok := cols[c]; ok {
				v = strings.TrimSpace(viet.NFC(v))
				cell[k] = v
				if v != "" {
					empty = false
				}
			}
		}
		if empty {
			continue
		}
		for c, k := range cols {
			if (k == colStem || k == colAnswer) && cell[k] == "" && formula != nil && formula(i, c) {
				items = append(items, quiz.FaultAt(line, "sheet_formula", "Cell", cellName(c, line)))
				goto next
			}
		}
		items = append(items, rowItem(line, cell))
	next:
	}
	return items
}

func cellName(col, line int) string {
	name := ""
	for col >= 0 {
		name = string(rune('A'+col%26)) + name
		col = col/26 - 1
	}
	return fmt.Sprintf("%s%d", name, line)
}

// rowItem reads one row through the same rules as the Vietnamese text.
func rowItem(line int, cell map[string]string) quiz.Item {
	v := &vnQuestion{line: line, number: line, answer: cell[colAnswer], tags: cell[colTags], level: cell[colLevel], quote: cell[colQuote]}
	if s := cell[colStem]; s != "" {
		v.stem = []string{s}
	}
	if e := cell[colExpl]; e != "" {
		v.expl = []string{e}
	}
	for k := 0; k < maxOptions; k++ {
		text := cell[string(rune('A'+k))]
		if text == "" {
			break
		}
		star := strings.HasPrefix(text, "*")
		v.options = append(v.options, quiz.Option{Text: strings.TrimSpace(strings.TrimPrefix(text, "*"))})
		v.starred = append(v.starred, star)
		v.emph = append(v.emph, false)
	}
	want := typeFromName(cell[colType])
	if cell[colType] != "" && want == "" {
		return quiz.FaultAt(line, "sheet_type_unknown", "Type", cell[colType])
	}
	if want == quiz.TrueFalse && len(v.options) == 0 {
		v.options = quiz.TrueFalseOptions(true)
		v.options[0].Correct = false
		v.starred, v.emph = []bool{false, false}, []bool{false, false}
	}
	it := v.build("", 0)
	if it.Err != nil {
		// A row is its own question: its line says it all.
		var f *quiz.Fault
		if errors.As(it.Err, &f) {
			delete(f.Args, "Q")
		}
		return it
	}
	q := it.Q
	q.Name = cell[colName]
	if m := cell[colMeta]; m != "" {
		readSotayMeta(q, m)
		if q.Passage != nil && q.Passage.Quote == "" && cell[colQuote] != "" {
			q.Passage.Quote = cell[colQuote]
		}
	}
	if want == quiz.Multi && q.Type == quiz.Single {
		q.Type = quiz.Multi // one right answer among several allowed
	}
	if want != "" && want != q.Type && !(want == quiz.Single && q.Type == quiz.TrueFalse) {
		return quiz.FaultAt(line, "sheet_type_mismatch", "Type", cell[colType], "Actual", string(q.Type))
	}
	return it
}

// typeFromName reads a type column: Vietnamese names or type codes.
func typeFromName(s string) quiz.Type {
	switch strings.Join(strings.Fields(viet.Fold(s)), " ") {
	case "mot dap an", "mot lua chon", "trac nghiem", "single", "multichoice":
		return quiz.Single
	case "nhieu dap an", "nhieu lua chon", "multi", "multiple":
		return quiz.Multi
	case "dung/sai", "dung sai", "dung - sai", "truefalse", "true/false":
		return quiz.TrueFalse
	case "dien khuyet", "dien vao cho trong", "cloze":
		return quiz.Cloze
	case "tra loi ngan", "short", "shortanswer":
		return quiz.Short
	}
	return ""
}

// sheetHeader is the header row of an exported sheet with n options.
func sheetHeader(n int) []string {
	h := []string{"Loại", "Câu hỏi"}
	for k := 0; k < n; k++ {
		h = append(h, string(rune('A'+k)))
	}
	return append(h, "Đáp án", "Giải thích", "Chủ đề", "Mức độ", "Trích dẫn", "Tên", "Sổ tay")
}

// sheetOptions is how many option columns an export of qs needs (at least 4).
func sheetOptions(qs []*quiz.Question) int {
	n := 4
	for _, q := range qs {
		n = max(n, len(q.Options))
	}
	return min(n, maxOptions)
}

// sheetRow is one exported row (Holds keeps out what a sheet cannot say).
func sheetRow(q *quiz.Question, n int) []string {
	stem := q.Stem
	row := []string{quiz.TypeName(q.Type), stem}
	for k := 0; k < n; k++ {
		if k < len(q.Options) {
			row = append(row, q.Options[k].Text)
		} else {
			row = append(row, "")
		}
	}
	var answer string
	switch q.Type {
	case quiz.Cloze, quiz.Short:
		var parts []string
		for _, b := range q.Blanks {
			parts = append(parts, strings.Join(b, " | "))
		}
		answer = strings.Join(parts, "; ")
	default:
		answer = lettersOf(q.Correct())
	}
	quote := ""
	if q.Passage != nil {
		quote = q.Passage.Quote
	}
	meta := strings.TrimSpace(sotayMeta(q))
	return append(row, answer, q.Explanation, strings.Join(q.Tags, "; "), quiz.DifficultyName(q.Difficulty), quote, q.Name, meta)
}
