package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A resolution saved from the Official Gazette keeps the gazette's line
// on every page and the signature's stamp on the first; imported, its
// pages hold neither, and its title names what it issues (round 129:
// "CÔNG BÁO/Số 242/Ngày 22-04-2026 50" opened every page of the reader
// and cut tasks in two; the resolution was listed by number only).
// Pages made up after a Công báo PDF's, split by form feeds as a text
// file's pages are.
func TestImportGazettePages(t *testing.T) {
	pages := []string{
		"Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-04-22 16:16:54 +07:00\nCÔNG BÁO/Số 242/Ngày 22-04-2026 49\nCHÍNH PHỦ\nSố: 900/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ\nvề công tác thanh niên giai đoạn 2026 - 2030\nCHÍNH PHỦ\nQUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.",
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 50\nI. MỤC TIÊU\n1. Thống nhất nhận thức và hành động của các cấp, các ngành.",
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 51\nII. NHIỆM VỤ CỤ THỂ\na) Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên.",
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 52\nIII. TỔ CHỨC THỰC HIỆN\n1. Bộ Nội vụ chủ trì theo dõi, đôn đốc.",
	}
	path := filepath.Join(t.TempDir(), "nghi-quyet-900-nq-cp.txt")
	if err := os.WriteFile(path, []byte(strings.Join(pages, "\f")), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := openTemp(t)
	r := importWith(t, lib, ImportOptions{}, path)["nghi-quyet-900-nq-cp.txt"]
	if r.Status != StatusImported {
		t.Fatalf("%+v", r)
	}
	if want := "Nghị quyết số 900/NQ-CP ban hành Chương trình hành động của Chính phủ về công tác thanh niên giai đoạn 2026 - 2030"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	got, err := lib.Pages(context.Background(), r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("%d pages", len(got))
	}
	for i, p := range got {
		if strings.Contains(p, "CÔNG BÁO") || strings.Contains(p, "Ngày ký") {
			t.Errorf("page %d keeps the gazette's line or the stamp: %q", i+1, p)
		}
	}
	if !strings.HasPrefix(got[1], "I. MỤC TIÊU") || !strings.HasPrefix(got[0], "CHÍNH PHỦ") {
		t.Errorf("pages open %q, %q", got[0][:20], got[1][:20])
	}
}

// A Gazette scan whose text layer is only its signature is imported under
// its file's name, not "TM. CHÍNH PHỦ" nor its signer (round 134).
func TestImportSignatureOnlyTakesFileName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nghi-quyet-so-915-nq-cp.txt")
	if err := os.WriteFile(path, []byte("TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := importWith(t, openTemp(t), ImportOptions{}, path)["nghi-quyet-so-915-nq-cp.txt"]
	if r.Status != StatusImported || r.Title != "nghi-quyet-so-915-nq-cp" {
		t.Errorf("%+v", r)
	}
}
