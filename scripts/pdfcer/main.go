// Command pdfcer prints the character error rate of Sổ tay's PDF text and
// of pdftotext (when installed) for every NAME.pdf with a NAME.truth.txt in
// the folders given: the CER table of docs/PERFORMANCE.md.
//
//	go run ./scripts/pdfcer ../shared/fixtures/pdf testdata/pdf
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
				ours = fmt.Sprintf("%.2f %%", 100*pdftext.CER(string(truth), strings.Join(res.Pages, "\n")))
				pages = fmt.Sprint(len(res.Pages))
			}
			theirs := "–"
			args := []string{"-enc", "UTF-8"}
			if pw != "" {
				args = append(args, "-upw", pw)
			}
			if out, err := exec.Command("pdftotext", append(args, pdfPath, "-")...).Output(); err == nil {
				theirs = fmt.Sprintf("%.2f %%", 100*pdftext.CER(string(truth), string(out)))
			}
			fmt.Printf("| %s | %s | %s | %s | %.0f ms |\n", name, pages, ours, theirs, float64(took.Microseconds())/1000)
		}
	}
}
