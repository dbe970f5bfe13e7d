package ui

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"sotay/assets"
	"sotay/library/quiz/formats"
)

// choosePrint asks how the test should look (title, unit, variants, first
// code, number of questions, time), then where to save the PDF.
func (e *bankEditor) choosePrint() {
	if e.bank.ID == 0 {
		return
	}
	bank := e.bank
	title := widget.NewEntry()
	title.SetText(lang.X("print.default_title", "Đề kiểm tra"))
	unit := widget.NewEntry()
	unit.SetPlaceHolder(lang.X("print.unit_hint", "ví dụ: Chi bộ khu phố 3"))
	var counts []string
	for n := 1; n <= 8; n++ {
		counts = append(counts, strconv.Itoa(n))
	}
	variants := newSelect(counts, nil)
	variants.SetSelectedIndex(1)
	first := widget.NewEntry()
	first.SetText("101")
	count := widget.NewEntry()
	count.SetPlaceHolder(lang.X("print.count_hint", "tất cả ({{.N}} câu)", map[string]any{"N": bank.Questions}))
	minutes := widget.NewEntry()
	minutes.SetPlaceHolder(lang.X("print.minutes_hint", "không ghi"))
	d := dialog.NewForm(lang.X("print.title", "In đề kiểm tra (PDF, khổ A4)"), lang.X("dialog.ok", "Đồng ý"), lang.X("dialog.cancel", "Huỷ"),
		[]*widget.FormItem{
			widget.NewFormItem(lang.X("print.f_title", "Tiêu đề"), title),
			widget.NewFormItem(lang.X("print.f_unit", "Đơn vị"), unit),
			widget.NewFormItem(lang.X("print.f_variants", "Số mã đề"), variants),
			widget.NewFormItem(lang.X("print.f_first", "Mã đề đầu tiên"), first),
			widget.NewFormItem(lang.X("print.f_count", "Số câu"), count),
			widget.NewFormItem(lang.X("print.f_minutes", "Thời gian (phút)"), minutes),
		}, func(ok bool) {
			if !ok {
				return
			}
			opt := formats.PrintOptions{Unit: unit.Text, Title: title.Text, Subtitle: bank.Name,
				Variants: variants.SelectedIndex() + 1, FirstCode: max(atoiOr(first.Text, 101), 1),
				Minutes: max(atoiOr(minutes.Text, 0), 0), Seed: rand.Uint64(),
				Regular: assets.SerifRegular, Bold: assets.SerifBold}
			opt.Count = max(atoiOr(count.Text, 0), 0)
			write, done := e.print(opt)
			e.shell.saveAs(bank.Name+".pdf", write, done)
		}, e.shell.win)
	d.Resize(fyne.NewSize(640, 0))
	e.shell.showDialog(d)
}

// print returns the writing and the reporting of a printed test, for
// saveAs (which writes off the UI goroutine).
func (e *bankEditor) print(opt formats.PrintOptions) (func(io.Writer) error, func(string)) {
	store, bank := e.review.store(), e.bank
	var p formats.Printed
	write := func(w io.Writer) error {
		qs, err := store.Questions(context.Background(), bank.ID)
		if err == nil {
			p, err = formats.WritePDF(w, qs, opt)
		}
		return err
	}
	done := func(path string) {
		codes := make([]string, len(p.Codes))
		for i, c := range p.Codes {
			codes[i] = fmt.Sprint(c)
		}
		msg := lang.X("print.done", "Đã in {{.N}} câu, mã đề {{.C}}, kèm đáp án ra {{.F}} ({{.P}} trang A4).",
			map[string]any{"N": p.Questions, "C": strings.Join(codes, ", "), "F": path, "P": p.Pages})
		e.shell.showInfo(dialog.NewInformation(lang.X("print.title", "In đề kiểm tra (PDF, khổ A4)"), msg, e.shell.win))
	}
	return write, done
}
