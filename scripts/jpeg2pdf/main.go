// Command jpeg2pdf wraps JPEGs in a PDF, one page each, as a scanner does;
// -watermark draws a short text three times across every page over the
// image, as websites that spread scanned legal documents do:
//
//	go run ./scripts/jpeg2pdf scan.jpg scan.pdf
//	go run ./scripts/jpeg2pdf -watermark thuvienphapluat.vn p1.jpg p2.jpg scan.pdf
package main

import (
	"bytes"
	"flag"
	"image/jpeg"
	"log"
	"os"

	"sotay/internal/pdftext/minipdf"
)

func main() {
	watermark := flag.String("watermark", "", "text drawn across each page")
	flag.Parse()
	args := flag.Args()
	if len(args) < 2 {
		log.Fatal("usage: jpeg2pdf [-watermark TEXT] in.jpg… out.pdf")
	}
	f := minipdf.New()
	font := f.Font("Helvetica-Bold", "/Encoding/WinAnsiEncoding")
	for _, in := range args[:len(args)-1] {
		data, err := os.ReadFile(in)
		if err != nil {
			log.Fatal(err)
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			log.Fatal(err)
		}
		if *watermark == "" {
			f.JPEGPage(data, cfg.Width, cfg.Height, true)
			continue
		}
		f.WatermarkedJPEGPage(data, cfg.Width, cfg.Height, font, *watermark)
	}
	if err := os.WriteFile(args[len(args)-1], f.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
