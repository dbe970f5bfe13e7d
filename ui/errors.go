package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"sotay/internal/viet"
	"sotay/library"
	"sotay/library/quiz"
)

// errorMessage is the one place where errors become sentences for the user:
// a Vietnamese (or English) message naming path and saying what to do,
// chosen by the error's code word.
func errorMessage(err error, path string) error {
	code := library.Code(err)
	msg := lang.X("error."+code, code, library.MessageArgs(err, path))
	var f *quiz.Fault
	if errors.As(err, &f) {
		msg += "\n" + viet.UpperFirst(faultText(f))
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
	return f.In(translate)
}

// translate is a translation lookup over the interface's language, for
// the library's sentences made of codes; Vietnamese when the interface
// has no sentence for key.
func translate(key string, data any) string {
	const none = "\x00"
	out := none
	if data == nil {
		out = lang.X(key, none)
	} else {
		out = lang.X(key, none, data)
	}
	if out == none {
		return quiz.Vietnamese(key, data)
	}
	return out
}
