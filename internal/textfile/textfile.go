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
	"golang.org/x/text/unicode/norm"

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

// Result is a decoded text file and what was done to it.
type Result struct {
	Text string
	// Legacy is the legacy Vietnamese encoding the text was converted from
	// (TCVN3, VNI, Windows-1258), or viet.Unicode.
	Legacy viet.Encoding
	// NFD reports text that arrived decomposed (combining marks).
	NFD bool
	// InvalidUTF8 reports UTF-8 text with bytes that are not UTF-8 (a
	// damaged copy, a bad join): each was replaced by U+FFFD. BadOffset is
	// the offset in the file of the first.
	InvalidUTF8 bool
	BadOffset   int
}

// Decode returns the text in data as NFC with "\n" line endings; see
// DecodeDetail.
func Decode(data []byte) (string, error) {
	r, err := DecodeDetail(data)
	return r.Text, err
}

// DecodeDetail returns the text in data as NFC with "\n" line endings. It
// accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and Vietnamese
// in the legacy encodings (bytes in Windows-1258, TCVN3 or VNI; or UTF-8
// text holding TCVN3/VNI codes read as Latin-1), which it converts. Other
// bytes that are not UTF-8 return ErrEncoding, and data with NUL or other
// binary control bytes ErrBinary.
func DecodeDetail(data []byte) (Result, error) {
	utf16 := false
	bom := 0 // bytes of BOM before data
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		data, bom = data[len(bomUTF8):], len(bomUTF8)
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return Result{}, ErrEncoding
		}
		data, utf16 = out, true
	}
	if looksBinary(data) {
		return Result{}, ErrBinary
	}
	var r Result
	var s string
	bad, first := mostlyUTF8(data)
	switch {
	case bad == 0:
		s = string(data)
		r.Legacy, s = viet.DetectLegacy(s)
	case utf16:
		return Result{}, ErrEncoding
	case bad > 0:
		// UTF-8 with a few bad bytes: legacy detection would turn every
		// good letter into mojibake to explain them.
		s = strings.ToValidUTF8(string(data), "\uFFFD")
		r.InvalidUTF8, r.BadOffset = true, first+bom
		r.Legacy, s = viet.DetectLegacy(s)
	default:
		r.Legacy, s = viet.DecodeLegacyBytes(data)
		if !viet.LooksVietnamese(s) {
			return Result{}, ErrEncoding
		}
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	r.NFD = !isNFC(s)
	r.Text = viet.NFC(s)
	return r, nil
}

// mostlyUTF8 counts the bytes of data that are not UTF-8 and returns the
// offset of the first. bad is 0 for valid UTF-8 and -1 when the bytes are
// not UTF-8 text with a few faults: fewer well-formed multi-byte
// characters than twice the bad bytes. In text in a legacy byte encoding
// (Windows-1258, TCVN3, VNI) high bytes are nearly all bad, and two in a
// row rarely happen to form a UTF-8 character; in damaged UTF-8 text each
// fault costs one to three bytes among many good letters.
func mostlyUTF8(data []byte) (bad, first int) {
	if utf8.Valid(data) {
		return 0, -1
	}
	first = -1
	multi := 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			bad++
		} else {
			multi++
		}
		i += n
	}
	if multi < 2*bad {
		return -1, first
	}
	return bad, first
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

func isNFC(s string) bool { return norm.NFC.IsNormalString(s) }
