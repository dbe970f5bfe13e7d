package ui

import (
	"errors"
	"sotay/library/quiz"

	"fyne.io/fyne/v2/lang"

	"sotay/library"
)

// errorMessage is the one place where errors become sentences for the user:
// a Vietnamese (or English) message naming path and saying what to do,
// chosen by the error's code word.
func errorMessage(err error, path string) error {
	code := library.Code(err)
	msg := lang.X("error."+code, code, library.MessageArgs(err, path))
	var f *quiz.Fault
	if errors.As(err, &f) {
		msg += "\n" + faultText(f)
	}
	return errors.New(msg)
}

// faultText is a question's fault in the interface's language (a code
// and arguments from the quiz library, the sentence from the translation
// files); any other error as it is.
func faultText(err error) string {
	var f *quiz.Fault
	if !errors.As(err, &f) {
		return err.Error()
	}
	data := f.Data()
	text := lang.X("quiz.fault."+f.Code, f.AtLine(0).Error(), data)
	if q, _ := data["Q"].(int); f.Line > 0 && q > 0 {
		text = lang.X("quiz.fault.line_q", "dòng {{.Line}} (câu {{.Q}}): ", data) + text
	} else if f.Line > 0 {
		text = lang.X("quiz.fault.line", "dòng {{.Line}}: ", data) + text
	}
	return text
}
