package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ReviewScreen is the Ôn tập place. Quizzes and spaced review are not built
// yet, so it says so plainly instead of showing made-up content.
type ReviewScreen struct{ root fyne.CanvasObject }

func newReviewScreen() *ReviewScreen {
	return &ReviewScreen{root: emptyState(theme.HistoryIcon(),
		lang.X("review.empty.title", "Chưa có câu hỏi ôn tập"),
		lang.X("review.empty.text", "Tự kiểm tra, thi và ôn tập theo lịch sẽ có khi thư viện có ngân hàng câu hỏi. Chức năng này đang được xây dựng."))}
}

// CanvasObject is the screen's content.
func (r *ReviewScreen) CanvasObject() fyne.CanvasObject { return r.root }

// emptyState is a centred icon, heading and explanation for a place with
// nothing to show yet.
func emptyState(icon fyne.Resource, title, text string) fyne.CanvasObject {
	img := widget.NewIcon(icon)
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	body := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{})
	body.Wrapping = fyne.TextWrapWord
	iconBox := container.NewCenter(container.NewGridWrap(fyne.NewSize(64, 64), img))
	return container.NewVBox(layout.NewSpacer(), iconBox, heading, body, layout.NewSpacer())
}
