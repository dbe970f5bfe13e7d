package formats

import (
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"sotay/library/quiz"
)

// WriteResultsXLSX writes the trainer's table of results received as a
// spreadsheet: a sheet per person and a sheet per question, with the
// facility and discrimination figures of the Thống kê tab.
func WriteResultsXLSX(w io.Writer, t quiz.ResultTable) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	sheet := func(name string, header []string, rows [][]any, widths []float64) error {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
		for i, wd := range widths {
			col, _ := excelize.ColumnNumberToName(i + 1)
			f.SetColWidth(name, col, col, wd)
		}
		for i, h := range header {
			cell, _ := excelize.CoordinatesToCellName(i+1, 1)
			f.SetCellValue(name, cell, h)
			f.SetCellStyle(name, cell, cell, bold)
		}
		for r, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				return err
			}
		}
		return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	var people [][]any
	for _, p := range t.People {
		verified := "chưa xác minh"
		if p.Verified {
			verified = "đã xác minh"
		}
		people = append(people, []any{p.Person, p.Branch, p.PlanTitle, p.Attempts, percent(p.Best), percent(p.Last), p.Questions,
			p.MadeAt.Local().Format("02/01/2006 15:04"), verified})
	}
	if err := sheet("Theo người học", []string{"Họ và tên", "Chi bộ", "Kế hoạch", "Số lượt", "Điểm cao nhất (%)", "Lần gần nhất (%)",
		"Số câu đã trả lời", "Nộp lúc", "Chữ ký"}, people, []float64{28, 18, 30, 9, 16, 16, 14, 17, 15}); err != nil {
		return err
	}
	var questions [][]any
	for i, q := range t.Questions {
		var picks []string
		for k, n := range q.Picks {
			label := string(rune('A' + k))
			if k < len(q.Options) {
				label += ". " + quiz.Clip(q.Options[k], 30)
			}
			picks = append(picks, label+": "+strconv.Itoa(n))
		}
		questions = append(questions, []any{i + 1, q.Stem, q.Bank, q.Answers, percent(q.Facility * 100), round2(q.Discrimination),
			strings.Join(picks, "; ")})
	}
	if err := sheet("Theo câu hỏi", []string{"STT", "Câu hỏi", "Ngân hàng", "Số lượt trả lời", "Độ dễ (%)", "Độ phân biệt", "Lựa chọn"},
		questions, []float64{6, 60, 24, 14, 11, 13, 50}); err != nil {
		return err
	}
	f.DeleteSheet("Sheet1")
	f.SetDocProps(&excelize.DocProperties{Title: "Kết quả học tập", Creator: "Sổ tay học tập"})
	_, err := f.WriteTo(w)
	return err
}

// percent rounds a percentage to one decimal; "" when there is none.
func percent(x float64) any {
	if math.IsNaN(x) {
		return ""
	}
	return math.Round(x*10) / 10
}

func round2(x float64) any {
	if math.IsNaN(x) {
		return ""
	}
	return math.Round(x*100) / 100
}
