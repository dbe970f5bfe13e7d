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

// sessionPage is a made-up resolution of the Government's regular
// session, after round 129's: the month's figures, then the year's tasks.
func sessionPage() string {
	return "CHÍNH PHỦ\nSố: 922/NQ-CP\nHà Nội, ngày 06 tháng 5 năm 2026\nNGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 4 năm 2026\nCHÍNH PHỦ\nQUYẾT NGHỊ:\n" +
		"I. Về tình hình kinh tế - xã hội\n" +
		"Chính phủ thống nhất đánh giá: kinh tế vĩ mô ổn định, lạm phát được kiểm soát. Chỉ số giá tiêu dùng (CPI) bình quân 04 tháng đầu năm tăng 3,99%.\n" +
		"Khách quốc tế đến Việt Nam tháng 4 đạt 2,03 triệu lượt người, tăng 22,8% so với cùng kỳ.\n" +
		"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 4 tháng ước tăng 11,1%.\n" +
		"II. Về nhiệm vụ, giải pháp trọng tâm năm 2026\n" +
		"1. Để hoàn thành các mục tiêu của năm 2026, phấn đấu tốc độ tăng trưởng GDP cả năm đạt từ 10% trở lên gắn với giữ vững ổn định kinh tế vĩ mô.\n" +
		"2. Xử lý triệt để tài sản công là nhà, đất dôi dư, không sử dụng; thời hạn hoàn thành trong quý II năm 2026.\n" +
		"3. Bộ Tài chính chủ trì rà soát, trình Chính phủ sửa đổi các nghị định về đầu tư công; thời hạn hoàn thành trong quý IV năm 2027.\n"
}

// A session's account of the month is not asked: its figures are stale
// within weeks (round 129's judge dropped seven: CPI over four months,
// April's tourists, four months' retail sales). Its target for the year
// is asked, among growth rates an economy has: 8, 9, 11 %, not 15 and
// 20 %. A task's quarter that is over is not asked; one to come is.
func TestSessionResolutionAccountAndDeadlines(t *testing.T) {
	src := Source{DocumentID: 1, Title: "Nghị quyết số 922/NQ-CP phiên họp Chính phủ thường kỳ tháng 4 năm 2026", Kind: "Nghị quyết",
		Number: "922/NQ-CP", Issuer: "Chính phủ", IssuedOn: "2026-05-06", Pages: []string{sessionPage()},
		Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	growth, later := false, false
	for _, d := range Drafts(src) {
		switch a := answerOf(d.Question); a {
		case "3,99%", "2,03", "22,8%", "11,1%", "04":
			t.Errorf("the month's figure %s asked: %q", a, d.Question.Stem)
		case "quý II năm 2026":
			t.Errorf("a quarter gone by asked: %q", d.Question.Stem)
		case "quý IV năm 2027":
			later = true
		case "10%":
			growth = true
			for _, o := range d.Question.Options {
				if o.Text == "15%" || o.Text == "20%" || o.Text == "5%" {
					t.Errorf("a growth rate among %s: %q", o.Text, d.Question.Stem)
				}
			}
		}
	}
	if !growth || !later {
		t.Errorf("the year's growth target asked: %v; the task due in 2027: %v", growth, later)
	}
}
