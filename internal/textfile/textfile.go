// Package textfile turns the bytes of a plain-text file into clean Unicode
// text: byte-order marks removed, UTF-16 decoded, line endings unified and
// the result in NFC.
package textfile

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"sotay/internal/viet"
)

var (
	// ErrBinary means the bytes are not text (NUL bytes, control codes).
	ErrBinary = errors.New("binary data in a text file")
	// ErrEncoding means the bytes are not valid UTF-8 or BOM-marked UTF-16.
	ErrEncoding = errors.New("text is not UTF-8")
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns the text in data as NFC with "\n" line endings. It accepts
// UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else returns
// ErrEncoding, and data with NUL or other binary control bytes ErrBinary.
func Decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data = data[len(bomUTF8):]
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", ErrEncoding
		}
		data = out
	}
	if looksBinary(data) {
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		return "", ErrEncoding
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return viet.NFC(s), nil
}

// looksBinary reports NUL bytes or a high share of C0 control bytes other
// than tab, newline, carriage return and form feed.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	n := min(len(data), 8192)
	ctl := 0
	for _, b := range data[:n] {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b {
			ctl++
		}
	}
	return n > 0 && ctl*100 > n // more than 1 % control bytes
}
