package textfile

import "golang.org/x/text/unicode/norm"

func isNFC(s string) bool { return norm.NFC.IsNormalString(s) }
