package ui

import (
	"sotay/library/quiz"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// The window's keys: shortcuts, the keys no widget took, and an exam kept
// on its screen.

func (s *Shell) shortcuts() {
	c := s.win.Canvas()
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		if s.tabs.SelectedIndex() == 0 && s.dialog == nil && s.library.reader.findShortcut() {
			return // in the reader: find in the document
		}
		s.tabs.SelectIndex(1)
		s.search.focus(s.win)
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		if s.dialog != nil {
			if s.dialog != s.info {
				return // a question is open: answer it first
			}
			s.dialog.Hide() // a summary read: closed, not stacked under the next
		}
		s.tabs.SelectIndex(0)
		s.library.chooseImport()
	})
	ctrl, shift := fyne.KeyModifierShortcutDefault, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift
	on := func(key fyne.KeyName, mod fyne.KeyModifier, do func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod}, func(fyne.Shortcut) {
			if s.dialog == nil && s.activeRunner() == nil {
				do()
			}
		})
	}
	// The library's and the bank editor's actions, as their buttons say.
	on(fyne.KeyO, shift, func() { s.tabs.SelectIndex(0); s.library.chooseImportFolder() })
	on(fyne.KeyL, ctrl, func() { s.tabs.SelectIndex(0); s.library.askPath() })
	on(fyne.KeyS, ctrl, func() {
		if s.library.report != nil {
			s.library.report.save()
		}
	})
	on(fyne.KeyM, ctrl, func() {
		if s.library.reader.docID != 0 {
			s.library.reader.outlineUI.toggle.OnTapped()
		}
	})
	bank := func(do func(e *bankEditor)) func() {
		return func() {
			s.tabs.SelectIndex(2)
			s.review.tabs.SelectIndex(3)
			do(s.review.editor)
		}
	}
	on(fyne.KeyN, ctrl, bank(func(e *bankEditor) { e.addButton.OnTapped() }))
	on(fyne.KeyI, ctrl, bank(func(e *bankEditor) { e.chooseImport() }))
	on(fyne.KeyE, ctrl, bank(func(e *bankEditor) { e.chooseExport() }))
	on(fyne.KeyP, ctrl, bank(func(e *bankEditor) { e.choosePrint() }))
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		s.showQuickOpen()
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		s.app.Quit()
	})
	// F3 and Shift+F3 step through the reader's hits. Fyne sends keys
	// without modifiers as typed keys, so Shift is tracked here.
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(func(e *fyne.KeyEvent) {
			if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
				s.shift = true
			}
		})
		dc.SetOnKeyUp(func(e *fyne.KeyEvent) {
			if e.Name == desktop.KeyShiftLeft || e.Name == desktop.KeyShiftRight {
				s.shift = false
			}
		})
	}
	c.SetOnTypedRune(func(ch rune) {
		if r := s.activeRunner(); r != nil {
			r.typedRune(ch)
		}
	})
	c.SetOnTypedKey(s.typedKey)
}

// typedKey handles the keys no widget took: Enter in a quiz, the branch
// meeting's keys, F3 in the reader, Esc.
func (s *Shell) typedKey(e *fyne.KeyEvent) {
	{
		if r := s.activeRunner(); r != nil && s.dialog == nil && (e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter) {
			r.enter()
			return
		}
		if run := s.meeting.run; run != nil && s.dialog == nil && s.tabs.Selected() != nil &&
			s.tabs.Selected().Content == s.places[s.meeting.CanvasObject()] && run.key(e.Name) {
			return // the session's keys: Space, R, P, Esc
		}
		if s.dialog != nil && s.dialog == s.info && (e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter) {
			s.dialog.Hide()
			return
		}
		switch e.Name {
		case fyne.KeyF2:
			if s.dialog == nil && s.library.reader.visible() && s.library.reader.doc != nil {
				s.library.editDocument(*s.library.reader.doc)
			}
		case fyne.KeyF3:
			// Shift as the window saw it, or as the text saw it (a focused
			// widget takes the key-down events)
			if s.shift || s.library.reader.view.shift {
				s.library.reader.step(-1)
			} else {
				s.library.reader.step(1)
			}
		case fyne.KeyEscape:
			if s.dialog != nil {
				s.dialog.Hide()
				return
			}
			if r := s.library.reader; r.visible() && r.findBar.Visible() {
				r.closeFind() // Esc closes the find box first, then the reader
				return
			}
			if s.library.report != nil {
				s.library.report.close()
				return
			}
			s.library.closeReader()
		}
	}
}

// guardExam keeps an exam under way on its screen: choosing another place
// goes back to it and asks whether to submit the exam first. It reports
// whether it stopped the move.
func (s *Shell) guardExam(to *container.TabItem) bool {
	reviewTab := s.places[s.review.CanvasObject()]
	r := s.review.runner
	if r == nil || to.Content == reviewTab || r.attempt.Mode != quiz.Exam || r.attempt.Finished() {
		return false
	}
	for i, it := range s.tabs.Items {
		if it.Content == reviewTab {
			s.tabs.SelectIndex(i) // back to the exam (OnSelected runs again: the exam's own tab passes)
		}
	}
	d := dialog.NewConfirm(lang.X("quiz.exam_leave_title", "Bài thi đang làm"),
		lang.X("quiz.exam_leave", "Bài thi chưa nộp. Nộp bài để rời đi, hoặc ở lại làm tiếp (bài thi được giữ nguyên nếu đóng ứng dụng, có thể làm tiếp sau)."),
		func(submit bool) {
			if submit {
				r.save(func() { r.submit(false) }) // asked already: no second question
			}
		}, s.win)
	d.SetConfirmText(lang.X("quiz.submit", "Nộp bài"))
	d.SetDismissText(lang.X("quiz.exam_stay", "Ở lại làm bài"))
	s.showDialog(d)
	return true
}

// activeRunner is the quiz being taken in the visible Ôn tập place, if any.
func (s *Shell) activeRunner() *quizRunner {
	if s.review == nil || s.review.runner == nil || s.tabs.Selected() == nil || s.tabs.Selected().Content != s.places[s.review.CanvasObject()] {
		return nil
	}
	return s.review.runner
}
