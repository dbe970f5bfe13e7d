package library

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"sotay/internal/pdftext"
	"sotay/internal/viet"
)

// Scanned pages (an image and no text) are read with Tesseract when it is
// installed with its Vietnamese data (Debian: tesseract-ocr-vie); the page
// image is taken from the PDF as stored (JPEG) or decoded (Flate), and
// pdftoppm rasterises the page when neither works. Without Tesseract the
// document comes in without text and with the warning "no-text-layer".

var ocrLangs sync.Map // tesseract binary → bool (has "vie")

// OCRAvailable reports whether scanned pages can be read: tesseract on the
// PATH with Vietnamese.
func OCRAvailable() bool {
	_, ok := tesseract()
	return ok
}

func tesseract() (string, bool) {
	bin, err := exec.LookPath("tesseract")
	if err != nil {
		return "", false
	}
	if ok, seen := ocrLangs.Load(bin); seen {
		return bin, ok.(bool)
	}
	out, _ := exec.Command(bin, "--list-langs").CombinedOutput()
	ok := bytes.Contains(out, []byte("\nvie"))
	ocrLangs.Store(bin, ok)
	return bin, ok
}

// ocrScans reads the scanned pages into x, or marks x "no-text-layer".
func ocrScans(ctx context.Context, path string, scans []pdftext.Scan, x *extracted, opt ImportOptions) error {
	bin, ok := tesseract()
	if opt.OCR == "off" || !ok {
		x.warnings = append(x.warnings, "no-text-layer")
		return nil
	}
	dir, err := os.MkdirTemp("", "sotay-ocr-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	read := 0
	for _, s := range scans {
		if err := ctx.Err(); err != nil {
			return err
		}
		img := ""
		switch {
		case s.Image != nil:
			img = filepath.Join(dir, fmt.Sprintf("p%d.%s", s.Page, s.Format))
			if err := os.WriteFile(img, s.Image, 0o600); err != nil {
				return err
			}
		default:
			img = rasterize(ctx, path, s.Page, dir)
		}
		if img == "" {
			continue
		}
		out, err := exec.CommandContext(ctx, bin, img, "stdout", "-l", "vie").Output()
		if err := ctx.Err(); err != nil {
			return err
		}
		if err != nil {
			continue
		}
		if text := cleanOCR(string(out)); text != "" && s.Page-1 < len(x.pages) {
			x.pages[s.Page-1] = text
			read++
		}
	}
	switch {
	case read > 0:
		x.method = "ocr"
	default:
		x.warnings = append(x.warnings, "no-text-layer")
	}
	return nil
}

// rasterize renders one page with pdftoppm, if installed.
func rasterize(ctx context.Context, path string, page int, dir string) string {
	bin, err := exec.LookPath("pdftoppm")
	if err != nil {
		return ""
	}
	prefix := filepath.Join(dir, fmt.Sprintf("r%d", page))
	n := fmt.Sprint(page)
	if exec.CommandContext(ctx, bin, "-r", "300", "-gray", "-png", "-singlefile", "-f", n, "-l", n, path, prefix).Run() != nil {
		return ""
	}
	return prefix + ".png"
}

// cleanOCR joins Tesseract's lines the way the PDF reader does: blank
// lines end paragraphs.
func cleanOCR(s string) string {
	var paras []string
	for p := range strings.SplitSeq(strings.ReplaceAll(viet.NFC(s), "\f", ""), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n")
}
