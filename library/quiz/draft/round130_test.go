package draft

import (
	"strings"
	"testing"
	"time"
)

// viewpointsPage is a made-up decision approving a scheme, after round
// 130's: four viewpoints, one of them naming what the market is.
func viewpointsPage(named bool) string {
	third := "3. Hỗ trợ doanh nghiệp mở rộng thị trường ra nước ngoài gắn với xây dựng thương hiệu quốc gia."
	if named {
		third = "3. Thúc đẩy thị trường công nghệ số trong nước là nền tảng và bệ phóng vững chắc để doanh nghiệp mở rộng thị trường ra nước ngoài."
	}
	return "THỦ TƯỚNG CHÍNH PHỦ\nSố: 982/QĐ-TTg\nHà Nội, ngày 04 tháng 6 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n" +
		"Điều 1. Phê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số với những nội dung sau:\n" +
		"I. QUAN ĐIỂM CHỈ ĐẠO\n" +
		"1. Phát triển doanh nghiệp công nghệ số là nhiệm vụ của cả hệ thống chính trị, trong đó Nhà nước giữ vai trò kiến tạo.\n" +
		"2. Hỗ trợ của Nhà nước có trọng tâm, trọng điểm, bảo đảm công khai, minh bạch, đúng quy định của pháp luật.\n" +
		third + "\n" +
		"4. Gắn hỗ trợ doanh nghiệp với bảo đảm an ninh mạng, an toàn thông tin và chủ quyền số quốc gia.\n" +
		"II. MỤC TIÊU\n" +
		"Đến năm 2030, hình thành ít nhất 50 doanh nghiệp công nghệ số có doanh thu từ thị trường nước ngoài.\n"
}

// A count of the viewpoints is not asked when a draft already asks what
// one of them says (round 130's judge dropped two: "Q32 already covers
// the viewpoints themselves"); alone, it is.
func TestViewpointsCountedOnlyWhenNotAsked(t *testing.T) {
	count := func(named bool) (counts, others int) {
		src := Source{DocumentID: 1, Title: "Quyết định số 982/QĐ-TTg phê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số", Kind: "Quyết định",
			Number: "982/QĐ-TTg", Issuer: "Thủ tướng Chính phủ", IssuedOn: "2026-06-04", Pages: []string{viewpointsPage(named)},
			Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
		for _, d := range Drafts(src) {
			if strings.Contains(d.Question.Stem, "bao nhiêu quan điểm") {
				counts++
			} else if p := d.Question.Passage; p != nil && strings.Contains(d.Question.Explanation+d.Question.Stem, "nền tảng") {
				others++
			}
		}
		return
	}
	if c, o := count(true); o == 0 || c != 0 {
		t.Errorf("a viewpoint asked: %d drafts; its list's count asked too: %d", o, c)
	}
	if c, _ := count(false); c != 1 {
		t.Errorf("no viewpoint asked: the count asked %d times, want once", c)
	}
	// a Party resolution's viewpoints are learnt by their number
	src := Source{DocumentID: 1, Title: "Nghị quyết số 95-NQ/TW về doanh nghiệp công nghệ số", Kind: "Nghị quyết", Number: "95-NQ/TW",
		Issuer: "Bộ Chính trị", IssuedOn: "2026-06-04", Pages: []string{strings.Replace(viewpointsPage(true), "Số: 982/QĐ-TTg", "Số 95-NQ/TW", 1)},
		Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	party := 0
	for _, d := range Drafts(src) {
		if strings.Contains(d.Question.Stem, "bao nhiêu quan điểm") {
			party++
		}
	}
	if party != 1 {
		t.Errorf("a Party resolution's viewpoints counted %d times, want once", party)
	}
}

// A number that can only follow the one before it is not asked: "Trung
// tâm dữ liệu quốc gia số 01 và ……" is 02 (round 130's judge dropped it).
func TestNextInRowNotAsked(t *testing.T) {
	page := "CHÍNH PHỦ\nSố: 975/NQ-CP\nNGHỊ QUYẾT\nPhê duyệt Đề án Trung tâm dữ liệu\nQUYẾT NGHỊ:\n" +
		"1. Triển khai bổ sung tài nguyên cho các Trung tâm dữ liệu quốc gia số 01 và 02 theo nhu cầu mở rộng sử dụng của các bộ, ngành, địa phương.\n" +
		"2. Đến năm 2030, tối thiểu 80% dữ liệu của các bộ, ngành được lưu trữ tại Trung tâm dữ liệu quốc gia.\n"
	src := Source{DocumentID: 1, Title: "Nghị quyết số 975/NQ-CP phê duyệt Đề án Trung tâm dữ liệu", Kind: "Nghị quyết", Number: "975/NQ-CP",
		Issuer: "Chính phủ", IssuedOn: "2026-10-30", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	other := false
	for _, d := range Drafts(src) {
		switch answerOf(d.Question) {
		case "02":
			t.Errorf("the number after 01 asked: %q", d.Question.Stem)
		case "80%":
			other = true
		}
	}
	if !other {
		t.Error("the share of data stored is no longer asked")
	}
}

// A line that goes on after a bracket is one line: "… của bộ, ngành, địa
// phương" / "(có nhu cầu) được quản lý, lưu trữ …" (round 130's key
// stopped at "địa phương", a PDF's layout having kept the break).
func TestBracketGoesOn(t *testing.T) {
	page := "Đến năm 2030, cơ bản các hệ thống thông tin của bộ, ngành, địa phương\n(có nhu cầu) được quản lý, lưu trữ ở Trung tâm dữ liệu quốc gia.\n(1) Triển khai bổ sung tài nguyên."
	got := joinWrapped(page)
	if !strings.Contains(got, "địa phương (có nhu cầu) được quản lý") {
		t.Errorf("not joined: %q", got)
	}
	if !strings.Contains(got, "quốc gia.\n(1) Triển khai") {
		t.Errorf("a numbered point joined to the sentence before: %q", got)
	}
}
