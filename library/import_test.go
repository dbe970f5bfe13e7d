package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func importAll(t *testing.T, lib *Library, paths ...string) (map[string]ImportResult, ImportSummary) {
	t.Helper()
	got := map[string]ImportResult{}
	sum, err := lib.Import(context.Background(), paths, ImportOptions{Progress: func(p ImportProgress) {
		got[filepath.Base(p.Result.Path)] = p.Result
	}})
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	return got, sum
}

func TestImportFolderReportsEachFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"nghi-quyet.txt":         "\n\nNghị quyết số 21-NQ/TW\r\nvề công tác xây dựng Đảng\r\n",
		"sub/de-cuong.md":        "# Đề cương bài giảng\n\nNội dung chính.\n",
		"sub/nfd.txt":            "Nghi\u0323 quyê\u0301t Đại hội\n",
		"sub/.hidden/secret.txt": "không nhập thư mục ẩn",
		"anh.jpg":                "\xff\xd8\xff\xe0 not text",
		"nhi-phan.txt":           "ABC\x00\x01\x02 binary",
		"latin1.txt":             "Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise pour le d\xeener",
		"rong.txt":               "  \n\t\n",
		"sub/sub2/ban-sao.txt":   "\n\nNghị quyết số 21-NQ/TW\r\nvề công tác xây dựng Đảng\r\n",
	})
	empty := filepath.Join(t.TempDir(), "trong")
	os.Mkdir(empty, 0o755)
	lib := openTemp(t)
	got, sum := importAll(t, lib, dir, empty, filepath.Join(dir, "anh.jpg"), filepath.Join(dir, "khong-co.txt"))

	want := map[string]struct {
		status ImportStatus
		code   string
	}{
		"nghi-quyet.txt": {StatusImported, ""},
		"de-cuong.md":    {StatusImported, ""},
		"nfd.txt":        {StatusImported, ""},
		"ban-sao.txt":    {StatusDuplicate, ""},
		"nhi-phan.txt":   {StatusFailed, "binary"},
		"latin1.txt":     {StatusFailed, "encoding"},
		"rong.txt":       {StatusFailed, "empty"},
		"trong":          {StatusFailed, "empty"},
		"anh.jpg":        {StatusFailed, "unsupported"},
		"khong-co.txt":   {StatusFailed, "no_such_file"},
	}
	for name, w := range want {
		r, ok := got[name]
		if !ok {
			t.Errorf("%s: no result", name)
			continue
		}
		if r.Status != w.status || (w.code != "" && Code(r.Err) != w.code) {
			t.Errorf("%s: status %s code %s (%v), want %s %s", name, r.Status, Code(r.Err), r.Err, w.status, w.code)
		}
	}
	if _, ok := got["secret.txt"]; ok {
		t.Error("a file in a hidden folder was imported")
	}
	if sum.Imported != 3 || sum.Duplicates != 1 || sum.Failed != 6 {
		t.Errorf("summary = %+v", sum)
	}
	if got["ban-sao.txt"].ID != got["nghi-quyet.txt"].ID {
		t.Error("the duplicate does not point at the document already there")
	}

	doc, err := lib.Document(context.Background(), got["nghi-quyet.txt"].ID)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Nghị quyết số 21-NQ/TW" || doc.Format != "txt" || !filepath.IsAbs(doc.SourcePath) {
		t.Errorf("document = %+v", doc)
	}
	text, _ := lib.Text(context.Background(), doc.ID)
	if strings.Contains(text, "\r") {
		t.Error("CRLF kept in stored text")
	}
	md, _ := lib.Document(context.Background(), got["de-cuong.md"].ID)
	if md.Title != "Đề cương bài giảng" {
		t.Errorf("markdown title = %q", md.Title)
	}
	nfd, _ := lib.Text(context.Background(), got["nfd.txt"].ID)
	if !strings.HasPrefix(nfd, "Nghị quyết Đại hội") {
		t.Errorf("NFD text stored as %q, want NFC", nfd)
	}
}

func TestImportAgainSkipsWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	for i := range 25 {
		writeFiles(t, dir, map[string]string{fmt.Sprintf("vb-%02d.txt", i): fmt.Sprintf("Văn bản số %d\nNội dung %d", i, i)})
	}
	lib := openTemp(t)
	if _, sum := importAll(t, lib, dir); sum.Imported != 25 {
		t.Fatalf("first import: %+v", sum)
	}
	writeFiles(t, dir, map[string]string{"vb-moi.txt": "Văn bản mới\nthêm sau"})
	if _, sum := importAll(t, lib, dir); sum.Imported != 1 || sum.Duplicates != 25 {
		t.Fatalf("second import: %+v", sum)
	}
}

func TestCancelledImportKeepsCommittedBatches(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		writeFiles(t, dir, map[string]string{fmt.Sprintf("vb-%02d.txt", i): fmt.Sprintf("Văn bản %d\nđoạn %d", i, i)})
	}
	lib := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	reported := 0
	_, err := lib.Import(ctx, []string{dir}, ImportOptions{BatchSize: 10, Progress: func(p ImportProgress) {
		reported++
		if p.Done == 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	n, _ := lib.Count(context.Background())
	if n != 10 || reported != 10 {
		t.Fatalf("after cancelling: %d documents stored, %d reported; want the first batch of 10", n, reported)
	}
	if res, _ := lib.IntegrityCheck(context.Background()); res != "ok" {
		t.Fatalf("integrity_check = %s", res)
	}
	_, sum := importAll(t, lib, dir)
	if sum.Imported != 30 || sum.Duplicates != 10 {
		t.Errorf("resumed import: %+v, want 30 new and 10 already there", sum)
	}
}

func FuzzFirstLine(f *testing.F) {
	f.Add("\n\n  Nghị quyết  \nnội dung")
	f.Add("\ufeff\u200b")
	f.Fuzz(func(t *testing.T, s string) {
		line := firstLine(s)
		if strings.ContainsAny(line, "\n") {
			t.Fatalf("title %q has a line break", line)
		}
	})
}

func TestImportConvertsLegacyVietnamese(t *testing.T) {
	lib := openTemp(t)
	dir := t.TempDir()
	files := map[string][]byte{
		"tcvn3.txt": []byte("Th\xabng b\xb8o\nC\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam"),
		"vni.txt":   []byte("Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam"),
		"nfd.txt":   []byte("Nghi\u0323 quye\u0302\u0301t"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := importAll(t, lib, dir)
	want := map[string]struct{ title, warning string }{
		"tcvn3.txt": {"Thông báo", "legacy-tcvn3"},
		"vni.txt":   {"Cộng hòa xã hội chủ nghĩa Việt Nam", "legacy-vni"},
		"nfd.txt":   {"Nghị quyết", "nfd"},
	}
	for name, w := range want {
		r := got[name]
		if r.Status != StatusImported || r.Title != w.title || !slices.Contains(r.Warnings, w.warning) || r.Method != "text" {
			t.Errorf("%s: %+v", name, r)
		}
	}
	if res, err := lib.Search(context.Background(), "cong hoa xa hoi", SearchOptions{}); err != nil || res.Total != 2 {
		t.Errorf("converted text not searchable: %v %+v", err, res)
	}
}

// A resolution pasted from a news site, its structure flattened into one
// line, comes in with its paragraphs and outline back (the text keeps its
// length: a space became each line break).
func TestImportRecoversFlattenedStructure(t *testing.T) {
	ctx := context.Background()
	lib := openTemp(t)
	dir := t.TempDir()
	body := "Toàn văn Nghị quyết về chuyển đổi số. Ngày 12/3/2025, Ban Thường vụ Quận ủy ban hành Nghị quyết số 15-NQ/QU, gồm các nội dung sau. " +
		"I - TÌNH HÌNH VÀ NGUYÊN NHÂN 1 - Qua 5 năm thực hiện, các chi bộ đã ứng dụng công nghệ thông tin trong sinh hoạt, tỷ lệ chi bộ có sổ tay điện tử đạt 62,5%. " +
		"2 - Tuy nhiên, việc ứng dụng còn chậm trong giai đoạn 2020 - 2025. II - NHIỆM VỤ VÀ GIẢI PHÁP 1 - Nâng cao nhận thức của cấp ủy về chuyển đổi số. " +
		"2 - Hoàn thiện hạ tầng số ở các phường. 3 - Ban Tuyên giáo chủ trì, phối hợp với Văn phòng hướng dẫn thực hiện."
	writeFiles(t, dir, map[string]string{"nq15.txt": "Nghị quyết số 15-NQ/QU về chuyển đổi số\n" + body + "\n"})
	if _, err := lib.Import(ctx, []string{filepath.Join(dir, "nq15.txt")}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	docs, _ := lib.Documents(ctx)
	text, _ := lib.Text(ctx, docs[0].ID)
	if !strings.Contains(text, "\nI - TÌNH HÌNH") || !strings.Contains(text, "\n2 - Hoàn thiện") || strings.Contains(text, "2020 -\n") {
		t.Errorf("the structure did not come back:\n%s", text)
	}
	out, _ := lib.Outline(ctx, docs[0].ID)
	var labels []string
	for _, s := range out {
		labels = append(labels, s.Label)
	}
	if strings.Join(labels, " ") != "I. 1. 2. II. 1. 2. 3." {
		t.Errorf("outline %q", labels)
	}
}

// A whole document pasted from a legal web site as one line is read with
// its kind, number, date and signer: its letterhead comes back to its own
// lines before the metadata is read (round 22).
func TestImportDocumentOnOneLine(t *testing.T) {
	ctx := context.Background()
	lib := openTemp(t)
	dir := t.TempDir()
	line := "Bản dịch này thuộc quyền sở hữu của trang web. Đang tải văn bản... # Số hiệu: 12-KL/TU Loại văn bản: Kết luận Tình trạng: Đã biết " +
		"TỈNH ỦY AN HÀ ĐẢNG CỘNG SẢN VIỆT NAM --------------- Số 12-KL/TU An Hà, ngày 28 tháng 11 năm 2025 KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP ----- " +
		"Tại phiên họp ngày 27/11/2025, Ban Thường vụ Tỉnh ủy kết luận như sau: 1. Cơ bản thống nhất với báo cáo của Ban Tổ chức Tỉnh ủy về tình hình hoạt động của chính quyền địa phương 2 cấp trong tháng. " +
		"2. Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo sắp xếp các trạm y tế cấp xã, hoàn thành trước ngày 31/12/2025. " +
		"Nơi nhận: - Các huyện ủy, - Lưu Văn phòng Tỉnh ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Nguyễn Văn An - Hỗ trợ: (028) 3930.3279"
	writeFiles(t, dir, map[string]string{"kl12.txt": line + "\n"})
	if _, err := lib.Import(ctx, []string{filepath.Join(dir, "kl12.txt")}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	docs, _ := lib.Documents(ctx)
	d := docs[0]
	if d.Kind != "Kết luận" || d.Number != "12-KL/TU" || d.IssuedOn != "2025-11-28" || !strings.HasPrefix(d.Title, "Kết luận số 12-KL/TU về tình hình") {
		t.Errorf("read %q %q %q %q", d.Kind, d.Number, d.IssuedOn, d.Title)
	}
}

// A web page saved as Markdown is read as its words: a legal portal's
// page kept "**", table pipes and "[…](…)" in the reader, the search and
// every question's stem (round 62: "“**>> …… Nghị quyết …**”"); its "#"
// headings stay in the outline, where the text has them.
func TestImportMarkdownPage(t *testing.T) {
	ctx := context.Background()
	lib := openTemp(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"trang.md": "# Toàn văn Kết luận 301-KL/TW về hợp tác xã?\n\n" +
		"**Toàn văn Kết luận 301-KL/TW về hợp tác xã?**\n\n" +
		"| **BAN CHẤP HÀNH TRUNG ƯƠNG** | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n" +
		"Ngày 14/11/2026, Bộ Chính trị ban hành **Kết luận 301-KL/TW**; xem [toàn văn](https://example.vn/kl301).\n\n" +
		"## Mục tiêu đến năm 2030 ra sao?\n\n" +
		"- Tỉ lệ hợp tác xã hoạt động hiệu quả đạt trên 75%.\n"})
	got, _ := importAll(t, lib, dir)
	doc, err := lib.Document(ctx, got["trang.md"].ID)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Toàn văn Kết luận 301-KL/TW về hợp tác xã?" {
		t.Errorf("title %q", doc.Title)
	}
	text, _ := lib.Text(ctx, doc.ID)
	for _, mark := range []string{"**", "|", "](", "# "} {
		if strings.Contains(text, mark) {
			t.Errorf("%q kept in the text:\n%s", mark, text)
		}
	}
	if !strings.Contains(text, "BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM\n") || !strings.Contains(text, "ban hành Kết luận 301-KL/TW; xem toàn văn.") {
		t.Errorf("text:\n%s", text)
	}
	out, _ := lib.Outline(ctx, doc.ID)
	found := false
	for _, s := range out {
		runes := []rune(text)
		if s.Offset >= 0 && s.Offset < len(runes) && strings.HasPrefix(string(runes[s.Offset:]), "Mục tiêu đến năm 2030") {
			found = true
		}
	}
	if !found {
		t.Errorf("the page's heading not in the outline at its place: %+v", out)
	}
}
