package docread

import (
	"errors"

	"sotay/internal/htmltext"
	"sotay/internal/textfile"
)

// Errors Read returns (wrapped); the library package gives them its own
// names, the same values.
var (
	ErrUnsupported      = errors.New("unsupported file format")
	ErrBinary           = textfile.ErrBinary
	ErrEncoding         = textfile.ErrEncoding
	ErrEmpty            = errors.New("nothing to import")
	ErrTooLarge         = errors.New("file too large")
	ErrNotPDF           = errors.New("not a PDF")
	ErrDamaged          = errors.New("damaged file")
	ErrPassword         = errors.New("PDF needs a password")
	ErrBadPassword      = errors.New("wrong PDF password")
	ErrEncryption       = errors.New("unsupported PDF encryption")
	ErrTimeout          = errors.New("file took too long to read")
	ErrTooComplex       = htmltext.ErrTooComplex
	ErrNeedsLibreOffice = errors.New("old office format needs LibreOffice")
	// ErrUnreadableFont means a PDF's text is drawn only with fonts whose
	// codes give no characters (a CJK encoding, a font without its map).
	ErrUnreadableFont = errors.New("PDF fonts give no text")
)
