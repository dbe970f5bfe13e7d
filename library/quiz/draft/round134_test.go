package draft

import (
	"strings"
	"testing"
	"time"
)

// A point's clauses wrapped at a semicolon go on in the next line: a
// PDF's "d) Tổ chức các hoạt động đào tạo; kiểm tra, thi;" / "in phôi,
// quản lý, cấp phát bằng …" cut the run of points there, and round 134's
// key counted four tasks of sixteen. Made up after it.
func TestSemicolonWrapKeepsThePoint(t *testing.T) {
	page := "a) Tổ chức thực hiện chương trình đào tạo trình độ trung cấp;\nb) Xây dựng kế hoạch tuyển sinh;\nc) Tổ chức các hoạt động đào tạo; kiểm tra, thi;\nin phôi, quản lý, cấp phát bằng tốt nghiệp;\nd) Quản lý người học.\n1. Nhiệm vụ khác;\nTrường báo cáo."
	got := joinWrapped(page)
	if !strings.Contains(got, "kiểm tra, thi; in phôi, quản lý") {
		t.Errorf("the point's clause not joined: %q", got)
	}
	if !strings.Contains(got, "tuyển sinh;\nc)") || !strings.Contains(got, "Nhiệm vụ khác;\nTrường báo cáo") {
		t.Errorf("joined what is no continuation: %q", got)
	}
}

// A consolidated text's note mark glued to its note is no figure: "…
// theo quyết định của 15 Cụm từ “Tập đoàn …” được sửa đổi thành …"
// (round 134's key was the mark "15"). Made up after it.
func TestConsolidatedNoteMarkNotAsked(t *testing.T) {
	page := "CHÍNH PHỦ\nNGHỊ ĐỊNH\nThực hiện thí điểm quản lý lao động đối với Tập đoàn Bắc Nam\nĐiều 5. Quản lý lao động\n" +
		"4. Khi xác định quỹ tiền lương thực hiện, Tập đoàn loại trừ các yếu tố khách quan ảnh hưởng đến lợi nhuận, bao gồm: Thực hiện các nhiệm vụ an ninh, quốc phòng do Nhà nước giao; thực hiện nhiệm vụ chính trị, đảm bảo an sinh xã hội, cân đối cung cầu cho nền kinh tế theo quyết định của\n" +
		"15 Cụm từ “Tập đoàn Bắc Nam” được sửa đổi thành “Tập đoàn Công nghiệp Bắc Nam” theo quy định tại khoản 2 Điều 1 Nghị định số 974/2020/NĐ-CP.\n" +
		"5. Tập đoàn bảo đảm tiền lương bình quân không vượt quá 03 lần mức lương tối thiểu.\n"
	src := Source{DocumentID: 1, Title: "Nghị định thực hiện thí điểm quản lý lao động đối với Tập đoàn Bắc Nam", Kind: "Nghị định",
		IssuedOn: "2022-01-01", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	for _, d := range Drafts(src) {
		if answerOf(d.Question) == "15" {
			t.Errorf("a note's mark asked: %q", d.Question.Stem)
		}
	}
}

// The note is not joined to the sentence its mark ends, as a number
// after "của" would be (round 134's "… theo quyết định của" / "15 Cụm từ
// “…” được sửa đổi …" made the mark a blank).
func TestConsolidatedNoteNotJoined(t *testing.T) {
	page := "cân đối cung cầu cho nền kinh tế theo quyết định của\n15 Cụm từ “Tập đoàn Bắc Nam” được sửa đổi thành “Tập đoàn Công nghiệp Bắc Nam” theo quy định tại khoản 1 Điều 1 Nghị định số 974/2020/NĐ-CP."
	if got := joinWrapped(page); !strings.Contains(got, "của\n15 Cụm từ") {
		t.Errorf("the note joined: %q", got)
	}
}

// A note's mark after a clause's mark is no figure: "6. 3 Tổ chức kinh
// doanh chứng khoán nước ngoài đại diện là …", "8.15 Trường hợp khách hàng
// …" of a consolidated text (a new user's walk found seven such blanks of
// twenty-two). Made up after it.
func TestNoteMarkAfterClauseMark(t *testing.T) {
	page := "BỘ TÀI CHÍNH\nTHÔNG TƯ\nQuy định về hoạt động của công ty chứng khoán\nĐiều 2. Giải thích thuật ngữ\n" +
		"6. 3 Tổ chức kinh doanh chứng khoán nước ngoài đại diện là tổ chức được đại diện cho nhà đầu tư nước ngoài.\n" +
		"3 Khoản này được bổ sung theo quy định tại Điều 7 Thông tư số 908/2026/TT-BTC.\n" +
		"Điều 16. Nhận lệnh của khách hàng\n" +
		"8.15 Trường hợp khách hàng mở tài khoản lưu ký tại thành viên lưu ký, công ty chứng khoán nhận lệnh trong thời hạn 02 ngày làm việc.\n"
	src := Source{DocumentID: 1, Title: "Thông tư quy định về hoạt động của công ty chứng khoán", Kind: "Thông tư",
		IssuedOn: "2026-04-17", Pages: []string{page}, Today: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)}
	for _, d := range Drafts(src) {
		if a := answerOf(d.Question); a == "3" || a == "15" {
			t.Errorf("a note's mark asked (%s): %q", a, d.Question.Stem)
		}
	}
}
