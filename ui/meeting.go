package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// MeetingScreen is the Sinh hoạt chi bộ place: the quiz mode for branch
// meetings on a projector. Not built yet; it says so.
type MeetingScreen struct{ root fyne.CanvasObject }

func newMeetingScreen() *MeetingScreen {
	return &MeetingScreen{root: emptyState(theme.AccountIcon(),
		lang.X("meeting.empty.title", "Chưa có phần thi cho buổi sinh hoạt"),
		lang.X("meeting.empty.text", "Chế độ trắc nghiệm cho buổi sinh hoạt chi bộ (chiếu lên màn hình lớn) sẽ dùng các ngân hàng câu hỏi của thư viện. Chức năng này đang được xây dựng."))}
}

// CanvasObject is the screen's content.
func (m *MeetingScreen) CanvasObject() fyne.CanvasObject { return m.root }

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
