package officeconv

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
)

// Pictures turns pictures Go cannot decode (WMF and EMF, the formats of
// formulas and clip art in old Word files) into PNG or GIF: LibreOffice
// lays them out in a document of their own and saves it as HTML, which
// writes every picture as a web image. out[i] is nil for a picture it
// could not convert.
func Pictures(ctx context.Context, pics [][]byte) (out [][]byte, err error) {
	var doc bytes.Buffer
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
`)
	for i, p := range pics {
		// The label before each picture finds it again in the HTML, even
		// when LibreOffice drops one it cannot read.
		fmt.Fprintf(&doc, "<text:p>SOTAYPIC%d <draw:frame draw:name=\"p%d\" text:anchor-type=\"as-char\"><draw:image><office:binary-data>", i, i)
		doc.WriteString(base64.StdEncoding.EncodeToString(p))
		doc.WriteString("</office:binary-data></draw:image></draw:frame></text:p>\n")
	}
	doc.WriteString("</office:text></office:body></office:document>\n")
	out = make([][]byte, len(pics))
	err = convert(ctx, "pictures.fodt", doc.Bytes(), "html", func(dir string) error {
		page, err := os.ReadFile(filepath.Join(dir, "pictures.html"))
		if err != nil {
			return err
		}
		for _, m := range pictureRE.FindAllSubmatch(page, -1) {
			i, _ := strconv.Atoi(string(m[1]))
			name := filepath.Base(html.UnescapeString(string(m[2])))
			if i >= len(pics) || out[i] != nil {
				continue
			}
			if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(b) > 0 {
				out[i] = b
			}
		}
		return nil
	})
	return out, err
}

var pictureRE = regexp.MustCompile(`SOTAYPIC(\d+)\s*<img src="([^"]+)"`)
