// Command jpeg2pdf wraps a JPEG in a one-page PDF, as a scanner does:
//
//	go run ./scripts/jpeg2pdf scan.jpg scan.pdf
package main

import (
	"bytes"
	"image/jpeg"
	"log"
	"os"

	"sotay/internal/pdftext/minipdf"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		log.Fatal(err)
	}
	f := minipdf.New()
	f.JPEGPage(data, cfg.Width, cfg.Height, true)
	if err := os.WriteFile(os.Args[2], f.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
