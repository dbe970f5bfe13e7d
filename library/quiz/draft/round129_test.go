package draft

import (
	"strings"
	"testing"
	"time"
)

// gazettePages is a government resolution as a Công báo PDF gives it:
// the signature's stamp, the gazette's line at the top of every page, a
// task cut in two by a page break. Made up after round 129's.
func gazettePages() []string {
	return []string{
		"Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-04-22 16:16:54 +07:00\nCÔNG BÁO/Số 242/Ngày 22-04-2026 49\nCHÍNH PHỦ\nSố: 900/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 06 tháng 4 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ về công tác thanh niên\nCHÍNH PHỦ\nQUYẾT NGHỊ:\nI. MỤC TIÊU\n1. Thống nhất nhận thức và hành động của các cấp, các ngành trong công tác thanh niên giai đoạn mới.",
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 50\nII. NHIỆM VỤ CỤ THỂ\na) Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên, sâu rộng chủ trương của Đảng về công tác thanh niên.\nb) Tuyên truyền gắn với triển khai hiệu quả Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường, bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai",
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 51\ntrái, thù địch trong tình hình mới.\nc) Đa dạng hóa, đổi mới nội dung, phương thức tuyên truyền cho từng nhóm đối tượng thanh niên.",
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 52\nIII. TỔ CHỨC THỰC HIỆN\n1. Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành theo dõi, đôn đốc việc thực hiện Chương trình hành động.",
	}
}

// A gazette's running line is not asked about nor quoted, and a
// sentence a page break cut is asked whole (round 129: "CÔNG BÁO/Số
// 281/Ngày 21-05-2026 …… bắt tay ngay vào công việc" asked the page's
// number; a stem stopped at "… các quan điểm sai").
func TestGazettePagesAskedAsText(t *testing.T) {
	src := Source{DocumentID: 1, Title: "Nghị quyết số 900/NQ-CP", Kind: "Nghị quyết", Number: "900/NQ-CP", Issuer: "Chính phủ",
		IssuedOn: "2026-04-06", Pages: gazettePages(), Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	ds := Drafts(src)
	whole := false
	for _, d := range ds {
		all := d.Question.Stem + d.Question.Explanation
		for _, o := range d.Question.Options {
			all += " " + o.Text
		}
		if strings.Contains(all, "CÔNG BÁO") || strings.Contains(all, "Ký bởi") {
			t.Errorf("the gazette's line in a draft: %q", d.Question.Stem)
		}
		if strings.Contains(d.Question.Stem, "35-NQ/TW") {
			whole = whole || strings.Contains(d.Question.Stem, "quan điểm sai trái, thù địch")
			if !whole {
				t.Errorf("the cut sentence asked in part: %q", d.Question.Stem)
			}
		}
	}
	if !whole {
		t.Errorf("no draft on the cited resolution; drafts: %d", len(ds))
	}
}
