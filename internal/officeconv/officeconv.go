// Package officeconv turns old office documents (.doc, .rtf, .odt) into
// .docx with LibreOffice, when it is installed: `soffice --headless
// --convert-to docx` in a temporary folder of its own, with a time limit,
// one conversion at a time.
package officeconv

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"time"
)

// ErrUnavailable means LibreOffice is not installed.
var ErrUnavailable = errors.New("LibreOffice is not installed")

// ErrFailed means LibreOffice could not convert the file (damaged, or not
// what its name says).
var ErrFailed = errors.New("LibreOffice could not convert the file")

// Timeout bounds one conversion.
var Timeout = 90 * time.Second

var mu sync.Mutex // soffice is heavy: one at a time

// Program returns the LibreOffice program's path, or "".
func Program() string {
	names := []string{"soffice", "libreoffice"}
	if runtime.GOOS == "windows" {
		for _, dir := range []string{os.Getenv("ProgramFiles"), os.Getenv("ProgramFiles(x86)")} {
			if dir != "" {
				names = append(names, filepath.Join(dir, "LibreOffice", "program", "soffice.exe"))
			}
		}
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// ToDOCX converts data (a file with extension ext: ".doc", ".rtf", ".odt")
// and returns the .docx bytes.
func ToDOCX(ctx context.Context, data []byte, ext string) ([]byte, error) {
	var result []byte
	err := convert(ctx, "in"+ext, data, "docx", func(dir string) error {
		b, err := os.ReadFile(filepath.Join(dir, "in.docx"))
		if err == nil && len(b) == 0 {
			err = errors.New("empty result")
		}
		result = b
		return err
	})
	return result, err
}

// convert writes data as dir/name in a temporary folder, has LibreOffice
// convert it to format there, and hands the folder to read.
func convert(ctx context.Context, name string, data []byte, format string, read func(dir string) error) error {
	prog := Program()
	if prog == "" {
		return ErrUnavailable
	}
	mu.Lock()
	defer mu.Unlock()
	dir, err := os.MkdirTemp("", "sotay-convert-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, name)
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	// A profile of its own: a LibreOffice the user has open does not take
	// the job over, and nothing is left in the user's settings.
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	cmd := exec.CommandContext(ctx, prog, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", format, "--outdir", dir, in)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return fmt.Errorf("%w: %v", ErrFailed, ctx.Err())
	}
	if err != nil {
		return fmt.Errorf("%w: %v %s", ErrFailed, err, out)
	}
	if err := read(dir); err != nil {
		return fmt.Errorf("%w: %v %s", ErrFailed, err, out)
	}
	return nil
}
