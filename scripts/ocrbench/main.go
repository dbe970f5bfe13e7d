// Command ocrbench measures each step of the OCR path on scanned PDFs that
// have a NAME.truth.txt beside them: Tesseract on the image as stored,
// then deskewed, then binarised, then with a word list (-words FILE). It
// prints the character error rate of each and the skew angle found.
//
//	go run -tags sqlite_fts5 ./scripts/ocrbench [-words FILE] FILE.pdf…
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sotay/internal/pdftext"
	"sotay/library/docread"
)

func main() {
	words := flag.String("words", "", "a word list for Tesseract's --user-words")
	flag.Parse()
	fmt.Println("| file | as stored | deskewed | binarised | deskewed + binarised | + word list |")
	fmt.Println("|---|---:|---:|---:|---:|---:|")
	for _, path := range flag.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		truth, err := os.ReadFile(strings.TrimSuffix(path, ".pdf") + ".truth.txt")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		res, err := pdftext.Extract(context.Background(), data, pdftext.Options{})
		if err != nil || len(res.Scans) == 0 || res.Scans[0].Image == nil {
			fmt.Fprintf(os.Stderr, "%s: no scan image (%v)\n", path, err)
			continue
		}
		dir, _ := os.MkdirTemp("", "ocrbench-")
		img := filepath.Join(dir, "page."+res.Scans[0].Format)
		os.WriteFile(img, res.Scans[0].Image, 0o600)
		row := "| " + filepath.Base(path)
		settings := []docread.OCRSettings{{}, {Deskew: true}, {Binarise: true}, {Deskew: true, Binarise: true}}
		if *words != "" {
			settings = append(settings, docread.OCRSettings{Deskew: true, Binarise: true, UserWords: *words})
		}
		for _, set := range settings {
			start := time.Now()
			text, err := docread.OCRFile(context.Background(), img, set)
			if err != nil {
				row += " | " + err.Error()
				continue
			}
			row += fmt.Sprintf(" | %.2f %% (%.1f s)", 100*pdftext.CER(string(truth), text), time.Since(start).Seconds())
		}
		fmt.Println(row + " |")
		os.RemoveAll(dir)
	}
}
