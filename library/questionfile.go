package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sotay/internal/officeconv"
	"sotay/library/quiz"
)

// ReadQuestionFile reads a question bank from a file: .doc, .rtf and .odt
// through LibreOffice when it is installed (ErrNeedsLibreOffice when not),
// everything else as quiz.Parse reads it.
func ReadQuestionFile(ctx context.Context, path string) (quiz.Format, []quiz.Item, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", nil, err
	}
	if st.Size() > quiz.MaxFileSize {
		return "", nil, fmt.Errorf("%s: %d bytes: %w", path, st.Size(), quiz.ErrTooLarge)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	name := path
	if format := sniff(data, strings.ToLower(filepath.Ext(path))); format == "doc" || format == "rtf" || format == "odt" {
		converted, err := officeconv.ToDOCX(ctx, data, "."+format)
		switch {
		case errors.Is(err, officeconv.ErrUnavailable):
			return "", nil, fmt.Errorf("%s: %w", path, ErrNeedsLibreOffice)
		case err != nil:
			return "", nil, fmt.Errorf("%s: %w: %v", path, ErrDamaged, err)
		}
		data, name = converted, strings.TrimSuffix(path, filepath.Ext(path))+".docx"
	}
	return quiz.Parse(name, data)
}
