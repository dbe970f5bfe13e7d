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
	people *fyne.Container
	quests *fyne.Container
	sum    *widget.Label
	table  quiz.ResultTable
}

// showResults opens the trainer's table.
func (s *Shell) showResults() *resultsView {
	v := &resultsView{s: s, people: container.NewVBox(), quests: container.NewVBox(), sum: wrapLabel("")}
	folder := widget.NewButtonWithIcon(lang.X("results.receive_folder", "Nhận cả thư mục…"), theme.FolderOpenIcon(), func() {
		s.chooseFile(chooseFolder, nil, "", func(dir string) { v.receive([]string{dir}) })
	})
	file := widget.NewButtonWithIcon(lang.X("results.receive_file", "Nhận một tệp…"), theme.FileIcon(), func() {
		s.pickFile([]string{quiz.ResultsExt}, func(p string) { v.receive([]string{p}) })
	})
	sheet := widget.NewButtonWithIcon(lang.X("results.to_xlsx", "Xuất bảng tính…"), theme.DocumentSaveIcon(), v.exportXLSX)
	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("results.by_person", "Theo người học"), container.NewVScroll(v.people)),
		container.NewTabItem(lang.X("results.by_question", "Theo câu hỏi"), container.NewVScroll(v.quests)),
	)
	top := container.NewVBox(wrapLabel(lang.X("results.help", "Người học dùng Ôn tập → Nộp kết quả… rồi gửi tệp .sotaykq. Chép các tệp vào một thư mục và nhận cả thư mục một lần.")),
		newFlowBox(folder, file, sheet), v.sum)
	v.d = dialog.NewCustom(lang.X("results.title", "Kết quả người học gửi về"), lang.X("dialog.close", "Đóng"), border(top, nil, nil, nil, v.tabs), s.win)
	size := s.win.Canvas().Size()
	v.d.Resize(fyne.NewSize(min(900, size.Width-20), min(640, size.Height-20)))
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
	async(func() (quiz.ResultTable, error) { return lib.Quiz().Results(context.Background(), "") }, func(t quiz.ResultTable, err error) {
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

func (v *resultsView) draw() {
	t := v.table
	v.people.RemoveAll()
	v.quests.RemoveAll()
	v.sum.SetText(lang.X("results.summary", "{{.P}} người học, {{.Q}} câu hỏi.", map[string]any{"P": len(t.People), "Q": len(t.Questions)}))
	if len(t.People) == 0 {
		v.people.Add(wrapLabel(lang.X("results.none", "Chưa nhận tệp kết quả nào.")))
	}
	for _, p := range t.People {
		verified := lang.X("results.verified", "đã xác minh")
		if !p.Verified {
			verified = lang.X("results.unverified", "chưa xác minh")
		}
		name := widget.NewLabelWithStyle(p.Person, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		line := lang.X("results.person_line", "{{.Branch}} · {{.Plan}} · {{.A}} lượt · cao nhất {{.Best}} · gần nhất {{.Last}} · {{.V}}",
			map[string]any{"Branch": p.Branch, "Plan": p.PlanTitle, "A": p.Attempts, "Best": pctText(p.Best), "Last": pctText(p.Last), "V": verified})
		l := wrapLabel(line)
		if !p.Verified {
			l.Importance = widget.WarningImportance
		}
		v.people.Add(container.NewVBox(name, l))
	}
	for i, q := range t.Questions {
		st := quiz.QuestionStats{Question: &quiz.Question{Stem: q.Stem}, Attempts: q.Answers, Facility: q.Facility, Discrimination: q.Discrimination}
		line := itemStatsLine(i+1, st)
		var picks []string
		for k, n := range q.Picks {
			picks = append(picks, fmt.Sprintf("%c: %d", 'A'+k, n))
		}
		if len(picks) > 0 {
			line += "\n    " + lang.X("results.picks", "đã chọn {{.P}}", map[string]any{"P": strings.Join(picks, ", ")})
		}
		if q.Bank == "" {
			line += "\n    " + lang.X("results.not_here", "(câu này không có trong ngân hàng của thư viện này)")
		}
		v.quests.Add(wrapLabel(line))
	}
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
		ok := 0
		for _, r := range got {
			name := filepath.Base(r.Name)
			if r.Err != nil {
				lines = append(lines, lang.X("results.refused", "{{.F}}: không nhận — {{.Why}}", map[string]any{"F": name, "Why": errorMessage(r.Err, r.Name).Error()}))
				continue
			}
			ok++
			status := map[string]string{
				"added":    lang.X("results.status.added", "mới"),
				"replaced": lang.X("results.status.replaced", "thay bản trước"),
				"same":     lang.X("results.status.same", "đã nhận trước đó"),
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
		title := lang.X("results.imported", "Đã nhận {{.N}} tệp kết quả; {{.R}} tệp không nhận được.", map[string]any{"N": ok, "R": len(got) - ok})
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
