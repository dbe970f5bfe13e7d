// Command pdfcer prints the character error rate of Sổ tay's PDF text and
// of pdftotext (when installed) for every NAME.pdf with a NAME.truth.txt in
// the folders given: the CER table of docs/PERFORMANCE.md.
//
//	go run -tags sqlite_fts5 ./scripts/pdfcer ../shared/fixtures/pdf internal/pdftext/testdata
package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"sotay/internal/pdftext"
	"sotay/library"
)

func main() {
	pw := os.Getenv("PDF_PASSWORD")
	fmt.Println("| file | pages | Sổ tay CER | pdftotext CER | Sổ tay time |")
	fmt.Println("|---|---:|---:|---:|---:|")
	for _, dir := range os.Args[1:] {
		truths, _ := filepath.Glob(filepath.Join(dir, "*.truth.txt"))
		for _, tf := range truths {
			name := strings.TrimSuffix(filepath.Base(tf), ".truth.txt")
			pdfPath := filepath.Join(dir, name+".pdf")
			truth, err1 := os.ReadFile(tf)
			data, err2 := os.ReadFile(pdfPath)
			if err1 != nil || err2 != nil {
				continue
			}
			start := time.Now()
			res, err := pdftext.Extract(context.Background(), data, pdftext.Options{Password: pw})
			took := time.Since(start)
			ours, pages := "error: ", "–"
			if err != nil {
				ours += err.Error()
			} else {
				text := strings.Join(res.Pages, "\n")
				if len(res.Scans) > 0 && strings.TrimSpace(text) == "" {
					text = ocr(pdfPath) // what import does with Tesseract installed
					ours = "OCR "
				} else {
					ours = ""
				}
				ours += fmt.Sprintf("%.2f %%", 100*pdftext.CER(string(truth), text))
				pages = fmt.Sprint(len(res.Pages))
			}
			theirs := "–"
			for _, args := range [][]string{{"-enc", "UTF-8"}, {"-enc", "UTF-8", "-upw", pw}} {
				if out, err := exec.Command("pdftotext", append(args, pdfPath, "-")...).Output(); err == nil {
					theirs = fmt.Sprintf("%.2f %%", 100*pdftext.CER(string(truth), string(out)))
					break
				}
			}
			fmt.Printf("| %s | %s | %s | %s | %.0f ms |\n", name, pages, ours, theirs, float64(took.Microseconds())/1000)
		}
	}
}

// ocr imports the file into a scratch library, as a user would, and
// returns the text the OCR gave it.
func ocr(path string) string {
	dir, _ := os.MkdirTemp("", "pdfcer-")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	lib, err := library.Open(ctx, filepath.Join(dir, "cer.db"), library.OpenOptions{})
	if err != nil {
		return ""
	}
	defer lib.Close()
	var id int64
	lib.Import(ctx, []string{path}, library.ImportOptions{Progress: func(p library.ImportProgress) { id = p.Result.ID }})
	pages, _ := lib.Pages(ctx, id)
	return strings.Join(pages, "\n")
}
