package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// The scanner gives the tokens encoding/xml gives for every part of the
// fixtures (local names, text, and the attributes the readers ask for),
// and any cut of a part ends in an error or EOF, never a panic.
func TestScannerMatchesEncodingXML(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.docx")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		zr, err := zip.OpenReader(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range zr.File {
			if !strings.HasSuffix(part.Name, ".xml") {
				continue
			}
			rc, _ := part.Open()
			data, _ := io.ReadAll(rc)
			rc.Close()
			want := stream(t, xml.NewDecoder(bytes.NewReader(data)))
			got := stream(t, newScanner(data))
			if got != want {
				t.Errorf("%s %s: streams differ\nscanner %.300s\nxml     %.300s", f, part.Name, got, want)
			}
			for cut := 0; cut < len(data); cut += 1 + len(data)/97 {
				s := newScanner(data[:cut])
				for range 100000 {
					if _, err := s.Token(); err != nil {
						break
					}
				}
			}
		}
		zr.Close()
	}
}

type tokenizer interface{ Token() (xml.Token, error) }

func stream(t *testing.T, d tokenizer) string {
	var b strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			fmt.Fprintf(&b, "<%s", x.Name.Local)
			if attrsWanted[x.Name.Local] {
				for _, a := range x.Attr {
					if a.Name.Space != "xmlns" && !(a.Name.Space == "" && a.Name.Local == "xmlns") {
						fmt.Fprintf(&b, " %s=%q", a.Name.Local, a.Value)
					}
				}
			}
			b.WriteString(">")
		case xml.EndElement:
			fmt.Fprintf(&b, "</%s>", x.Name.Local)
		case xml.CharData:
			fmt.Fprintf(&b, "%q", string(x))
		}
	}
}
