package meeting

import (
	"fmt"
	"io"
	"strings"

	"github.com/go-pdf/fpdf"
	"github.com/xuri/excelize/v2"
)

// WriteXLSX writes the results as a workbook: Kết quả (rank, name, tổ,
// points, right answers), Tổ (team means) when there are teams, Câu hỏi
// (per question: answers per option, right share) and Điểm danh
// (present and absent with reasons).
func WriteXLSX(w io.Writer, r Results) error {
	f := excelize.NewFile()
	defer f.Close()
	set := func(sheet string, rows [][]any) error {
		for i, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(sheet, cell, &row); err != nil {
				return err
			}
		}
		return nil
	}
	f.SetSheetName("Sheet1", "Kết quả")
	rows := [][]any{{r.Title}, {"Ngày", r.HeldOn}, {}, {"Hạng", "Họ và tên", "Tổ đảng", "Điểm", "Số câu đúng"}}
	for i, s := range r.Ranking {
		rows = append(rows, []any{i + 1, s.Name, s.Team, s.Points, s.Correct})
	}
	if err := set("Kết quả", rows); err != nil {
		return err
	}
	if len(r.Teams) > 0 {
		f.NewSheet("Tổ")
		rows = [][]any{{"Hạng", "Tổ đảng", "Điểm trung bình", "Số câu đúng"}}
		for i, s := range r.Teams {
			rows = append(rows, []any{i + 1, s.Name, s.Points, s.Correct})
		}
		if err := set("Tổ", rows); err != nil {
			return err
		}
	}
	f.NewSheet("Câu hỏi")
	rows = [][]any{{"Câu", "Nội dung", "Đáp án đúng", "Số người trả lời", "Số trả lời đúng", "Tỉ lệ đúng (%)", "A", "B", "C", "D", "E", "F"}}
	for _, q := range r.Questions {
		row := []any{q.Index + 1, q.Stem, letters(q.Right), q.Answered, q.Correct, int(q.Share*100 + 0.5)}
		for _, c := range q.Counts {
			row = append(row, c)
		}
		rows = append(rows, row)
	}
	if err := set("Câu hỏi", rows); err != nil {
		return err
	}
	f.NewSheet("Điểm danh")
	rows = [][]any{{"Họ và tên", "Có mặt", "Lý do vắng"}}
	for _, n := range r.Present {
		rows = append(rows, []any{n, "có", ""})
	}
	for _, a := range r.Absent {
		rows = append(rows, []any{a.Name, "vắng", a.Reason})
	}
	if err := set("Điểm danh", rows); err != nil {
		return err
	}
	return f.Write(w)
}

func letters(idx []int) string {
	var b strings.Builder
	for i, k := range idx {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte(byte('A' + k))
	}
	return b.String()
}

// WritePDF writes one A4 page for the meeting's minutes (biên bản): title,
// date, attendance (count and names, absences with reasons), the score
// table and the hardest questions, in the embedded serif font.
func WritePDF(w io.Writer, r Results, regular, bold []byte) (err error) {
	defer func() { // fpdf panics on some inputs; an export must not bring the app down
		if p := recover(); p != nil {
			err = fmt.Errorf("meeting PDF: %v", p)
		}
	}()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(20, 15, 15)
	pdf.SetAutoPageBreak(true, 15)
	pdf.AddUTF8FontFromBytes("serif", "", regular)
	pdf.AddUTF8FontFromBytes("serif", "B", bold)
	pdf.SetTitle(r.Title, true)
	pdf.SetCreator("Sổ tay học tập", true)
	pdf.AddPage()
	pdf.SetFont("serif", "B", 15)
	pdf.MultiCell(0, 7, strings.ToUpper("Kết quả trắc nghiệm – "+r.Title), "", "C", false)
	pdf.SetFont("serif", "", 12)
	pdf.CellFormat(0, 6, "Ngày "+dateVN(r.HeldOn), "", 1, "C", false, 0, "")
	pdf.Ln(3)

	pdf.SetFont("serif", "B", 12)
	pdf.CellFormat(0, 6, fmt.Sprintf("1. Có mặt: %d đồng chí; vắng: %d đồng chí.", len(r.Present), len(r.Absent)), "", 1, "L", false, 0, "")
	pdf.SetFont("serif", "", 11)
	if len(r.Present) > 0 {
		pdf.MultiCell(0, 5.2, "Có mặt: "+strings.Join(r.Present, ", ")+".", "", "J", false)
	}
	if len(r.Absent) > 0 {
		var parts []string
		for _, a := range r.Absent {
			if a.Reason != "" {
				parts = append(parts, a.Name+" ("+a.Reason+")")
			} else {
				parts = append(parts, a.Name)
			}
		}
		pdf.MultiCell(0, 5.2, "Vắng: "+strings.Join(parts, ", ")+".", "", "J", false)
	}
	pdf.Ln(2)

	pdf.SetFont("serif", "B", 12)
	pdf.CellFormat(0, 6, fmt.Sprintf("2. Kết quả (%d câu hỏi)", len(r.Questions)), "", 1, "L", false, 0, "")
	cols := []struct {
		head  string
		width float64
		align string
	}{{"Hạng", 14, "C"}, {"Họ và tên", 80, "L"}, {"Tổ đảng", 35, "L"}, {"Điểm", 22, "R"}, {"Câu đúng", 24, "R"}}
	pdf.SetFont("serif", "B", 10.5)
	for _, c := range cols {
		pdf.CellFormat(c.width, 6, c.head, "1", 0, "C", false, 0, "")
	}
	pdf.Ln(-1)
	pdf.SetFont("serif", "", 10.5)
	// One page: the first 25 rows, then how many more there are.
	shown := r.Ranking[:min(len(r.Ranking), 25)]
	for i, s := range shown {
		vals := []string{fmt.Sprint(i + 1), s.Name, s.Team, fmt.Sprint(s.Points), fmt.Sprint(s.Correct)}
		for k, c := range cols {
			pdf.CellFormat(c.width, 5.6, vals[k], "1", 0, c.align, false, 0, "")
		}
		pdf.Ln(-1)
	}
	if more := len(r.Ranking) - len(shown); more > 0 {
		pdf.CellFormat(0, 5.6, fmt.Sprintf("… và %d đồng chí khác (xem tệp Excel).", more), "", 1, "L", false, 0, "")
	}
	if len(r.Teams) > 0 {
		var parts []string
		for i, t := range r.Teams {
			parts = append(parts, fmt.Sprintf("%d. %s – %d điểm", i+1, t.Name, t.Points))
		}
		pdf.Ln(1)
		pdf.MultiCell(0, 5.2, "Các tổ (điểm trung bình): "+strings.Join(parts, "; ")+".", "", "L", false)
	}
	pdf.Ln(2)

	pdf.SetFont("serif", "B", 12)
	pdf.CellFormat(0, 6, "3. Những câu nhiều đồng chí trả lời sai", "", 1, "L", false, 0, "")
	pdf.SetFont("serif", "", 10.5)
	hard := r.Hardest(3)
	if len(hard) == 0 {
		pdf.CellFormat(0, 5.6, "Chưa có câu trả lời nào.", "", 1, "L", false, 0, "")
	}
	for _, q := range hard {
		var right []string
		for _, k := range q.Right {
			right = append(right, fmt.Sprintf("%c. %s", 'A'+k, q.Options[k]))
		}
		pdf.MultiCell(0, 5.2, fmt.Sprintf("Câu %d (%d%% trả lời đúng): %s — Đáp án: %s.", q.Index+1, int(q.Share*100+0.5), q.Stem,
			strings.TrimRight(strings.Join(right, "; "), ".")), "", "J", false)
		pdf.Ln(1)
	}
	return pdf.Output(w)
}

// dateVN writes 2025-03-12 as 12/03/2025.
func dateVN(iso string) string {
	if len(iso) == 10 && iso[4] == '-' && iso[7] == '-' {
		return iso[8:] + "/" + iso[5:7] + "/" + iso[:4]
	}
	return iso
}
