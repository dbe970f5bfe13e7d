package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"syscall"

	"sotay/internal/opener"
	"sotay/internal/safefile"
	"sotay/internal/sqlite"
	"sotay/library/docread"
	"sotay/library/meeting"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// Errors callers act on; test them with errors.Is. Code turns any of them
// into the short English code word that names its message in the
// translations ("error.<code>").
var (
	// ErrNotFound means no document has the given id.
	ErrNotFound = errors.New("not found")
	// ErrDuplicate means a document with the same text is already in the library.
	ErrDuplicate = errors.New("duplicate document")
	// ErrUnsupported means the file's format cannot be imported (yet).
	ErrUnsupported = docread.ErrUnsupported
	// ErrBinary means a text file holds binary data.
	ErrBinary = docread.ErrBinary
	// ErrEncoding means a text file is not valid UTF-8 (or UTF-16 with a BOM).
	ErrEncoding = docread.ErrEncoding
	// ErrEmpty means a file or folder has nothing to import.
	ErrEmpty = docread.ErrEmpty
	// ErrEmptyTitle means a document would be left without a title.
	ErrEmptyTitle = errors.New("empty title")
	// ErrTooLarge means a file is larger than the importer accepts.
	ErrTooLarge = docread.ErrTooLarge
	// ErrNotPDF means a .pdf file is not a PDF (an error page, a renamed file).
	ErrNotPDF = docread.ErrNotPDF
	// ErrDamaged means a file is damaged beyond repair.
	ErrDamaged = docread.ErrDamaged
	// ErrPassword means a PDF needs its password (ImportOptions.Password).
	ErrPassword = docread.ErrPassword
	// ErrBadPassword means the password does not open the PDF.
	ErrBadPassword = docread.ErrBadPassword
	// ErrEncryption means a PDF's encryption cannot be read (a security
	// handler other than the standard one, e.g. certificates).
	ErrEncryption = docread.ErrEncryption
	// ErrTimeout means reading a file took longer than its time limit.
	ErrTimeout = docread.ErrTimeout
	// ErrTooComplex means a file is intact but built too deep to read (HTML
	// nesting more than 512 elements).
	ErrTooComplex = docread.ErrTooComplex

	// ErrNoLibrary means the library file does not exist (and Open was told
	// not to create it). It also matches fs.ErrNotExist.
	ErrNoLibrary = errors.New("no library at this path")
	// ErrNotLibrary means the file is not an SQLite database, or is another program's.
	ErrNotLibrary = sqlite.ErrNotDatabase
	// ErrForeign means the file is an SQLite database made by another program.
	ErrForeign = sqlite.ErrForeign
	// ErrCorrupt means the library file is damaged.
	ErrCorrupt = sqlite.ErrCorrupt
	// ErrNewer means the library was written by a newer version of Sổ tay.
	ErrNewer = sqlite.ErrNewer
	// ErrReadOnly means the library or its folder cannot be written.
	ErrReadOnly = sqlite.ErrReadOnly
	// ErrCannotOpen means the library file cannot be opened or created.
	ErrCannotOpen = sqlite.ErrCannotOpen
	// ErrLocked means another program holds the library.
	ErrLocked = sqlite.ErrLocked
	// ErrNeedsLibreOffice means an old office file (.doc, .rtf, .odt) needs
	// LibreOffice, which is not installed, to be read.
	ErrNeedsLibreOffice = docread.ErrNeedsLibreOffice
	// ErrUnreadableFont means a PDF's text is drawn only with fonts whose
	// codes give no characters (a CJK encoding, a font without its map).
	ErrUnreadableFont = docread.ErrUnreadableFont
	// ErrDiskFull means the disk is full; what was committed before stays.
	// Import returns it as a *DiskFullError saying how much to free.
	ErrDiskFull = sqlite.ErrDiskFull
	// ErrProtected means a file was not written because the path is a
	// library, one of its companion files or inside its originals folder.
	ErrProtected = safefile.ErrProtected
	// ErrNotRegular means a file was not written because something other
	// than a regular file is at the path (a folder, a link, a device).
	ErrNotRegular = safefile.ErrNotRegular
)

// DiskFullError is ErrDiskFull with an estimate of the space to free.
type DiskFullError struct {
	Need int64 // bytes to free, at least
	Err  error
}

func (e *DiskFullError) Error() string {
	return fmt.Sprintf("%v (free at least %d bytes)", e.Err, e.Need)
}

func (e *DiskFullError) Unwrap() []error { return []error{ErrDiskFull, e.Err} }

var codes = []struct {
	err  error
	code string
}{
	{ErrNoCollection, "no_collection"},
	{ErrNotFound, "not_found"},
	{ErrDuplicate, "duplicate"},
	{ErrUnsupported, "unsupported"},
	{ErrBinary, "binary"},
	{ErrEncoding, "encoding"},
	{ErrEmpty, "empty"},
	{ErrTooLarge, "too_large"},
	{ErrNotPDF, "not_pdf"},
	{ErrDamaged, "damaged"},
	{ErrPassword, "encrypted"},
	{ErrBadPassword, "bad_password"},
	{ErrEncryption, "unsupported_encryption"},
	{ErrTimeout, "timeout"},
	{ErrTooComplex, "too_complex"},
	{ErrEmptyTitle, "empty_title"},
	{ErrNoCollectionName, "empty_collection_name"},
	{ErrBadRange, "bad_range"},
	{ErrBadValue, "bad_value"},
	{ErrNoLibrary, "no_library"},
	{ErrBadBackup, "bad_backup"},
	{ErrBadPack, "bad_pack"},
	{ErrNewerPack, "pack_newer"},
	{ErrNewer, "db_newer"},
	{ErrForeign, "db_foreign"},
	{ErrNotLibrary, "db_not_library"},
	{ErrCorrupt, "db_corrupt"},
	{ErrReadOnly, "db_readonly"},
	{ErrLocked, "db_locked"},
	{ErrCannotOpen, "db_cannot_open"},
	{ErrDiskFull, "disk_full"},
	{ErrNeedsLibreOffice, "needs_libreoffice"},
	{ErrUnreadableFont, "unreadable_font"},
	{syscall.ENOSPC, "disk_full"},
	{syscall.EROFS, "read_only_fs"},
	{ErrProtected, "output_protected"},
	{ErrNotRegular, "output_not_regular"},
	{context.Canceled, "cancelled"},
	{quiz.ErrNotFound, "quiz_not_found"},
	{quiz.ErrDuplicate, "duplicate_question"},
	{quiz.ErrBankExists, "bank_exists"},
	{quiz.ErrInvalid, "invalid_question"},
	{quiz.ErrNoQuestions, "no_questions"},
	{opener.ErrNoViewer, "no_viewer"},
	{formats.ErrFormat, "quiz_format"},
	{formats.ErrTooLarge, "too_large"},
	{quiz.ErrFinished, "attempt_finished"},
	{formats.ErrPrintTooLarge, "print_too_large"},
	{formats.ErrPrint, "print_failed"},
	{formats.ErrNothingToExport, "nothing_to_export"},
	{meeting.ErrNotFound, "meeting_not_found"},
	{meeting.ErrNoChoice, "no_live_questions"},
	{quiz.ErrBadResults, "bad_results"},
	{ErrEmptyPack, "empty_pack"},
	{ErrOlderPack, "pack_older"},
	{ErrPackSignature, "pack_signature"},
	{ErrNoPlan, "no_plan"},
	{ErrNoProfile, "no_profile"},
	{ErrBadPlan, "bad_plan"},
	{fs.ErrNotExist, "no_such_file"},
	{fs.ErrExist, "file_exists"},
	{fs.ErrPermission, "permission"},
}

// Code returns the code word for err: "db_newer", "binary", … or "internal"
// for an error this package does not name. Every code has a message
// "error.<code>" in assets/translations.
func Code(err error) string {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "internal"
}

// MessageArgs are the arguments of err's message "error.<code>": Path (the
// file it is about, given by the caller or else found in err) and, for a full disk, Need (how
// much to free, as "120 MB").
func MessageArgs(err error, path string) map[string]string {
	if pe := (*fs.PathError)(nil); path == "" && errors.As(err, &pe) {
		path = pe.Path // never a message about "the file " with no name
	}
	args := map[string]string{"Path": path}
	var full *DiskFullError
	if errors.As(err, &full) {
		args["Need"] = fmt.Sprintf("%d MB", (full.Need+(1<<20)-1)>>20)
	}
	return args
}

// Detail is what err says beyond its code's sentence: its text without
// the English names of the package's sentinels ("not a question file: "),
// which a Vietnamese reader should not meet; "" when nothing is left.
func Detail(err error) string {
	if err == nil {
		return ""
	}
	text := err.Error()
	for _, c := range codes {
		if s := c.err.Error(); strings.Contains(text, s) {
			text = strings.ReplaceAll(text, s+": ", "")
			text = strings.ReplaceAll(text, ": "+s, "")
			if strings.TrimSpace(text) == s {
				text = ""
			}
		}
	}
	return strings.TrimSpace(text)
}

// Codes lists every code Code can return, for checking the translations.
func Codes() []string {
	out := make([]string, 0, len(codes)+1)
	for _, c := range codes {
		if !slices.Contains(out, c.code) {
			out = append(out, c.code)
		}
	}
	return append(out, "internal")
}
