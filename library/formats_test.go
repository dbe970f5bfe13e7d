package library

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"sotay/internal/officeconv"
	"sotay/internal/pdftext"
	"sotay/internal/pdftext/minipdf"
)

const pdfTestdata = "../internal/pdftext/testdata"

// copyFiles copies testdata files into dir under new names.
func copyFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for to, from := range files {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func importWith(t *testing.T, lib *Library, opt ImportOptions, paths ...string) map[string]ImportResult {
	t.Helper()
	got := map[string]ImportResult{}
	opt.Progress = func(p ImportProgress) { got[filepath.Base(p.Result.Path)] = p.Result }
	if _, err := lib.Import(context.Background(), paths, opt); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestImportOfficeFormats(t *testing.T) {
	dir := t.TempDir()
	copyFiles(t, dir, map[string]string{
		"nghi-quyet.pdf":   filepath.Join(pdfTestdata, "lo-docx-nghiquyet.pdf"),
		"z-ban-in-lai.pdf": filepath.Join(pdfTestdata, "gs-nghiquyet.pdf"), // same text, another file
		"cong-van-cu.pdf":  filepath.Join(pdfTestdata, "legacy-tcvn3.pdf"),
		"co-mat-khau.pdf":  filepath.Join(pdfTestdata, "enc-aes128-userpw.pdf"),
		"thong-bao.htm":    filepath.Join(pdfTestdata, "../../../assets/samples/thong-bao-27-tb-qu.txt"),
		"ke-hoach.docx":    filepath.Join(pdfTestdata, "lo-docx-nghiquyet.pdf"), // replaced below
		"trang-loi.pdf":    filepath.Join(pdfTestdata, "../../../assets/samples/cong-van-2003.txt"),
		"tai-do-dang.pdf":  filepath.Join(pdfTestdata, "chromium-thongbao.pdf"), // truncated below
		"cu.doc":           filepath.Join(pdfTestdata, "legacy-vni.truth.txt"),
	})
	html := "<html><head><title>Thông báo</title><script>alert(1)</script></head><body><nav>Trang chủ</nav><h1>THÔNG BÁO</h1><p>Số 27-TB/QU</p><p>Chi bộ họp ngày 03 tháng 4.</p></body></html>"
	os.WriteFile(filepath.Join(dir, "thong-bao.htm"), []byte(html), 0o644)
	os.WriteFile(filepath.Join(dir, "ke-hoach.docx"), testDOCX(t), 0o644)
	full, _ := os.ReadFile(filepath.Join(dir, "tai-do-dang.pdf"))
	os.WriteFile(filepath.Join(dir, "tai-do-dang.pdf"), full[:len(full)/2], 0o644)
	os.WriteFile(filepath.Join(dir, "cu.doc"), append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...), 0o644)

	lib := openTemp(t)
	got := importWith(t, lib, ImportOptions{}, dir)
	want := map[string]struct {
		status ImportStatus
		method string
		code   string
	}{
		"nghi-quyet.pdf":   {StatusImported, "pdf", ""},
		"z-ban-in-lai.pdf": {StatusDuplicate, "pdf", ""},
		"cong-van-cu.pdf":  {StatusImported, "pdf", ""},
		"co-mat-khau.pdf":  {StatusFailed, "", "encrypted"},
		"thong-bao.htm":    {StatusImported, "html", ""},
		"ke-hoach.docx":    {StatusImported, "docx", ""},
		"trang-loi.pdf":    {StatusFailed, "", "not_pdf"},
		"tai-do-dang.pdf":  {StatusFailed, "", "damaged"},
		"cu.doc":           {StatusFailed, "", damagedOrNeedsLO()},
	}
	for name, w := range want {
		r := got[name]
		if r.Status != w.status || r.Method != w.method || w.code != "" && Code(r.Err) != w.code {
			t.Errorf("%s: %s method %q code %s (%v), want %s %q %s", name, r.Status, r.Method, Code(r.Err), r.Err, w.status, w.method, w.code)
		}
	}
	nq := got["nghi-quyet.pdf"]
	if nq.Kind != "Nghị quyết" || nq.Number != "15-NQ/QU" || nq.IssuedOn != "2025-03-12" || nq.Issuer != "Quận ủy Tây Giang" || nq.Signer != "Nguyễn Văn Khải" || nq.Pages != 2 {
		t.Errorf("metadata %+v", nq)
	}
	if got["z-ban-in-lai.pdf"].ID != nq.ID {
		t.Error("the re-distilled copy is not reported as the same document")
	}
	if !slices.Contains(got["cong-van-cu.pdf"].Warnings, "legacy-tcvn3") || got["cong-van-cu.pdf"].Number != "112-CV/HU" {
		t.Errorf("legacy PDF: %+v", got["cong-van-cu.pdf"])
	}
	doc, err := lib.Document(context.Background(), nq.ID)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Signer != "Nguyễn Văn Khải" || doc.SignerRole != "T/M Quận ủy, Bí thư" || doc.Place != "Tây Giang" || doc.Method != "pdf" {
		t.Errorf("stored %+v", doc)
	}
	orig := lib.OriginalPath(doc)
	if data, err := os.ReadFile(orig); err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Errorf("original not kept at %q: %v", orig, err)
	}
	outline, err := lib.Outline(context.Background(), nq.ID)
	if err != nil || len(outline) < 5 || outline[0].Label != "Điều 1." || outline[0].Level != 1 {
		t.Fatalf("outline %v %+v", err, outline)
	}
	pages, _ := lib.Pages(context.Background(), nq.ID)
	for _, s := range outline {
		if !strings.HasPrefix(string([]rune(pages[s.Page-1])[s.Offset:]), s.Label) {
			t.Errorf("section %s at page %d offset %d does not start there", s.Label, s.Page, s.Offset)
		}
	}
	kh, _ := lib.Outline(context.Background(), got["ke-hoach.docx"].ID)
	if len(kh) != 2 || kh[0].Heading != "MỤC ĐÍCH" || kh[1].Level != 2 {
		t.Errorf("DOCX outline %+v", kh)
	}

	// The password opens it; a wrong one says so; the library is unharmed.
	before, _ := lib.Count(context.Background())
	bad := importWith(t, lib, ImportOptions{Password: "sai"}, filepath.Join(dir, "co-mat-khau.pdf"))
	if Code(bad["co-mat-khau.pdf"].Err) != "bad_password" {
		t.Errorf("wrong password: %v", bad["co-mat-khau.pdf"].Err)
	}
	if after, _ := lib.Count(context.Background()); after != before {
		t.Errorf("a failed import changed the library: %d → %d", before, after)
	}
	good := importWith(t, lib, ImportOptions{Password: "chibo2025"}, filepath.Join(dir, "co-mat-khau.pdf"))
	if r := good["co-mat-khau.pdf"]; r.Status != StatusDuplicate || r.ID != nq.ID {
		t.Errorf("right password: %+v (the same resolution is already in)", r)
	}
}

func testDOCX(t *testing.T) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	ns := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := map[string]string{
		"word/document.xml": `<w:document ` + ns + `><w:body>` +
			`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>I. MỤC ĐÍCH</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>Kế hoạch học tập nghị quyết của chi bộ.</w:t></w:r></w:p>` +
			`<w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>Yêu cầu</w:t></w:r></w:p></w:body></w:document>`,
		"word/styles.xml": `<w:styles ` + ns + `><w:style w:styleId="H1"><w:name w:val="heading 1"/></w:style><w:style w:styleId="H2"><w:name w:val="heading 2"/></w:style></w:styles>`,
	}
	for name, body := range parts {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	return b.Bytes()
}

func TestImportScan(t *testing.T) {
	dir := t.TempDir()
	copyFiles(t, dir, map[string]string{"thong-bao-scan.pdf": filepath.Join(pdfTestdata, "scan-thongbao.pdf")})
	path := filepath.Join(dir, "thong-bao-scan.pdf")
	lib := openTemp(t)
	off := importWith(t, lib, ImportOptions{OCR: "off"}, path)["thong-bao-scan.pdf"]
	if off.Status != StatusImported || !slices.Contains(off.Warnings, "no-text-layer") || off.Title != "thong-bao-scan" {
		t.Fatalf("without OCR: %+v", off)
	}
	if !OCRAvailable() {
		t.Skip("tesseract with Vietnamese data is not installed (Debian: tesseract-ocr-vie); the no-OCR path was checked")
	}
	lib2 := openTemp(t)
	r := importWith(t, lib2, ImportOptions{}, path)["thong-bao-scan.pdf"]
	if r.Status != StatusImported || r.Method != "ocr" || r.Number != "27-TB/QU" {
		t.Fatalf("OCR: %+v", r)
	}
	pages, _ := lib2.Pages(context.Background(), r.ID)
	truth, _ := os.ReadFile(filepath.Join(pdfTestdata, "scan-thongbao.truth.txt"))
	if cer := pdftext.CER(string(truth), strings.Join(pages, "\n")); cer > 0.05 {
		t.Errorf("OCR CER %.1f %% > 5 %%", 100*cer)
	}
}

// A scan spread by a website, whose only text layer is the site's stamp
// over each page: it is read by OCR, and the stamp is neither its text
// nor its title.
func TestImportWatermarkedScan(t *testing.T) {
	scan, err := pdftext.Extract(context.Background(), mustRead(t, filepath.Join(pdfTestdata, "scan-thongbao.pdf")), pdftext.Options{})
	if err != nil || len(scan.Scans) != 1 {
		t.Fatal(err)
	}
	f := minipdf.New()
	font := f.Font("Helvetica-Bold", "/Encoding/WinAnsiEncoding")
	for range 2 {
		f.WatermarkedJPEGPage(scan.Scans[0].Image, 2550, 3300, font, "thuvienphapluat.vn")
	}
	path := filepath.Join(t.TempDir(), "thong-bao-27.pdf")
	if err := os.WriteFile(path, f.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := openTemp(t)
	off := importWith(t, lib, ImportOptions{OCR: "off"}, path)["thong-bao-27.pdf"]
	if off.Status != StatusImported || !slices.Contains(off.Warnings, "no-text-layer") || strings.Contains(off.Title, "thuvienphapluat") {
		t.Fatalf("without OCR: %+v", off)
	}
	if !OCRAvailable() {
		t.Skip("tesseract with Vietnamese data is not installed (Debian: tesseract-ocr-vie); the no-OCR path was checked")
	}
	var pages []string
	var mu sync.Mutex
	r := importWith(t, openTemp(t), ImportOptions{OCRPage: func(p string, done, total int) {
		mu.Lock()
		pages = append(pages, fmt.Sprintf("%d/%d", done, total))
		mu.Unlock()
	}}, path)["thong-bao-27.pdf"]
	if r.Status != StatusImported || r.Method != "ocr" || r.Number != "27-TB/QU" || strings.Contains(r.Title, "thuvienphapluat") {
		t.Fatalf("OCR: %+v", r)
	}
	// the GUI shows the pages read as they are read (two at a time: in
	// either order)
	sort.Strings(pages)
	if strings.Join(pages, " ") != "0/2 1/2 2/2" {
		t.Errorf("OCR progress %v", pages)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The formal documents among the shared fixtures: metadata exact.
func TestFixtureMetadata(t *testing.T) {
	dir := "../../shared/fixtures/pdf"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/fixtures is not beside the repository (a plain clone); TestImportOfficeFormats covers metadata on own files")
	}
	nq := ImportResult{Kind: "Nghị quyết", Number: "15-NQ/QU", IssuedOn: "2025-03-12", Issuer: "Quận ủy Hồng Tiến", Signer: "Nguyễn Thị Phương Thảo"}
	want := map[string]ImportResult{
		"lo-txt-nghiquyet-dejavuserif.pdf": nq, "gs-pdfwrite-from-lo.pdf": nq, "qpdf-objstm-nghiquyet.pdf": nq, "enc-userpw-rc4-128.pdf": nq,
		"legacy-vni-gs.pdf": {Kind: "Công văn", Number: "42/CV-UB", IssuedOn: "2003-08-05", Issuer: "Ủy ban nhân dân huyện Tân Ứng", Signer: "Vũ Đình Lộc"},
	}
	for name, w := range want {
		lib := openTemp(t)
		r := importWith(t, lib, ImportOptions{Password: "hongtien2025"}, filepath.Join(dir, name))[name]
		if r.Kind != w.Kind || r.Number != w.Number || r.IssuedOn != w.IssuedOn || r.Issuer != w.Issuer || r.Signer != w.Signer {
			t.Errorf("%s: %s %s %s %s %s (%v)", name, r.Kind, r.Number, r.IssuedOn, r.Issuer, r.Signer, r.Err)
		}
	}
}

// AES-256 (revision 6) opens with Sổ tay's own security handler; poppler's
// pdftotext, which used to be the fallback for it, is kept off PATH.
func TestAES256WithoutPdftotext(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	path := filepath.Join(pdfTestdata, "enc-aes256.pdf")
	lib := openTemp(t)
	r := importWith(t, lib, ImportOptions{}, path)["enc-aes256.pdf"]
	if r.Status != StatusFailed || !errors.Is(r.Err, ErrPassword) {
		t.Errorf("without a password: %+v", r)
	}
	r = importWith(t, lib, ImportOptions{Password: "chibo2025"}, path)["enc-aes256.pdf"]
	if r.Status != StatusImported || r.Method != "pdf" || r.Number != "27-TB/QU" {
		t.Errorf("with the password: %+v", r)
	}
}

// damagedOrNeedsLO is what a broken .doc gives: with LibreOffice it is
// read and found damaged; without, the user is told to install it.
func damagedOrNeedsLO() string {
	if officeconv.Program() != "" {
		return "damaged"
	}
	return "needs_libreoffice"
}

// Old Word, RTF and OpenDocument files come in through LibreOffice with
// their numbering; without LibreOffice they say how to install it.
// The three fixtures were made by LibreOffice 7.4 from the same flat ODT.
func TestImportOldOfficeFormats(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{"doc", "odt", "rtf"} {
		copyFiles(t, dir, map[string]string{"nghi-quyet-cu." + ext: filepath.Join("..", "internal", "docx", "testdata", "numbering-lo."+ext)})
	}
	lib := openTemp(t)
	got := importWith(t, lib, ImportOptions{}, dir)
	for _, ext := range []string{"doc", "odt", "rtf"} {
		r := got["nghi-quyet-cu."+ext]
		if officeconv.Program() == "" {
			if Code(r.Err) != "needs_libreoffice" {
				t.Errorf("%s without LibreOffice: %+v", ext, r)
			}
			continue
		}
		if r.Status == StatusDuplicate {
			continue // the same text as another of the three
		}
		if r.Status != StatusImported || r.Method != "libreoffice" {
			t.Errorf("%s: %s %q %v", ext, r.Status, r.Method, r.Err)
			continue
		}
		text, _ := lib.Text(context.Background(), r.ID)
		// (LibreOffice's own RTF writer keeps "Điều" in a list label as
		// "?i?u", so only the number is checked there.)
		if !strings.Contains(text, "2. Hiệu lực thi hành") || ext != "rtf" && !strings.Contains(text, "Điều 2. Hiệu lực thi hành") {
			t.Errorf("%s: numbering lost:\n%s", ext, text)
		}
	}
	if officeconv.Program() == "" {
		t.Skip("LibreOffice (soffice) is not installed: only the message was checked; scripts/deps.sh test installs it")
	}
}

// Letterheads as offices lay them out in Word: a header table (issuer
// left, motto and date right, dash rules under them) in a law, and a
// form under the national motto. Fixtures made by LibreOffice 7.4 from the
// flat ODT beside them in internal/docx/testdata.
func TestWordLetterheadsAndTitles(t *testing.T) {
	dir := t.TempDir()
	td := filepath.Join("..", "internal", "docx", "testdata")
	copyFiles(t, dir, map[string]string{
		"luat.docx":    filepath.Join(td, "luat-bang-tieu-de-lo.docx"),
		"to-khai.docx": filepath.Join(td, "to-khai-lo.docx"),
	})
	lib := openTemp(t)
	got := importWith(t, lib, ImportOptions{}, dir)
	luat := got["luat.docx"]
	if luat.Title != "Luật Chuyển giao công nghệ" || luat.Kind != "Luật" || luat.Number != "07/2017/QH14" || luat.Issuer != "Quốc hội" || luat.IssuedOn != "2017-06-19" {
		t.Errorf("law: title %q kind %q number %q issuer %q date %q", luat.Title, luat.Kind, luat.Number, luat.Issuer, luat.IssuedOn)
	}
	if tk := got["to-khai.docx"]; tk.Title != "Tờ khai đăng ký khai sinh" || tk.Kind != "Tờ khai" {
		t.Errorf("form: title %q kind %q", tk.Title, tk.Kind)
	}
	text, _ := lib.Text(context.Background(), luat.ID)
	if strings.Contains(text, "-----") || !strings.Contains(text, "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
		t.Errorf("the header table's cells are not lines of their own:\n%.300s", text)
	}
}

// Letterheads as other offices make them: the cells' lines parted by line
// breaks, rules and the number inside (luat-ngat-dong), a law named in
// ordinary case under "LUẬT"; and a report's cover page with its
// letterhead in two columns set by a tab, "oOo", the author's name and a
// "Nhóm:" field before the title (bia-bao-cao). Made by LibreOffice 7.4
// from the flat ODT beside them; the layouts are those of laws, theses and
// reports found in public repositories.
func TestWordLetterheadsWithBreaksAndCovers(t *testing.T) {
	dir := t.TempDir()
	td := filepath.Join("..", "internal", "docx", "testdata")
	copyFiles(t, dir, map[string]string{
		"luat.docx": filepath.Join(td, "luat-ngat-dong.docx"),
		"bia.docx":  filepath.Join(td, "bia-bao-cao.docx"),
	})
	lib := openTemp(t)
	got := importWith(t, lib, ImportOptions{}, dir)
	luat := got["luat.docx"]
	if luat.Title != "Luật Trật tự, an toàn giao thông đường bộ" || luat.Number != "36/2024/QH15" || luat.Issuer != "Quốc hội" || luat.IssuedOn != "2024-06-27" {
		t.Errorf("law: title %q number %q issuer %q date %q", luat.Title, luat.Number, luat.Issuer, luat.IssuedOn)
	}
	bia := got["bia.docx"]
	if bia.Title != "BÀI THU HOẠCH HỌC TẬP NGHỊ QUYẾT ĐẠI HỘI CHI BỘ" || bia.Issuer != "Khoa Xây dựng Đảng" {
		t.Errorf("cover: title %q issuer %q", bia.Title, bia.Issuer)
	}
	text, _ := lib.Text(context.Background(), luat.ID)
	if strings.Contains(text, "___") || !strings.Contains(text, "QUỐC HỘI\nLuật số: 36/2024/QH15") {
		t.Errorf("the header cells' lines:\n%.300s", text)
	}
}

// A PDF whose only text is drawn with a font whose codes give no
// characters (a predefined Japanese CMap, no ToUnicode) fails saying so,
// not as an empty file.
func TestImportUnreadableFonts(t *testing.T) {
	f := minipdf.New()
	desc := f.Add("<</Type/Font/Subtype/CIDFontType0/BaseFont/HeiseiMin-W3/CIDSystemInfo<</Registry(Adobe)/Ordering(Japan1)/Supplement 2>>/DW 1000>>")
	cjk := f.Add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/HeiseiMin-W3/Encoding/90ms-RKSJ-H/DescendantFonts[%d 0 R]>>", desc))
	f.Page(fmt.Sprintf("/Font<</F1 %d 0 R>>", cjk), []byte("BT /F1 12 Tf 56 780 Td <93FA967B8CEA93FA967B8CEA> Tj ET"), false)
	path := filepath.Join(t.TempDir(), "nhat.pdf")
	if err := os.WriteFile(path, f.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := importWith(t, openTemp(t), ImportOptions{}, path)["nhat.pdf"]
	if r.Status != StatusFailed || Code(r.Err) != "unreadable_font" {
		t.Errorf("%+v", r)
	}
}
