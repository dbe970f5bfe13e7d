package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sotay/internal/officeconv"
	"sotay/library/docread"
	"sotay/library/quiz"
	"sotay/library/quiz/formats"
)

// ReadQuestionFile reads a question bank from a file: .doc, .rtf and .odt
// through LibreOffice when it is installed (ErrNeedsLibreOffice when not),
// everything else as formats.Parse reads it. keyPath, if not "", is a file
// holding the answer key apart from the questions ("1 B 2 C …", a key
// table in Word), matched by question number.
func ReadQuestionFile(ctx context.Context, path, keyPath string) (formats.Format, []quiz.Item, error) {
	key := ""
	if keyPath != "" {
		data, err := os.ReadFile(keyPath)
		if err != nil {
			return "", nil, err
		}
		x, err := docread.Read(ctx, keyPath, data, docread.Options{OCR: "off"})
		if err != nil {
			return "", nil, fmt.Errorf("%s: %w", keyPath, err)
		}
		key = strings.Join(x.Pages, "\n")
	}
	st, err := os.Stat(path)
	if err != nil {
		return "", nil, err
	}
	if st.Size() > formats.MaxFileSize {
		return "", nil, quiz.Failure(formats.ErrTooLarge, "f_too_large_size", "Size", (st.Size()+(1<<20)-1)>>20, "MB", formats.MaxFileSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	name := path
	if format := docread.Sniff(data, strings.ToLower(filepath.Ext(path))); format == "doc" || format == "rtf" || format == "odt" {
		converted, err := officeconv.ToDOCX(ctx, data, "."+format)
		switch {
		case errors.Is(err, officeconv.ErrUnavailable):
			return "", nil, fmt.Errorf("%s: %w", path, ErrNeedsLibreOffice)
		case err != nil:
			return "", nil, fmt.Errorf("%s: %w: %v", path, ErrDamaged, err)
		}
		data, name = converted, strings.TrimSuffix(path, filepath.Ext(path))+".docx"
	}
	return formats.ParseContext(ctx, name, data, key)
}
