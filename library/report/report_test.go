package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sotay/assets"
	"sotay/internal/docx"
	"sotay/internal/pdftext"
)

func sample() string {
	return Generate(Source{Title: "Nghị quyết số 15-NQ/QU về chuyển đổi số", Citation: "Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Tây Giang", Place: "Tây Giang"},
		[]Mark{
			{Section: "Điều 1. Mục tiêu", Quote: "100% văn bản đi được ký số", Note: "Chi bộ khu phố 3 đã đạt 80%."},
			{Section: "Điều 1. Mục tiêu", Quote: "hồ sơ đảng viên được số hoá"},
			{Section: "Điều 2. Nhiệm vụ", Quote: "đẩy mạnh học tập trên nền tảng số"},
		}, time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC))
}

func TestGenerate(t *testing.T) {
	text := sample()
	for _, want := range []string{"# BẢN THU HOẠCH", "Học tập, quán triệt Nghị quyết số 15-NQ/QU ngày 12/3/2025 của Quận ủy Tây Giang",
		"## I. THÔNG TIN CÁ NHÂN", "\nĐiều 1. Mục tiêu\n> “100% văn bản đi được ký số”\nChi bộ khu phố 3 đã đạt 80%.",
		"\nĐiều 2. Nhiệm vụ\n", "## IV. CAM KẾT CỦA BẢN THÂN", "-> Tây Giang, ngày 2 tháng 4 năm 2025"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if strings.Count(text, "Điều 1. Mục tiêu") != 1 {
		t.Error("a heading repeated for each of its marks")
	}
}

// words is the text's words, for comparing what a file holds with what was
// written (line breaks and markup aside).
func words(s string) string {
	for _, m := range []string{"# ", "## ", "> ", "-> "} {
		s = strings.ReplaceAll(s, "\n"+m, "\n")
	}
	s = strings.TrimPrefix(s, "# ")
	return strings.Join(strings.Fields(s), " ")
}

// The Word file and the PDF hold the report's text, read back by Sổ tay's
// own readers and, where installed, by LibreOffice and pdftotext.
func TestWriteDOCXAndPDF(t *testing.T) {
	text := sample()
	var d bytes.Buffer
	if err := WriteDOCX(&d, text); err != nil {
		t.Fatal(err)
	}
	res, err := docx.Extract(d.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := words(res.Text), words(text); got != want {
		t.Errorf("DOCX read back:\n%s\nwant\n%s", got, want)
	}
	var p bytes.Buffer
	if err := WritePDF(&p, text, assets.SerifRegular, assets.SerifBold, nil, 14); err != nil {
		t.Fatal(err)
	}
	pr, err := pdftext.Extract(context.Background(), p.Bytes(), pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := words(strings.Join(pr.Pages, "\n")), words(text); got != want {
		t.Errorf("PDF read back:\n%s\nwant\n%s", got, want)
	}
	if err := WritePDF(&p, text, nil, nil, nil, 14); err != ErrNoFont {
		t.Errorf("no font: %v", err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "thu-hoach.docx"), d.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "thu-hoach.pdf"), p.Bytes(), 0o644)
	if soffice, err := exec.LookPath("soffice"); err == nil {
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--convert-to", "txt:Text", "--outdir", dir, filepath.Join(dir, "thu-hoach.docx"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("LibreOffice: %v %s", err, out)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "thu-hoach.txt"))
		if words(strings.TrimPrefix(string(got), "\ufeff")) != words(text) {
			t.Errorf("LibreOffice reads:\n%s", got)
		}
	} else {
		t.Log("LibreOffice not installed: the Word file is checked with Sổ tay's reader only")
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", filepath.Join(dir, "thu-hoach.pdf"), "-").Output()
		if err != nil || words(string(out)) != words(text) {
			t.Errorf("pdftotext reads (%v):\n%s", err, out)
		}
	} else {
		t.Log("pdftotext not installed: the PDF is checked with Sổ tay's reader only")
	}
}
