package ui

import (
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// isResults reports a learner's results file by its name.
func isResults(path string) bool { return strings.EqualFold(filepath.Ext(path), quiz.ResultsExt) }

// resultsView is the trainer's table of the results learners sent back:
// a line per person and per question, taken in from files or a folder,
// saved as a spreadsheet.
type resultsView struct {
	s      *Shell
	d      dialog.Dialog
	tabs   *container.AppTabs
	people *widget.Table
	quests *widget.Table
	sum    *widget.Label
	help   *widget.Label // how results come: shown until some have
	body   *fyne.Container
	table  quiz.ResultTable
	rowsP  [][]string // the cells of each table
	rowsQ  [][]string
}

// showResults opens the trainer's table.
func (s *Shell) showResults() *resultsView {
	v := &resultsView{s: s, sum: wrapLabel("")}
	// The figures come right after the name: on a small screen they
	// stay in view, the rest scrolls.
	v.people = v.newTable(&v.rowsP, []string{lang.X("results.col.person", "Họ và tên"), lang.X("results.col.best", "Cao nhất"),
		lang.X("results.col.last", "Gần nhất"), lang.X("results.col.attempts", "Số lượt"), lang.X("results.col.branch", "Chi bộ"),
		lang.X("results.col.signed", "Chữ ký")}, []float32{190, 85, 85, 75, 170, 130})
	v.quests = v.newTable(&v.rowsQ, []string{lang.X("results.col.no", "Câu"), lang.X("results.col.question", "Câu hỏi"),
		lang.X("results.col.facility", "Độ dễ"), lang.X("results.col.discrimination", "Phân biệt"), lang.X("results.col.answers", "Lượt"),
		lang.X("results.col.picks", "Đã chọn")}, []float32{45, 360, 70, 90, 60, 200})
	folder := widget.NewButtonWithIcon(lang.X("results.receive_folder", "Nhận cả thư mục…"), theme.FolderOpenIcon(), func() {
		s.chooseFile(chooseFolder, nil, "", func(dir string) { v.receive([]string{dir}) })
	})
	file := widget.NewButtonWithIcon(lang.X("results.receive_file", "Nhận một tệp…"), theme.FileIcon(), func() {
		s.pickFile([]string{quiz.ResultsExt}, func(p string) { v.receive([]string{p}) })
	})
	sheet := widget.NewButtonWithIcon(lang.X("results.to_xlsx", "Xuất bảng tính…"), theme.DocumentSaveIcon(), v.exportXLSX)
	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("results.by_person", "Theo người học"), v.people),
		container.NewTabItem(lang.X("results.by_question", "Theo câu hỏi"), v.quests),
	)
	v.help = wrapLabel(lang.X("results.help", "Người học dùng Ôn tập → Nộp kết quả… rồi gửi tệp .sotaykq. Chép các tệp vào một thư mục và nhận cả thư mục một lần."))
	top := container.NewVBox(v.help, newFlowBox(folder, file, sheet), v.sum)
	v.body = border(top, nil, nil, nil, v.tabs)
	v.d = dialog.NewCustom(lang.X("results.title", "Kết quả người học gửi về"), lang.X("dialog.close", "Đóng"), v.body, s.win)
	size := s.win.Canvas().Size()
	v.d.Resize(fyne.NewSize(min(1100, size.Width-20), min(760, size.Height-20)))
	s.results = v
	v.d.SetOnClosed(func() {
		if s.results == v {
			s.results = nil
		}
	})
	s.showDialog(v.d)
	v.load()
	return v
}

// load reads the table from the library.
func (v *resultsView) load() {
	lib := v.s.lib
	if lib == nil {
		return
	}
	async(func() (quiz.ResultTable, error) { return lib.Quiz().Results(context.Background(), "", "") }, func(t quiz.ResultTable, err error) {
		if err != nil {
			v.s.showError(err, "")
			return
		}
		v.table = t
		v.draw()
	})
}

func pctText(x float64) string {
	if math.IsNaN(x) {
		return "—"
	}
	return fmt.Sprintf("%d%%", int(x+0.5))
}

// newTable is a table of the rows *cells with a header row; a cell too
// long for its column ends in "…" (the spreadsheet has it whole).
func (v *resultsView) newTable(cells *[][]string, heads []string, widths []float32) *widget.Table {
	t := widget.NewTable(func() (int, int) { return len(*cells), len(heads) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(*cells) && id.Col < len((*cells)[id.Row]) {
				o.(*widget.Label).SetText((*cells)[id.Row][id.Col])
			}
		})
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(heads) {
			o.(*widget.Label).SetText(heads[id.Col])
		}
	}
	for i, w := range widths {
		t.SetColumnWidth(i, w*theme.TextSize()/16)
	}
	return t
}

func (v *resultsView) draw() {
	t := v.table
	v.sum.SetText(lang.X("results.summary", "{{.P}} người học, {{.Q}} câu hỏi.", map[string]any{"P": len(t.People), "Q": len(t.Questions)}))
	if len(t.People) == 0 {
		v.sum.SetText(lang.X("results.none", "Chưa nhận tệp kết quả nào."))
		v.help.Show()
	} else {
		// (on a small screen the table needs the room)
		v.help.Hide()
	}
	v.body.Refresh()
	v.rowsP = v.rowsP[:0]
	for _, p := range t.People {
		verified := lang.X("results.verified", "đã xác minh")
		if !p.Verified {
			verified = "⚠ " + lang.X("results.unverified", "chưa xác minh")
		}
		v.rowsP = append(v.rowsP, []string{p.Person, pctText(p.Best), pctText(p.Last), fmt.Sprint(p.Attempts), p.Branch, verified})
	}
	v.rowsQ = v.rowsQ[:0]
	for i, q := range t.Questions {
		disc := "—"
		if !math.IsNaN(q.Discrimination) {
			disc = strings.ReplaceAll(fmt.Sprintf("%.2f", q.Discrimination), ".", ",")
		}
		var picks []string
		for k, n := range q.Picks {
			picks = append(picks, fmt.Sprintf("%c: %d", 'A'+k, n))
		}
		stem := q.Stem
		if q.Bank == "" {
			stem = "* " + stem // not in this library's banks
		}
		v.rowsQ = append(v.rowsQ, []string{fmt.Sprint(i + 1), stem, pctText(q.Facility * 100), disc, fmt.Sprint(q.Answers), strings.Join(picks, ", ")})
	}
	v.people.Refresh()
	v.quests.Refresh()
}

// receive takes in results files or folders of them, says what became
// of each, and redraws the table.
func (v *resultsView) receive(paths []string) { v.s.receiveResults(paths) }

// receiveResults takes in learners' results files (files or folders) in
// the background and reports each file: new, replacing an earlier one,
// already taken in, or refused with the reason.
func (s *Shell) receiveResults(paths []string) {
	lib := s.lib
	if lib == nil {
		return
	}
	key := s.app.Preferences().String(prefPackKey)
	async(func() ([]quiz.Received, error) { return lib.ReceiveResults(context.Background(), paths, key) }, func(got []quiz.Received, err error) {
		if err != nil {
			s.showError(err, strings.Join(paths, ", "))
			return
		}
		if s.results == nil {
			s.showResults()
		} else {
			s.results.load()
		}
		var lines []string
		ok, fresh := 0, 0
		for _, r := range got {
			name := filepath.Base(r.Name)
			if r.Err != nil {
				lines = append(lines, lang.X("results.refused", "{{.F}}: không nhận — {{.Why}}", map[string]any{"F": name, "Why": errorMessage(r.Err, r.Name).Error()}))
				continue
			}
			ok++
			if r.Status == "added" || r.Status == "replaced" {
				fresh++
			}
			status := map[string]string{
				"added":    lang.X("results.status.added", "mới"),
				"replaced": lang.X("results.status.replaced", "thay bản trước"),
				"same":     lang.X("results.status.same", "đã nhận trước đó"),
				"older":    lang.X("results.status.older", "cũ hơn tệp đã nhận của người này — giữ tệp mới hơn"),
				"kept":     lang.X("results.status.kept", "chưa ký — không thay bản đã xác minh"),
			}[r.Status]
			line := name + ": " + r.Person + " (" + r.Branch + ") — " + status
			if !r.Verified {
				line += " · " + lang.X("results.unverified", "chưa xác minh")
			}
			lines = append(lines, line)
		}
		if len(got) == 0 {
			lines = append(lines, lang.X("results.no_files", "Không có tệp kết quả (.sotaykq) nào ở đó."))
		}
		title := lang.X("results.imported", "Đã nhận {{.N}} tệp kết quả mới; {{.S}} tệp đã có hoặc cũ hơn, giữ bản đang có; {{.R}} tệp không nhận được.",
			map[string]any{"N": fresh, "S": ok - fresh, "R": len(got) - ok})
		s.showReport(title, lines)
	})
}

// exportXLSX saves the table as a spreadsheet.
func (v *resultsView) exportXLSX() {
	t := v.table
	if len(t.People) == 0 {
		v.s.showInfo(dialog.NewInformation(lang.X("results.title", "Kết quả người học gửi về"), lang.X("results.none", "Chưa nhận tệp kết quả nào."), v.s.win))
		return
	}
	v.s.saveAs(lang.X("results.xlsx_name", "ket-qua-hoc-tap")+".xlsx", func(w io.Writer) error {
		return formats.WriteResultsXLSX(w, t)
	}, func(path string) {
		v.s.showInfo(dialog.NewInformation(lang.X("results.title", "Kết quả người học gửi về"),
			lang.X("results.xlsx", "Đã ghi bảng kết quả ({{.P}} người học, {{.Q}} câu hỏi) vào {{.File}}.",
				map[string]any{"P": len(t.People), "Q": len(t.Questions), "File": path}), v.s.win))
	})
}
