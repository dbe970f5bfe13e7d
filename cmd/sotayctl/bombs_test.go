package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"sotay/internal/pdftext/minipdf"
	"sotay/internal/zipbomb"
)

// addressLimit is the address space a bomb's child gets: an idle Go
// program with cgo already reserves about 1.7 GB of it, so this leaves
// about a gigabyte to work in.
const addressLimit = "3000000000"

// xlsxBomb is a question sheet whose second row holds a 2 GB cell: about
// 2 MB on disk.
func xlsxBomb(t *testing.T) []byte {
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	sheet := &zipbomb.Stream{
		Prefix: []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<worksheet " + ns + `><sheetData>` +
			`<row r="1"><c r="A1" t="inlineStr"><is><t>Câu hỏi</t></is></c><c r="B1" t="inlineStr"><is><t>Đáp án</t></is></c></row>` +
			`<row r="2"><c r="A2" t="inlineStr"><is><t>`),
		Fill:   'A',
		N:      2 << 30,
		Suffix: []byte(`</t></is></c><c r="B2" t="inlineStr"><is><t>A</t></is></c></row></sheetData></worksheet>`),
	}
	return zipFile(t, []zipbomb.Entry{
		{Name: "[Content_Types].xml", Data: []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)},
		{Name: "_rels/.rels", Data: []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{Name: "xl/workbook.xml", Data: []byte(`<?xml version="1.0" encoding="UTF-8"?><workbook ` + ns + ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Câu hỏi" sheetId="1" r:id="rId1"/></sheets></workbook>`)},
		{Name: "xl/_rels/workbook.xml.rels", Data: []byte(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)},
		{Name: "xl/worksheets/sheet1.xml", Stream: sheet},
	})
}

// docxBomb is a Word file whose one paragraph inflates to 2 GB.
func docxBomb(t *testing.T) []byte {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	body := &zipbomb.Stream{
		Prefix: []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document ` + w + `><w:body><w:p><w:r><w:t>Câu 1: `),
		Fill:   'A',
		N:      2 << 30,
		Suffix: []byte(`</w:t></w:r></w:p></w:body></w:document>`),
	}
	return zipFile(t, []zipbomb.Entry{
		{Name: "[Content_Types].xml", Data: []byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)},
		{Name: "word/document.xml", Stream: body},
	})
}

// pdfBomb is a PDF whose page lists one 60 MB Flate stream (60 KB in the
// file, under the per-stream limit) 100 times: 6 GB of content.
func pdfBomb(t *testing.T) []byte {
	f := minipdf.New()
	s := f.Stream("/Filter/FlateDecode", zipbomb.Stream{Prefix: []byte("BT "), Fill: ' ', N: 60 << 20, Suffix: []byte(" ET\n")}.Zlib(), false)
	refs := make([]int, 100)
	for i := range refs {
		refs[i] = s
	}
	f.PageContents("", refs...)
	return f.Bytes()
}

func zipFile(t *testing.T, entries []zipbomb.Entry) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := zipbomb.Zip(&b, entries); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Bombs are imported by a child sotayctl under an address-space limit: it
// must exit on its own, saying the file is too large, not be killed or
// run out of memory.
func TestBombs(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector reserves more address space than the 3 GB limit allows; make unit runs this without -race")
	}
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("prlimit (util-linux) is not installed: a bomb is only safe to open under an address-space limit")
	}
	tests := []struct {
		name string
		file string
		make func(*testing.T) []byte
		args []string
	}{
		{"XLSX question file with a 2 GB cell", "bomb.xlsx", xlsxBomb, []string{"quiz", "import"}},
		{"DOCX question file with a 2 GB paragraph", "bomb.docx", docxBomb, []string{"quiz", "import"}},
		{"DOCX document with a 2 GB paragraph", "bomb.docx", docxBomb, []string{"import", "--json"}},
		{"PDF page drawing a 60 MB Flate stream 100 times", "bomb.pdf", pdfBomb, []string{"import", "--json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.file)
			data := tt.make(t)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"--as=" + addressLimit, os.Args[0], "--db", filepath.Join(dir, "lib.db")}, tt.args...)
			cmd := exec.Command(prlimit, append(args, path)...)
			cmd.Env = append(os.Environ(), "SOTAYCTL_MAIN=1", "TMPDIR="+dir)
			var out, errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errOut
			err := cmd.Run()
			all := out.String() + errOut.String()
			report := fmt.Sprintf("%d-byte file; child: %v\nstdout: %.2000s\nstderr: %.2000s", len(data), err, out.String(), errOut.String())
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				t.Fatalf("killed by %v\n%s", ws.Signal(), report)
			}
			if strings.Contains(all, "out of memory") || strings.Contains(all, "fatal error") || strings.Contains(all, "panic") {
				t.Fatalf("crashed\n%s", report)
			}
			if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(all, "too_large") && !strings.Contains(all, "too-large") {
				t.Fatalf("want exit 1 reporting too_large\n%s", report)
			}
		})
	}
}
