package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"sotay/library"
)

// errorMessage is the one place where errors become sentences for the user:
// a Vietnamese (or English) message naming path and saying what to do,
// chosen by the error's code word.
func errorMessage(err error, path string) error {
	code := library.Code(err)
	return errors.New(lang.X("error."+code, code, library.MessageArgs(err, path)))
}
